// What each ErrorCode means and what to do about it. Every code of
// docs/reference/chat-rest-facts.md ("Error codes"): the recentcontact service's own
// (50001-50005, shared by get_list, delete and get_contact_group), the conversation group and
// mark codes (51006-51013, docs/reference/session-apis.md §1), the account service's (40006,
// 40601, 70399; session-apis.md §9) and the public REST codes (60000-79999); and the openim codes of
// get_c2c_unread_msg_num's page (90001, 90003, 90008; src/lib/api/c2c-unread.ts). The texts of
// codes every endpoint can get name no one endpoint.
// Tencent's full list: https://www.tencentcloud.com/document/product/1047/34348 (English) and
// https://cloud.tencent.com/document/product/269/1671 (Chinese).

import { msg, type MessageKey, type Msg, type Text } from '../i18n/message';

/** The part of the app an error points at, so the UI can offer to go there. */
export type ErrorAction =
  | 'region'
  | 'resign'
  | 'key'
  | 'identifier'
  | 'sdkappid'
  | 'retry'
  | 'wait'
  | 'body'
  /** Prepare account_import for the failing request's From_Account (50001). */
  | 'import-account'
  | null;

/** Which documentation page a code comes from. */
export type ErrorScope = 'recentcontact' | 'conversation-group' | 'openim' | 'account' | 'public';

/** One ErrorCode: its documented meaning, a likely fix, and where the UI should point. */
export interface ErrorEntry {
  code: number;
  scope: ErrorScope;
  /** The documented meaning, in plain words. */
  meaning: Msg;
  /** What usually fixes it, in one or two sentences; empty for success. */
  fix: Text;
  action: ErrorAction;
}

/** An explanation of any code; `known` is false for codes outside the catalogue. */
export interface ErrorExplanation extends Omit<ErrorEntry, 'scope'> {
  scope: ErrorScope | null;
  known: boolean;
}

// A code's texts are `errors.<code>.meaning` and `errors.<code>.fix` in the errors area's tables
// (lib/i18n/messages/<locale>/errors.ts); here are the codes, where they come from, and the control
// that fixes them.
type Row = readonly [code: number, action: ErrorAction];

// The recentcontact service's codes, as get_list's, delete's and get_contact_group's pages list them.
const RECENTCONTACT: readonly Row[] = [
  [50001, 'import-account'],
  [50002, 'body'],
  [50003, 'identifier'],
  [50004, 'retry'],
  [50005, 'retry'],
];

const CONVERSATION_GROUP: readonly Row[] = [
  [51006, 'body'],
  [51007, 'body'],
  [51008, null],
  [51009, 'body'],
  [51010, null],
  [51011, 'body'],
  [51012, null],
  [51013, null],
];

// The account service's own codes (im_open_login_svc), from account_import's page
// (docs/reference/session-apis.md §9); its 70xxx codes are the public ones below.
const ACCOUNT: readonly Row[] = [
  [40006, 'retry'],
  [40601, 'body'],
  [70399, null],
];

// The openim service's codes on get_c2c_unread_msg_num's page (trtc.io/document/41046).
const OPENIM: readonly Row[] = [
  [90001, 'body'],
  [90003, 'body'],
  [90008, 'body'],
];

const PUBLIC: readonly Row[] = [
  [60002, null],
  [60003, 'body'],
  [60004, 'resign'],
  [60005, 'resign'],
  [60006, 'sdkappid'],
  [60007, 'wait'],
  [60008, 'retry'],
  [60009, null],
  [60010, 'identifier'],
  [60011, 'wait'],
  [60012, 'sdkappid'],
  [60013, 'retry'],
  [60014, 'retry'],
  [60015, 'body'],
  [60016, null],
  [60017, null],
  [60018, 'wait'],
  [60019, 'wait'],
  [60020, null],
  [60021, null],
  [70001, 'resign'],
  [70002, 'resign'],
  [70003, 'resign'],
  [70005, 'resign'],
  [70009, 'key'],
  [70013, 'identifier'],
  [70014, 'sdkappid'],
  [70016, 'region'],
  [70020, 'region'],
  [70050, 'wait'],
  [70051, 'identifier'],
  [70107, 'body'],
  [70114, null],
  [70169, 'retry'],
  [70202, 'retry'],
  [70206, 'body'],
  [70398, null],
  [70402, 'body'],
  [70403, 'identifier'],
  [70500, 'retry'],
];

// The keys are made from the code; a unit test checks every code has both in every locale.
const textsOf = (code: number): { meaning: Msg; fix: Msg } => ({
  meaning: { key: `errors.${code}.meaning` as MessageKey },
  fix: { key: `errors.${code}.fix` as MessageKey },
});

function toEntries(scope: ErrorScope, rows: readonly Row[]): [number, ErrorEntry][] {
  return rows.map(([code, action]) => [code, { code, scope, ...textsOf(code), action }]);
}

/** The catalogue, by code. */
export const ERROR_CODES: ReadonlyMap<number, ErrorEntry> = new Map([
  ...toEntries('recentcontact', RECENTCONTACT),
  ...toEntries('conversation-group', CONVERSATION_GROUP),
  ...toEntries('openim', OPENIM),
  ...toEntries('account', ACCOUNT),
  ...toEntries('public', PUBLIC),
]);

/** Tencent's page listing every code. */
export const ERROR_CODES_PAGE = 'https://www.tencentcloud.com/document/product/1047/34348';

/** Explains an ErrorCode: the catalogue entry, or a generic explanation saying where to look. */
export function explainError(code: number): ErrorExplanation {
  if (code === 0) {
    return {
      code,
      scope: null,
      known: true,
      meaning: msg('errors.success'),
      fix: '',
      action: null,
    };
  }
  const entry = ERROR_CODES.get(code);
  if (entry) return { ...entry, known: true };
  const params = { code, page: ERROR_CODES_PAGE };
  return {
    code,
    scope: null,
    known: false,
    meaning:
      code >= 60000 && code <= 79999
        ? msg('errors.unknown.public', params)
        : msg('errors.unknown.endpoint', params),
    fix: msg('errors.unknown.fix'),
    action: null,
  };
}
