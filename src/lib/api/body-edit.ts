// The form's edits to the body text, in place: one top-level value changes, is added or goes, and
// everything else keeps the person's layout (STYLE.md rule 3: the text is the truth). An edit
// starts from the text's scan and keeps the members' offsets up to date as it goes, so a form
// edit of several steps (delete's Type brings its peer fields in and out) scans nothing again.
import { isPlainObject } from '../json/value';
import { lineColumnOf } from '../text/line-column';
import { formatBody, formatValue, type FieldOrder } from './body-format';
import { fieldsAt, pathText, type FieldPath } from './field-path';
import { containerAtPath, type JsonContainer } from './json-locate';
import { scanJson, type JsonMember, type JsonScan } from './json-scan';
import type { FieldDescription } from './types';

/** A body text whose top level is an object, with its members' offsets into that text. */
export interface ObjectText {
  text: string;
  /** The top-level members in text order (a name written twice is here twice). */
  members: readonly JsonMember[];
  /** Offset of the object's "{" and one past its "}". */
  valueStart: number;
  valueEnd: number;
}

/** An edit's outcome: the new text, or why the form cannot write. */
export type BodyTextEdit = { ok: true; text: string } | { ok: false; message: string };

/**
 * The scanned text as an object to edit, or why the form cannot `action` it (the text does not
 * parse, or its top level is not an object).
 */
export function objectTextOf(
  text: string,
  scan: JsonScan,
  action: 'set a field in' | 'remove a field from',
): { ok: true; body: ObjectText } | { ok: false; message: string } {
  if (!scan.ok) {
    const { line, column } = lineColumnOf(text, scan.offset);
    return {
      ok: false,
      message: `The JSON has an error at line ${line}, column ${column}: fix it in the editor, then the form can write again.`,
    };
  }
  if (!scan.members) {
    return {
      ok: false,
      message: `The body is not a JSON object, so the form cannot ${action} it.`,
    };
  }
  const { members, valueStart, valueEnd } = scan;
  return { ok: true, body: { text, members, valueStart, valueEnd } };
}

/**
 * Sets one field of the object (the top level, or a nested object when `nested`), changing only
 * that value's text. A name written twice has its last copy set (the one JSON.parse reads); a
 * missing field is inserted in the description's order, and a value holding objects (a new
 * MarkItem row) is laid out like the text around it.
 */
export function setMember(
  o: ObjectText,
  name: string,
  value: unknown,
  desc?: FieldOrder,
  { nested = false }: { nested?: boolean } = {},
): ObjectText {
  const { members, text } = o;
  const target = members.findLast((m) => m.key === name);
  if (target)
    return spliced(o, target.valueStart, target.valueEnd, JSON.stringify(value) ?? 'null');
  const fieldsOf = desc?.fields?.find((f) => f.name === name)?.fields;
  const first = members[0];
  if (!first) {
    if (!nested) {
      const obj = formatBody({ [name]: value }, desc);
      // formatBody writes `{\n  "name": value\n}`: 4 characters before the name, 2 after the value.
      const added = member(o.valueStart + 4, name, obj.length - 8 - JSON.stringify(name).length);
      return spliced(o, o.valueStart, o.valueEnd, obj, added);
    }
    // An empty nested object: one member a line deeper than the line it is on, or compact.
    const indent = lineIndent(text, o.valueStart);
    const lead = text.includes('\n') ? `\n${indent}  ` : '';
    const json = valueText(value, fieldsOf, lead);
    const obj = `{${lead}${JSON.stringify(name)}: ${json}${lead ? `\n${indent}` : ''}}`;
    const added = member(o.valueStart + 1 + lead.length, name, json.length);
    return spliced(o, o.valueStart, o.valueEnd, obj, added);
  }
  // Whatever separates "{" from the first name (a line break and indent, or nothing) is reused.
  const lead = text.slice(text.lastIndexOf('{', first.keyStart) + 1, first.keyStart);
  const json = valueText(value, fieldsOf, lead);
  const line = `${JSON.stringify(name)}: ${json}`;
  const order = desc?.fields ? desc.fields.map((f) => f.name) : [];
  const rank = order.indexOf(name);
  const before = members.findLast((m) => {
    const r = order.indexOf(m.key);
    return rank >= 0 && r >= 0 && r < rank;
  });
  // A described field with none of its predecessors present goes first, unless the body has
  // names the description does not know (then their place is unknown, and it goes last).
  if (!before && rank >= 0 && members.every((m) => order.includes(m.key))) {
    const at = first.keyStart;
    return spliced(o, at, at, `${line},${lead}`, member(at, name, json.length));
  }
  const at = (before ?? (members.at(-1) as JsonMember)).valueEnd;
  return spliced(o, at, at, `,${lead}${line}`, member(at + 1 + lead.length, name, json.length));
}

