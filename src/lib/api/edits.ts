// The form's edits that reach beyond one value: a field whose new value makes others required or
// not (recentcontact/delete's Type decides between To_Account and ToGroupid), and the body a
// request starts with when the person picks another endpoint. Text in, text out: the body text
// stays the one source of truth (STYLE.md rule 3), and only the fields concerned are touched.
import type { EndpointDescription } from './types';
import {
  defaultBody,
  fieldRequirement,
  formatBody,
  isPlainObject,
  parseBodyText,
  removeFieldFromBodyText,
  setFieldInBodyText,
} from './validate';

/** The outcome of a form edit: the new text and the values it took out, or why it could not. */
export type FormEdit =
  | {
      ok: true;
      text: string;
      /** Fields removed because they stopped applying, with the values they had. */
      removed: Record<string, unknown>;
    }
  | { ok: false; message: string };

/**
 * Sets a field, then brings the fields whose requiredWhen reads it in line: in that order, the
 * value is written, a field that no longer applies is removed, and one that became required is
 * added. An added field takes its value from `kept` (what an earlier switch removed), else its
 * default: switching Type 1 → 2 → 1 gives To_Account back as it was typed.
 */
export function setFieldWithDependents(
  desc: EndpointDescription,
  text: string,
  name: string,
  value: unknown,
  kept: Readonly<Record<string, unknown>> = {},
): FormEdit {
  const set = setFieldInBodyText(text, name, value, desc);
  if (!set.ok) return set;
  const dependents = desc.fields.filter((f) => f.requiredWhen?.field === name);
  let out = set.text;
  const removed: Record<string, unknown> = {};
  const body = bodyOf(out);
  if (dependents.length === 0 || !body) return { ok: true, text: out, removed };
  for (const f of dependents) {
    if (fieldRequirement(f, body) !== 'not-applicable' || !Object.hasOwn(body, f.name)) continue;
    const r = removeFieldFromBodyText(out, f.name);
    if (!r.ok) return r;
    removed[f.name] = body[f.name];
    out = r.text;
  }
  for (const f of dependents) {
    if (fieldRequirement(f, body) !== 'required' || Object.hasOwn(body, f.name)) continue;
    const r = setFieldInBodyText(
      out,
      f.name,
      Object.hasOwn(kept, f.name) ? kept[f.name] : f.default,
      desc,
    );
    if (!r.ok) return r;
    out = r.text;
  }
  return { ok: true, text: out, removed };
}

/**
 * The body a request starts with after switching from `from` to `to`: `to`'s default body, with
 * the values of the required string fields both endpoints have (From_Account, who the request is
 * for) carried over, so picking delete after get_list keeps "alice". From a raw request any
 * field of that name is taken. Other values (cursors, flags) mean something else elsewhere and
 * start at their defaults.
 */
export function bodyTextForSwitch(
  from: EndpointDescription,
  values: Readonly<Record<string, unknown>>,
  to: EndpointDescription,
): string {
  const body: Record<string, unknown> = defaultBody(to);
  for (const f of to.fields) {
    if (f.type !== 'string' || !f.required || !Object.hasOwn(body, f.name)) continue;
    const v = values[f.name];
    if (typeof v !== 'string' || v === '') continue;
    const same = from.fields.find((g) => g.name === f.name);
    if (from.freeBody || (same?.type === 'string' && same.required)) body[f.name] = v;
  }
  return formatBody(body, to);
}

function bodyOf(text: string): Record<string, unknown> | null {
  const parse = parseBodyText(text);
  return parse.ok && isPlainObject(parse.value) ? parse.value : null;
}
