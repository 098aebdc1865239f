// UserSig v2: sign exactly as Tencent's official TLSSigAPIv2 SDKs do, and the shapes decoding
// and verifying answer in (verify.ts: they are not part of the first screen, which only signs).
// Ground truth: docs/reference/usersig.md. Nothing here touches the DOM.
import type { Msg } from '../i18n/message';
import { bytesToBase64, toUserSigBase64, utf8 } from './base64';
import { isUint32 } from '../json/value';
import { hmacSha256, type HmacImpl } from './hmac';
import { deflate } from './zlib';

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
