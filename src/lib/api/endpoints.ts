// The registry of described endpoints. Adding an endpoint is adding its description here;
// everything else (form, validation, schema, code) is derived from the description. Raw-mode
// ids (`raw:v4/…`, raw.ts) are read here too, so one lookup serves history, links and the UI.
// Endpoint ids in words (describeEndpointId) are in endpoint-names.ts, with the navigation.
import { isUint32 } from '../json/value';
import { assistFlagsWarnings } from './assist-flags';
import { analyzeBody } from './body-analysis';
import type { BodyParse } from './body-parse';
import type { BodyAdvisor } from './body-rules';
import { GET_C2C_UNREAD_MSG_NUM } from './c2c-unread';
import { GET_CONTACT_GROUP } from './contact-group';
import { DELETE_CONVERSATION } from './delete-conversation';
import { GET_LIST } from './get-list';
import { parseRawPath, rawEndpointById } from './raw';
import type { EndpointDescription, FieldIssue } from './types';
import type { BodyValidation } from './types';

/** Every endpoint the playground can build, in menu order; get_list first, the default. */
export const ENDPOINTS: readonly EndpointDescription[] = [
  GET_LIST,
  DELETE_CONVERSATION,
  GET_C2C_UNREAD_MSG_NUM,
  GET_CONTACT_GROUP,
];

/** The endpoint a new request, and a history entry or link that names none, is for. */
export const DEFAULT_ENDPOINT_ID = GET_LIST.id;

/**
 * The endpoint with this id (as stored in history and links), or null: a described one by its
 * id, or a raw-mode one (`raw:v4/openim/sendmsg`) built from the path in the id.
 */
export function endpointById(id: string): EndpointDescription | null {
  return ENDPOINTS.find((e) => e.id === id) ?? rawEndpointById(id);
}

/** Whether an id names an endpoint endpointById can give (described, or raw with a valid path). */
export function isKnownEndpointId(id: string): boolean {
  return endpointById(id) !== null;
}

/** The described endpoint at a path (a leading slash is tolerated), or null: raw mode's "this one has a form". */
export function describedEndpointForPath(path: string): EndpointDescription | null {
  const parsed = parseRawPath(path);
  if (!parsed.ok) return null;
  return ENDPOINTS.find((e) => e.path === parsed.path) ?? null;
}

/** Advice beyond types for a get_list body: AssistFlags values that are probably mistakes. */
export const adviseGetList: BodyAdvisor = (body) => {
  const flags = body['AssistFlags'];
  if (!isUint32(flags)) return [];
  return assistFlagsWarnings(flags).map((w): FieldIssue => ({
    field: 'AssistFlags',
    kind: 'advice',
    message: w.message,
  }));
};

/** Advice for a delete body: ClearRamble 1 deletes the conversation's messages too. */
export const adviseDelete: BodyAdvisor = (body) =>
  body['ClearRamble'] === 1
    ? [
        {
          field: 'ClearRamble',
          kind: 'advice',
          message:
            'ClearRamble is 1: besides the conversation, its roaming (cloud-stored) messages are cleared for From_Account, which cannot be undone. Send 0 to delete only the conversation.',
        },
      ]
    : [];

// Optional, per endpoint id: an endpoint without advice needs no entry.
const ADVISORS: Readonly<Record<string, BodyAdvisor>> = {
  [GET_LIST.id]: adviseGetList,
  [DELETE_CONVERSATION.id]: adviseDelete,
};

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
  return analyzeBody(desc, text, { advise: advisorFor(desc) });
}
