// The request engine: the exact request (method, URL with its query in the documented order,
// the URL with its UserSig masked, body) is made here and nowhere else. The Workspace derives it
// once; Send, the Exact request view and Copy as code read it. The full URL is a credential (it
// carries an admin UserSig that may be valid for months, chat-rest-facts.md), so anything shown
// or stored goes through the one mask, maskUserSigs.
import type { WireRequest } from './wire';

/** The sandbox has no address; its URLs use a reserved name (RFC 2606) that never resolves. */
export const SANDBOX_ORIGIN = 'https://sandbox.invalid';

/** The parts of a REST request URL. */
export interface RequestUrlParts {
  /** "https://host[:port]", without a trailing slash (one is tolerated). */
  origin: string;
  /** The endpoint path, such as "v4/recentcontact/get_list" (a leading slash is tolerated). */
  path: string;
  /** As typed; sent as text, so a half-typed value is sent as it is. */
  sdkAppId: string | number;
  identifier: string;
  userSig: string;
  /** A uint32, fresh for every send (randomUint32). */
  random: number;
}

/** A fresh random uint32 (0 to 4294967295) for the `random` query parameter. */
export function randomUint32(
  getRandomValues: (array: Uint32Array<ArrayBuffer>) => unknown = (a) => crypto.getRandomValues(a),
): number {
  const a = new Uint32Array(1);
  getRandomValues(a);
  const [n] = a;
  if (n === undefined) throw new Error('unreachable: a Uint32Array(1) has one element');
  return n;
}

/**
 * The request URL with the query in the documented order: sdkappid, identifier, usersig,
 * random, contenttype=json (the get_list page's sample URL). Values are encoded as
 * URLSearchParams does; the UserSig alphabet (A-Z a-z 0-9 * - _) passes through unchanged.
 */
export function buildRequestUrl(parts: RequestUrlParts): string {
  const origin = parts.origin.replace(/\/+$/, '');
  const path = parts.path.replace(/^\/+/, '');
  const query = new URLSearchParams([
    ['sdkappid', String(parts.sdkAppId)],
    ['identifier', parts.identifier],
    ['usersig', parts.userSig],
    ['random', String(parts.random)],
    // "Request format, which should always be json" (get_list page); the server picks the
    // body's format from this, not from a Content-Type header.
    ['contenttype', 'json'],
  ]);
  return `${origin}/${path}?${query.toString()}`;
}

/** The exact request: what Send sends, the Exact request view shows and Copy as code copies. */
export interface ExactRequest extends WireRequest {
  /** The URL with its UserSig masked (maskUserSigs): what is shown until the person reveals it. */
  maskedUrl: string;
  /** What it was made of; the origin is SANDBOX_ORIGIN for the sandbox. */
  parts: RequestUrlParts;
}

/** The exact request made of its parts: a POST with the body text byte for byte as given. */
export function buildExactRequest(parts: RequestUrlParts, body: string): ExactRequest {
  const url = buildRequestUrl(parts);
  return { method: 'POST', url, maskedUrl: maskUserSigs(url), body, parts: { ...parts } };
}

/** The mask's dots: not in the UserSig alphabet, so a masked value cannot pass for a real one. */
export const USERSIG_MASK = '••••••';

// A `usersig=` query value, in any letter case, up to the end of the value in a URL or in the
// text around one (history scrubs URLs out of answers and bodies: a quote, a space or a
// backslash ends it there; a URL built by URLSearchParams has none of them in a value). A value
// that is already a mask is left alone, so masking twice changes nothing: ours, and the
// "[UserSig removed]" history wrote before there was one mask (old export files keep their
// content hashes).
const USERSIG_QUERY =
  /([?&]usersig=)(?!••••••\(\d+ characters? hidden\)|\(empty\)|\[UserSig removed\])([^&#\s"'<>\\]*)/gi;

/**
 * The one UserSig mask, for display, exchanges and history alike: every `usersig=` value in
 * `text` is replaced by a mask that tells only its length, such as
 * `usersig=••••••(180 characters hidden)`. No character of the UserSig survives.
 */
export function maskUserSigs(text: string): string {
  return text.replace(USERSIG_QUERY, (_m, key: string, value: string) => {
    const n = decodedLength(value);
    if (n === 0) return `${key}(empty)`;
    return `${key}${USERSIG_MASK}(${n} character${n === 1 ? '' : 's'} hidden)`;
  });
}

/** The UserSig's own length: the query value decoded as URLSearchParams would. */
function decodedLength(value: string): number {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' ')).length;
  } catch {
    return value.length;
  }
}
