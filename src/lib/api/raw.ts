// Raw mode: any other `v4/<service>/<command>`, sent with a free JSON body and the same signing,
// sending, history and share links as a described endpoint. A raw request is named by an
// endpoint id that carries its path, so history entries and share links need no new field.
// Nothing here reads the navigation (navigation.ts): that list loads only when raw mode or
// history needs its names (endpoint-names.ts), not with the first paint.
import { msg, type Msg } from '../i18n/message';
import type { EndpointDescription } from './types';

/**
 * The prefix of a raw-mode endpoint id: `raw:v4/openim/sendmsg`. Never change it: history and
 * share links store these ids. No described id contains ":", so the two cannot collide.
 */
export const RAW_ID_PREFIX = 'raw:';

/** The longest raw path accepted; the documented ones are under 60 characters. */
export const MAX_RAW_PATH_LENGTH = 200;

/** A raw path checked and normalized (no leading slash), or why it is not one. */
export type RawPathResult = { ok: true; path: string } | { ok: false; message: Msg };

// One path segment: ASCII letters, digits and underscores. Upper case is allowed because the
// documentation has a command spelled with it (v4/ConfigSvc/GetIPList, "Getting Server IP
// Addresses"); the service matches paths as written, so the case is kept, never folded.
const SEGMENT = /^[A-Za-z0-9_]+$/;

/**
 * Checks a path typed for raw mode: exactly `v4/<service>/<command>`, each part letters, digits
 * and underscores; no scheme or host, no query or fragment, no "." or ".." parts. Surrounding
 * white space and one leading "/" are tolerated and removed.
 */
export function parseRawPath(text: string): RawPathResult {
  const bad = (message: Msg): RawPathResult => ({ ok: false, message });
  let t = text.trim();
  if (t === '') return bad(msg('bench.rp.empty'));
  if (t.length > MAX_RAW_PATH_LENGTH) {
    return bad(msg('bench.rp.long', { n: t.length }));
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) || t.startsWith('//')) {
    return bad(msg('bench.rp.url'));
  }
  if (/[?#]/.test(t)) {
    return bad(msg('bench.rp.query'));
  }
  if (t.startsWith('/')) t = t.slice(1);
  const parts = t.split('/');
  if (parts.some((p) => p === '.' || p === '..')) {
    return bad(msg('bench.rp.dots'));
  }
  if (parts.some((p) => p === '')) {
    return bad(msg('bench.rp.emptyPart'));
  }
  const [version, service, command] = parts;
  if (version !== 'v4') {
    if (version?.toLowerCase() === 'v4') return bad(msg('bench.rp.case'));
    return bad(msg('bench.rp.v4', { got: JSON.stringify(`${version ?? ''}/`) }));
  }
  if (parts.length !== 3 || service === undefined || command === undefined) {
    return bad(msg('bench.rp.parts', { n: parts.length }));
  }
  for (const part of [service, command]) {
    if (!SEGMENT.test(part)) {
      return bad(msg('bench.rp.segment', { part: JSON.stringify(part) }));
    }
  }
  return { ok: true, path: `v4/${service}/${command}` };
}

/** The endpoint id of a raw request for a path as parseRawPath returns it. */
export function rawEndpointId(path: string): string {
  return `${RAW_ID_PREFIX}${path}`;
}

/** Whether an id is a raw-mode id (whatever its path): it starts with `raw:`. */
export function isRawEndpointId(id: string): boolean {
  return id.startsWith(RAW_ID_PREFIX);
}

/** The path of a raw-mode id, or null when the id is not raw or its path does not pass parseRawPath. */
export function rawPathOf(id: string): string | null {
  if (!isRawEndpointId(id)) return null;
  const text = id.slice(RAW_ID_PREFIX.length);
  const parsed = parseRawPath(text);
  // Only the normalized spelling is an id: "raw:/v4/a/b" and "raw: v4/a/b" are not.
  return parsed.ok && parsed.path === text ? parsed.path : null;
}

// One description per id, so the same id always gives the same object (cheap equality in the UI).
const cache = new Map<string, EndpointDescription>();

/**
 * The description of a raw request: the path, no fields (any JSON object is a valid body), no
 * endpoint-specific errors, no pagination and no table view. Null when the id is not a valid
 * raw id.
 */
export function rawEndpointById(id: string): EndpointDescription | null {
  const path = rawPathOf(id);
  if (path === null) return null;
  const known = cache.get(id);
  if (known) return known;
  const desc: EndpointDescription = Object.freeze({
    id,
    path,
    // The path itself: the navigation's name for it is shown where that list is loaded.
    title: path,
    summary: msg('fields.sum.raw', { path }),
    fields: Object.freeze([]),
    errors: Object.freeze([]),
    freeBody: true,
  });
  cache.set(id, desc);
  return desc;
}
