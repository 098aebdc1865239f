// Request bodies: parsing the editor's text, checking it against an EndpointDescription, and
// the small edits the form makes. The body text is the one source of truth (STYLE.md rule 3):
// the form reads values parsed from it and writes back by editing the text in place.
import { lineColumnOf, scanJson } from './json-scan';
import type {
  BodyValidation,
  EndpointDescription,
  FieldCondition,
  FieldDescription,
  FieldIssue,
} from './types';

/** The largest uint32, the top of the cursors' and AssistFlags' range. */
export const MAX_UINT32 = 4294967295;

/** A JSON syntax error with a plain-English message and its 1-based place in the text. */
export interface BodySyntaxError {
  ok: false;
  message: string;
  /** 1-based; columns count UTF-16 code units, as Monaco does. */
  line: number;
  column: number;
  /** 0-based offset into the text. */
  offset: number;
}

/** The body text parsed, or where and why it does not parse. */
export type BodyParse =
  | {
      ok: true;
      value: unknown;
      /** Paths of names that appear twice in one object; JSON.parse silently keeps the last. */
      duplicates: string[];
    }
  | BodySyntaxError;

/** Extra, endpoint-specific warnings about a body whose types are already right. */
export type BodyAdvisor = (body: Readonly<Record<string, unknown>>) => FieldIssue[];

/** Parses the editor's text; a syntax error comes back with a message, line and column. */
export function parseBodyText(text: string): BodyParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const scan = scanJson(text);
    if (!scan.ok) return syntaxError(text, scan.offset, scan.message);
    // The scanner and the engine disagree (a scanner bug): take the engine's position, if any.
    return syntaxError(text, enginePosition(e, text), 'The body is not valid JSON.');
  }
  const scan = scanJson(text);
  return { ok: true, value, duplicates: scan.ok ? scan.duplicates : [] };
}

/** Checks a parsed body against an endpoint: errors block sending, warnings are advice. */
export function validateBody(
  desc: EndpointDescription,
  value: unknown,
  { advise }: { advise?: BodyAdvisor } = {},
): BodyValidation {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  if (!isPlainObject(value)) {
    const what = desc.freeBody ? '' : ` with the fields of ${desc.id}`;
    errors.push({
      field: null,
      kind: 'not-object',
      message: `The body must be a JSON object ({ … })${what}, not ${describe(value)}.`,
    });
    return { errors, warnings, ok: false };
  }
  const known = new Set(desc.fields.map((f) => f.name));
  const present = Object.keys(value);
  for (const field of desc.fields) {
    const requirement = fieldRequirement(field, value);
    if (!Object.hasOwn(value, field.name)) {
      if (requirement !== 'required') continue;
      const lookalike = present.find(
        (k) => !known.has(k) && k.toLowerCase() === field.name.toLowerCase(),
      );
      const hint = lookalike
        ? ` The body has "${lookalike}": names are case-sensitive, write "${field.name}".`
        : ` Add ${missingExample(field)}.`;
      const when = field.requiredWhen ? ` when ${conditionText(field.requiredWhen)}` : '';
      errors.push({
        field: field.name,
        kind: 'missing',
        message: `${field.name} is missing; it is required${when}.${hint}`,
      });
      continue;
    }
    if (requirement === 'not-applicable' && field.requiredWhen) {
      // Its value is not checked: an empty To_Account left over from Type 1 must not block a
      // Type 2 delete. It is only pointed out.
      const cond = field.requiredWhen;
      warnings.push({
        field: field.name,
        kind: 'advice',
        message: `${field.name} is used only when ${conditionText(cond)}, and ${cond.field} is ${JSON.stringify(value[cond.field]) ?? 'missing'} here: it is probably left over. Remove it, or set ${cond.field} to ${JSON.stringify(cond.equals)}.`,
      });
      continue;
    }
    const issues = checkValue(field, value[field.name]);
    for (const issue of issues) (issue.kind === 'advice' ? warnings : errors).push(issue);
  }
  for (const name of present) {
    // A free body (raw mode) has no list of names to hold it against.
    if (known.has(name) || desc.freeBody) continue;
    warnings.push({
      field: name,
      kind: 'unknown',
      message: `${name} is not a field of ${desc.id}${didYouMean(name, desc)}. It is kept and sent as is; the server may ignore it or refuse the request (50002).`,
    });
  }
  if (errors.length === 0 && advise) warnings.push(...advise(value));
  return { errors, warnings, ok: errors.length === 0 };
}

