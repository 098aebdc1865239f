// What each ErrorCode means and what to do about it. Every code of
// docs/reference/chat-rest-facts.md ("Error codes"): the recentcontact service's own
// (50001-50005, shared by get_list, delete and get_contact_group), the conversation group and
// mark codes (51006-51013, docs/reference/session-apis.md §1), the account service's (40006,
// 40601, 70399; session-apis.md §9) and the public REST codes (60000-79999); and the openim codes of
// get_c2c_unread_msg_num's page (90001, 90003, 90008; src/lib/api/c2c-unread.ts). The texts of
// codes every endpoint can get name no one endpoint.
// Tencent's full list: https://www.tencentcloud.com/document/product/1047/34348 (English) and
// https://cloud.tencent.com/document/product/269/1671 (Chinese).

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
  meaning: string;
  /** What usually fixes it, in one or two sentences. */
  fix: string;
  action: ErrorAction;
}

/** An explanation of any code; `known` is false for codes outside the catalogue. */
export interface ErrorExplanation extends Omit<ErrorEntry, 'scope'> {
  scope: ErrorScope | null;
  known: boolean;
}

type Row = readonly [code: number, meaning: string, fix: string, action: ErrorAction];

// The recentcontact service's codes, as get_list's, delete's and get_contact_group's pages list them.
const RECENTCONTACT: readonly Row[] = [
  [
    50001,
    'The UserID asked for (From_Account) has not been imported into Chat.',
    'Check From_Account for typos, or import the account first (v4/im_open_login_svc/account_import): the button prepares that request for this UserID.',
    'import-account',
  ],
  [
    50002,
    'A request parameter is wrong.',
    'Read ErrorInfo for the field it names, then check the body against the form: names are case-sensitive, and a first page sends 0 in its cursors.',
    'body',
  ],
  [
    50003,
    'The request needs app admin permissions.',
    'Use an app admin account as identifier (the Chat console lists them) and sign the UserSig for it.',
    'identifier',
  ],
  [50004, 'Internal server error.', 'Send the request again.', 'retry'],
  [50005, 'Network timeout inside the service.', 'Send the request again a little later.', 'retry'],
];

const CONVERSATION_GROUP: readonly Row[] = [
  [51006, 'The number of marks is empty or over 100.', 'Send between 1 and 100 marks.', 'body'],
  [
    51007,
    'A group ID could not be converted, or the group has been disbanded.',
    'Check the GroupId values; drop groups that no longer exist.',
    'body',
  ],
  [
    51008,
    'Over 1,000 conversations are in groups or marked.',
    'Remove conversations from groups or marks before adding more.',
    null,
  ],
  [
    51009,
    'The conversation group does not exist.',
    'Check the group name or ID; pull the groups with get_contact_group first.',
    'body',
  ],
  [
    51010,
    'The account already has 20 conversation groups.',
    'Delete a group before creating another.',
    null,
  ],
  [
    51011,
    'The group name is over 32 bytes.',
    'Shorten the name (non-ASCII letters take 2 to 4 bytes each).',
    'body',
  ],
  [51012, 'Over 50 conversations are pinned.', 'Unpin some conversations first.', null],
  [
    51013,
    'The app lacks the edition required for standard marks or conversation groups.',
    'Upgrade the app’s edition (Pro, Pro Plus or Enterprise on the newest pages) in the Chat console.',
    null,
  ],
];

// The account service's own codes (im_open_login_svc), from account_import's page
// (docs/reference/session-apis.md §9); its 70xxx codes are the public ones below.
const ACCOUNT: readonly Row[] = [
  [40006, 'Setting the profile failed inside the service.', 'Send the request again.', 'retry'],
  [
    40601,
    'A profile value (Nick, FaceUrl) is over 500 bytes.',
    'Shorten the nickname or the photo URL.',
    'body',
  ],
  [
    70399,
    'The account was deleted recently and cannot be imported again yet.',
    'Wait before importing it again, or import another UserID.',
    null,
  ],
];

