// The account commands as the sandbox models them: account_import, multiaccount_import and
// account_check (docs/reference/session-apis.md §9), over the store's imported set (store.ts).
// Importing makes a UserID exist: recentcontact then answers it (get_list: an empty list) instead
// of 50001, and openim counts it as a peer instead of 70107. Bodies are read through their
// descriptions' rules; the service's "invalid parameter" here is 70402, a profile value over 500
// bytes 40601 (account_import's page).
//
// Where the pages are silent (the sandbox's assumptions, listed in the README):
// - multiaccount_import puts in FailAccounts each UserID that is empty or over 32 bytes (or whose
//   Nick or FaceUrl is over 500 bytes) and imports the others; FailAccounts is always present;
// - Nick and FaceUrl are checked and not kept: no command here reads a profile;
// - account_check answers ResultCode 0 for every UserID it was asked about.
import { ACCOUNT_CHECK, ACCOUNT_IMPORT, MULTIACCOUNT_IMPORT } from '../api/endpoints';
import { utf8Bytes } from '../api/body-rules';
import type { FieldIssue } from '../api/types';
import { readDescribedBody, type CommandAnswer } from './body';
import type { SandboxStore } from './store';

type Body = Readonly<Record<string, unknown>>;

/** 40601 for a profile value over its bytes; the rest is 70402. */
function profileCode(issue: FieldIssue): number | null {
  return /(Nick|FaceUrl)$/.test(issue.field ?? '') && issue.kind === 'range' ? 40601 : null;
}

/** Answers account_import: the UserID is imported (again is no change). */
export function answerAccountImport(store: SandboxStore, text: string): CommandAnswer {
  const read = readDescribedBody(ACCOUNT_IMPORT, text, 70402, profileCode);
  if (!read.ok) return read;
  store.importAccount(read.body['UserID'] as string);
  return { ok: true, payload: {} };
}

/**
 * An account's problem that fails it alone, not the call: a UserID's emptiness or length (an
 * item of Accounts is reported on the list: an item too long is its only 'range'), a profile's.
 */
function failsOneAccount(issue: FieldIssue): boolean {
  if (issue.field === 'Accounts') return issue.kind === 'range';
  return (
    (issue.kind === 'empty' || issue.kind === 'range') &&
    /^AccountList\[\d+\]\.(UserID|Nick|FaceUrl)$/.test(issue.field ?? '')
  );
}

const accountOk = (v: unknown): v is string =>
  typeof v === 'string' && v !== '' && utf8Bytes(v) <= 32;

const profileOk = (v: unknown): boolean => v === undefined || utf8Bytes(String(v)) <= 500;

/** Answers multiaccount_import in either body form: the UserIDs that could not be imported. */
export function answerMultiaccountImport(store: SandboxStore, text: string): CommandAnswer {
  const read = readDescribedBody(MULTIACCOUNT_IMPORT, text, 70402, () => null, {
    skip: failsOneAccount,
  });
  if (!read.ok) return read;
  const { body } = read;
  const ids = body['Accounts'];
  if (Array.isArray(ids) && ids.some((id) => typeof id !== 'string')) {
    return { ok: false, code: 70402, info: 'invalid request: Accounts must hold strings only' };
  }
  const accounts: { id: string; ok: boolean }[] = Array.isArray(body['Accounts'])
    ? (body['Accounts'] as string[]).map((id) => ({ id, ok: accountOk(id) }))
    : (body['AccountList'] as Body[]).map((a) => ({
        id: String(a['UserID']),
        ok: accountOk(a['UserID']) && profileOk(a['Nick']) && profileOk(a['FaceUrl']),
      }));
  for (const a of accounts) if (a.ok) store.importAccount(a.id);
  return { ok: true, payload: { FailAccounts: accounts.filter((a) => !a.ok).map((a) => a.id) } };
}

/** Answers account_check: Imported or NotImported for each UserID asked about. */
export function answerAccountCheck(store: SandboxStore, text: string): CommandAnswer {
  const read = readDescribedBody(ACCOUNT_CHECK, text, 70402);
  if (!read.ok) return read;
  return {
    ok: true,
    payload: {
      ResultItem: (read.body['CheckItem'] as Body[]).map((c) => {
        const id = String(c['UserID']);
        return {
          UserID: id,
          ResultCode: 0,
          ResultInfo: '',
          AccountStatus: store.isImported(id) ? 'Imported' : 'NotImported',
        };
      }),
    },
  };
}
