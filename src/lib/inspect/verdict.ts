// Would the server accept this UserSig? With the key, verifyUserSig answers exactly. Without it,
// everything the server checks before the signature can still be told: it checks in the Go SDK's
// order (usersig.md, "Decoding and verifying"): parse 70003, SDKAppID 70014, identifier 70013,
// expiry 70001, and only then the HMAC 70009.
import { formatDuration } from '../time/format';
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
      message: string;
      against: VerifyTarget;
      secondsLeft: number;
      /** What even an accepted UserSig does not settle. */
      caveats: string[];
    }
  | {
      status: 'rejected';
      code: VerdictCode;
      /** The first failing check; `missing` when there is no UserSig at all. */
      check: VerifyCheck | 'missing';
      message: string;
      /** True when the key was needed to tell (only 70009 needs it). */
      keyUsed: boolean;
      against: VerifyTarget | null;
      /** For 70001: when it expired (Unix seconds) and how long ago. */
      expiredAt?: number;
      secondsSinceExpiry?: number;
    }
  | { status: 'old-scheme'; message: string }
  | {
      status: 'needs-key';
      message: string;
      against: VerifyTarget;
      canTell: string[];
      cannotTell: string[];
    };

/** What the request asks the UserSig to match: the query's values when present and valid. */
export interface RequestIdentity {
  /** The URL's sdkappid when it is a uint32, else null. */
  sdkAppId: number | null;
  /** The URL's identifier when present and not empty, else null. */
  identifier: string | null;
}

const SERVER_ONLY =
  'Whether the SDKAppID belongs to this region (70016, 70020) or the identifier is an app admin (60010): only the server knows.';

function describeTarget(t: VerifyTarget): string {
  const from = (f: 'request' | 'usersig'): string =>
    f === 'request' ? 'the URL' : 'the UserSig itself';
  return t.sdkAppIdFrom === t.identifierFrom
    ? `SDKAppID ${t.sdkAppId} and identifier ${JSON.stringify(t.identifier)} from ${from(t.sdkAppIdFrom)}`
    : `SDKAppID ${t.sdkAppId} from ${from(t.sdkAppIdFrom)} and identifier ${JSON.stringify(t.identifier)} from ${from(t.identifierFrom)}`;
}

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
    message: `The UserSig expired ${formatDuration(ago)} ago, at ${new Date(expiresAt * 1000).toISOString()}: the server answers 70001${keyUsed ? '' : ' whatever the key'}. Sign a new one.`,
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
      message: 'The URL has no usersig: the server answers 70002 (UserSig is empty).',
    };
  }
  const d = report.decoded;
  if (!d.ok) {
    if (d.step === 'v1') {
      return {
        status: 'old-scheme',
        message: `${d.message} This tool verifies v2 only (HMAC-SHA256); a v1 UserSig is signed with ECDSA keys it does not have.`,
      };
    }
    return {
      status: 'rejected',
      code: 70003,
      check: 'parse',
      keyUsed: false,
      against: null,
      // decodeUserSig's message already names a cut-short UserSig where the step points to one.
      message: `The UserSig does not decode (${d.step} step): the server answers 70003 whatever the key. ${d.message}`,
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
      message: `The URL says sdkappid=${against.sdkAppId}, but the UserSig was made for SDKAppID ${d.sdkAppId}: the server answers 70014 whatever the key.`,
    };
  }
  if (against.identifierFrom === 'request' && against.identifier !== d.identifier) {
    return {
      status: 'rejected',
      code: 70013,
      check: 'identifier',
      keyUsed: false,
      against,
      message: `The URL says identifier=${JSON.stringify(against.identifier)}, but the UserSig was made for ${JSON.stringify(d.identifier)}: the server answers 70013 whatever the key.`,
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
        message: `The server would accept this UserSig: checked against ${describeTarget(against)}, signed with this key, and valid for another ${formatDuration(r.secondsLeft)} (until ${new Date(r.fields.expiresAt * 1000).toISOString()}).`,
      };
    }
    return {
      status: 'rejected',
      code: r.code,
      check: r.check,
      keyUsed: r.check === 'signature',
      against,
      message: `${r.message} The server answers ${r.code ?? 'with an error'}.`,
    };
  }

  const canTell = ['It decodes, so the server does not answer 70003.'];
  if (request === null) {
    canTell.push(
      'There is no request to compare its SDKAppID and identifier with: paste the whole URL or curl command to check 70014 and 70013.',
    );
  } else {
    canTell.push(
      against.sdkAppIdFrom === 'request'
        ? `Its SDKAppID matches the URL's (${d.sdkAppId}), so not 70014.`
        : "The URL has no usable sdkappid to compare the UserSig's with.",
      against.identifierFrom === 'request'
        ? `Its identifier matches the URL's (${JSON.stringify(d.identifier)}), so not 70013.`
        : "The URL has no identifier to compare the UserSig's with.",
    );
  }
  canTell.push(
    `It is valid for another ${formatDuration(d.secondsLeft)} (until ${new Date(d.expiresAt * 1000).toISOString()}), so not 70001.`,
  );
  return {
    status: 'needs-key',
    against,
    canTell,
    cannotTell: [
      "Whether it was signed with this app's SecretKey (70009): enter the key to check the signature.",
      SERVER_ONLY,
    ],
    message:
      request === null
        ? 'It decodes and has not expired. Without the key, whether the server accepts it (or answers 70009) cannot be told.'
        : 'Everything up to the signature checks out. Without the key, whether the server accepts it (or answers 70009) cannot be told.',
  };
}
