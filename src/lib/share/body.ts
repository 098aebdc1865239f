// A request body as the fields that differ from the default body, when that rebuilds the very
// same text; otherwise the body travels as text. Exactness is the rule: a link opens the body
// byte for byte as it was shared, so a body is only diffed when rebuilding it gives it back.
import { isPlainObject } from '../json/value';

/** A JSON value as JSON.parse returns it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object. Built with a null prototype here, so a `__proto__` field stays a plain field. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** How a body's JSON is laid out: compact, or JSON.stringify's indent of 2, 4 or a tab. */
export type BodyLayout = 0 | 2 | 4 | '\t';

/** The layouts a link can name. Never change their values: links store them. */
export const BODY_LAYOUTS: readonly BodyLayout[] = [0, 2, 4, '\t'];

/** The deepest nesting a body or payload may have: JSON.stringify recurses, so depth is bounded. */
export const MAX_JSON_DEPTH = 64;

/** A body as its differences from the default body. */
export interface BodyDiff {
  /** Fields added, or whose value differs from the default's, in the body's order. */
  set: JsonObject;
  /** Fields of the default body that the body leaves out. */
  removed: string[];
  layout: BodyLayout;
}

/** True when `value` is nested no deeper than `max` arrays and objects. */
export function withinDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (max <= 0) return false;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.every((item) => withinDepth(item, max - 1));
}

/** Parses text that must be a JSON object of bounded depth; null when it is anything else. */
export function parseJsonObject(text: string): JsonObject | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isPlainObject(value) || !withinDepth(value)) return null;
  return value as JsonObject;
}

/** Builds a null-prototype object from entries, so no key can reach Object.prototype. */
export function objectFromEntries(entries: Iterable<[string, JsonValue]>): JsonObject {
  const out = Object.create(null) as JsonObject;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** JSON text of an object in a layout. */
export function stringifyLayout(value: JsonObject, layout: BodyLayout): string {
  return layout === 0 ? JSON.stringify(value) : JSON.stringify(value, null, layout);
}

/** Which of BODY_LAYOUTS gives back exactly `text` for this parsed value; null when none does. */
export function detectLayout(text: string, parsed: JsonObject): BodyLayout | null {
  return BODY_LAYOUTS.find((l) => stringifyLayout(parsed, l) === text) ?? null;
}

/** The layout a link means when it names none: the default body's own (compact if it has none). */
export function defaultLayout(defaultBody: string): BodyLayout {
  const base = parseJsonObject(defaultBody);
  return (base && detectLayout(defaultBody, base)) ?? 0;
}

/** Rebuilds a body from the default body and a diff; null when the default body is not a JSON object. */
export function applyBodyDiff(defaultBody: string, diff: BodyDiff): string | null {
  const base = parseJsonObject(defaultBody);
  if (!base) return null;
  const removed = new Set(diff.removed);
  const entries: [string, JsonValue][] = [];
  // The default's fields first, in the default's order; then new fields, in the diff's order.
  for (const [k, v] of Object.entries(base)) {
    if (removed.has(k)) continue;
    entries.push([k, Object.hasOwn(diff.set, k) ? (diff.set[k] as JsonValue) : v]);
  }
  for (const [k, v] of Object.entries(diff.set)) {
    if (!Object.hasOwn(base, k)) entries.push([k, v]);
  }
  return stringifyLayout(objectFromEntries(entries), diff.layout);
}

/** The body as a diff from the default body, or null when a diff would not rebuild it exactly. */
export function diffBody(body: string, defaultBody: string): BodyDiff | null {
  const parsed = parseJsonObject(body);
  const base = parseJsonObject(defaultBody);
  if (!parsed || !base) return null;
  const layout = detectLayout(body, parsed);
  if (layout === null) return null;
  const set: [string, JsonValue][] = [];
  for (const [k, v] of Object.entries(parsed)) {
    const same = Object.hasOwn(base, k) && JSON.stringify(base[k]) === JSON.stringify(v);
    if (!same) set.push([k, v]);
  }
  const removed = Object.keys(base).filter((k) => !Object.hasOwn(parsed, k));
  const diff: BodyDiff = { set: objectFromEntries(set), removed, layout };
  // Field order, duplicate names and number spellings (1.0, 1e3) can defeat a rebuild.
  return applyBodyDiff(defaultBody, diff) === body ? diff : null;
}
