// UserSig v2: decode and verify exactly as Tencent's official TLSSigAPIv2 SDKs do (signing is
// in usersig.ts). Ground truth: docs/reference/usersig.md. Nothing here touches the DOM.
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

function describeChar(c: string): string {
  if (c === ' ') return 'a space';
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  if (c === '+' || c === '/' || c === '=') {
    return `"${c}" (standard base64; a UserSig writes ${c === '+' ? '"*"' : c === '/' ? '"-"' : '"_"'} instead)`;
  }
  if (c === '%') return '"%" (the UserSig looks URL-encoded)';
  const code = c.codePointAt(0) ?? 0;
  return code < 32 || code === 127
    ? `the control character U+${code.toString(16).padStart(4, '0')}`
    : `"${c}"`;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Decodes a UserSig into its fields, or names the step that failed with a sentence a person understands. */
export async function decodeUserSig(userSig: string): Promise<DecodeResult> {
  if (userSig.length === 0) {
    return { ok: false, step: 'empty', message: 'The UserSig is empty.' };
  }
  const bad = firstOutsideAlphabet(userSig);
  if (bad >= 0) {
    const ch = String.fromCodePoint(userSig.codePointAt(bad) ?? 0);
    return {
      ok: false,
      step: 'alphabet',
      position: bad,
      message:
        `Character ${bad + 1} is ${describeChar(ch)}, which is outside the UserSig alphabet ` +
        '(A–Z, a–z, 0–9, "*", "-" and "_"). Copy the UserSig again without anything around it.',
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
        ? `The UserSig is ${userSig.length} characters long, which is not a multiple of 4, so it is not whole base64: it was most likely cut short when copied.`
        : misplaced >= 0
          ? `Character ${misplaced + 1} is "_" (base64 padding) in the middle of the UserSig; padding may only end it. Two UserSigs may have been pasted together.`
          : 'The UserSig is not valid base64.',
    };
  }
  const inflated = await inflate(compressed);
  if (!inflated.ok) {
    const message = {
      header:
        'The decoded bytes do not start with a zlib header, so this is not a UserSig (or it lost its beginning when copied).',
      truncated:
        'The compressed data ends before the zlib stream does: the UserSig was most likely cut short when copied.',
      corrupt:
        'The compressed data is damaged (zlib could not inflate it): some characters were changed or lost.',
      'too-large':
        'The compressed data inflates to far more than any UserSig holds, so it is not a UserSig.',
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
      message:
        'The UserSig inflates, but what it holds is not JSON text, so it was not made by a UserSig signer.',
    };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      ok: false,
      step: 'json',
      message: 'The UserSig holds JSON, but not the object a UserSig carries.',
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
      message:
        'This is a v1 UserSig (the old ECDSA scheme, with TLS.sdk_appid and TLS.account_type). ' +
        'The current service expects v2: sign a new one with the SecretKey (HMAC-SHA256).',
    };
  }
  const fieldChecks: [string, (v: unknown) => boolean, string][] = [
    ['TLS.ver', (v) => typeof v === 'string', 'a string'],
    ['TLS.identifier', (v) => typeof v === 'string', 'a string'],
    ['TLS.sdkappid', isInt, 'an integer'],
    ['TLS.time', isInt, 'an integer'],
    ['TLS.expire', isInt, 'an integer'],
    ['TLS.sig', (v) => typeof v === 'string', 'a string'],
  ];
  for (const [name, check, want] of fieldChecks) {
    if (!(name in d)) {
      return {
        ok: false,
        step: 'field',
        field: name,
        message: `The UserSig has no ${name} field.`,
      };
    }
    if (!check(d[name])) {
      return {
        ok: false,
        step: 'field',
        field: name,
        message: `The UserSig's ${name} is ${JSON.stringify(d[name])}, but it must be ${want}.`,
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
        message: "The UserSig's TLS.userbuf must be a standard base64 string.",
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
  message: string,
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
      `The UserSig was made for SDKAppID ${f.sdkAppId}, but the request says ${against.sdkAppId}.`,
      f,
    );
  }
  if (f.identifier !== against.identifier) {
    return fail(
      'identifier',
      `The UserSig was made for identifier ${JSON.stringify(f.identifier)}, but the request says ${JSON.stringify(against.identifier)}.`,
      f,
    );
  }
  const nowSec = Math.floor(now() / 1000);
  if (nowSec > f.expiresAt) {
    return fail(
      'expired',
      `The UserSig expired ${nowSec - f.expiresAt} s ago (valid until ${new Date(f.expiresAt * 1000).toISOString()}).`,
      f,
    );
  }
  if (against.userBuf !== undefined) {
    if (!f.userBuf)
      return fail('userbuf', 'A userbuf was expected, but the UserSig carries none.', f);
    if (!sameBytes(f.userBuf, against.userBuf)) {
      return fail('userbuf', "The UserSig's userbuf differs from the expected one.", f);
    }
  }
  const expected = await computeTlsSig(
    against.key,
    signedText(f.identifier, f.sdkAppId, f.time, f.expire, f.userBufBase64),
    hmac,
  );
  if (expected !== f.sig) {
    return fail(
      'signature',
      'The signature does not match this key: the UserSig was signed with another key (another app, or an old key).',
      f,
    );
  }
  return { ok: true, fields: f, secondsLeft: f.expiresAt - nowSec };
}
