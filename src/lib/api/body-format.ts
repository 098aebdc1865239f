// The body as the editor shows it after Format: two-space JSON in the description's field order.
import { isPlainObject } from '../json/value';
import type { EndpointDescription } from './types';

/**
 * JSON with two-space indents. With a description, its fields come first in its order and
 * any other names follow in their own order (none is dropped).
 */
export function formatBody(value: unknown, desc?: EndpointDescription): string {
  if (!isPlainObject(value)) return JSON.stringify(value, null, 2) ?? 'null';
  const names = Object.keys(value);
  const order = desc
    ? [
        ...desc.fields.map((f) => f.name).filter((n) => names.includes(n)),
        ...names.filter((n) => !desc.fields.some((f) => f.name === n)),
      ]
    : names;
  if (order.length === 0) return '{}';
  // Built by hand rather than through a new object, so a "__proto__" name stays a name.
  const lines = order.map(
    (n) =>
      `  ${JSON.stringify(n)}: ${(JSON.stringify(value[n], null, 2) ?? 'null').replace(/\n/g, '\n  ')}`,
  );
  return `{\n${lines.join(',\n')}\n}`;
}
