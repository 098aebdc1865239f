// The endpoint's rules for a request body: what each field must be (from its
// EndpointDescription), what only the text shows (a name written twice, an integer spelled 5.0),
// and the endpoint's own advice. Errors block sending; warnings are advice (STYLE.md: advice,
// not a gate).
import { msg, type Text } from '../i18n/message';
import { isPlainObject, MAX_UINT32 } from '../json/value';
import { advisorFor } from './endpoint-advice';
import { pathText, type FieldPath } from './field-path';
import { conditionHolds, conditionParts, fieldRequirement, utf8Bytes } from './field-rules';
import { scanJson, type JsonScan } from './json-scan';
import type { BodyValidation, EndpointDescription, FieldDescription, FieldIssue } from './types';

// What the form needs at once lives in field-rules.ts (the rules here load after the first paint).
export { conditionHolds, conditionParts, fieldRequirement, utf8Bytes };
// The scanner the check reads the text with (body-check.ts BodyRules): it loads with the rules.
export { scanJson };

/**
 * Checks a parsed body against an endpoint: errors block sending, warnings are advice. With
 * `advise`, the endpoint's own advice (api/endpoint-advice.ts) is among the warnings once there
 * is no error.
 */
export function validateBody(
  desc: EndpointDescription,
  value: unknown,
  { advise = false }: { advise?: boolean } = {},
): BodyValidation {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  if (!isPlainObject(value)) {
    errors.push({
      field: null,
      kind: 'not-object',
      message: msg('rules.notObject', {
        id: desc.freeBody ? null : desc.id,
        value: describe(value),
      }),
    });
    return { errors, warnings, ok: false };
  }
  const out = { errors, warnings };
  checkObject(desc.fields, value, [], desc.freeBody ? null : desc.id, out);
  if (desc.exactlyOneOf) checkExactlyOne(desc.exactlyOneOf, value, errors);
  const advisor = advise ? advisorFor(desc.id) : undefined;
  if (errors.length === 0 && advisor) warnings.push(...advisor(value));
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
        ? msg('rules.hint.case', { nested: at.length > 0, found: lookalike, name: field.name })
        : missingExample(field);
      const when = field.requiredWhen ? conditionParts(field.requiredWhen) : null;
      out.errors.push({
        field: name,
        kind: 'missing',
        message: msg('rules.missing', { name, when, hint }),
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
        message: msg('rules.leftover', {
          name,
          field: cond.field,
          equals: JSON.stringify(cond.equals),
          value: JSON.stringify(value[cond.field]) ?? null,
        }),
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
      message: msg('rules.unknown', {
        name,
        owner: at.length ? pathText(at) : owner,
        hint: didYouMean(key, fields),
      }),
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
  errors.push({
    field: present[0] ?? null,
    kind: present.length === 0 ? 'missing' : 'too-many',
    message:
      present.length === 0
        ? msg('rules.needOne', { names })
        : msg('rules.both', { names, present }),
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
    message: msg('rules.duplicate', { path }),
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
        message: msg('rules.spelled', { key: m.key, raw, n }),
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
        return push([
          'type',
          msg('rules.arrayOf', { name, strings: item === 'string', value: describe(v) }),
        ]);
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
        return push(['type', msg('rules.object', { name, value: describe(v) })]);
      }
      return checkObject(field.fields ?? [], v, path, name, out);
    }
    case 'object[]': {
      if (!Array.isArray(v)) {
        return push(['type', msg('rules.objects', { name, value: describe(v) })]);
      }
      const count = countFinding(field, v.length, name);
      if (count) push(count);
      for (const [i, x] of v.entries()) {
        if (!isPlainObject(x)) {
          out.errors.push({
            field: `${name}[${i}]`,
            kind: 'type',
            message: msg('rules.object', { name: `${name}[${i}]`, value: describe(x) }),
          });
        } else checkObject(field.fields ?? [], x, [...path, i], name, out);
      }
      return;
    }
  }
}

/** A finding before it is placed: its kind and words. */
type Finding = [kind: FieldIssue['kind'], message: Text];

/** Too few or too many items in a list. */
function countFinding(field: FieldDescription, n: number, name: string): Finding | null {
  const least = field.minItems ?? (field.nonEmpty ? 1 : 0);
  if (n < least) {
    return [
      'empty',
      least === 1 ? msg('rules.emptyList', { name }) : msg('rules.fewItems', { name, n, least }),
    ];
  }
  if (field.maxItems !== undefined && n > field.maxItems) {
    return ['too-many', msg('rules.manyItems', { name, n, most: field.maxItems })];
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
      const quote = typeof v === 'number' ? String(v) : null;
      return ['type', msg('rules.string', { name, value: describe(v), quote })];
    }
    if (field.nonEmpty && v === '') {
      return ['empty', msg('rules.emptyString', { name, doc: field.description })];
    }
    if (field.enum && !field.enum.includes(v)) {
      const values = field.enum.map((e) => JSON.stringify(e)).join(', ');
      return ['range', msg('rules.oneOf', { name, values })];
    }
    const bytes = utf8Bytes(v);
    if (field.maxBytes !== undefined && bytes > field.maxBytes) {
      return ['range', msg('rules.bytes', { name, bytes, most: field.maxBytes })];
    }
    if (field.warnBytes !== undefined && bytes > field.warnBytes) {
      const most = field.maxBytes ?? null;
      return ['advice', msg('rules.bytesWarn', { name, bytes, most, older: field.warnBytes })];
    }
    if (v.trim() !== v) {
      return ['advice', msg('rules.space', { name })];
    }
    return null;
  }
  const uint32 = type === 'uint32';
  if (typeof v === 'string') {
    const t = v.trim();
    const unquote = /^-?\d+(\.\d+)?$/.test(t) ? t : null;
    return ['type', msg('rules.numberString', { name, json: JSON.stringify(v), unquote })];
  }
  if (typeof v !== 'number') {
    return ['type', msg('rules.notNumber', { name, uint32, value: describe(v) })];
  }
  if (Number.isNaN(v)) return ['type', msg('rules.nan', { name, uint32 })];
  if (!Number.isFinite(v)) return ['range', msg('rules.infinite', { name, uint32 })];
  if (!Number.isInteger(v)) return ['type', msg('rules.fraction', { name, uint32, v })];
  if (uint32) {
    if (v < 0) return ['range', msg('rules.negative', { name, v })];
    if (v > MAX_UINT32) return ['range', msg('rules.aboveUint32', { name, v })];
  } else if (!Number.isSafeInteger(v)) {
    return ['range', msg('rules.unsafe', { name, v })];
  }
  if (field.enum && !field.enum.includes(v)) {
    return ['range', msg('rules.oneOfNot', { name, values: field.enum.join(', '), v })];
  }
  const { minimum: lo, maximum: hi } = field;
  if ((lo !== undefined && v < lo) || (hi !== undefined && v > hi)) {
    return ['range', msg('rules.range', { name, v, lo: lo ?? null, hi: hi ?? null })];
  }
  return null;
}