// The openim service's codes on get_c2c_unread_msg_num's page (trtc.io/document/41046).
const OPENIM: readonly Row[] = [
  [
    90001,
    'The JSON request could not be parsed.',
    'Fix the body in the editor: it must be one valid JSON object.',
    'body',
  ],
  [
    90003,
    'To_Account is missing from the request, or that account does not exist.',
    'Fill in To_Account with an imported UserID (check it for typos), or import the account first.',
    'body',
  ],
  [
    90008,
    'From_Account is missing from the request, or that account does not exist.',
    'Fill in From_Account with an imported UserID (check it for typos), or import the account first.',
    'body',
  ],
];

const PUBLIC: readonly Row[] = [
  [
    60002,
    'The HTTP request could not be parsed.',
    'Check the request URL: https://{region host}/v4/{service}/{command}?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json.',
    null,
  ],
  [
    60003,
    'The request body is not valid JSON.',
    'Fix the body in the editor: a missing comma or quote, or a trailing comma, is the usual cause.',
    'body',
  ],
  [
    60004,
    'The UserID or UserSig in the URL or body is wrong.',
    'Check that identifier is the account the UserSig was signed for, then sign a fresh UserSig.',
    'resign',
  ],
  [
    60005,
    'The UserID or UserSig in the URL or body is wrong.',
    'Check that identifier is the account the UserSig was signed for, then sign a fresh UserSig.',
    'resign',
  ],
  [
    60006,
    'The SDKAppID is not valid.',
    'Copy the SDKAppID again from the Chat console; check the app still exists.',
    'sdkappid',
  ],
  [
    60007,
    'REST calls are over the rate limit (each command has its own; the conversation commands allow 200 per second).',
    'Wait a moment and send fewer requests per second.',
    'wait',
  ],
  [
    60008,
    'The service timed out, or the HTTP request is malformed.',
    'Send again; if it keeps failing, check the URL and body.',
    'retry',
  ],
  [
    60009,
    'The requested resource or URL is wrong.',
    'Check the path (v4/<service>/<command>, case-sensitive) and the query parameters. The in-page sandbox serves only the endpoints in the picker, and answers 60009 to any other command.',
    null,
  ],
  [
    60010,
    'The identifier must be an app admin.',
    'Use an app admin account as identifier (the Chat console lists them) and sign the UserSig for it.',
    'identifier',
  ],
  [
    60011,
    'This SDKAppID is over its request rate limit.',
    'Wait a moment; other clients of the same app count too.',
    'wait',
  ],
  [
    60012,
    'The URL has no sdkappid.',
    'Enter the SDKAppID so the URL carries sdkappid=…',
    'sdkappid',
  ],
  [
    60013,
    'The service could not parse an internal answer as JSON.',
    'Send again; if it persists, note the RequestId for Tencent support.',
    'retry',
  ],
  [60014, 'Switching the account timed out inside the service.', 'Send again.', 'retry'],
  [
    60015,
    'A UserID in the body is not a string.',
    'Quote account IDs in the body: "From_Account": "123", not 123.',
    'body',
  ],
  [
    60016,
    'The SDKAppID is disabled.',
    'Check the app’s status and billing in the Chat console.',
    null,
  ],
  [
    60017,
    'The request is disabled for this app.',
    'Check the app’s settings in the Chat console.',
    null,
  ],
  [60018, 'Requests are too frequent.', 'Wait a little, then send again.', 'wait'],
  [60019, 'Requests are too frequent.', 'Wait a little, then send again.', 'wait'],
  [
    60020,
    'The plan has expired or this feature is not enabled.',
    'Check the plan and its features in the Chat console.',
    null,
  ],
  [
    60021,
    'Calls are not allowed from this source IP.',
    'The app has an IP allow-list: add your IP (or the proxy machine’s) in the Chat console.',
    null,
  ],
  [
    70001,
    'The UserSig has expired.',
    'Sign a fresh UserSig, with a longer validity if needed.',
    'resign',
  ],
  [
    70002,
    'The UserSig is empty.',
    'Sign a UserSig, or paste one into the usersig field.',
    'resign',
  ],
  [
    70003,
    'The UserSig does not parse; it is often truncated or mangled by copying.',
    'Copy it again in full, or sign a fresh one here.',
    'resign',
  ],
  [
    70005,
    'The UserSig is not valid.',
    'Sign a fresh UserSig for this SDKAppID and identifier.',
    'resign',
  ],
  [
    70009,
    'The UserSig failed verification: it was signed with another app’s key.',
    'Check the secret key belongs to this SDKAppID (Chat console, Basic Configuration), then sign again.',
    'key',
  ],
  [
    70013,
    'The identifier in the URL differs from the one inside the UserSig.',
    'Make identifier the account the UserSig was signed for, or sign for this identifier.',
    'identifier',
  ],
  [
    70014,
    'The SDKAppID in the URL differs from the one inside the UserSig.',
    'Make sdkappid the app the UserSig was signed for, or sign for this SDKAppID.',
    'sdkappid',
  ],
  [
    70016,
    'No key was found for this SDKAppID here: the app most likely lives in another region.',
    'Pick the region the app was created in (the Chat console shows it).',
    'region',
  ],
  [
    70020,
    'The SDKAppID was not found here: the app most likely lives in another region.',
    'Pick the region the app was created in, and check the SDKAppID.',
    'region',
  ],
  [
    70050,
    'Too many failed UserSig verifications: the account is locked for a while.',
    'Wait a minute, and fix the UserSig before sending again.',
    'wait',
  ],
  [
    70051,
    'The account is blocklisted.',
    'Use another admin account, or check the account in the Chat console.',
    'identifier',
  ],
  [
    70107,
    'The UserID does not exist: it has not been imported.',
    'Check the account IDs in the body (and identifier) for typos, or import the account first.',
    'body',
  ],
  [
    70114,
    'Login is restricted for security reasons.',
    'Check the account and the app’s security settings in the Chat console.',
    null,
  ],
  [70169, 'The service timed out.', 'Send the request again.', 'retry'],
  [70202, 'The service timed out.', 'Send the request again.', 'retry'],
  [
    70206,
    'The batch size in the request is not valid.',
    'Send fewer items in one request.',
    'body',
  ],
  [
    70398,
    'The number of accounts is over the plan’s limit.',
    'Upgrade the plan or delete accounts in the Chat console.',
    null,
  ],
  [70402, 'A parameter is not valid.', 'Read ErrorInfo for the field, then fix the body.', 'body'],
  [
    70403,
    'The request needs app admin permissions.',
    'Use an app admin account as identifier and sign the UserSig for it.',
    'identifier',
  ],
  [70500, 'Internal server error.', 'Send the request again.', 'retry'],
];

function toEntries(scope: ErrorScope, rows: readonly Row[]): [number, ErrorEntry][] {
  return rows.map(([code, meaning, fix, action]) => [code, { code, scope, meaning, fix, action }]);
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
    return { code, scope: null, known: true, meaning: 'Success.', fix: '', action: null };
  }
  const entry = ERROR_CODES.get(code);
  if (entry) return { ...entry, known: true };
  const where =
    code >= 60000 && code <= 79999
      ? `It is a public REST error (60000 to 79999): see Tencent's Error Codes page, ${ERROR_CODES_PAGE}.`
      : `Codes outside 60000 to 79999 belong to the endpoint: see the endpoint's own documentation page, then Tencent's Error Codes page, ${ERROR_CODES_PAGE}.`;
  return {
    code,
    scope: null,
    known: false,
    meaning: `Error ${code} is not in our catalogue. ${where}`,
    fix: 'Read ErrorInfo in the answer: it usually names the cause. Keep the RequestId if you ask Tencent support.',
    action: null,
  };
}
