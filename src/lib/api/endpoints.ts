// The registry of described endpoints. Adding an endpoint is adding its description here;
// everything else (form, validation, schema, code) is derived from the description.
import { assistFlagsWarnings, isUint32 } from './assist-flags';
import { GET_LIST } from './get-list';
import type { EndpointDescription, FieldIssue } from './types';
import { validateBodyText, type BodyAdvisor, type BodyParse } from './validate';
import type { BodyValidation } from './types';

/** Every endpoint the playground can build, in menu order. */
export const ENDPOINTS: readonly EndpointDescription[] = [GET_LIST];

/** The endpoint with this id (as stored in history and links), or null. */
export function endpointById(id: string): EndpointDescription | null {
  return ENDPOINTS.find((e) => e.id === id) ?? null;
}

/** Advice beyond types for a get_list body: AssistFlags values that are probably mistakes. */
export const adviseGetList: BodyAdvisor = (body) => {
  const flags = body['AssistFlags'];
  if (typeof flags !== 'number' || !isUint32(flags)) return [];
  return assistFlagsWarnings(flags).map((w): FieldIssue => ({
    field: 'AssistFlags',
    kind: 'advice',
    message: w.message,
  }));
};

// Optional, per endpoint id: an endpoint without advice needs no entry.
const ADVISORS: Readonly<Record<string, BodyAdvisor>> = { [GET_LIST.id]: adviseGetList };

/** The endpoint's own advice function, if it has one. */
export function advisorFor(desc: EndpointDescription): BodyAdvisor | undefined {
  return ADVISORS[desc.id];
}

/**
 * Everything the request builder shows about the editor's text: the syntax error, or the
 * field errors and warnings including the endpoint's own advice.
 */
export function checkRequestBody(
  desc: EndpointDescription,
  text: string,
): { parse: BodyParse; validation: BodyValidation | null } {
  const advise = advisorFor(desc);
  return validateBodyText(desc, text, advise ? { advise } : {});
}
