// The registry of described endpoints: one line per module of ./endpoints/, in menu order.
// Everything about an endpoint (fields and docs, errors, advice, widgets, table views, paging)
// is in its module; adding one is adding its module and its line here (and its command in
// src/lib/sandbox/commands.ts). Raw-mode ids (`raw:v4/…`, raw.ts) are read here too, so one
// lookup serves history, links and the UI. Endpoint ids in words (describeEndpointId) are in
// endpoint-names.ts, with the navigation.
import { GET_C2C_UNREAD_MSG_NUM } from './endpoints/c2c-unread';
import { GET_CONTACT_GROUP } from './endpoints/contact-group';
import { DELETE_CONVERSATION } from './endpoints/delete';
import { GET_LIST } from './endpoints/get-list';
import { parseRawPath, rawEndpointById } from './raw';
import { analyzeBody, type BodyAnalysis } from './body-analysis';
import type { EndpointDescription } from './types';

// Each module's object by name too, so the sandbox and others can name one through the registry.
export { DELETE_CONVERSATION, GET_C2C_UNREAD_MSG_NUM, GET_CONTACT_GROUP, GET_LIST };

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

/**
 * Everything the request builder shows about the editor's text: the syntax error, or the
 * field errors and warnings including the endpoint's own advice.
 */
export function checkRequestBody(desc: EndpointDescription, text: string): BodyAnalysis {
  return analyzeBody(desc, text, { advise: desc.advise });
}
