// The sandbox's app and the numbers its model is built on. Every value here is public: the key
// is the sample key of Tencent's published UserSig vectors (docs/reference/usersig-vectors.json),
// so the UI may fill these in and must say that they are sandbox values, not secrets.
// get_list's module itself, not the registry: the registry loads after the first paint.
import { GET_LIST } from '../api/endpoints/get-list';

/** The simulated app: public sandbox values the UI may fill in (the key is the vectors' sample key). */
export const SANDBOX_APP = Object.freeze({
  sdkAppId: 1400000000,
  key: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
  admin: 'administrator',
  /** The account a fresh request asks about: the one with the most data (250 conversations). */
  sampleAccount: 'alice',
});

/** get_list's command, as it appears in the URL path (every command's: SANDBOX_PATHS, commands.ts). */
export const GET_LIST_PATH = `/${GET_LIST.path}`;

/**
 * The fixed "now" of the sandbox's data, 2026-11-01T00:00:00Z in Unix seconds. Every MsgTime is
 * a fixed offset before it, so the data never depends on the clock of the machine running it.
 */
export const SANDBOX_EPOCH = 1_793_491_200;

/** The most conversations one page holds (the docs name no size; the server picks it). */
export const PAGE_SIZE = 100;

/**
 * The most pinned conversations one page holds when AssistFlags bit 2 asks for paginated pinned
 * conversations. Smaller than PAGE_SIZE so that alice's 20 pinned ones visibly span two pages
 * and both cursor pairs move: a choice of this model, not a documented figure.
 */
export const TOP_PAGE_SIZE = 10;

/**
 * The most ContactItem entries one get_contact_group page holds. The docs name no size; this
 * is small so that alice's 59 conversations with groups or marks take three pages and
 * StartIndex / NextStartIndex are exercised: a choice of this model, not a documented figure.
 */
export const CONTACT_GROUP_PAGE_SIZE = 20;

/** The most Peer_Account items get_c2c_unread_msg_num takes ("up to 10 UserID values"). */
export const MAX_PEER_ACCOUNTS = 10;

/** Calls per second each command allows (every page of these commands says 200). */
export const RATE_LIMIT_PER_SECOND = 200;

/** The window the rate limit is counted over, in milliseconds. */
export const RATE_LIMIT_WINDOW_MS = 1000;