/**
 * Parses and checks the editor's text in one go, adding what only the text shows: names that
 * appear twice, and integers spelled as 5.0 or 5e0.
 */
export function validateBodyText(
  desc: EndpointDescription,
  text: string,
  options: { advise?: BodyAdvisor } = {},
): { parse: BodyParse; validation: BodyValidation | null } {
  const parse = parseBodyText(text);
  if (!parse.ok) return { parse, validation: null };
  const validation = validateBody(desc, parse.value, options);
  for (const path of parse.duplicates) {
    const top = !/[.[]/.test(path);
    validation.warnings.push({
      field: top ? path : null,
      kind: 'duplicate',
      message: `"${path}" appears more than once in the same object. This tool (like JSON.parse) reads the last one, but another parser may read the first: keep one.`,
    });
  }
  const scan = scanJson(text);
  if (scan.ok && scan.members) {
    for (const m of scan.members) {
      const field = desc.fields.find((f) => f.name === m.key);
      if (!field || (field.type !== 'uint32' && field.type !== 'integer')) continue;
      const raw = text.slice(m.valueStart, m.valueEnd);
      const n = Number(raw);
      if (/^-?\d/.test(raw) && Number.isInteger(n) && !/^(0|-?[1-9]\d*)$/.test(raw)) {
        validation.warnings.push({
          field: m.key,
          kind: 'advice',
          message: `${m.key} is written ${raw}. It equals ${n}, but the server may read a decimal point, an exponent or -0 as a different type: write ${n}.`,
        });
      }
    }
  }
  return { parse, validation };
}

/**
 * A new request's body: every field at its default, in the description's order, except those
 * that start absent and those whose requiredWhen does not hold for the other defaults.
 */
export function defaultBody(desc: EndpointDescription): Record<string, string | number | string[]> {
  const body: Record<string, string | number | string[]> = {};
  for (const f of desc.fields) {
    if (f.startsAbsent) continue;
    body[f.name] = Array.isArray(f.default) ? [...f.default] : f.default;
  }
  for (const f of desc.fields) {
    if (f.requiredWhen && !conditionHolds(body, f.requiredWhen)) delete body[f.name];
  }
  return body;
}

/**
 * Whether a field is required, optional or does not apply to this body, as the form shows it:
 * a field with requiredWhen is required while its condition holds and does not apply otherwise.
 */
export function fieldRequirement(
  field: FieldDescription,
  body: unknown,
): 'required' | 'optional' | 'not-applicable' {
  if (field.requiredWhen) {
    return conditionHolds(body, field.requiredWhen) ? 'required' : 'not-applicable';
  }
  return field.required ? 'required' : 'optional';
}

/** Whether the body's field named by the condition has the condition's value. */
export function conditionHolds(body: unknown, condition: FieldCondition): boolean {
  return isPlainObject(body) && body[condition.field] === condition.equals;
}

/** The condition in words, for messages and docs: `Type is 1`. */
export function conditionText(condition: FieldCondition): string {
  return `${condition.field} is ${JSON.stringify(condition.equals)}`;
}

/** The default body as editor text. */
export function defaultBodyText(desc: EndpointDescription): string {
  return formatBody(defaultBody(desc), desc);
}

/**
 * JSON with two-space indents. With a description, its fields come first in its order and
 * any other names follow in their own order (none is dropped).
 */
export function formatBody(value: unknown, desc?: EndpointDescription): string {
  if (!isPlainObject(value)) return JSON.stringify(value, null, 2) ?? 'null';
  const names = Object.keys(value);
  const order = desc
    ? [
        ...desc.fields.map((f) => f.name).filter((n) => names.includes(n)),
        ...names.filter((n) => !desc.fields.some((f) => f.name === n)),
      ]
    : names;
  if (order.length === 0) return '{}';
  // Built by hand rather than through a new object, so a "__proto__" name stays a name.
  const lines = order.map(
    (n) =>
      `  ${JSON.stringify(n)}: ${(JSON.stringify(value[n], null, 2) ?? 'null').replace(/\n/g, '\n  ')}`,
  );
  return `{\n${lines.join(',\n')}\n}`;
}

/**
 * Sets one top-level field in the body text, changing only that value's text so the rest keeps
 * the person's layout. A missing field is inserted in the description's order. Text that does
 * not parse, or is not an object, is left alone and explained.
 */
export function setFieldInBodyText(
  text: string,
  name: string,
  value: unknown,
  desc?: EndpointDescription,
): { ok: true; text: string } | { ok: false; message: string } {
  const scan = scanJson(text);
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
      message: 'The body is not a JSON object, so the form cannot set a field in it.',
    };
  }
  const json = JSON.stringify(value) ?? 'null';
  const same = scan.members.filter((m) => m.key === name);
  const target = same[same.length - 1];
  if (target) return { ok: true, text: splice(text, target.valueStart, target.valueEnd, json) };

  const members = scan.members;
  const first = members[0];
  if (!first) {
    const obj = formatBody({ [name]: value });
    return { ok: true, text: splice(text, scan.valueStart, scan.valueEnd, obj) };
  }
  // Whatever separates "{" from the first name (a line break and indent, or nothing) is reused.
  const lead = text.slice(text.lastIndexOf('{', first.keyStart) + 1, first.keyStart);
  const member = `${JSON.stringify(name)}: ${json}`;
  const order = desc ? desc.fields.map((f) => f.name) : [];
  const rank = order.indexOf(name);
  if (rank >= 0) {
    const before = members.filter((m) => {
      const r = order.indexOf(m.key);
      return r >= 0 && r < rank;
    });
    const after = before[before.length - 1];
    if (after)
      return { ok: true, text: splice(text, after.valueEnd, after.valueEnd, `,${lead}${member}`) };
    if (members.every((m) => order.includes(m.key))) {
      return { ok: true, text: splice(text, first.keyStart, first.keyStart, `${member},${lead}`) };
    }
  }
  const last = members[members.length - 1] as (typeof members)[number];
  return { ok: true, text: splice(text, last.valueEnd, last.valueEnd, `,${lead}${member}`) };
}

