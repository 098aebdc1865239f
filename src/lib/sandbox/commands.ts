// The sandbox's commands, one line each, keyed by the endpoint ids of the api registry
// (src/lib/api/endpoints.ts). The service finds a request's endpoint by its URL path there and
// its command here, so a path is written once, in the endpoint's module. A described endpoint
// without a line here is not served: it answers 60009, as every other path does.
import {
  ACCOUNT_CHECK,
  ACCOUNT_IMPORT,
  CREATE_CONTACT_GROUP,
  DEL_CONTACT_GROUP,
  DELETE_CONVERSATION,
  ENDPOINTS,
  GET_C2C_UNREAD_MSG_NUM,
  GET_CONTACT_GROUP,
  GET_LIST,
  MARK_CONTACT,
  MULTIACCOUNT_IMPORT,
  SEARCH_CONTACT_GROUP,
  UPDATE_CONTACT_GROUP,
  describedEndpointForPath,
} from '../api/endpoints';
import type { EndpointDescription } from '../api/types';
import { answerAccountCheck, answerAccountImport, answerMultiaccountImport } from './accounts';
import { SANDBOX_APP } from './app';
import type { CommandAnswer, CommandContext } from './body';
import { answerC2cUnread } from './c2c-unread';
import { answerContactGroup } from './contact-group';
import type { SandboxStore } from './store';
import { answerDelete } from './delete';
import { answerGetList } from './get-list';
import {
  answerCreateContactGroup,
  answerDelContactGroup,
  answerUpdateContactGroup,
} from './groups';
import { answerMarkContact, answerSearchContactGroup } from './marks';

/**
 * One command: reads the body and answers from the store (after the shared checks passed);
 * `context` carries the service's clock (Timestamps of group and mark changes).
 */
export type Command = (store: SandboxStore, body: string, context: CommandContext) => CommandAnswer;

/** What every ErrorInfo about an unknown account names: how to import one, and the seed's. */
const KNOWN_ACCOUNTS = `import it with account_import; the sandbox's seed has alice, bob, carol, ${SANDBOX_APP.admin} and their contacts`;

/** The commands the sandbox serves, by endpoint id. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [GET_LIST.id, (store, body) => answerGetList(store, body, KNOWN_ACCOUNTS)],
  [DELETE_CONVERSATION.id, (store, body) => answerDelete(store, body, KNOWN_ACCOUNTS)],
  [GET_C2C_UNREAD_MSG_NUM.id, (store, body) => answerC2cUnread(store, body, KNOWN_ACCOUNTS)],
  [GET_CONTACT_GROUP.id, (store, body) => answerContactGroup(store, body, KNOWN_ACCOUNTS)],
  [CREATE_CONTACT_GROUP.id, (s, body, c) => answerCreateContactGroup(s, body, KNOWN_ACCOUNTS, c)],
  [UPDATE_CONTACT_GROUP.id, (s, body, c) => answerUpdateContactGroup(s, body, KNOWN_ACCOUNTS, c)],
  [DEL_CONTACT_GROUP.id, (store, body) => answerDelContactGroup(store, body, KNOWN_ACCOUNTS)],
  [MARK_CONTACT.id, (store, body, c) => answerMarkContact(store, body, KNOWN_ACCOUNTS, c)],
  [SEARCH_CONTACT_GROUP.id, (store, body) => answerSearchContactGroup(store, body, KNOWN_ACCOUNTS)],
  [ACCOUNT_IMPORT.id, (store, body) => answerAccountImport(store, body)],
  [MULTIACCOUNT_IMPORT.id, (store, body) => answerMultiaccountImport(store, body)],
  [ACCOUNT_CHECK.id, (store, body) => answerAccountCheck(store, body)],
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
  return servedAt(path)?.command ?? null;
}

/** The endpoint served at a URL path and its command, or null (see commandForPath). */
export function servedAt(path: string): { endpoint: EndpointDescription; command: Command } | null {
  const endpoint = describedEndpointForPath(path);
  if (!endpoint || `/${endpoint.path}` !== path) return null;
  const command = COMMANDS.get(endpoint.id);
  return command ? { endpoint, command } : null;
}
