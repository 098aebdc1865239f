// The form's edits below the top level (issue 16): a value set at a path
// (['MarkItem', 0, 'SetMark']), a row added to a list of objects or taken out, and the members
// whose requiredWhen reads the value set (a ContactItem's Type). Text in, text out, keeping the
// person's layout, like body-edit.ts's top-level edits, which these build on. Only the nested
// form needs them, so they load with it (NestedField.svelte hands them to the draft): get_list's
// first screen does not carry them.
import { msg } from '../i18n/message';
import { fieldDefault } from './body-defaults';
import {
  lineIndent,
  objectTextOf,
  removeMember,
  setMember,
  valueText,
  type BodyTextEdit,
  type ObjectText,
} from './body-edit';
import { fieldRequirement } from './field-rules';
import { setFieldWithDependents, type FormEdit } from './edits';
import { fieldsAt, pathText, valueAt, type FieldPath } from './field-path';
import { containerAtPath, type JsonContainer } from './json-locate';
import { scanJson, type JsonScan } from './json-scan';
import type { EndpointDescription, FieldDescription } from './types';

/** A nested object's entries as the ObjectText the member edits work on. */
function objectOf(text: string, c: JsonContainer): ObjectText {
  const members = c.entries.map((e) => ({
    key: e.key ?? '',
    keyStart: e.start,
    valueStart: e.valueStart,
    valueEnd: e.valueEnd,
  }));
  return { text, members, valueStart: c.valueStart, valueEnd: c.valueEnd };
}

/**
 * Sets the value at a path (['MarkItem', 0, 'SetMark']), changing only that value's text. A
 * missing member is inserted in its description's order (`fields` are the body's; the members'
 * order comes from the field the object belongs to); a missing object on the way is created
 * holding the rest of the path. A path through something that is not an object or array is
 * left alone and explained, as is text that does not parse.
 */
export function setValueAtPath(
  text: string,
  path: FieldPath,
  value: unknown,
  fields: readonly FieldDescription[] = [],
  scan: JsonScan = scanJson(text),
): BodyTextEdit {
  const o = objectTextOf(text, scan, 'set a field in');
  if (!o.ok) return o;
  // The deepest container on the way that exists; what is missing below it is written whole.
  let depth = path.length - 1;
  let c: JsonContainer | null = null;
  while (depth >= 0 && !(c = containerAtPath(text, o.body.valueStart, path.slice(0, depth)))) {
    depth--;
  }
  if (!c) return { ok: false, message: msg('rules.fe.reach', { path: pathText(path) }) };
  let rest: unknown = value;
  for (let i = path.length - 1; i > depth; i--) {
    const step = path[i] as string | number;
    if (typeof step === 'number') {
      return {
        ok: false,
        message: msg('rules.fe.noItem', { path: pathText(path.slice(0, i)), step }),
      };
    }
    rest = { [step]: rest };
  }
  const step = path[depth] as string | number;
  const parent = path.slice(0, depth);
  const blocked = (is: 'array' | 'object' | null) => ({
    ok: false as const,
    message: msg('rules.fe.blocked', {
      at: pathText(parent),
      is,
      step: String(step),
      path: pathText(path),
    }),
  });
  if (c.kind === 'array') {
    if (typeof step !== 'number') return blocked('array');
    const item = c.entries[step];
    if (item) {
      const json = JSON.stringify(rest) ?? 'null';
      return { ok: true, text: text.slice(0, item.valueStart) + json + text.slice(item.valueEnd) };
    }
    return insertItem(text, c, step, rest, fieldsAt(fields, [...parent, 0]) ?? undefined);
  }
  if (typeof step === 'number') return blocked('object');
  // Something on the way that is neither (UpdateGroup: null) is not replaced behind the person's back.
  const existing = c.entries.findLast((e) => e.key === step);
  if (existing && depth < path.length - 1) return blocked(null);
  const order = { fields: fieldsAt(fields, parent) ?? [] };
  const edited = setMember(objectOf(text, c), step, rest, order, { nested: depth > 0 });
  return { ok: true, text: edited.text };
}

/**
 * Inserts an item into the array at `arrayPath`, before item `index` (at the end when `index`
 * is its length), laid out like the items beside it.
 */
export function insertItemAtPath(
  text: string,
  arrayPath: FieldPath,
  index: number,
  value: unknown,
  fields: readonly FieldDescription[] = [],
  scan: JsonScan = scanJson(text),
): BodyTextEdit {
  const o = objectTextOf(text, scan, 'set a field in');
  if (!o.ok) return o;
  const c = containerAtPath(text, o.body.valueStart, arrayPath);
  if (c?.kind !== 'array') {
    return { ok: false, message: msg('rules.fe.notArray', { path: pathText(arrayPath) }) };
  }
  return insertItem(text, c, index, value, fieldsAt(fields, [...arrayPath, 0]) ?? undefined);
}

function insertItem(
  text: string,
  c: JsonContainer,
  index: number,
  value: unknown,
  fields: readonly FieldDescription[] | undefined,
): BodyTextEdit {
  const items = c.entries;
  const at = Math.max(0, Math.min(index, items.length));
  const first = items[0];
  const edit = (start: number, end: number, insert: string): BodyTextEdit => ({
    ok: true,
    text: text.slice(0, start) + insert + text.slice(end),
  });
  if (!first) {
    const indent = lineIndent(text, c.valueStart);
    const lead = text.includes('\n') ? `\n${indent}  ` : '';
    const json = valueText(value, fields, lead);
    return edit(c.valueStart, c.valueEnd, `[${lead}${json}${lead ? `\n${indent}` : ''}]`);
  }
  // Whatever separates "[" from the first item is reused between items.
  const lead = text.slice(c.valueStart + 1, first.start);
  const json = valueText(value, fields, lead);
  const before = items[at];
  if (before) return edit(before.start, before.start, `${json},${lead}`);
  const last = items.at(-1) as (typeof items)[number];
  return edit(last.valueEnd, last.valueEnd, `,${lead}${json}`);
}

/**
 * Removes the member or array item at a path (every copy of a member's name), leaving the rest
 * of the text as it was; nothing there is no change.
 */
export function removeAtPath(
  text: string,
  path: FieldPath,
  scan: JsonScan = scanJson(text),
): BodyTextEdit {
  const o = objectTextOf(text, scan, 'remove a field from');
  if (!o.ok) return o;
  const step = path.at(-1);
  if (step === undefined) return { ok: true, text };
  const c = containerAtPath(text, o.body.valueStart, path.slice(0, -1));
  if (!c) return { ok: true, text };
  if (c.kind === 'object') {
    if (typeof step !== 'string') return { ok: true, text };
    return { ok: true, text: removeMember(objectOf(text, c), step).text };
  }
  if (typeof step !== 'number') return { ok: true, text };
  const items = c.entries;
  const item = items[step];
  if (!item) return { ok: true, text };
  const next = items[step + 1];
  const previous = items[step - 1];
  const [start, end] = next
    ? [item.start, next.start]
    : previous
      ? [previous.valueEnd, item.valueEnd]
      : [c.valueStart + 1, c.valueEnd - 1];
  return { ok: true, text: text.slice(0, start) + text.slice(end) };
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

/** The nested edits, as the draft takes them (RequestDraft.usePathEdits). */
export const PATH_EDITS = Object.freeze({
  setPathWithDependents,
  insertItemAtPath,
  removeAtPath,
});

/** What the draft needs to edit below the top level. */
export type PathEdits = typeof PATH_EDITS;
