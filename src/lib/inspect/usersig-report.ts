// What a pasted UserSig says about itself: its decoded fields, or the decode step that failed,
// where, and the usual cause. Ground truth for the steps: docs/reference/usersig.md.
import { msg, type Msg } from '../i18n/message';
import { base64ToBytes, decodeUserSig, fromUserSigBase64, type DecodeStep } from '../usersig';
import { inflate } from '../usersig/zlib';
import { excerptAt, type Excerpt } from './excerpt';
import type { ReadNote } from './shell-words';

/** The userbuf of the rarely used variant, three ways. */
export interface UserBufView {
  /** `TLS.userbuf` as stored: standard base64. */
  base64: string;
  /** The bytes as lowercase hex, two digits a byte. */
  hex: string;
  /** The bytes as text, only when they are valid UTF-8; null otherwise. */
  text: string | null;
  bytes: number;
}

/** A UserSig that decodes: its fields, and how long it stays valid at `now`. Times are Unix seconds. */
export interface UserSigView {
  ok: true;
  /** `TLS.ver`. */
  version: string;
  /** `TLS.identifier`. */
  identifier: string;
  /** `TLS.sdkappid`. */
  sdkAppId: number;
  /** `TLS.time`: when it was signed. */
  issuedAt: number;
  /** `TLS.expire`: the validity in seconds. */
  expire: number;
  /** `TLS.time + TLS.expire`: the last second it is valid. */
  expiresAt: number;
  /** Seconds from now until expiresAt; negative once expired (then -secondsLeft is how long ago). */
  secondsLeft: number;
  expired: boolean;
  userBuf: UserBufView | null;
  sizes: { chars: number; compressed: number; json: number };
  /** The inflated JSON document. */
  json: string;
  /** `TLS.sig`. */
  sig: string;
}

/** A UserSig that does not decode: the step, where, and what usually causes it. */
export interface UserSigProblem {
  ok: false;
  step: DecodeStep;
  /** decodeUserSig's own sentence. */
  message: Msg;
  /** UTF-16 offset of the culprit in the UserSig, when one character is to blame. */
  position?: number;
  field?: string;
  /** The characters around `position`, or around the end when the UserSig was cut short. */
  excerpt: Excerpt | null;
  /** True when the failure is the one a UserSig cut short produces. */
  cutShort: boolean;
  /** What to do about it, most likely first. */
  advice: Msg[];
}

/** A UserSig as read from a paste or a query: the text, how it was read, and what it decodes to. */
export interface UserSigReport {
  /** The UserSig that was decoded (a credential: keep it in memory only). */
  userSig: string;
  notes: ReadNote[];
  decoded: UserSigView | UserSigProblem;
}

/** Where the UserSig came from, which changes the advice for a "%" in it. */
export type UserSigSource = 'paste' | 'query';

// The shortest v2 UserSig the official SDK makes (identifier "2", SDKAppID 1) has 168 characters.
const SHORTEST_REAL = 150;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const CUT_SHORT_ADVICE = msg('inspect.advice.cutShort');

function alphabetAdvice(ch: string, source: UserSigSource): Msg {
  if (/\s/.test(ch)) return msg('inspect.advice.wrapped');
  if (ch === '+' || ch === '/' || ch === '=') return msg('inspect.advice.standardBase64');
  if (ch === '%') {
    return msg(source === 'query' ? 'inspect.advice.doubleEncoded' : 'inspect.advice.percent');
  }
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0xa0 || code === 0xfeff || (code >= 0x200b && code <= 0x2060)) {
    return msg('inspect.advice.invisible');
  }
  return msg('inspect.advice.copyAgain');
}

/** Decodes a UserSig for the report: fields and validity at `now` (ms), or the failing step explained. */
export async function inspectUserSig(
  userSig: string,
  options: { now: () => number; notes?: ReadNote[]; source?: UserSigSource },
): Promise<UserSigReport> {
  const { now, notes = [], source = 'paste' } = options;
  const result = await decodeUserSig(userSig);
  if (result.ok) {
    const f = result.fields;
    const secondsLeft = f.expiresAt - Math.floor(now() / 1000);
    return {
      userSig,
      notes,
      decoded: {
        ok: true,
        version: f.version,
        identifier: f.identifier,
        sdkAppId: f.sdkAppId,
        issuedAt: f.time,
        expire: f.expire,
        expiresAt: f.expiresAt,
        secondsLeft,
        // Valid while now <= time + expire (usersig.md).
        expired: secondsLeft < 0,
        userBuf:
          f.userBuf && f.userBufBase64 !== undefined
            ? {
                base64: f.userBufBase64,
                hex: hex(f.userBuf),
                text: utf8Text(f.userBuf),
                bytes: f.userBuf.length,
              }
            : null,
        sizes: f.sizes,
        json: f.json,
        sig: f.sig,
      },
    };
  }

  const advice: Msg[] = [];
  let cutShort = false;
  let excerpt: Excerpt | null = null;
  switch (result.step) {
    case 'alphabet': {
      const at = result.position ?? 0;
      excerpt = excerptAt(userSig, at);
      advice.push(alphabetAdvice(String.fromCodePoint(userSig.codePointAt(at) ?? 0), source));
      break;
    }
    case 'base64':
      if (fromUserSigBase64(userSig).length % 4 !== 0) {
        cutShort = true;
        excerpt = excerptAt(userSig, userSig.length);
        advice.push(CUT_SHORT_ADVICE);
      } else if (result.position !== undefined) {
        excerpt = excerptAt(userSig, result.position);
        advice.push(msg('inspect.advice.padding'));
      }
      break;
    case 'zlib': {
      // decodeUserSig words the zlib failure but does not name it; inflating again tells which.
      const bytes = base64ToBytes(fromUserSigBase64(userSig));
      const inflated = bytes ? await inflate(bytes) : null;
      const reason = inflated && !inflated.ok ? inflated.reason : 'corrupt';
      if (reason === 'truncated') {
        cutShort = true;
        excerpt = excerptAt(userSig, userSig.length);
        advice.push(CUT_SHORT_ADVICE);
      } else if (reason === 'header') {
        advice.push(msg('inspect.advice.header'));
      } else {
        advice.push(msg('inspect.advice.corrupt'));
      }
      break;
    }
    case 'json':
    case 'field':
      advice.push(msg('inspect.advice.notSigner'));
      break;
    case 'v1':
      advice.push(msg('inspect.advice.v1'));
      break;
    case 'empty':
      advice.push(msg('inspect.advice.empty'));
      break;
  }
  if ((result.step === 'base64' || result.step === 'zlib') && userSig.length < SHORTEST_REAL) {
    advice.push(msg('inspect.advice.short', { length: userSig.length, shortest: SHORTEST_REAL }));
  }
  const problem: UserSigProblem = {
    ok: false,
    step: result.step,
    message: result.message,
    excerpt,
    cutShort,
    advice,
  };
  if (result.position !== undefined) problem.position = result.position;
  if (result.field !== undefined) problem.field = result.field;
  return { userSig, notes, decoded: problem };
}
