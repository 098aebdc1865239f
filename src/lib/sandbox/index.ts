// The offline sandbox: a simulated Chat app for get_list and its family (delete, the unread
// counts, conversation groups and marks, account imports). Pure TypeScript, safe for the browser
// bundle; the Node HTTP wrapper lives in src/server/sandbox-http.ts.
export {
  SANDBOX_APP,
  SANDBOX_EPOCH,
  GET_LIST_PATH,
  CONTACT_GROUP_PAGE_SIZE,
  MAX_PEER_ACCOUNTS,
  PAGE_SIZE,
  TOP_PAGE_SIZE,
  RATE_LIMIT_PER_SECOND,
  RATE_LIMIT_WINDOW_MS,
} from './app';
export {
  SandboxStore,
  MAX_GROUPS,
  MAX_GROUPED,
  MAX_MARKED,
  conversationKey,
  parseStandardMark,
  standardMarkText,
  type ContactEntry,
  type ConversationRef,
  type MarkChange,
  type StoreState,
} from './store';
export {
  createSandboxAccounts,
  createSandboxContactGroups,
  compareConversations,
  ALICE_SHAPE,
  SANDBOX_UNREAD,
  type SandboxConversation,
  type ConversationMarks,
  type ContactGroup,
} from './data';
export { parseDeleteBody, answerDelete, type DeleteRequest } from './delete';
export { parseC2cUnreadBody, answerC2cUnread, type C2cUnreadRequest } from './c2c-unread';
export {
  parseContactGroupBody,
  contactGroupPage,
  answerContactGroup,
  type ContactGroupRequest,
  type ContactGroupPage,
  type ContactItem,
} from './contact-group';
export { readBodyObject, type BodyRead, type CommandAnswer, type CommandContext } from './body';
export {
  ASSIST_FLAG,
  answerGetList,
  getListPage,
  parseGetListBody,
  type GetListRequest,
  type GetListPage,
  type ParseGetListResult,
  type SessionItem,
} from './get-list';
export { COMMANDS, SANDBOX_PATHS, commandForPath, type Command } from './commands';
export { SlidingWindowLimiter } from './rate-limit';
export { SandboxService, type SandboxOptions, type SandboxRequest } from './service';
