// UserSig v2: sign, decode and verify exactly as Tencent's official TLSSigAPIv2 SDKs do.
// Ground truth: docs/reference/usersig.md. Nothing here touches the DOM.
import { msg, type Msg } from '../i18n/message';
import {
  base64ToBytes,
  bytesToBase64,
  firstOutsideAlphabet,
  fromUserSigBase64,
  toUserSigBase64,
  utf8,
} from './base64';
import { isUint32 } from '../json/value';
import { hmacSha256, type HmacImpl } from './hmac';
import { deflate, inflate } from './zlib';

/** What genUserSig signs. `expire` is a validity in seconds, relative to the signing time. */
export interface UserSigInput {
  sdkAppId: number;
  key: string;
  identifier: string;
  expire: number;
  userBuf?: Uint8Array;
}

/** The world a UserSig function depends on: the clock (ms, like Date.now) and the HMAC path. */
export interface UserSigOptions {
  now?: () => number;
  hmac?: HmacImpl;
}

/** The fields a v2 UserSig carries, decoded. Times are Unix seconds. */
export interface UserSigFields {
  version: string;
  identifier: string;
  sdkAppId: number;
  time: number;
  expire: number;
  /** `time + expire`: the last second at which the UserSig is still valid. */
  expiresAt: number;
  /** `TLS.sig`: standard base64 of the HMAC-SHA256. */
  sig: string;
  /** `TLS.userbuf` decoded, present only in the userbuf variant. */
  userBuf?: Uint8Array;
  /** `TLS.userbuf` exactly as stored (standard base64), present only in the userbuf variant. */
  userBufBase64?: string;
  /** The inflated JSON document, as the signer wrote it. */
  json: string;
  /** Sizes: the UserSig's characters, the compressed bytes and the JSON's bytes. */
  sizes: { chars: number; compressed: number; json: number };
}

/** The step of decoding that failed. */
export type DecodeStep = 'empty' | 'alphabet' | 'base64' | 'zlib' | 'json' | 'field' | 'v1';

/** The outcome of decodeUserSig: the fields, or the step that failed and why, in words. */
export type DecodeResult =
  | { ok: true; fields: UserSigFields }
  | { ok: false; step: DecodeStep; message: Msg; position?: number; field?: string };

/** A check of verifyUserSig, in the order the Go SDK's verifier runs them. */
export type VerifyCheck = 'parse' | 'sdkappid' | 'identifier' | 'expired' | 'userbuf' | 'signature';

/** The outcome of verifyUserSig: valid, or the first failing check and the server's error code. */
export type VerifyResult =
  | { ok: true; fields: UserSigFields; secondsLeft: number }
  | {
      ok: false;
      check: VerifyCheck;
      /** The ErrorCode the real service answers; null where it has no documented one. */
      code: 70003 | 70014 | 70013 | 70001 | 70009 | null;
      message: Msg;
      fields?: UserSigFields;
      decode?: Extract<DecodeResult, { ok: false }>;
    };

const ERR_CODE_BY_CHECK = {
  parse: 70003,
  sdkappid: 70014,
  identifier: 70013,
  expired: 70001,
  userbuf: null,
  signature: 70009,
} as const;

/** The exact text the HMAC is computed over (usersig.md step 1): LF-terminated lines. */
export function signedText(
  identifier: string,
  sdkAppId: number,
  time: number,
  expire: number,
  userBufBase64?: string,
): string {
  let text =
    `TLS.identifier:${identifier}\n` +
    `TLS.sdkappid:${sdkAppId}\n` +
    `TLS.time:${time}\n` +
    `TLS.expire:${expire}\n`;
  if (userBufBase64 !== undefined) text += `TLS.userbuf:${userBufBase64}\n`;
  return text;
}

/** `TLS.sig`: standard base64 of HMAC-SHA256 keyed with the key's UTF-8 bytes (not hex-decoded). */
export async function computeTlsSig(
  key: string,
  text: string,
  hmac: HmacImpl = 'auto',
): Promise<string> {
  return bytesToBase64(await hmacSha256(utf8(key), utf8(text), hmac));
}

function assertInput(input: UserSigInput): void {
  // Programmer errors: the UI validates what people type (see validateSignForm) before calling.
  if (!isUint32(input.sdkAppId)) {
    throw new RangeError('sdkAppId must be an integer from 0 to 4294967295');
  }
  if (!Number.isSafeInteger(input.expire) || input.expire < 0) {
    throw new RangeError('expire must be a non-negative integer number of seconds');
  }
  if (typeof input.key !== 'string' || input.key === '')
    throw new TypeError('key must be a non-empty string');
  if (typeof input.identifier !== 'string' || input.identifier === '') {
    throw new TypeError('identifier must be a non-empty string');
  }
}

/** Signs a v2 UserSig, resolving to the string sent as the `usersig` query parameter. */
export async function genUserSig(
  input: UserSigInput,
  options: UserSigOptions = {},
): Promise<string> {
  assertInput(input);
  const { now = Date.now, hmac = 'auto' } = options;
  const time = Math.floor(now() / 1000);
  const userBufBase64 = input.userBuf ? bytesToBase64(input.userBuf) : undefined;
  const sig = await computeTlsSig(
    input.key,
    signedText(input.identifier, input.sdkAppId, time, input.expire, userBufBase64),
    hmac,
  );
  // Key order of the official Node SDK: ver, identifier, sdkappid, time, expire, [userbuf], sig.
  const doc: Record<string, string | number> = {
    'TLS.ver': '2.0',
    'TLS.identifier': input.identifier,
    'TLS.sdkappid': input.sdkAppId,
    'TLS.time': time,
    'TLS.expire': input.expire,
  };
  if (userBufBase64 !== undefined) doc['TLS.userbuf'] = userBufBase64;
  doc['TLS.sig'] = sig;
  const compressed = await deflate(utf8(JSON.stringify(doc)));
  return toUserSigBase64(bytesToBase64(compressed));
}

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