function missingExample(field: FieldDescription): Text {
  const name = field.name;
  if (field.type === 'string' && field.nonEmpty) return msg('rules.hint.string', { name });
  if (field.type === 'object' || field.type === 'object[]') {
    return msg('rules.hint.object', { name });
  }
  return msg('rules.hint.value', { name, json: JSON.stringify(field.default) });
}

function didYouMean(name: string, fields: readonly FieldDescription[]): Text | null {
  const lower = name.toLowerCase();
  const same = fields.find((f) => f.name.toLowerCase() === lower);
  // Only the case differs (ToGroupId for delete's ToGroupid): name the service's own spelling.
  if (same) return msg('rules.mean.case', { name: same.name });
  const near = fields.find((f) => editDistance(f.name.toLowerCase(), lower) <= 2);
  return near ? msg('rules.mean.near', { name: near.name }) : null;
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

function describe(v: unknown): Text {
  if (v === null) return msg('rules.v.null');
  if (Array.isArray(v)) return msg('rules.v.array');
  if (typeof v === 'string') return msg('rules.v.string', { json: JSON.stringify(v) });
  if (typeof v === 'number') return msg('rules.v.number', { n: v });
  if (typeof v === 'boolean') return msg(v ? 'rules.v.true' : 'rules.v.false');
  if (typeof v === 'object') return msg('rules.v.object');
  return msg('rules.v.other', { type: typeof v });
}
