// The body's analysis with its rules (body-check.ts has the analysis, body-rules.ts the rules):
// for the sandbox, the inspector and the tests, which check at once. The request builder loads
// the rules after the first paint and checks with body-check.ts.
import { analyzeBodyWith, checkRequestBodyWith, type BodyAnalysis } from './body-check';
import * as rules from './body-rules';
import type { EndpointDescription } from './types';

export type { BodyAnalysis, BodyRules, FieldIssues } from './body-check';

/**
 * Scans, parses and checks the editor's text in one go, adding what only the text shows: names
 * that appear twice, and integers spelled as 5.0 or 5e0.
 */
export function analyzeBody(
  desc: EndpointDescription,
  text: string,
  options: { advise?: boolean } = {},
): BodyAnalysis {
  return analyzeBodyWith(rules, desc, text, options);
}

/**
 * Everything the request builder shows about the editor's text: the syntax error, or the
 * field errors and warnings including the endpoint's own advice.
 */
export function checkRequestBody(desc: EndpointDescription, text: string): BodyAnalysis {
  return checkRequestBodyWith(rules, desc, text);
}
