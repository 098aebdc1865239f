// Would the server accept this UserSig? With the key, verifyUserSig answers exactly. Without it,
// everything the server checks before the signature can still be told: it checks in the Go SDK's
// order (usersig.md, "Decoding and verifying"): parse 70003, SDKAppID 70014, identifier 70013,
// expiry 70001, and only then the HMAC 70009.
import { msg, type Msg, type Text } from '../i18n/message';
import { verifyUserSig, type VerifyCheck } from '../usersig';
import type { UserSigReport } from './usersig-report';

/** What the UserSig is checked against, and where each value came from. */
export interface VerifyTarget {
  sdkAppId: number;
  identifier: string;
  /** `request` when the URL's value was used, `usersig` when the UserSig's own (none in the URL). */
  sdkAppIdFrom: 'request' | 'usersig';
  identifierFrom: 'request' | 'usersig';
}

/** The ErrorCodes a verdict can name: 70002 (no UserSig) and those of verifyUserSig. */
export type VerdictCode = 70002 | 70003 | 70014 | 70013 | 70001 | 70009 | null;

/** The verdict on a UserSig: accepted, rejected with the server's ErrorCode, old scheme, or needs the key. */
export type Verdict =
  | {
      status: 'accepted';
      message: Msg;
      against: VerifyTarget;
      secondsLeft: number;
      /** What even an accepted UserSig does not settle. */
      caveats: Msg[];
    }
  | {
      status: 'rejected';
      code: VerdictCode;
      /** The first failing check; `missing` when there is no UserSig at all. */
      check: VerifyCheck | 'missing';
      message: Msg;
      /** True when the key was needed to tell (only 70009 needs it). */
      keyUsed: boolean;
      against: VerifyTarget | null;
      /** For 70001: when it expired (Unix seconds) and how long ago. */
      expiredAt?: number;
      secondsSinceExpiry?: number;
    }
  | { status: 'old-scheme'; message: Msg }
  | {
      status: 'needs-key';
      message: Msg;
      against: VerifyTarget;
      canTell: Msg[];
      cannotTell: Msg[];
    };

/** What the request asks the UserSig to match: the query's values when present and valid. */
export interface RequestIdentity {
  /** The URL's sdkappid when it is a uint32, else null. */
  sdkAppId: number | null;
  /** The URL's identifier when present and not empty, else null. */
  identifier: string | null;
}

const SERVER_ONLY = msg('inspect.cannotTell.serverOnly');

/** What a UserSig was checked against, in words: the values and where each came from. */
export function describeTarget(t: VerifyTarget): Msg {
  const from = (f: 'request' | 'usersig'): Text =>
    msg(f === 'request' ? 'inspect.target.fromUrl' : 'inspect.target.fromUserSig');
  const identifier = JSON.stringify(t.identifier);
  return t.sdkAppIdFrom === t.identifierFrom
    ? msg('inspect.target.same', { sdkAppId: t.sdkAppId, identifier, from: from(t.sdkAppIdFrom) })
    : msg('inspect.target.split', {
        sdkAppId: t.sdkAppId,
        identifier,
        sdkAppIdFrom: from(t.sdkAppIdFrom),
        identifierFrom: from(t.identifierFrom),
      });
}

const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString();

function expiredVerdict(
  expiresAt: number,
  nowSec: number,
  against: VerifyTarget,
  keyUsed: boolean,
): Verdict {
  const ago = nowSec - expiresAt;
  return {
    status: 'rejected',
    code: 70001,
    check: 'expired',
    keyUsed,
    against,
    expiredAt: expiresAt,
    secondsSinceExpiry: ago,
    message: msg('inspect.verdict.expired', { ago, at: iso(expiresAt), keyUsed }),
  };
}

/**
 * Judges a UserSig as the server would. `request` is null for a bare UserSig; `key` is the app's
 * SecretKey, kept by the caller in memory; `now` is in milliseconds, like Date.now.
 */
