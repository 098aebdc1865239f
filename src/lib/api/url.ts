// The exact request: the URL with its query in the documented order, and a masked copy of it
// for display. The full URL is a credential (it carries an admin UserSig that may be valid for
// months, chat-rest-facts.md), so anything shown or stored goes through maskUrl.
import type { WireRequest } from './wire';

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

/** The request as it goes over the wire: a POST with the body text byte for byte as given. */
export function buildWireRequest(parts: RequestUrlParts & { body: string }): WireRequest {
  return { method: 'POST', url: buildRequestUrl(parts), body: parts.body };
}

/** The mask's dots: not in the UserSig alphabet, so a masked value cannot pass for a real one. */
export const USERSIG_MASK = '••••••';

/**
 * The URL with every usersig value replaced by a mask that tells only its length, such as
 * `usersig=••••••(180 characters hidden)`. No character of the UserSig survives.
 */
export function maskUrl(url: string): string {
  return url.replace(/([?&]usersig=)([^&#]*)/gi, (_m, key: string, value: string) => {
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
