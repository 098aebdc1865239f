// The form's edits that reach beyond one value: a field whose new value makes others required or
// not (recentcontact/delete's Type decides between To_Account and ToGroupid), and the body a
// request starts with when the person picks another endpoint. Text in, text out: the body text
// stays the one source of truth (STYLE.md rule 3), and only the fields concerned are touched.
import type { Msg } from '../i18n/message';
import { defaultBody, type BodyDefaultsOptions } from './body-defaults';
import { objectTextOf, removeMember, setMember } from './body-edit';
import { formatBody } from './body-format';
import { fieldRequirement } from './field-rules';
import { scanJson, type JsonScan } from './json-scan';
import type { EndpointDescription } from './types';

/** The outcome of a form edit: the new text and the values it took out, or why it could not. */
export type FormEdit =
  | {
      ok: true;
      text: string;
      /** Fields removed because they stopped applying, with the values they had. */
      removed: Record<string, unknown>;
    }
  | { ok: false; message: Msg };

/**
 * Sets a field, then brings the fields whose requiredWhen reads it in line: in that order, the
 * value is written, a field that no longer applies is removed, and one that became required is
 * added. An added field takes its value from `kept` (what an earlier switch removed), else its
 * default: switching Type 1 → 2 → 1 gives To_Account back as it was typed. All steps start from
 * one scan of the text (the caller's, when it has one).
 */
export function setFieldWithDependents(
  desc: EndpointDescription,
  text: string,
  name: string,
  value: unknown,
  kept: Readonly<Record<string, unknown>> = {},
  scan: JsonScan = scanJson(text),
): FormEdit {
  const start = objectTextOf(text, scan, 'set a field in');
  if (!start.ok) return start;
  let body = setMember(start.body, name, value, desc);
  const removed: Record<string, unknown> = {};
  const dependents = desc.fields.filter((f) => f.requiredWhen?.field === name);
  // A dependent's condition reads only the field just set.
  const written = { [name]: value };
  for (const f of dependents) {
    const last = body.members.findLast((m) => m.key === f.name);
    if (!last || fieldRequirement(f, written) !== 'not-applicable') continue;
    removed[f.name] = JSON.parse(body.text.slice(last.valueStart, last.valueEnd)) as unknown;
    body = removeMember(body, f.name);
  }
  for (const f of dependents) {
    if (fieldRequirement(f, written) !== 'required' || body.members.some((m) => m.key === f.name))
      continue;
    body = setMember(body, f.name, Object.hasOwn(kept, f.name) ? kept[f.name] : f.default, desc);
  }
  return { ok: true, text: body.text, removed };
}

/**
 * The body a request starts with after switching from `from` to `to`: `to`'s default body, with
 * the values of the required string fields both endpoints have (From_Account, who the request is
 * for) carried over, so picking delete after get_list keeps "alice". From a raw request any
 * field of that name is taken. Other values (cursors, flags) mean something else elsewhere and
 * start at their defaults (with `defaults`' sample account, on the sandbox).
 */
export function bodyTextForSwitch(
  from: EndpointDescription,
  values: Readonly<Record<string, unknown>>,
  to: EndpointDescription,
  defaults: BodyDefaultsOptions = {},
): string {
  const body: Record<string, unknown> = defaultBody(to, defaults);
  for (const f of to.fields) {
    if (f.type !== 'string' || !f.required || !Object.hasOwn(body, f.name)) continue;
    const v = values[f.name];
    if (typeof v !== 'string' || v === '') continue;
    const same = from.fields.find((g) => g.name === f.name);
    if (from.freeBody || (same?.type === 'string' && same.required)) body[f.name] = v;
  }
  return formatBody(body, to);
}