/**
 * Removes a top-level field (every copy of its name) from the body text, leaving the rest of
 * the text as it was. Text that does not parse, or is not an object, is left alone and
 * explained; a field that is not there is no change.
 */
export function removeFieldFromBodyText(
  text: string,
  name: string,
): { ok: true; text: string } | { ok: false; message: string } {
  let out = text;
  for (;;) {
    const scan = scanJson(out);
    if (!scan.ok) {
      const { line, column } = lineColumnOf(out, scan.offset);
      return {
        ok: false,
        message: `The JSON has an error at line ${line}, column ${column}: fix it in the editor, then the form can write again.`,
      };
    }
    if (!scan.members) {
      return {
        ok: false,
        message: 'The body is not a JSON object, so the form cannot remove a field from it.',
      };
    }
    const members = scan.members;
    const at = members.findLastIndex((m) => m.key === name);
    const target = members[at];
    if (!target) return { ok: true, text: out };
    const next = members[at + 1];
    const previous = members[at - 1];
    if (next) {
      // The member, its comma and the next one's indent: the next member takes its place.
      out = splice(out, target.keyStart, next.keyStart, '');
    } else if (previous) {
      // The last member: from the end of the one before, so its comma goes too.
      out = splice(out, previous.valueEnd, target.valueEnd, '');
    } else {
      out = splice(out, scan.valueStart, scan.valueEnd, '{}');
    }
  }
}

/**
 * Turns what a person typed into a form input into the field's wire value, or a message
 * (keeping the raw text, so the input is never wiped).
 */
