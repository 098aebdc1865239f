// The form's edits that reach beyond one value: a field whose new value makes others required or
// not (recentcontact/delete's Type decides between To_Account and ToGroupid), and the body a
// request starts with when the person picks another endpoint. Text in, text out: the body text
// stays the one source of truth (STYLE.md rule 3), and only the fields concerned are touched.
import { defaultBody, fieldDefault } from './body-defaults';
import { objectTextOf, removeAtPath, removeMember, setMember, setValueAtPath } from './body-edit';
import { fieldsAt, pathText, valueAt, type FieldPath } from './field-path';
import { formatBody } from './body-format';
import { fieldRequirement } from './body-rules';
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
  | { ok: false; message: string };

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
 * setFieldWithDependents at any depth: sets the value at `path`, then brings the siblings whose
 * requiredWhen reads it in line (a ContactItem's Type decides between To_Account and ToGroupId;
 * update_contact_group's UpdateGroupType between NewGroupName and ContactUpdateItem). `kept`
 * and `removed` are keyed by path text (`MarkItem[0].ContactItem.To_Account`).
 */
export function setPathWithDependents(
  desc: EndpointDescription,
  text: string,
  path: FieldPath,
  value: unknown,
  kept: Readonly<Record<string, unknown>> = {},
  scan: JsonScan = scanJson(text),
): FormEdit {
  const name = path.at(-1);
  if (typeof name !== 'string') return setIndexed(desc, text, path, value, scan);
  if (path.length === 1) return setFieldWithDependents(desc, text, name, value, kept, scan);
  const parent = path.slice(0, -1);
  const first = setValueAtPath(text, path, value, desc.fields, scan);
  if (!first.ok) return first;
  let out = first.text;
  const removed: Record<string, unknown> = {};
  const siblings = fieldsAt(desc.fields, parent) ?? [];
  const dependents = siblings.filter((f) => f.requiredWhen?.field === name);
  const written = { [name]: value };
  for (const f of dependents) {
    const at = [...parent, f.name];
    const current = valueAt(JSON.parse(out), at);
    if (current === undefined || fieldRequirement(f, written) !== 'not-applicable') continue;
    removed[pathText(at)] = current;
    const r = removeAtPath(out, at);
    if (r.ok) out = r.text;
  }
  for (const f of dependents) {
    const at = [...parent, f.name];
    if (fieldRequirement(f, written) !== 'required' || valueAt(JSON.parse(out), at) !== undefined)
      continue;
    const key = pathText(at);
    const r = setValueAtPath(
      out,
      at,
      Object.hasOwn(kept, key) ? kept[key] : fieldDefault(f),
      desc.fields,
    );
    if (r.ok) out = r.text;
  }
  return { ok: true, text: out, removed };
}

/** An array item set as a whole (a string[]'s line): no dependents to follow. */
function setIndexed(
  desc: EndpointDescription,
  text: string,
  path: FieldPath,
  value: unknown,
  scan: JsonScan,
): FormEdit {
  const r = setValueAtPath(text, path, value, desc.fields, scan);
  return r.ok ? { ...r, removed: {} } : r;
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
