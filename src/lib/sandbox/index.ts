// The offline sandbox: a simulated Chat app for get_list. Pure TypeScript, safe for the browser
// bundle; the Node HTTP wrapper lives in ./http and is imported only by Node code.
export {
  SANDBOX_APP,
  SANDBOX_EPOCH,
  GET_LIST_PATH,
  PAGE_SIZE,
  TOP_PAGE_SIZE,
  RATE_LIMIT_PER_SECOND,
  RATE_LIMIT_WINDOW_MS,
} from './app';
export {
  SandboxStore,
  createSandboxAccounts,
  compareConversations,
  ALICE_SHAPE,
  type SandboxConversation,
  type ConversationMarks,
} from './data';
export {
  ASSIST_FLAG,
  getListPage,
  parseGetListBody,
  type GetListRequest,
  type GetListPage,
  type ParseGetListResult,
  type SessionItem,
} from './get-list';
export { SlidingWindowLimiter } from './rate-limit';
export { SandboxService, type SandboxOptions, type SandboxRequest } from './service';
