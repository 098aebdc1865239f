// The registry of described endpoints: one line per module of ./endpoints/, in menu order.
// Everything about an endpoint (fields and docs, errors, advice, widgets, table views, paging)
// is in its module; adding one is adding its module and its line here (and its command in
// src/lib/sandbox/commands.ts). Raw-mode ids (`raw:v4/…`, raw.ts) are read here too, so one
// lookup serves history, links and the UI. Endpoint ids in words (describeEndpointId) are in
// endpoint-names.ts, with the navigation.
import { ACCOUNT_CHECK } from './endpoints/account-check';
import { ACCOUNT_IMPORT } from './endpoints/account-import';
import { GET_C2C_UNREAD_MSG_NUM } from './endpoints/c2c-unread';
import { GET_CONTACT_GROUP } from './endpoints/contact-group';
import { CREATE_CONTACT_GROUP } from './endpoints/create-contact-group';
import { DEL_CONTACT_GROUP } from './endpoints/del-contact-group';
import { DELETE_CONVERSATION } from './endpoints/delete';
import { GET_LIST } from './endpoints/get-list';
import { MARK_CONTACT } from './endpoints/mark-contact';
import { MULTIACCOUNT_IMPORT } from './endpoints/multiaccount-import';
import { SEARCH_CONTACT_GROUP } from './endpoints/search-contact-group';
import { UPDATE_CONTACT_GROUP } from './endpoints/update-contact-group';
import { endpointNow, registerEndpoints } from './endpoint-catalog';

export { isKnownEndpointId } from './endpoint-catalog';
import { parseRawPath } from './raw';
import type { EndpointDescription } from './types';

// Each module's object by name too, so the sandbox and others can name one through the registry.
export {
  ACCOUNT_CHECK,
  ACCOUNT_IMPORT,
  CREATE_CONTACT_GROUP,
  DEL_CONTACT_GROUP,
  DELETE_CONVERSATION,
  GET_C2C_UNREAD_MSG_NUM,
  GET_CONTACT_GROUP,
  GET_LIST,
  MARK_CONTACT,
  MULTIACCOUNT_IMPORT,
  SEARCH_CONTACT_GROUP,
  UPDATE_CONTACT_GROUP,
};

/**
 * Every endpoint the playground can build, in menu order; get_list first, the default. The
 * conversation list's family follows it (groups and marks in the documentation's order), then
 * the accounts every first call needs.
 */
export const ENDPOINTS: readonly EndpointDescription[] = [
  GET_LIST,
  DELETE_CONVERSATION,
  GET_C2C_UNREAD_MSG_NUM,
  GET_CONTACT_GROUP,
  CREATE_CONTACT_GROUP,
  UPDATE_CONTACT_GROUP,
  DEL_CONTACT_GROUP,
  MARK_CONTACT,
  SEARCH_CONTACT_GROUP,
  ACCOUNT_IMPORT,
  MULTIACCOUNT_IMPORT,
  ACCOUNT_CHECK,
];

// Once this module has loaded (on demand, or with code that imports it), the page's lookups
// (endpoint-catalog.ts) find every description.
registerEndpoints(ENDPOINTS);

/** The endpoint a new request, and a history entry or link that names none, is for. */
export const DEFAULT_ENDPOINT_ID = GET_LIST.id;

/**
 * The endpoint with this id (as stored in history and links), or null: the catalogue's lookup,
 * which holds every description once this module has loaded (code that imports it has).
 */
export const endpointById: (id: string) => EndpointDescription | null = endpointNow;

/** The described endpoint at a path (a leading slash is tolerated), or null: raw mode's "this one has a form". */
export function describedEndpointForPath(path: string): EndpointDescription | null {
  const parsed = parseRawPath(path);
  if (!parsed.ok) return null;
  return ENDPOINTS.find((e) => e.path === parsed.path) ?? null;
}
