// Everything the request builder shows about the body text, from one parse and scan of it: the syntax
// error and its place, the value, the top-level members' offsets (what the form edits), and the
// endpoint's errors and warnings grouped for where they are shown. The draft derives this once
// per text (RequestDraft.check); the form, the editor's status line and Send all read it.
// The rules (body-rules.ts, most of the analysis' code, with the scanner) are a parameter: the
// first screen parses at once and scans and checks once they have loaded, right after the first
// paint (issue 18); body-analysis.ts gives them for everything else.
import { isPlainObject } from '../json/value';
import { parseBodyText, type BodyParse } from './body-parse';
import type { textWarnings, validateBody } from './body-rules';
import type { JsonScan, scanJson } from './json-scan';
import type { BodyValidation, EndpointDescription, FieldIssue } from './types';

/** The errors and warnings about one described field, shown beside its input. */
export interface FieldIssues {
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/** The rules a body is checked by, and the scanner the check reads the text with (body-rules.ts). */
export interface BodyRules {
  validateBody: typeof validateBody;
  textWarnings: typeof textWarnings;
  scanJson: typeof scanJson;
}

/** What one parse and scan of the body text tell. */
export interface BodyAnalysis {
  /**
   * The scanner's result: its syntax error, or the members' offsets that form edits start from.
   * Null while the rules (which bring the scanner) have not loaded.
   */
  scan: JsonScan | null;
  parse: BodyParse;
  /** The value when it is a JSON object (what the form shows), else null. */
  object: Record<string, unknown> | null;
  /** Null while the text does not parse, or while the rules have not loaded. */
  validation: BodyValidation | null;
  /**
   * Issues about each described field, by its path as text (`From_Account`,
   * `MarkItem[0].ContactItem.Type`); a field with none is absent.
   */
  byField: Readonly<Record<string, FieldIssues>>;
  /** Names the endpoint does not describe, one warning each (the form lists them below). */
  unknown: FieldIssue[];
  /** Issues no input shows (the body as a whole, a nested duplicate): errors, then warnings. */
  bodyIssues: FieldIssue[];
}

/**
 * Scans, parses and checks the editor's text in one go, adding what only the text shows: names
 * that appear twice, and integers spelled as 5.0 or 5e0.
 */
export function analyzeBodyWith(
  rules: BodyRules | null,
  desc: EndpointDescription,
  text: string,
  { advise = false }: { advise?: boolean } = {},
): BodyAnalysis {
  const scan = rules ? rules.scanJson(text) : null;
  const parse = parseBodyText(text, scan);
  const validation = parse.ok && rules ? rules.validateBody(desc, parse.value, { advise }) : null;
  if (rules && scan) validation?.warnings.push(...rules.textWarnings(desc, text, scan));
  const object = parse.ok && isPlainObject(parse.value) ? parse.value : null;
  return { scan, parse, object, validation, ...grouped(desc, validation) };
}

function grouped(
  desc: EndpointDescription,
  validation: BodyValidation | null,
): Pick<BodyAnalysis, 'byField' | 'unknown' | 'bodyIssues'> {
  const byField: Record<string, FieldIssues> = {};
  const unknown: FieldIssue[] = [];
  const bodyIssues: FieldIssue[] = [];
  const described = new Set(desc.fields.map((f) => f.name));
  // Errors first, then warnings, in each group; only warnings are of kind 'unknown'.
  for (const kind of ['errors', 'warnings'] as const) {
    for (const issue of validation?.[kind] ?? []) {
      const { field } = issue;
      // A nested path belongs to its top-level field's part of the form.
      const top = field === null ? null : (/^[^.[]+/.exec(field)?.[0] ?? field);
      if (field !== null && issue.kind !== 'unknown' && top !== null && described.has(top)) {
        (byField[field] ??= { errors: [], warnings: [] })[kind].push(issue);
      } else (issue.kind === 'unknown' ? unknown : bodyIssues).push(issue);
    }
  }
  return { byField, unknown, bodyIssues };
}

/** checkRequestBody with the rules given (null: parsed, not scanned or checked yet). */
export function checkRequestBodyWith(
  rules: BodyRules | null,
  desc: EndpointDescription,
  text: string,
): BodyAnalysis {
  return analyzeBodyWith(rules, desc, text, { advise: true });
}