export async function judgeUserSig(
  report: UserSigReport | null,
  request: RequestIdentity | null,
  options: { key?: string; now: () => number },
): Promise<Verdict> {
  const { key, now } = options;
  const keyGiven = key !== undefined && key !== '';
  if (report === null) {
    return {
      status: 'rejected',
      code: 70002,
      check: 'missing',
      keyUsed: false,
      against: null,
      message: msg('inspect.verdict.missing'),
    };
  }
  const d = report.decoded;
  if (!d.ok) {
    if (d.step === 'v1') {
      return {
        status: 'old-scheme',
        message: msg('inspect.verdict.oldScheme', { reason: d.message }),
      };
    }
    return {
      status: 'rejected',
      code: 70003,
      check: 'parse',
      keyUsed: false,
      against: null,
      // decodeUserSig's message already names a cut-short UserSig where the step points to one.
      message: msg('inspect.verdict.parse', { step: d.step, reason: d.message }),
    };
  }

  const against: VerifyTarget = {
    sdkAppId: request?.sdkAppId ?? d.sdkAppId,
    identifier: request?.identifier ?? d.identifier,
    sdkAppIdFrom: request !== null && request.sdkAppId !== null ? 'request' : 'usersig',
    identifierFrom: request !== null && request.identifier !== null ? 'request' : 'usersig',
  };
  const nowSec = Math.floor(now() / 1000);

  // The checks before the signature need no key: say them the same way with or without one.
  if (against.sdkAppIdFrom === 'request' && against.sdkAppId !== d.sdkAppId) {
    return {
      status: 'rejected',
      code: 70014,
      check: 'sdkappid',
      keyUsed: false,
      against,
      message: msg('inspect.verdict.sdkAppId', { url: against.sdkAppId, inside: d.sdkAppId }),
    };
  }
  if (against.identifierFrom === 'request' && against.identifier !== d.identifier) {
    return {
      status: 'rejected',
      code: 70013,
      check: 'identifier',
      keyUsed: false,
      against,
      message: msg('inspect.verdict.identifier', {
        url: JSON.stringify(against.identifier),
        inside: JSON.stringify(d.identifier),
      }),
    };
  }
  if (d.expired) return expiredVerdict(d.expiresAt, nowSec, against, false);

  if (keyGiven) {
    // verifyUserSig runs every check again in the server's order; only the signature is left.
    const r = await verifyUserSig(
      report.userSig,
      { key, sdkAppId: against.sdkAppId, identifier: against.identifier },
      { now },
    );
    if (r.ok) {
      return {
        status: 'accepted',
        against,
        secondsLeft: r.secondsLeft,
        caveats: [SERVER_ONLY],
        message: msg('inspect.verdict.accepted', {
          target: describeTarget(against),
          left: r.secondsLeft,
          until: iso(r.fields.expiresAt),
        }),
      };
    }
    return {
      status: 'rejected',
      code: r.code,
      check: r.check,
      keyUsed: r.check === 'signature',
      against,
      message: msg('inspect.verdict.keyRejected', { reason: r.message, code: r.code }),
    };
  }

  const canTell = [msg('inspect.canTell.decodes')];
  if (request === null) {
    canTell.push(msg('inspect.canTell.noRequest'));
  } else {
    canTell.push(
      against.sdkAppIdFrom === 'request'
        ? msg('inspect.canTell.sdkAppIdMatches', { sdkAppId: d.sdkAppId })
        : msg('inspect.canTell.noSdkAppId'),
      against.identifierFrom === 'request'
        ? msg('inspect.canTell.identifierMatches', { identifier: JSON.stringify(d.identifier) })
        : msg('inspect.canTell.noIdentifier'),
    );
  }
  canTell.push(msg('inspect.canTell.notExpired', { left: d.secondsLeft, until: iso(d.expiresAt) }));
  return {
    status: 'needs-key',
    against,
    canTell,
    cannotTell: [msg('inspect.cannotTell.signature'), SERVER_ONLY],
    message: msg(request === null ? 'inspect.verdict.needsKeyBare' : 'inspect.verdict.needsKey'),
  };
}
