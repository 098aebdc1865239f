// The body a new request starts with: every field at its description's default, nested objects
// and lists of objects built from their own fields, and, on the sandbox, its sample account in
// the field that names whose data is asked for.
import { formatBody } from './body-format';
import { conditionHolds } from './field-rules';
import type { EndpointDescription, FieldDescription, FieldValue } from './types';

/** What a new body may start with beyond the description's defaults. */
export interface BodyDefaultsOptions {
  /** A UserID for the endpoint's account field (the sandbox's sample account); '' for none. */
  account?: string;
}

/** A fresh copy of a JSON value (defaults are shared, bodies are not). */
function copy(v: FieldValue): FieldValue {
  return typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as FieldValue) : v;
}

/**
 * The field naming whose data the request is about: the first required, non-empty UserID field
 * (From_Account, or To_Account where there is none). The UserID fields of the bodies in
 * chat-rest-facts.md ("Related endpoints in the same group") are all named `*_Account`; a group
 * id or a free body has none.
 */
export function accountField(desc: EndpointDescription): FieldDescription | null {
  return (
    desc.fields.find(
      (f) => f.type === 'string' && f.required && f.nonEmpty && f.name.endsWith('_Account'),
    ) ?? null
  );
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

/**
 * A new request's body: every field at its default (see defaultObject). An `account` fills the
 * account field while it holds its empty default.
 */
export function defaultBody(
  desc: EndpointDescription,
  { account = '' }: BodyDefaultsOptions = {},
): Record<string, FieldValue> {
  const body = defaultObject(desc.fields);
  const who = account ? accountField(desc) : null;
  if (who && body[who.name] === '') body[who.name] = account;
  return body;
}

/** The default body as editor text. */
export function defaultBodyText(desc: EndpointDescription, options?: BodyDefaultsOptions): string {
  return formatBody(defaultBody(desc, options), desc);
}
