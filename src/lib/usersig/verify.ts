// UserSig v2: decode and verify exactly as Tencent's official TLSSigAPIv2 SDKs do (signing is
// in usersig.ts). Ground truth: docs/reference/usersig.md. Nothing here touches the DOM.
import { msg, type Msg } from '../i18n/message';
import { base64ToBytes, firstOutsideAlphabet, fromUserSigBase64 } from './base64';
import {
  computeTlsSig,
  signedText,
  type DecodeResult,
  type UserSigFields,
  type UserSigOptions,
  type VerifyCheck,
  type VerifyResult,
} from './usersig';
import { inflate } from './zlib';

const ERR_CODE_BY_CHECK = {
  parse: 70003,
  sdkappid: 70014,
  identifier: 70013,
  expired: 70001,
  userbuf: null,
  signature: 70009,
} as const;

function describeChar(c: string): Msg {
  if (c === ' ') return msg('usersig.char.space');
  if (c === '\n' || c === '\r') return msg('usersig.char.lineBreak');
  if (c === '\t') return msg('usersig.char.tab');
  if (c === '+' || c === '/' || c === '=') {
    return msg('usersig.char.base64', { c, instead: c === '+' ? '*' : c === '/' ? '-' : '_' });
  }
  if (c === '%') return msg('usersig.char.percent');
  const code = c.codePointAt(0) ?? 0;
  return code < 32 || code === 127
    ? msg('usersig.char.control', { code: `U+${code.toString(16).padStart(4, '0')}` })
    : msg('usersig.char.other', { c });
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Decodes a UserSig into its fields, or names the step that failed with a sentence a person understands. */
export async function decodeUserSig(userSig: string): Promise<DecodeResult> {
  if (userSig.length === 0) {
    return { ok: false, step: 'empty', message: msg('usersig.decode.empty') };
  }
  const bad = firstOutsideAlphabet(userSig);
  if (bad >= 0) {
    const ch = String.fromCodePoint(userSig.codePointAt(bad) ?? 0);
    return {
      ok: false,
      step: 'alphabet',
      position: bad,
      message: msg('usersig.decode.alphabet', { at: bad + 1, char: describeChar(ch) }),
    };
  }
  const standard = fromUserSigBase64(userSig);
  const compressed = base64ToBytes(standard);
  if (!compressed) {
    const cut = standard.length % 4 !== 0;
    const misplaced = standard.replace(/=+$/, '').indexOf('=');
    return {
      ok: false,
      step: 'base64',
      ...(misplaced >= 0 ? { position: misplaced } : {}),
      message: cut
        ? msg('usersig.decode.base64Cut', { length: userSig.length })
        : misplaced >= 0
          ? msg('usersig.decode.base64Padding', { at: misplaced + 1 })
          : msg('usersig.decode.base64'),
    };
  }
  const inflated = await inflate(compressed);
  if (!inflated.ok) {
    const message = {
      header: msg('usersig.decode.zlibHeader'),
      truncated: msg('usersig.decode.zlibTruncated'),
      corrupt: msg('usersig.decode.zlibCorrupt'),
      'too-large': msg('usersig.decode.zlibTooLarge'),
    }[inflated.reason];
    return { ok: false, step: 'zlib', message };
  }
  let text: string;
  let doc: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    doc = JSON.parse(text);
  } catch {
    return {
      ok: false,
      step: 'json',
      message: msg('usersig.decode.notJson'),
    };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      ok: false,
      step: 'json',
      message: msg('usersig.decode.notObject'),
    };
  }
  const d = doc as Record<string, unknown>;
  if (
    !('TLS.ver' in d) &&
    ('TLS.sdk_appid' in d || 'TLS.appid_at_3rd' in d || 'TLS.account_type' in d)
  ) {
    return {
      ok: false,
      step: 'v1',
      message: msg('usersig.decode.v1'),
    };
  }
  const isString = (v: unknown) => typeof v === 'string';
  const fieldChecks: [string, (v: unknown) => boolean, 'string' | 'integer'][] = [
    ['TLS.ver', isString, 'string'],
    ['TLS.identifier', isString, 'string'],
    ['TLS.sdkappid', isInt, 'integer'],
    ['TLS.time', isInt, 'integer'],
    ['TLS.expire', isInt, 'integer'],
    ['TLS.sig', isString, 'string'],
  ];
  for (const [name, check, want] of fieldChecks) {
    if (!(name in d)) {
      return {
        ok: false,
        step: 'field',
        field: name,
        message: msg('usersig.decode.noField', { name }),
      };
    }
    if (!check(d[name])) {
      return {
        ok: false,
        step: 'field',
        field: name,
        message: msg('usersig.decode.fieldType', { name, value: JSON.stringify(d[name]), want }),
      };
    }
  }
  let userBuf: Uint8Array | undefined;
  const rawBuf = d['TLS.userbuf'];
  if (rawBuf !== undefined) {
    userBuf = typeof rawBuf === 'string' ? (base64ToBytes(rawBuf) ?? undefined) : undefined;
    if (!userBuf) {
      return {
        ok: false,
        step: 'field',
        field: 'TLS.userbuf',
        message: msg('usersig.decode.userBuf'),
      };
    }
  }
  const time = d['TLS.time'] as number;
  const expire = d['TLS.expire'] as number;
  const fields: UserSigFields = {
    version: d['TLS.ver'] as string,
    identifier: d['TLS.identifier'] as string,
    sdkAppId: d['TLS.sdkappid'] as number,
    time,
    expire,
    expiresAt: time + expire,
    sig: d['TLS.sig'] as string,
    json: text,
    sizes: { chars: userSig.length, compressed: compressed.length, json: inflated.bytes.length },
  };
  if (userBuf) {
    fields.userBuf = userBuf;
    fields.userBufBase64 = rawBuf as string;
  }
  return { ok: true, fields };
}

