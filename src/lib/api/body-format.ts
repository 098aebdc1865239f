// The body as the editor shows it after Format: two-space JSON in the description's field order.
import { isPlainObject } from '../json/value';
import type { FieldDescription } from './types';

/** What orders an object's names: an endpoint description, or a nested field's members. */
export interface FieldOrder {
  readonly fields?: readonly FieldDescription[] | undefined;
}

/**
 * JSON with two-space indents. With a description, its fields come first in its order and
 * any other names follow in their own order (none is dropped); nested objects it describes
 * (MarkItem's rows, their ContactItem) are ordered by their own fields the same way.
 */
export function formatBody(value: unknown, desc?: FieldOrder): string {
  return formatValue(value, desc?.fields, '');
}

/**
 * A value as formatBody writes it at this depth: `indent` is the indentation of the line it
 * starts on, and `fields` orders the objects in it (those of the field it is the value of).
 */
export function formatValue(
  value: unknown,
  fields: readonly FieldDescription[] | undefined,
  indent: string,
): string {
  if (Array.isArray(value) && fields && value.some(isPlainObject)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}  `;
    const items = value.map((v) => `${inner}${formatValue(v, fields, inner)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (!isPlainObject(value) || !fields) {
    return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
  }
  const names = Object.keys(value);
  const order = [
    ...fields.map((f) => f.name).filter((n) => names.includes(n)),
    ...names.filter((n) => !fields.some((f) => f.name === n)),
  ];
  if (order.length === 0) return '{}';
  const inner = `${indent}  `;
  // Built by hand rather than through a new object, so a "__proto__" name stays a name.
  const lines = order.map(
    (n) =>
      `${inner}${JSON.stringify(n)}: ${formatValue(value[n], fields.find((f) => f.name === n)?.fields, inner)}`,
  );
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
