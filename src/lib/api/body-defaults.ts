// The body a new request starts with: every field at its description's default, nested objects
// and lists of objects built from their own fields.
import { formatBody } from './body-format';
import { conditionHolds } from './body-rules';
import type { EndpointDescription, FieldDescription, FieldValue } from './types';

/** A fresh copy of a JSON value (defaults are shared, bodies are not). */
function copy(v: FieldValue): FieldValue {
  return typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as FieldValue) : v;
}

/**
 * An object of these fields at their defaults, in their order, except those that start absent
 * and those whose requiredWhen does not hold for the other defaults.
 */
export function defaultObject(fields: readonly FieldDescription[]): Record<string, FieldValue> {
  const body: Record<string, FieldValue> = {};
  for (const f of fields) {
    if (f.startsAbsent) continue;
    body[f.name] = fieldDefault(f);
  }
  for (const f of fields) {
    if (f.requiredWhen && !conditionHolds(body, f.requiredWhen)) delete body[f.name];
  }
  return body;
}

/**
 * The value a field starts with, or is added with: its `default`; for an object its fields'
 * defaults; for a list of objects `minItems` new rows (none when it may be empty).
 */
export function fieldDefault(f: FieldDescription): FieldValue {
  if (f.default !== undefined) return copy(f.default);
  if (f.type === 'object') return defaultObject(f.fields ?? []);
  if (f.type === 'object[]') {
    return Array.from({ length: f.minItems ?? 0 }, () => defaultObject(f.fields ?? []));
  }
  if (f.type === 'string') return '';
  if (f.type === 'string[]' || f.type === 'integer[]') return [];
  return f.minimum ?? 0;
}

/** A new request's body: every field at its default (see defaultObject). */
export function defaultBody(desc: EndpointDescription): Record<string, FieldValue> {
  return defaultObject(desc.fields);
}

/** The default body as editor text. */
export function defaultBodyText(desc: EndpointDescription): string {
  return formatBody(defaultBody(desc), desc);
}
