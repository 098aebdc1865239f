// The request kept across a reload the page offers after a stale deploy (`vite:preloadError`):
// region, SDKAppID, identifier, endpoint and body, in sessionStorage for this tab only, read
// once after the reload and deleted. Never the key or a UserSig: the type has no place for
// them, and the serializer writes only the listed fields. Versioned (STYLE.md rule 8).
import type { RequestSnapshot } from '../api/types';
import { parseRegionChoice } from '../api/regions';

/** The sessionStorage key. Never change it: a page saved by the old name would not be found. */
export const KEPT_REQUEST_KEY = 'chat-rest-playground.kept-request';
const KEPT_REQUEST_VERSION = 1;

/** Longest body kept; sessionStorage quotas are a few MB, and a request body is far smaller. */
const MAX_BODY_CHARS = 1_000_000;

/**
 * The text to keep for `snapshot`. Any of `secrets` (the key, the UserSig) that a person pasted
 * into the body is taken out of it: the kept request must not hold one.
 */
export function serializeKeptRequest(
  snapshot: RequestSnapshot,
  secrets: readonly string[] = [],
): string {
  let body = snapshot.body;
  for (const s of secrets) if (s.length >= 8) body = body.split(s).join('');
  return JSON.stringify({
    v: KEPT_REQUEST_VERSION,
    region: snapshot.region,
    sdkAppId: snapshot.sdkAppId,
    identifier: snapshot.identifier,
    endpoint: snapshot.endpoint,
    body,
  });
}

/** Reads a kept request; null for nothing, a damaged text or another version. */
export function parseKeptRequest(text: string | null): RequestSnapshot | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const region = parseRegionChoice(r.region);
  const { sdkAppId, identifier, endpoint, body } = r;
  if (
    r.v !== KEPT_REQUEST_VERSION ||
    !region ||
    typeof sdkAppId !== 'string' ||
    typeof identifier !== 'string' ||
    typeof endpoint !== 'string' ||
    typeof body !== 'string' ||
    body.length > MAX_BODY_CHARS
  ) {
    return null;
  }
  return { region, sdkAppId, identifier, endpoint, body };
}