/** Removes every copy of a top-level field, leaving the rest of the text as it was. */
export function removeMember(o: ObjectText, name: string): ObjectText {
  let out = o;
  for (;;) {
    const { members } = out;
    const at = members.findLastIndex((m) => m.key === name);
    const target = members[at];
    if (!target) return out;
    const next = members[at + 1];
    const previous = members[at - 1];
    const rest = { ...out, members: members.filter((m) => m !== target) };
    out = next
      ? // The member, its comma and the next one's indent: the next member takes its place.
        spliced(rest, target.keyStart, next.keyStart, '')
      : previous
        ? // The last member: from the end of the one before, so its comma goes too.
          spliced(rest, previous.valueEnd, target.valueEnd, '')
        : spliced(rest, out.valueStart, out.valueEnd, '{}');
  }
}

/**
 * Sets one top-level field in the body text, changing only that value's text so the rest keeps
 * the person's layout. A missing field is inserted in the description's order. Text that does
 * not parse, or is not an object, is left alone and explained. A caller that has the text's scan
 * passes it.
 */
export function setFieldInBodyText(
  text: string,
  name: string,
  value: unknown,
  desc?: FieldOrder,
  scan: JsonScan = scanJson(text),
): BodyTextEdit {
  const o = objectTextOf(text, scan, 'set a field in');
  return o.ok ? { ok: true, text: setMember(o.body, name, value, desc).text } : o;
}

/**
 * Removes a top-level field (every copy of its name) from the body text, leaving the rest of
 * the text as it was. Text that does not parse, or is not an object, is left alone and
 * explained; a field that is not there is no change.
 */
export function removeFieldFromBodyText(
  text: string,
  name: string,
  scan: JsonScan = scanJson(text),
): BodyTextEdit {
  const o = objectTextOf(text, scan, 'remove a field from');
  return o.ok ? { ok: true, text: removeMember(o.body, name).text } : o;
}

/**
 * A value as the form writes it after `lead` (the whitespace before its entry): compact, except
 * that a value holding objects goes over several lines, indented like its entry, when the text
 * around it does (a MarkItem row added to a laid-out body reads as the rows beside it).
 */
function valueText(
  value: unknown,
  fields: readonly FieldDescription[] | undefined,
  lead: string,
): string {
  const holdsObject =
    isPlainObject(value) || (Array.isArray(value) && value.some((v) => isPlainObject(v)));
  const nl = lead.lastIndexOf('\n');
  if (!holdsObject || nl < 0) return JSON.stringify(value) ?? 'null';
  return formatValue(value, fields, lead.slice(nl + 1));
}

/** The indentation of the line `at` is on. */
function lineIndent(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, at))?.[0] ?? '';
}

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
  if (!c) return { ok: false, message: `The form cannot reach ${pathText(path)}.` };
  let rest: unknown = value;
  for (let i = path.length - 1; i > depth; i--) {
    const step = path[i] as string | number;
    if (typeof step === 'number') {
      return { ok: false, message: `${pathText(path.slice(0, i))} has no item ${step}.` };
    }
    rest = { [step]: rest };
  }
  const step = path[depth] as string | number;
  const parent = path.slice(0, depth);
  const blocked = (what: string) => ({
    ok: false as const,
    message: `${pathText(parent) || 'The body'} is ${what}, so the form cannot set ${pathText(path)}: fix it in the editor.`,
  });
  if (c.kind === 'array') {
    if (typeof step !== 'number') return blocked('an array');
    const item = c.entries[step];
    if (item) {
      const json = JSON.stringify(rest) ?? 'null';
      return { ok: true, text: text.slice(0, item.valueStart) + json + text.slice(item.valueEnd) };
    }
    return insertItem(text, c, step, rest, fieldsAt(fields, [...parent, 0]) ?? undefined);
  }
  if (typeof step === 'number') return blocked('an object');
  // Something on the way that is neither (UpdateGroup: null) is not replaced behind the person's back.
  const existing = c.entries.findLast((e) => e.key === step);
  if (existing && depth < path.length - 1) return blocked(`not an object at ${step}`);
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
    return { ok: false, message: `${pathText(arrayPath)} is not an array: fix it in the editor.` };
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

/** A member written by the form: `"name": value` from keyStart, the value `valueLength` long. */
function member(keyStart: number, key: string, valueLength: number): JsonMember {
  const valueStart = keyStart + JSON.stringify(key).length + 2;
  return { key, keyStart, valueStart, valueEnd: valueStart + valueLength };
}

/**
 * Replaces text[start, end) with `insert`. Offsets at or after `end` move by the change in
 * length, except a value's end right at an insertion point (the member before it), which stays;
 * `added`, a member the insert wrote, is given in the new text's offsets.
 */
function spliced(
  o: ObjectText,
  start: number,
  end: number,
  insert: string,
  added?: JsonMember,
): ObjectText {
  const delta = insert.length - (end - start);
  const move = (n: number, isEnd?: boolean) => (n >= end && (n > start || !isEnd) ? n + delta : n);
  const members = o.members.map((m) => ({
    key: m.key,
    keyStart: move(m.keyStart),
    valueStart: move(m.valueStart),
    valueEnd: move(m.valueEnd, true),
  }));
  if (added) members.push(added);
  return {
    text: o.text.slice(0, start) + insert + o.text.slice(end),
    members: members.sort((a, b) => a.keyStart - b.keyStart),
    valueStart: o.valueStart,
    valueEnd: move(o.valueEnd, true),
  };
}
