// The sandbox's commands, one line each, keyed by the endpoint ids of the api registry
// (src/lib/api/endpoints.ts). The service finds a request's endpoint by its URL path there and
// its command here, so a path is written once, in the endpoint's module. A described endpoint
// without a line here is not served: it answers 60009, as every other path does.
import {
  DELETE_CONVERSATION,
  ENDPOINTS,
  GET_C2C_UNREAD_MSG_NUM,
  GET_CONTACT_GROUP,
  GET_LIST,
  describedEndpointForPath,
} from '../api/endpoints';
import { SANDBOX_APP } from './app';
import type { CommandAnswer } from './body';
import { answerC2cUnread } from './c2c-unread';
import { answerContactGroup } from './contact-group';
import type { SandboxStore } from './data';
import { answerDelete } from './delete';
import { answerGetList } from './get-list';

/** One command: reads the body and answers from the store (after the shared checks passed). */
export type Command = (store: SandboxStore, body: string) => CommandAnswer;

/** What every ErrorInfo about an unknown account names: the accounts that have data. */
const KNOWN_ACCOUNTS = `the sandbox has alice, bob, carol and ${SANDBOX_APP.admin}`;

/** The commands the sandbox serves, by endpoint id. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [GET_LIST.id, (store, body) => answerGetList(store, body, KNOWN_ACCOUNTS)],
  [DELETE_CONVERSATION.id, (store, body) => answerDelete(store, body, KNOWN_ACCOUNTS)],
  [GET_C2C_UNREAD_MSG_NUM.id, (store, body) => answerC2cUnread(store, body, KNOWN_ACCOUNTS)],
  [GET_CONTACT_GROUP.id, (store, body) => answerContactGroup(store, body, KNOWN_ACCOUNTS)],
]);

/** Every URL path the sandbox serves, in the menu's order; any other path answers 60009. */
export const SANDBOX_PATHS: readonly string[] = Object.freeze(
  ENDPOINTS.filter((e) => COMMANDS.has(e.id)).map((e) => `/${e.path}`),
);

/**
 * The command at a URL path (`/v4/recentcontact/get_list`, as a URL's pathname gives it), or
 * null. The path must be the endpoint's exactly: the service matches paths as written.
 */
export function commandForPath(path: string): Command | null {
  const endpoint = describedEndpointForPath(path);
  if (!endpoint || `/${endpoint.path}` !== path) return null;
  return COMMANDS.get(endpoint.id) ?? null;
}
