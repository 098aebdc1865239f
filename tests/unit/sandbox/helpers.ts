// Building blocks for sandbox tests: real UserSigs on an injected clock, and requests to send.
import { SANDBOX_APP, SANDBOX_EPOCH, type SandboxService } from '../../../src/lib/sandbox';
import { genUserSig } from '../../../src/lib/usersig';

/** The tests' "now": one hour after the sandbox's epoch, in ms. */
export const NOW_MS = (SANDBOX_EPOCH + 3600) * 1000;

/** A UserSig signed at `atMs` (default NOW_MS); any field can be overridden to make a bad one. */
export function sign(
  overrides: Partial<{ sdkAppId: number; key: string; identifier: string; expire: number }> = {},
  atMs: number = NOW_MS,
): Promise<string> {
  return genUserSig(
    {
      sdkAppId: SANDBOX_APP.sdkAppId,
      key: SANDBOX_APP.key,
      identifier: SANDBOX_APP.admin,
      expire: 86400,
      ...overrides,
    },
    { now: () => atMs },
  );
}

/** A get_list URL; `null` leaves a parameter out. */
export function listUrl(params: {
  usersig: string | null;
  sdkappid?: string | null;
  identifier?: string | null;
  path?: string;
}): string {
  const q = new URLSearchParams();
  const sdkappid = params.sdkappid === undefined ? String(SANDBOX_APP.sdkAppId) : params.sdkappid;
  const identifier = params.identifier === undefined ? SANDBOX_APP.admin : params.identifier;
  if (sdkappid !== null) q.set('sdkappid', sdkappid);
  if (identifier !== null) q.set('identifier', identifier);
  if (params.usersig !== null) q.set('usersig', params.usersig);
  q.set('random', '99999999');
  q.set('contenttype', 'json');
  return `https://sandbox.invalid${params.path ?? '/v4/recentcontact/get_list'}?${q.toString()}`;
}

/** A valid first-page body for an account. */
export function firstPage(account: string, assistFlags = 7): Record<string, unknown> {
  return {
    From_Account: account,
    TimeStamp: 0,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    AssistFlags: assistFlags,
  };
}

/** Sends a body and returns the parsed answer object. */
export async function call(
  service: SandboxService,
  url: string,
  body: string | Record<string, unknown>,
  method = 'POST',
): Promise<Record<string, unknown>> {
  const response = await service.handle({
    method,
    url,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
  return JSON.parse(response.body) as Record<string, unknown>;
}
