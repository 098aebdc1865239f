// Where a value sits in a body: a path of member names and array indexes
// (['MarkItem', 0, 'ContactItem', 'Type']), its text as messages and the scanner's duplicate
// report spell it (`MarkItem[0].ContactItem.Type`), and the description and value it leads to.
import { isPlainObject } from '../json/value';
import type { FieldDescription } from './types';

/** A path into a body: member names and array indexes, outermost first. */
export type FieldPath = readonly (string | number)[];

/** The path as text: `MarkItem[0].ContactItem.Type` (the spelling of json-scan's duplicates). */
export function pathText(path: FieldPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

/** The members of the object a path leads into (the body's fields for []), or null. */
export function fieldsAt(
  fields: readonly FieldDescription[],
  path: FieldPath,
): readonly FieldDescription[] | null {
  let current: readonly FieldDescription[] = fields;
  for (const [i, step] of path.entries()) {
    if (typeof step === 'number') continue;
    const f = current.find((x) => x.name === step);
    if (!f?.fields) return null;
    // An object[] field must be followed by an index before its members are reached.
    if (f.type === 'object[]' && typeof path[i + 1] !== 'number') return null;
    current = f.fields;
  }
  return current;
}

/** The description of the field a path names (indexes are skipped over), or null. */
export function fieldAt(
  fields: readonly FieldDescription[],
  path: FieldPath,
): FieldDescription | null {
  const last = path.findLastIndex((s) => typeof s === 'string');
  if (last < 0) return null;
  const parent = fieldsAt(fields, path.slice(0, last));
  return parent?.find((f) => f.name === path[last]) ?? null;
}

/** The value at a path in a parsed body, or undefined where the path leads nowhere. */
export function valueAt(value: unknown, path: FieldPath): unknown {
  let v = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(v)) return undefined;
      v = v[step];
    } else {
      if (!isPlainObject(v) || !Object.hasOwn(v, step)) return undefined;
      v = v[step];
    }
  }
  return v;
}
