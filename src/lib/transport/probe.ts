// The unsigned probe: a request that asks a REST host whether it knows an SDKAppID, and whether
// this page can reach it at all, without the key and without the person's UserSig. The service
// checks the app before the signature (docs/reference/chat-rest-facts.md: 70016 and 70020 mean
// the SDKAppID lives in another region), so a host that hosts the app answers the deliberately
// invalid UserSig with a UserSig error (70003, 70009...), and one that does not answers 70020 or
// 70016. The probe has no effect: nothing is done for a request whose UserSig fails.
import { GET_LIST } from '../api/endpoints/get-list';
import type { WireRequest } from '../api/wire';
import { msg, type Text } from '../i18n/message';
import type { SendResult } from './send';

/**
 * The identifier a probe claims: never the person's own admin, so that failed verifications
 * (70050 locks an account after too many) can never lock it.
 */
export const PROBE_IDENTIFIER = 'chat-rest-playground-probe';

/** The UserSig a probe carries: deliberately not one, so no key is needed and none is sent. */
export const PROBE_USERSIG = 'unsigned-probe';

/** The ErrorCodes that mean "this SDKAppID is not here" (chat-rest-facts.md, "Error codes"). */
export const NOT_HERE_CODES: ReadonlySet<number> = new Set([70020, 70016]);

/** The probe for `origin` (`https://host`) and an SDKAppID; `random` is its uint32. */
export function probeRequest(origin: string, sdkAppId: string, random: number): WireRequest {
  const query = new URLSearchParams({
    sdkappid: sdkAppId,
    identifier: PROBE_IDENTIFIER,
    usersig: PROBE_USERSIG,
    random: String(random >>> 0),
    contenttype: 'json',
  });
  return { method: 'POST', url: `${origin}/${GET_LIST.path}?${query.toString()}`, body: '{}' };
}

/** What a probe's answer says about the SDKAppID at that host. */
export type ProbeVerdict =
  /** The host knows it: it answered something other than 70020/70016. */
  | { kind: 'knows'; code: number }
  /** The host does not: 70020 or 70016. */
  | { kind: 'not-here'; code: number }
  /** Something answered, but not the REST API's JSON (a gateway, a login page). */
  | { kind: 'unclear'; message: Text }
  /** No answer: the send failed (its kind and words). */
  | { kind: 'failed'; failure: Extract<SendResult, { ok: false }> };

function errorCodeOf(body: string): number | null {
  try {
    const doc: unknown = JSON.parse(body);
    if (typeof doc !== 'object' || doc === null) return null;
    const code: unknown = Reflect.get(doc, 'ErrorCode');
    return Number.isInteger(code) ? (code as number) : null;
  } catch {
    return null;
  }
}

/** Reads a probe's result. */
export function readProbe(result: SendResult): ProbeVerdict {
  if (!result.ok) return { kind: 'failed', failure: result };
  const code = errorCodeOf(result.response.body);
  if (code === null) {
    return {
      kind: 'unclear',
      message: msg('send.probe.unclear', { status: result.response.status }),
    };
  }
  return NOT_HERE_CODES.has(code) ? { kind: 'not-here', code } : { kind: 'knows', code };
}
