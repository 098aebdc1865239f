// The endpoint's rules for a request body: what each field must be (from its
// EndpointDescription), what only the text shows (a name written twice, an integer spelled 5.0),
// and the endpoint's own advice. Errors block sending; warnings are advice (STYLE.md: advice,
// not a gate).
import { isPlainObject, MAX_UINT32 } from '../json/value';
import type { JsonScan } from './json-scan';
import type {
  BodyValidation,
  EndpointDescription,
  FieldCondition,
  FieldDescription,
  FieldIssue,
} from './types';

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
