// The error codes' texts in English: what each ErrorCode means and what usually fixes it
// (lib/errors/codes.ts keeps the codes, their scope and the control that fixes them), and the
// words of the buttons that go to that control. Sources: docs/reference/chat-rest-facts.md
// ("Error codes"), session-apis.md, and Tencent's list,
// https://www.tencentcloud.com/document/product/1047/34348.

export default {
  'errors.success': 'Success.',
  'errors.unknown.public': (p: { code: number; page: string }) =>
    `Error ${p.code} is not in our catalogue. It is a public REST error (60000 to 79999): see Tencent's Error Codes page, ${p.page}.`,
  'errors.unknown.endpoint': (p: { code: number; page: string }) =>
    `Error ${p.code} is not in our catalogue. Codes outside 60000 to 79999 belong to the endpoint: see the endpoint's own documentation page, then Tencent's Error Codes page, ${p.page}.`,
  'errors.unknown.fix':
    'Read ErrorInfo in the answer: it usually names the cause. Keep the RequestId if you ask Tencent support.',
  'errors.action.region': 'Check the region',
  'errors.action.resign': 'Sign a fresh UserSig',
  'errors.action.key': 'Check the secret key',
  'errors.action.identifier': 'Check the identifier',
  'errors.action.sdkappid': 'Check the SDKAppID',
  'errors.action.body': 'Check the request body',
  'errors.action.import-account': 'Prepare account_import for this UserID',
  'errors.action.copy-curl': 'Copy as curl',
  'errors.action.proxy': 'Send via the proxy',
  'errors.action.find-region': 'Find my region',
  'errors.50001.meaning': 'The UserID asked for (From_Account) has not been imported into Chat.',
  'errors.50001.fix':
    'Check From_Account for typos, or import the account first (v4/im_open_login_svc/account_import): the button prepares that request for this UserID.',
  'errors.50002.meaning': 'A request parameter is wrong.',
  'errors.50002.fix':
    'Read ErrorInfo for the field it names, then check the body against the form: names are case-sensitive, and a first page sends 0 in its cursors.',
  'errors.50003.meaning': 'The request needs app admin permissions.',
  'errors.50003.fix':
    'Use an app admin account as identifier (the Chat console lists them) and sign the UserSig for it.',
  'errors.50004.meaning': 'Internal server error.',
  'errors.50004.fix': 'Send the request again.',
  'errors.50005.meaning': 'Network timeout inside the service.',
  'errors.50005.fix': 'Send the request again a little later.',
  'errors.51006.meaning': 'The number of marks is empty or over 100.',
  'errors.51006.fix': 'Send between 1 and 100 marks.',
  'errors.51007.meaning': 'A group ID could not be converted, or the group has been disbanded.',
  'errors.51007.fix': 'Check the GroupId values; drop groups that no longer exist.',
  'errors.51008.meaning': 'Over 1,000 conversations are in groups or marked.',
  'errors.51008.fix': 'Remove conversations from groups or marks before adding more.',
  'errors.51009.meaning': 'The conversation group does not exist.',
  'errors.51009.fix': 'Check the group name or ID; pull the groups with get_contact_group first.',
  'errors.51010.meaning': 'The account already has 20 conversation groups.',
  'errors.51010.fix': 'Delete a group before creating another.',
  'errors.51011.meaning': 'The group name is over 32 bytes.',
  'errors.51011.fix': 'Shorten the name (non-ASCII letters take 2 to 4 bytes each).',
  'errors.51012.meaning': 'Over 50 conversations are pinned.',
  'errors.51012.fix': 'Unpin some conversations first.',
  'errors.51013.meaning':
    'The app lacks the edition required for standard marks or conversation groups.',
  'errors.51013.fix':
    'Upgrade the app’s edition (Pro, Pro Plus or Enterprise on the newest pages) in the Chat console.',
  'errors.90001.meaning': 'The JSON request could not be parsed.',
  'errors.90001.fix': 'Fix the body in the editor: it must be one valid JSON object.',
  'errors.90003.meaning': 'To_Account is missing from the request, or that account does not exist.',
  'errors.90003.fix':
    'Fill in To_Account with an imported UserID (check it for typos), or import the account first.',
  'errors.90008.meaning':
    'From_Account is missing from the request, or that account does not exist.',
  'errors.90008.fix':
    'Fill in From_Account with an imported UserID (check it for typos), or import the account first.',
  'errors.40006.meaning': 'Setting the profile failed inside the service.',
  'errors.40006.fix': 'Send the request again.',
  'errors.40601.meaning': 'A profile value (Nick, FaceUrl) is over 500 bytes.',
  'errors.40601.fix': 'Shorten the nickname or the photo URL.',
  'errors.70399.meaning': 'The account was deleted recently and cannot be imported again yet.',
  'errors.70399.fix': 'Wait before importing it again, or import another UserID.',
  'errors.60002.meaning': 'The HTTP request could not be parsed.',
  'errors.60002.fix':
    'Check the request URL: https://{region host}/v4/{service}/{command}?sdkappid=…&identifier=…&usersig=…&random=…&contenttype=json.',
  'errors.60003.meaning': 'The request body is not valid JSON.',
  'errors.60003.fix':
    'Fix the body in the editor: a missing comma or quote, or a trailing comma, is the usual cause.',
  'errors.60004.meaning': 'The UserID or UserSig in the URL or body is wrong.',
  'errors.60004.fix':
    'Check that identifier is the account the UserSig was signed for, then sign a fresh UserSig.',
  'errors.60005.meaning': 'The UserID or UserSig in the URL or body is wrong.',
  'errors.60005.fix':
    'Check that identifier is the account the UserSig was signed for, then sign a fresh UserSig.',
  'errors.60006.meaning': 'The SDKAppID is not valid.',
  'errors.60006.fix': 'Copy the SDKAppID again from the Chat console; check the app still exists.',
  'errors.60007.meaning':
    'REST calls are over the rate limit (each command has its own; the conversation commands allow 200 per second).',
  'errors.60007.fix': 'Wait a moment and send fewer requests per second.',
  'errors.60008.meaning': 'The service timed out, or the HTTP request is malformed.',
  'errors.60008.fix': 'Send again; if it keeps failing, check the URL and body.',
  'errors.60009.meaning': 'The requested resource or URL is wrong.',
  'errors.60009.fix':
    'Check the path (v4/<service>/<command>, case-sensitive) and the query parameters. The in-page sandbox serves only the endpoints in the picker, and answers 60009 to any other command.',
  'errors.60010.meaning': 'The identifier must be an app admin.',
  'errors.60010.fix':
    'Use an app admin account as identifier (the Chat console lists them) and sign the UserSig for it.',
  'errors.60011.meaning': 'This SDKAppID is over its request rate limit.',
  'errors.60011.fix': 'Wait a moment; other clients of the same app count too.',
  'errors.60012.meaning': 'The URL has no sdkappid.',
  'errors.60012.fix': 'Enter the SDKAppID so the URL carries sdkappid=…',
  'errors.60013.meaning': 'The service could not parse an internal answer as JSON.',
  'errors.60013.fix': 'Send again; if it persists, note the RequestId for Tencent support.',
  'errors.60014.meaning': 'Switching the account timed out inside the service.',
  'errors.60014.fix': 'Send again.',
  'errors.60015.meaning': 'A UserID in the body is not a string.',
  'errors.60015.fix': 'Quote account IDs in the body: "From_Account": "123", not 123.',
  'errors.60016.meaning': 'The SDKAppID is disabled.',
  'errors.60016.fix': 'Check the app’s status and billing in the Chat console.',
  'errors.60017.meaning': 'The request is disabled for this app.',
  'errors.60017.fix': 'Check the app’s settings in the Chat console.',
  'errors.60018.meaning': 'Requests are too frequent.',
  'errors.60018.fix': 'Wait a little, then send again.',
  'errors.60019.meaning': 'Requests are too frequent.',
  'errors.60019.fix': 'Wait a little, then send again.',
  'errors.60020.meaning': 'The plan has expired or this feature is not enabled.',
  'errors.60020.fix': 'Check the plan and its features in the Chat console.',
  'errors.60021.meaning': 'Calls are not allowed from this source IP.',
  'errors.60021.fix':
    'The app has an IP allow-list: add your IP (or the proxy machine’s) in the Chat console.',
  'errors.70001.meaning': 'The UserSig has expired.',
  'errors.70001.fix': 'Sign a fresh UserSig, with a longer validity if needed.',
  'errors.70002.meaning': 'The UserSig is empty.',
  'errors.70002.fix': 'Sign a UserSig, or paste one into the usersig field.',
  'errors.70003.meaning':
    'The UserSig does not parse; it is often truncated or mangled by copying.',
  'errors.70003.fix': 'Copy it again in full, or sign a fresh one here.',
  'errors.70005.meaning': 'The UserSig is not valid.',
  'errors.70005.fix': 'Sign a fresh UserSig for this SDKAppID and identifier.',
  'errors.70009.meaning': 'The UserSig failed verification: it was signed with another app’s key.',
  'errors.70009.fix':
    'Check the secret key belongs to this SDKAppID (Chat console, Basic Configuration), then sign again.',
  'errors.70013.meaning': 'The identifier in the URL differs from the one inside the UserSig.',
  'errors.70013.fix':
    'Make identifier the account the UserSig was signed for, or sign for this identifier.',
  'errors.70014.meaning': 'The SDKAppID in the URL differs from the one inside the UserSig.',
  'errors.70014.fix':
    'Make sdkappid the app the UserSig was signed for, or sign for this SDKAppID.',
  'errors.70016.meaning':
    'No key was found for this SDKAppID here: the app most likely lives in another region.',
  'errors.70016.fix': 'Pick the region the app was created in (the Chat console shows it).',
  'errors.70020.meaning':
    'The SDKAppID was not found here: the app most likely lives in another region.',
  'errors.70020.fix': 'Pick the region the app was created in, and check the SDKAppID.',
  'errors.70050.meaning':
    'Too many failed UserSig verifications: the account is locked for a while.',
  'errors.70050.fix': 'Wait a minute, and fix the UserSig before sending again.',
  'errors.70051.meaning': 'The account is blocklisted.',
  'errors.70051.fix': 'Use another admin account, or check the account in the Chat console.',
  'errors.70107.meaning': 'The UserID does not exist: it has not been imported.',
  'errors.70107.fix':
    'Check the account IDs in the body (and identifier) for typos, or import the account first.',
  'errors.70114.meaning': 'Login is restricted for security reasons.',
  'errors.70114.fix': 'Check the account and the app’s security settings in the Chat console.',
  'errors.70169.meaning': 'The service timed out.',
  'errors.70169.fix': 'Send the request again.',
  'errors.70202.meaning': 'The service timed out.',
  'errors.70202.fix': 'Send the request again.',
  'errors.70206.meaning': 'The batch size in the request is not valid.',
  'errors.70206.fix': 'Send fewer items in one request.',
  'errors.70398.meaning': 'The number of accounts is over the plan’s limit.',
  'errors.70398.fix': 'Upgrade the plan or delete accounts in the Chat console.',
  'errors.70402.meaning': 'A parameter is not valid.',
  'errors.70402.fix': 'Read ErrorInfo for the field, then fix the body.',
  'errors.70403.meaning': 'The request needs app admin permissions.',
  'errors.70403.fix': 'Use an app admin account as identifier and sign the UserSig for it.',
  'errors.70500.meaning': 'Internal server error.',
  'errors.70500.fix': 'Send the request again.',
};