export function parseFieldInput(
  field: FieldDescription,
  raw: string,
): { ok: true; value: string | number | string[] } | { ok: false; message: string; raw: string } {
  const bad = (message: string) => ({ ok: false as const, message, raw });
  switch (field.type) {
    case 'string': {
      // Sent exactly as typed: a UserID is matched byte for byte. Empty is reported by validateBody.
      if (field.enum && raw !== '' && !field.enum.includes(raw)) {
        return bad(`${field.name} must be one of ${field.enum.join(', ')}.`);
      }
      return { ok: true, value: raw };
    }
    case 'uint32':
    case 'integer': {
      const t = raw.trim();
      const signed = field.type === 'integer';
      const range = signed ? 'a whole number' : `a whole number from 0 to ${MAX_UINT32}`;
      if (t === '') return bad(`Enter ${range}.`);
      if (!signed && /^-\d+$/.test(t))
        return bad(`${field.name} cannot be negative: enter ${range}.`);
      if (/^\d{1,3}(,\d{3})+$/.test(t)) {
        return bad(`Write ${field.name} without separators: ${t.replace(/,/g, '')}.`);
      }
      if (/^[-+]?\d*[.,]\d*$/.test(t) && /\d/.test(t)) {
        return bad(`${field.name} is a whole number: no decimal point.`);
      }
      if (!(signed ? /^-?\d+$/ : /^\d+$/).test(t)) return bad(`Digits only: enter ${range}.`);
      const n = Number(t);
      if (!signed && n > MAX_UINT32)
        return bad(`${t} is too large: the largest uint32 is ${MAX_UINT32}.`);
      if (signed && !Number.isSafeInteger(n)) {
        return bad(`${t} is too large to send exactly from a browser.`);
      }
      if (field.enum && !field.enum.includes(n)) {
        return bad(`${field.name} must be one of ${field.enum.join(', ')}.`);
      }
      return { ok: true, value: n };
    }
    case 'string[]': {
      // One item per line: UserIDs may contain commas and spaces, never line breaks.
      const items = raw.split(/\r\n|\r|\n/).filter((s) => s !== '');
      if (field.maxItems !== undefined && items.length > field.maxItems) {
        return bad(
          `${field.name} takes at most ${field.maxItems} items; there are ${items.length}.`,
        );
      }
      return { ok: true, value: items };
    }
  }
}

/** A body value as a form input shows it (the inverse of parseFieldInput where it parses). */
export function fieldInputText(field: FieldDescription, value: unknown): string {
  if (value === undefined) return '';
  if (field.type === 'string' && typeof value === 'string') return value;
  if ((field.type === 'uint32' || field.type === 'integer') && typeof value === 'number') {
    return String(value);
  }
  if (
    field.type === 'string[]' &&
    Array.isArray(value) &&
    value.every((v) => typeof v === 'string')
  ) {
    return value.join('\n');
  }
  // A value of the wrong type is shown as JSON, so the person sees what the body really holds.
  return JSON.stringify(value) ?? '';
}