/** What a request presents alongside the UserSig, and the key the server holds for the app. */
export interface VerifyAgainst {
  key: string;
  sdkAppId: number;
  identifier: string;
  /** When given, the userbuf the UserSig must carry (the variant); omitted, any userbuf is accepted. */
  userBuf?: Uint8Array;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function fail(
  check: Exclude<VerifyCheck, 'parse'>,
  message: Msg,
  fields: UserSigFields,
): Extract<VerifyResult, { ok: false }> {
  return { ok: false, check, code: ERR_CODE_BY_CHECK[check], message, fields };
}

/** Verifies a UserSig as the server would: valid, or the first failing check with the server's ErrorCode. */
export async function verifyUserSig(
  userSig: string,
  against: VerifyAgainst,
  options: UserSigOptions = {},
): Promise<VerifyResult> {
  const { now = Date.now, hmac = 'auto' } = options;
  const decoded = await decodeUserSig(userSig);
  if (!decoded.ok) {
    return { ok: false, check: 'parse', code: 70003, message: decoded.message, decode: decoded };
  }
  const f = decoded.fields;
  if (f.sdkAppId !== against.sdkAppId) {
    return fail(
      'sdkappid',
      msg('usersig.verify.sdkAppId', { inside: f.sdkAppId, request: against.sdkAppId }),
      f,
    );
  }
  if (f.identifier !== against.identifier) {
    return fail(
      'identifier',
      msg('usersig.verify.identifier', {
        inside: JSON.stringify(f.identifier),
        request: JSON.stringify(against.identifier),
      }),
      f,
    );
  }
  const nowSec = Math.floor(now() / 1000);
  if (nowSec > f.expiresAt) {
    return fail(
      'expired',
      msg('usersig.verify.expired', {
        ago: nowSec - f.expiresAt,
        until: new Date(f.expiresAt * 1000).toISOString(),
      }),
      f,
    );
  }
  if (against.userBuf !== undefined) {
    if (!f.userBuf) return fail('userbuf', msg('usersig.verify.noUserBuf'), f);
    if (!sameBytes(f.userBuf, against.userBuf)) {
      return fail('userbuf', msg('usersig.verify.otherUserBuf'), f);
    }
  }
  const expected = await computeTlsSig(
    against.key,
    signedText(f.identifier, f.sdkAppId, f.time, f.expire, f.userBufBase64),
    hmac,
  );
  if (expected !== f.sig) {
    return fail('signature', msg('usersig.verify.signature'), f);
  }
  return { ok: true, fields: f, secondsLeft: f.expiresAt - nowSec };
}
