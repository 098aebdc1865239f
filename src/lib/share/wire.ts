// The outer layer of a share link: `r<version>.<mode>.<base64url payload>`, carried in the URL
// fragment (after `#`), which browsers never send to a server (RFC 3986 section 3.5).
//
// Why these choices:
// - base64url (RFC 4648 section 5, unpadded) because every one of its characters is allowed in
//   a fragment as it is. It is right here because this is not a UserSig; the UserSig alphabet
//   (`*`, `-`, `_`) belongs to ../usersig only (STYLE.md rule 9).
// - CompressionStream('deflate-raw') rather than 'deflate': the zlib wrapper costs 6 bytes
//   (8 characters) per link and its Adler-32 would guard only compressed links, while short
//   links skip compression and carry plain JSON anyway. Integrity therefore has to come from the
//   strict payload parser (./payload), which refuses anything but the exact shape, for both
//   modes. A UserSig needs 'deflate' because the server expects zlib; nothing here does.
// - The mode letter says whether the payload was compressed, so the encoder can skip
//   compression when it makes the link longer (it does for most short links).
import { base64ToBytes, bytesToBase64 } from '../usersig/base64';
// The same stream pump as the UserSig's zlib, with its output cap (a decompression bomb stops there).
import { pump } from '../usersig/zlib';

/** The letter every share fragment starts with, before the version number. Never change it. */
export const SHARE_MARKER = 'r';

/** The format version this code writes. Never reuse a number: old links must keep their meaning. */
export const SHARE_VERSION = 1;

/** Mode letter of a payload that is plain UTF-8 JSON. Never change it. */
export const SHARE_MODE_PLAIN = 'p';

/** Mode letter of a payload compressed with raw deflate (RFC 1951). Never change it. */
export const SHARE_MODE_DEFLATE_RAW = 'd';

/** How a payload is carried. */
export type ShareMode = typeof SHARE_MODE_PLAIN | typeof SHARE_MODE_DEFLATE_RAW;

/** The longest fragment accepted (16 KB), counted without the `#`; longer is refused unread. */
export const MAX_SHARE_FRAGMENT_CHARS = 16384;

/** The most bytes a payload may inflate to: a cap against decompression bombs. */
export const MAX_SHARE_PAYLOAD_BYTES = 64 * 1024;

const BASE64URL_CHARS = /^[A-Za-z0-9_-]*$/;

// `r`, a version of 1 to 6 digits, and a dot; what follows depends on the version.
const HEADER = /^r(\d{1,6})\./;

/** Encodes bytes as base64url without padding (RFC 4648 section 5). */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes unpadded base64url; `truncated` when the length cannot be whole base64, null when not base64url. */
export function base64UrlToBytes(text: string): Uint8Array | 'truncated' | null {
  if (!BASE64URL_CHARS.test(text)) return null;
  // An unpadded length of 4n+1 leaves 6 bits, less than a byte: the text was cut.
  if (text.length % 4 === 1) return 'truncated';
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  return base64ToBytes(padded);
}

/** Compresses bytes with raw deflate; null when this platform has no CompressionStream('deflate-raw'). */
export async function deflateRaw(input: Uint8Array): Promise<Uint8Array | null> {
  let stream: CompressionStream;
  try {
    stream = new CompressionStream('deflate-raw');
  } catch {
    return null;
  }
  return pump(stream, input, Number.MAX_SAFE_INTEGER);
}

/** The outcome of inflating: the bytes, or why not. */
export type InflateRawResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'truncated' | 'corrupt' | 'too-large' | 'unsupported' };

/** Inflates raw deflate, stopping at `limit` bytes; never throws. */
export async function inflateRaw(
  input: Uint8Array,
  limit = MAX_SHARE_PAYLOAD_BYTES,
): Promise<InflateRawResult> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return { ok: false, reason: 'unsupported' };
  }
  try {
    return { ok: true, bytes: await pump(stream, input, limit) };
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, reason: 'too-large' };
    // Node says "unexpected end of file", Chromium "not properly terminated"; both mean cut short.
    const text = String(err);
    if (/unexpected end|incomplete|premature|truncat|terminat/i.test(text)) {
      return { ok: false, reason: 'truncated' };
    }
    return { ok: false, reason: 'corrupt' };
  }
}

/**
 * Wraps payload JSON text as a fragment (without `#`) in the given mode. The low-level encoder:
 * it does not check the payload, so tests use it to craft links with any content.
 */
export async function packShareFragment(json: string, mode: ShareMode): Promise<string> {
  const bytes = new TextEncoder().encode(json);
  let carried: Uint8Array = bytes;
  if (mode === SHARE_MODE_DEFLATE_RAW) {
    const compressed = await deflateRaw(bytes);
    if (!compressed) throw new Error('CompressionStream("deflate-raw") is not available');
    carried = compressed;
  }
  return `${SHARE_MARKER}${SHARE_VERSION}.${mode}.${bytesToBase64Url(carried)}`;
}

/** Why a fragment could not be unpacked. */
export type UnpackFailure =
  | 'empty'
  | 'not-share-link'
  | 'unknown-version'
  | 'too-large'
  | 'truncated'
  | 'corrupt'
  | 'unsupported';

/** The outcome of unpacking: the payload's JSON text, or why not. */
export type UnpackResult =
  | { ok: true; version: number; mode: ShareMode; json: string }
  | { ok: false; reason: UnpackFailure; version?: number };

/** Strips the marker, checks sizes, decodes base64url and inflates; returns the payload text or why not. */
export async function unpackShareFragment(fragment: string): Promise<UnpackResult> {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { ok: false, reason: 'empty' };
  // Refused before anything else is done with it, decompression above all.
  if (text.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, reason: 'too-large' };
  const header = HEADER.exec(text);
  if (!header) {
    // `r`, `r1` or `r12` alone are the start of a link that was cut; anything else is not ours.
    return /^r\d{0,6}$/.test(text)
      ? { ok: false, reason: 'truncated' }
      : { ok: false, reason: 'not-share-link' };
  }
  const version = Number(header[1]);
  if (version !== SHARE_VERSION) return { ok: false, reason: 'unknown-version', version };
  const rest = text.slice(header[0].length);
  if (rest.length < 2) return { ok: false, reason: 'truncated', version };
  const mode = rest[0];
  if ((mode !== SHARE_MODE_PLAIN && mode !== SHARE_MODE_DEFLATE_RAW) || rest[1] !== '.') {
    return { ok: false, reason: 'corrupt', version };
  }
  const bytes = base64UrlToBytes(rest.slice(2));
  if (bytes === null) return { ok: false, reason: 'corrupt', version };
  if (bytes === 'truncated' || bytes.length === 0)
    return { ok: false, reason: 'truncated', version };
  let payload = bytes;
  if (mode === SHARE_MODE_DEFLATE_RAW) {
    const inflated = await inflateRaw(bytes);
    if (!inflated.ok) return { ok: false, reason: inflated.reason, version };
    payload = inflated.bytes;
  } else if (bytes.length > MAX_SHARE_PAYLOAD_BYTES) {
    return { ok: false, reason: 'too-large', version };
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    return { ok: false, reason: 'corrupt', version };
  }
  return { ok: true, version, mode, json };
}
