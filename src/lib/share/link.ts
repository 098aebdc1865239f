// The app's side of share links: the decode options drawn from the app's own registries, the full
// link for the page's address, and what a notice says about a link that was opened. Loaded only
// through import(), with ./share, so the first paint never pays for share links (STYLE.md rule 7).
import { isKnownEndpointId } from '../api/endpoint-catalog';
import { REGIONS } from '../api/regions';
import type { RequestSnapshot } from '../api/types';
import { decodeUserSig, type DecodeResult } from '../usersig';
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_R1_DEFAULTS,
  withShareFragment,
  type ShareDecodeFailure,
  type ShareDecodeOptions,
} from './share';
import { msg, type Msg, type Text } from '../i18n/message';

/**
 * How the app opens links. The defaults are r1's frozen ones, not the app's live defaults, so a
 * link keeps meaning what it meant when it was made.
 */
export const APP_SHARE_DECODE_OPTIONS: ShareDecodeOptions = Object.freeze({
  defaults: SHARE_R1_DEFAULTS,
  knownRegionIds: REGIONS.map((r) => r.id),
  // Described endpoints and raw-mode ids with a valid path (raw:v4/openim/sendmsg) both open.
  isKnownEndpoint: isKnownEndpointId,
  regionLabel: (id: string) => REGIONS.find((r) => r.id === id)?.name ?? id,
});

/** The outcome of makeShareLink: the whole link to copy, or why there is none, in a sentence. */
export type MadeShareLink =
  { ok: true; link: string; fragment: string; withUserSig: boolean } | { ok: false; message: Msg };

/**
 * Makes the link that opens `snapshot` on the page at `href`; carries `userSig` only when given,
 * and refuses a request that holds one of `secrets` (the key).
 */
export async function makeShareLink(
  href: string,
  snapshot: RequestSnapshot,
  userSig?: string,
  secrets: readonly string[] = [],
): Promise<MadeShareLink> {
  const made = await encodeShareFragment(snapshot, {
    defaults: SHARE_R1_DEFAULTS,
    ...(userSig !== undefined ? { userSig } : {}),
    secrets,
  });
  if (!made.ok) return { ok: false, message: made.message };
  return {
    ok: true,
    link: withShareFragment(href, made.fragment),
    fragment: made.fragment,
    withUserSig: userSig !== undefined,
  };
}

/** `href` without its fragment: what the address bar shows once a link has been read. */
export function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

/** A UserSig that came in a link, decoded for a notice. */
export interface LinkedUserSig {
  text: string;
  /** Its fields, or why it does not decode, in a sentence. */
  decoded:
    | { ok: true; identifier: string; sdkAppId: number; expiresAt: number }
    | { ok: false; message: Text };
  /** Where it disagrees with the request in the same link: the server would refuse it there. */
  mismatches: Msg[];
}

/** Describes a linked UserSig against the request the link carries. */
export function describeLinkedUserSig(
  text: string,
  decoded: DecodeResult,
  snapshot: RequestSnapshot,
): LinkedUserSig {
  if (!decoded.ok)
    return { text, decoded: { ok: false, message: decoded.message }, mismatches: [] };
  const { identifier, sdkAppId, expiresAt } = decoded.fields;
  const mismatches: Msg[] = [];
  if (String(sdkAppId) !== snapshot.sdkAppId.trim()) {
    mismatches.push(
      msg('share.mismatch.sdkAppId', { inside: sdkAppId, request: snapshot.sdkAppId.trim() }),
    );
  }
  if (identifier !== snapshot.identifier) {
    mismatches.push(
      msg('share.mismatch.identifier', {
        inside: JSON.stringify(identifier),
        request: JSON.stringify(snapshot.identifier),
      }),
    );
  }
  return { text, decoded: { ok: true, identifier, sdkAppId, expiresAt }, mismatches };
}

// The library's warnings that concern a credential reaching someone else, shown prominently.
const SERIOUS = (w: Msg): boolean =>
  w.key === 'share.warn.customHost' || w.key === 'share.warn.userSig';

/** Splits a link's warnings into the serious (a credential can leak) and the rest. */
export function splitWarnings(warnings: readonly Msg[]): { serious: Msg[]; other: Msg[] } {
  return {
    serious: warnings.filter(SERIOUS),
    other: warnings.filter((w) => !SERIOUS(w)),
  };
}

/** What opening the address's fragment gave. */
export type OpenedShareLink =
  /** No share link there (no fragment, or an ordinary `#anchor`): nothing to say. */
  | { kind: 'none' }
  | { kind: 'failed'; reason: ShareDecodeFailure; message: Msg }
  | {
      kind: 'opened';
      snapshot: RequestSnapshot;
      /** What the link set, one line each. */
      set: Msg[];
      /** Warnings about a credential reaching someone else (a custom host, an included UserSig). */
      serious: Msg[];
      /** Other things to point out (markup, invisible characters). */
      other: Msg[];
      userSig: LinkedUserSig | null;
    };

/** Reads a fragment (with or without `#`) as the app opens links; never throws. */
export async function openShareFragment(
  fragment: string,
  { decode = decodeUserSig }: { decode?: (userSig: string) => Promise<DecodeResult> } = {},
): Promise<OpenedShareLink> {
  const result = await decodeShareFragment(fragment, APP_SHARE_DECODE_OPTIONS);
  if (!result.ok) {
    // Not ours (an anchor, an empty `#`): another part of the page may use the fragment.
    if (result.reason === 'empty' || result.reason === 'not-share-link') return { kind: 'none' };
    return { kind: 'failed', reason: result.reason, message: result.message };
  }
  let userSig: LinkedUserSig | null = null;
  if (result.userSig !== undefined) {
    const decoded = await decode(result.userSig);
    userSig = describeLinkedUserSig(result.userSig, decoded, result.snapshot);
  }
  return {
    kind: 'opened',
    snapshot: result.snapshot,
    set: result.set,
    ...splitWarnings(result.warnings),
    userSig,
  };
}

/**
 * A note for a sandbox link whose SDKAppID or identifier the builder did not take: the sandbox
 * always uses its own public values. Empty when there is nothing to say.
 */
export function sandboxNote(
  snapshot: RequestSnapshot,
  loaded: { sdkAppId: string; identifier: string },
): Msg | '' {
  if (snapshot.region.kind !== 'sandbox') return '';
  const d = SHARE_R1_DEFAULTS;
  const ignored =
    (snapshot.sdkAppId !== d.sdkAppId && snapshot.sdkAppId !== loaded.sdkAppId) ||
    (snapshot.identifier !== d.identifier && snapshot.identifier !== loaded.identifier);
  return ignored ? msg('share.sandboxNote') : '';
}
