// The endpoint's rules for a request body: what each field must be (from its
// EndpointDescription), what only the text shows (a name written twice, an integer spelled 5.0),
// and the endpoint's own advice. Errors block sending; warnings are advice (STYLE.md: advice,
// not a gate).
import { isPlainObject, MAX_UINT32 } from '../json/value';
import { pathText, type FieldPath } from './field-path';
import { conditionHolds, conditionText, fieldRequirement, utf8Bytes } from './field-rules';
import type { JsonScan } from './json-scan';
import type { BodyValidation, EndpointDescription, FieldDescription, FieldIssue } from './types';

// What the form needs at once lives in field-rules.ts (the rules here load after the first paint).
export { conditionHolds, conditionText, fieldRequirement, utf8Bytes };

/** Extra, endpoint-specific warnings about a body whose types are already right. */
export type BodyAdvisor = (body: Readonly<Record<string, unknown>>) => FieldIssue[];

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
  const out = { errors, warnings };
  checkObject(desc.fields, value, [], desc.freeBody ? null : desc.id, out);
  if (desc.exactlyOneOf) checkExactlyOne(desc.exactlyOneOf, value, errors);
  if (errors.length === 0 && advise) warnings.push(...advise(value));
  return { errors, warnings, ok: errors.length === 0 };
}

