// The form's edits to the body text, in place: one top-level value changes, is added or goes, and
// everything else keeps the person's layout (STYLE.md rule 3: the text is the truth). An edit
// starts from the text's scan and keeps the members' offsets up to date as it goes, so a form
// edit of several steps (delete's Type brings its peer fields in and out) scans nothing again.
import { isPlainObject } from '../json/value';
import { lineColumnOf } from '../text/line-column';
import { formatBody, formatValue, type FieldOrder } from './body-format';
import { msg, type Msg } from '../i18n/message';
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
export type BodyTextEdit = { ok: true; text: string } | { ok: false; message: Msg };

/**
 * The scanned text as an object to edit, or why the form cannot `action` it (the text does not
 * parse, or its top level is not an object).
 */
export function objectTextOf(
  text: string,
  scan: JsonScan,
  action: 'set a field in' | 'remove a field from',
): { ok: true; body: ObjectText } | { ok: false; message: Msg } {
  if (!scan.ok) {
    return { ok: false, message: msg('rules.fe.json', lineColumnOf(text, scan.offset)) };
  }
  if (!scan.members) {
    return {
      ok: false,
      message: msg('rules.fe.notObject', { remove: action === 'remove a field from' }),
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
export function valueText(
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
export function lineIndent(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, at))?.[0] ?? '';
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