/** Whether a value is a JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkValue(field: FieldDescription, v: unknown): FieldIssue[] {
  const name = field.name;
  const issue = (kind: FieldIssue['kind'], message: string): FieldIssue[] => [
    { field: name, kind, message },
  ];
  switch (field.type) {
    case 'string': {
      if (typeof v !== 'string') {
        const quoted = typeof v === 'number' ? `: write "${String(v)}" in double quotes` : '';
        return issue('type', `${name} must be a string, not ${describe(v)}${quoted}.`);
      }
      if (field.nonEmpty && v === '') {
        return issue('empty', `${name} is empty; it must not be (${field.description}).`);
      }
      if (field.enum && !field.enum.includes(v)) {
        return issue(
          'range',
          `${name} must be one of ${field.enum.map((e) => JSON.stringify(e)).join(', ')}.`,
        );
      }
      if (v.trim() !== v) {
        return issue(
          'advice',
          `${name} starts or ends with white space, which the server matches exactly: remove it unless the UserID really has it.`,
        );
      }
      return [];
    }
    case 'uint32':
    case 'integer': {
      const what =
        field.type === 'uint32' ? `a whole number from 0 to ${MAX_UINT32}` : 'a whole number';
      if (typeof v === 'string') {
        const t = v.trim();
        const unquote = /^-?\d+(\.\d+)?$/.test(t) ? `: write ${t} without the quotes` : '';
        return issue(
          'type',
          `${name} must be a number, not a string (${JSON.stringify(v)})${unquote}.`,
        );
      }
      if (typeof v !== 'number')
        return issue('type', `${name} must be ${what}, not ${describe(v)}.`);
      if (Number.isNaN(v))
        return issue(
          'type',
          `${name} is NaN, which is not a number JSON can carry; it must be ${what}.`,
        );
      if (!Number.isFinite(v)) {
        return issue('range', `${name} is too large to be a number at all; it must be ${what}.`);
      }
      if (!Number.isInteger(v)) {
        return issue('type', `${name} must be ${what}: ${v} has a fractional part.`);
      }
      if (field.type === 'uint32') {
        if (v < 0)
          return issue(
            'range',
            `${name} cannot be negative (${v}): it is a uint32, from 0 to ${MAX_UINT32}.`,
          );
        if (v > MAX_UINT32) {
          return issue('range', `${name} is ${v}, above the largest uint32 (${MAX_UINT32}).`);
        }
      } else if (!Number.isSafeInteger(v)) {
        return issue(
          'range',
          `${name} is ${v}, too large to be sent exactly (JavaScript numbers stop at 2^53).`,
        );
      }
      if (field.enum && !field.enum.includes(v)) {
        return issue('range', `${name} must be one of ${field.enum.join(', ')}, not ${v}.`);
      }
      return [];
    }
    case 'string[]': {
      if (!Array.isArray(v))
        return issue('type', `${name} must be an array of strings, not ${describe(v)}.`);
      const bad = v.findIndex((x) => typeof x !== 'string');
      if (bad >= 0) {
        return issue('type', `${name}[${bad}] must be a string, not ${describe(v[bad])}.`);
      }
      if (field.nonEmpty && v.length === 0)
        return issue('empty', `${name} is empty: add at least one item.`);
      if (field.maxItems !== undefined && v.length > field.maxItems) {
        return issue('too-many', `${name} has ${v.length} items; the most is ${field.maxItems}.`);
      }
      return [];
    }
  }
}

function missingExample(field: FieldDescription): string {
  if (field.type === 'string' && field.nonEmpty)
    return `"${field.name}": "…" with a non-empty string`;
  return `"${field.name}": ${JSON.stringify(field.default)}`;
}

function didYouMean(name: string, desc: EndpointDescription): string {
  const lower = name.toLowerCase();
  const same = desc.fields.find((f) => f.name.toLowerCase() === lower);
  // Only the case differs (ToGroupId for delete's ToGroupid): name the service's own spelling.
  if (same)
    return ` (did you mean ${same.name}? The service spells it "${same.name}": names are case-sensitive)`;
  const near = desc.fields.find((f) => editDistance(f.name.toLowerCase(), lower) <= 2);
  return near ? ` (did you mean ${near.name}? Names are case-sensitive)` : '';
}

/** Levenshtein distance; the names are short, so the plain table is fine. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string (${JSON.stringify(v)})`;
  if (typeof v === 'number') return `a number (${v})`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

function syntaxError(text: string, offset: number, message: string): BodySyntaxError {
  const { line, column } = lineColumnOf(text, offset);
  return { ok: false, message, line, column, offset: Math.max(0, Math.min(offset, text.length)) };
}

/** Engines disagree on wording; only a position is taken from them ("at position 12", "line 2 column 3"). */
function enginePosition(e: unknown, text: string): number {
  const msg = e instanceof Error ? e.message : '';
  const pos = /position (\d+)/.exec(msg);
  if (pos?.[1]) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc?.[1] && lc[2]) {
    const lines = text.split(/\r\n|\r|\n/);
    let offset = 0;
    const line = Number(lc[1]);
    for (let k = 0; k < line - 1 && k < lines.length; k++) offset += (lines[k] ?? '').length + 1;
    return offset + Number(lc[2]) - 1;
  }
  return text.length;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}