interface Findings {
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/**
 * Checks an object against its fields: the body itself (path []) or a nested one (a MarkItem
 * row at ['MarkItem', 0]). Messages name nested fields by their path. `owner` names whose
 * fields these are, for unknown names; null in raw mode, whose names are not checked.
 */
function checkObject(
  fields: readonly FieldDescription[],
  value: Readonly<Record<string, unknown>>,
  at: FieldPath,
  owner: string | null,
  out: Findings,
): void {
  const known = new Set(fields.map((f) => f.name));
  const present = Object.keys(value);
  for (const field of fields) {
    const path = [...at, field.name];
    const name = pathText(path);
    const requirement = fieldRequirement(field, value);
    if (!Object.hasOwn(value, field.name)) {
      if (requirement !== 'required') continue;
      const lookalike = present.find(
        (k) => !known.has(k) && k.toLowerCase() === field.name.toLowerCase(),
      );
      const hint = lookalike
        ? ` The ${at.length ? 'object' : 'body'} has "${lookalike}": names are case-sensitive, write "${field.name}".`
        : ` Add ${missingExample(field)}.`;
      const when = field.requiredWhen ? ` when ${conditionText(field.requiredWhen)}` : '';
      out.errors.push({
        field: name,
        kind: 'missing',
        message: `${name} is missing; it is required${when}.${hint}`,
      });
      continue;
    }
    if (requirement === 'not-applicable' && field.requiredWhen) {
      // Its value is not checked: an empty To_Account left over from Type 1 must not block a
      // Type 2 delete. It is only pointed out.
      const cond = field.requiredWhen;
      out.warnings.push({
        field: name,
        kind: 'advice',
        message: `${name} is used only when ${conditionText(cond)}, and ${cond.field} is ${JSON.stringify(value[cond.field]) ?? 'missing'} here: it is probably left over. Remove it, or set ${cond.field} to ${JSON.stringify(cond.equals)}.`,
      });
      continue;
    }
    checkValue(field, value[field.name], path, out);
  }
  if (owner === null) return;
  for (const key of present) {
    if (known.has(key)) continue;
    const name = pathText([...at, key]);
    out.warnings.push({
      field: name,
      kind: 'unknown',
      message: `${name} is not a field of ${at.length ? pathText(at) : owner}${didYouMean(key, fields)}. It is kept and sent as is; the server may ignore it or refuse the request.`,
    });
  }
}

/** Exactly one of the names must be present (multiaccount_import: Accounts or AccountList). */
function checkExactlyOne(
  names: readonly string[],
  value: Readonly<Record<string, unknown>>,
  errors: FieldIssue[],
): void {
  const present = names.filter((n) => Object.hasOwn(value, n));
  if (present.length === 1) return;
  const list = names.join(' or ');
  errors.push({
    field: present[0] ?? null,
    kind: present.length === 0 ? 'missing' : 'too-many',
    message:
      present.length === 0
        ? `The body needs one of ${list}; it has neither.`
        : `The body has both ${present.join(' and ')}: send one of ${list}, not both.`,
  });
}

/**
 * What only the text shows, as warnings: names that appear twice (JSON.parse silently keeps the
 * last), and integer fields spelled 5.0, 5e0 or -0.
 */
export function textWarnings(
  desc: EndpointDescription,
  text: string,
  scan: JsonScan,
): FieldIssue[] {
  if (!scan.ok) return [];
  const warnings: FieldIssue[] = scan.duplicates.map((path) => ({
    field: /[.[]/.test(path) ? null : path,
    kind: 'duplicate',
    message: `"${path}" appears more than once in the same object. This tool (like JSON.parse) reads the last one, but another parser may read the first: keep one.`,
  }));
  for (const m of scan.members ?? []) {
    const field = desc.fields.find((f) => f.name === m.key);
    if (!field || (field.type !== 'uint32' && field.type !== 'integer')) continue;
    const raw = text.slice(m.valueStart, m.valueEnd);
    const n = Number(raw);
    if (/^-?\d/.test(raw) && Number.isInteger(n) && !/^(0|-?[1-9]\d*)$/.test(raw)) {
      warnings.push({
        field: m.key,
        kind: 'advice',
        message: `${m.key} is written ${raw}. It equals ${n}, but the server may read a decimal point, an exponent or -0 as a different type: write ${n}.`,
      });
    }
  }
  return warnings;
}

function checkValue(field: FieldDescription, v: unknown, path: FieldPath, out: Findings): void {
  const name = pathText(path);
  const push = ([kind, message]: Finding): void => {
    (kind === 'advice' ? out.warnings : out.errors).push({ field: name, kind, message });
  };
  switch (field.type) {
    case 'string':
    case 'uint32':
    case 'integer': {
      const found = scalarFinding(field, field.type, v, name);
      if (found) push(found);
      return;
    }
    case 'string[]':
    case 'integer[]': {
      const item = field.type === 'string[]' ? 'string' : 'integer';
      if (!Array.isArray(v)) {
        const what = item === 'string' ? 'strings' : 'whole numbers';
        return push(['type', `${name} must be an array of ${what}, not ${describe(v)}.`]);
      }
      for (const [i, x] of v.entries()) {
        const found = scalarFinding(field, item, x, `${name}[${i}]`);
        // The first item that is wrong is enough to point at the list.
        if (found && found[0] !== 'advice') return push(found);
      }
      const count = countFinding(field, v.length, name);
      if (count) push(count);
      return;
    }
    case 'object': {
      if (!isPlainObject(v)) {
        return push(['type', `${name} must be an object ({ … }), not ${describe(v)}.`]);
      }
      return checkObject(field.fields ?? [], v, path, name, out);
    }
    case 'object[]': {
      if (!Array.isArray(v)) {
        return push(['type', `${name} must be an array of objects ([{ … }]), not ${describe(v)}.`]);
      }
      const count = countFinding(field, v.length, name);
      if (count) push(count);
      for (const [i, x] of v.entries()) {
        if (!isPlainObject(x)) {
          out.errors.push({
            field: `${name}[${i}]`,
            kind: 'type',
            message: `${name}[${i}] must be an object ({ … }), not ${describe(x)}.`,
          });
        } else checkObject(field.fields ?? [], x, [...path, i], name, out);
      }
      return;
    }
  }
}

/** A finding before it is placed: its kind and words. */
type Finding = [kind: FieldIssue['kind'], message: string];

/** Too few or too many items in a list. */
function countFinding(field: FieldDescription, n: number, name: string): Finding | null {
  const least = field.minItems ?? (field.nonEmpty ? 1 : 0);
  if (n < least) {
    return [
      'empty',
      least === 1
        ? `${name} is empty: add at least one item.`
        : `${name} has ${n} items; it needs at least ${least}.`,
    ];
  }
  if (field.maxItems !== undefined && n > field.maxItems) {
    return ['too-many', `${name} has ${n} items; the most is ${field.maxItems}.`];
  }
  return null;
}

/** What is wrong with one string or number (a field, or an item of a list), if anything. */
function scalarFinding(
  field: FieldDescription,
  type: 'string' | 'uint32' | 'integer',
  v: unknown,
  name: string,
): Finding | null {
  if (type === 'string') {
    if (typeof v !== 'string') {
      const quoted = typeof v === 'number' ? `: write "${String(v)}" in double quotes` : '';
      return ['type', `${name} must be a string, not ${describe(v)}${quoted}.`];
    }
    if (field.nonEmpty && v === '') {
      return ['empty', `${name} is empty; it must not be (${field.description}).`];
    }
    if (field.enum && !field.enum.includes(v)) {
      return [
        'range',
        `${name} must be one of ${field.enum.map((e) => JSON.stringify(e)).join(', ')}.`,
      ];
    }
    const bytes = utf8Bytes(v);
    if (field.maxBytes !== undefined && bytes > field.maxBytes) {
      return ['range', `${name} is ${bytes} bytes in UTF-8; the most is ${field.maxBytes}.`];
    }
    if (field.warnBytes !== undefined && bytes > field.warnBytes) {
      return [
        'advice',
        `${name} is ${bytes} bytes in UTF-8. The newest page allows ${field.maxBytes ?? 'more'}, but the older pages and the error code's own words say ${field.warnBytes}: the service may refuse it, and the sandbox does.`,
      ];
    }
    if (v.trim() !== v) {
      return [
        'advice',
        `${name} starts or ends with white space, which the server matches exactly: remove it unless the UserID really has it.`,
      ];
    }
    return null;
  }
  const what = type === 'uint32' ? `a whole number from 0 to ${MAX_UINT32}` : 'a whole number';
  if (typeof v === 'string') {
    const t = v.trim();
    const unquote = /^-?\d+(\.\d+)?$/.test(t) ? `: write ${t} without the quotes` : '';
    return ['type', `${name} must be a number, not a string (${JSON.stringify(v)})${unquote}.`];
  }
  if (typeof v !== 'number') return ['type', `${name} must be ${what}, not ${describe(v)}.`];
  if (Number.isNaN(v)) {
    return ['type', `${name} is NaN, which is not a number JSON can carry; it must be ${what}.`];
  }
  if (!Number.isFinite(v)) {
    return ['range', `${name} is too large to be a number at all; it must be ${what}.`];
  }
  if (!Number.isInteger(v)) return ['type', `${name} must be ${what}: ${v} has a fractional part.`];
  if (type === 'uint32') {
    if (v < 0) {
      return [
        'range',
        `${name} cannot be negative (${v}): it is a uint32, from 0 to ${MAX_UINT32}.`,
      ];
    }
    if (v > MAX_UINT32) {
      return ['range', `${name} is ${v}, above the largest uint32 (${MAX_UINT32}).`];
    }
  } else if (!Number.isSafeInteger(v)) {
    return [
      'range',
      `${name} is ${v}, too large to be sent exactly (JavaScript numbers stop at 2^53).`,
    ];
  }
  if (field.enum && !field.enum.includes(v)) {
    return ['range', `${name} must be one of ${field.enum.join(', ')}, not ${v}.`];
  }
  const { minimum: lo, maximum: hi } = field;
  if ((lo !== undefined && v < lo) || (hi !== undefined && v > hi)) {
    return ['range', `${name} is ${v}; it must be from ${lo ?? '…'} to ${hi ?? '…'}.`];
  }
  return null;
}

function missingExample(field: FieldDescription): string {
  if (field.type === 'string' && field.nonEmpty)
    return `"${field.name}": "…" with a non-empty string`;
  if (field.type === 'object' || field.type === 'object[]')
    return `"${field.name}" (the form adds it)`;
  return `"${field.name}": ${JSON.stringify(field.default)}`;
}

function didYouMean(name: string, fields: readonly FieldDescription[]): string {
  const lower = name.toLowerCase();
  const same = fields.find((f) => f.name.toLowerCase() === lower);
  // Only the case differs (ToGroupId for delete's ToGroupid): name the service's own spelling.
  if (same)
    return ` (did you mean ${same.name}? The service spells it "${same.name}": names are case-sensitive)`;
  const near = fields.find((f) => editDistance(f.name.toLowerCase(), lower) <= 2);
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
