// Share links (issue 6): a request travels in the URL fragment, which no server ever receives,
// holding only what differs from the defaults (as the TypeScript playground's links do).
// Making one: encodeShareFragment. Opening one: decodeShareFragment, which reads a link as data
// only (never runs, renders or fetches anything), never throws and prints nothing.
// Layers: ./wire (marker, version, base64url, compression), ./payload (the r1 JSON object),
// ./body (the body as a diff), ./secrets (no credential leaves by accident).
import { msg, type Msg } from '../i18n/message';
import { isPlainObject } from '../json/value';
import { parseRegionChoice } from '../api/regions';
import type { RegionChoice, RequestSnapshot } from '../api/types';
import { defaultLayout, diffBody } from './body';
import {
  parsePayloadV1,
  payloadToSnapshot,
  regionToTag,
  sameRegion,
  type ShareDefaults,
  type SharePayloadV1,
} from './payload';
import {
  findUserSig,
  holdsNamedSecret,
  isShareableUserSig,
  MAX_SHARED_USERSIG_CHARS,
} from './secrets';
import {
  MAX_SHARE_FRAGMENT_CHARS,
  MAX_SHARE_PAYLOAD_BYTES,
  packShareFragment,
  SHARE_MODE_DEFLATE_RAW,
  SHARE_MODE_PLAIN,
  unpackShareFragment,
  type UnpackFailure,
} from './wire';

/**
 * get_list's default body when r1 was designed, as the editor shows it: the fields of
 * src/lib/api/get-list.ts at their defaults, indented by two spaces (formatBody in
 * src/lib/api/validate.ts). The layout matters: a link that leaves it unnamed uses this one.
 */
const GET_LIST_DEFAULT_BODY =
  '{\n  "From_Account": "",\n  "TimeStamp": 0,\n  "StartIndex": 0,\n  "TopTimeStamp": 0,\n  "TopStartIndex": 0,\n  "AssistFlags": 7\n}';

/**
 * The defaults r1 links are written against. Never change them: a link stores only what differs
 * from its defaults, so if the app's defaults move (AssistFlags 7 → 15, say), pass these still,
 * or old links would silently open as a different request. A new baseline means a new version.
 */
export const SHARE_R1_DEFAULTS: Readonly<ShareDefaults> = Object.freeze({
  region: Object.freeze({ kind: 'sandbox' }) as RegionChoice,
  sdkAppId: '',
  identifier: 'administrator',
  endpoint: 'get_list',
  body: GET_LIST_DEFAULT_BODY,
});

/** What encodeShareFragment needs besides the request. */
export interface ShareEncodeOptions {
  /** The request the link is a difference from; pass SHARE_R1_DEFAULTS (see there). */
  defaults: ShareDefaults;
  /** Only when the person ticked "Include UserSig": the link then carries this credential. */
  userSig?: string;
  /** What the app knows is secret (the key, in memory only): a request holding one is refused. */
  secrets?: readonly string[];
}

/** Why a link could not be made. */
export type ShareEncodeFailure = 'too-large' | 'bad-usersig' | 'contains-usersig' | 'contains-key';

/** The outcome of encodeShareFragment: the fragment (without `#`), or why not, in a sentence. */
export type ShareEncodeResult =
  | { ok: true; fragment: string; compressed: boolean }
  | { ok: false; reason: ShareEncodeFailure; message: Msg };

/** What decodeShareFragment needs besides the fragment. */
export interface ShareDecodeOptions {
  /** The same defaults links are made with. */
  defaults: ShareDefaults;
  /** Region ids this version knows; a link naming another is refused. */
  knownRegionIds: readonly string[];
  /** Endpoint ids this version knows; when given, a link naming another is refused. */
  knownEndpointIds?: readonly string[];
  /**
   * Whether this version knows an endpoint id, for ids no list can hold (raw mode's
   * `raw:v4/<service>/<command>`); when given, it decides instead of knownEndpointIds.
   */
  isKnownEndpoint?: (id: string) => boolean;
  /** How a region id reads in the `set` list (Singapore for singapore); the id by default. */
  regionLabel?: (id: string) => string;
}

/** Why a link was not opened. `empty` and `not-share-link` are for the UI to ignore quietly. */
export type ShareDecodeFailure =
  | UnpackFailure
  | 'wrong-types'
  | 'unknown-fields'
  | 'unknown-region'
  | 'unknown-endpoint'
  | 'bad-usersig'
  | 'internal';

/** The outcome of decodeShareFragment. Every string in it is plain data, to be shown as text. */
export type ShareDecodeResult =
  | {
      ok: true;
      version: number;
      snapshot: RequestSnapshot;
      /** Present only when the link carries one. */
      userSig?: string;
      /** What the link set, one line each, for a notice: "Region: Singapore", "From_Account: alice". */
      set: Msg[];
      /** Things to point out: markup or invisible characters, a custom host, an included UserSig. */
      warnings: Msg[];
    }
  | { ok: false; reason: ShareDecodeFailure; message: Msg };

const SAME_FIELDS = ['sdkAppId', 'identifier', 'endpoint', 'body'] as const;

function sameSnapshot(a: RequestSnapshot, b: RequestSnapshot): boolean {
  return sameRegion(a.region, b.region) && SAME_FIELDS.every((k) => a[k] === b[k]);
}

// What the decoder makes of payload text: the same path as opening a link, minus the wire.
function readBack(json: string, defaults: ShareDefaults): RequestSnapshot | null {
  const parsed = parsePayloadV1(JSON.parse(json));
  if (!parsed.ok) return null;
  const read = payloadToSnapshot(parsed.payload, defaults);
  return read.ok ? read.snapshot : null;
}

function payloadJson(
  snapshot: RequestSnapshot,
  defaults: ShareDefaults,
  body: Pick<SharePayloadV1, 'b' | 'x' | 'f' | 't'>,
  userSig: string | undefined,
): string {
  // Written in PAYLOAD_V1_KEYS order; absent keys mean "as in the defaults".
  const p: SharePayloadV1 = {};
  if (!sameRegion(snapshot.region, defaults.region)) p.r = regionToTag(snapshot.region);
  if (snapshot.sdkAppId !== defaults.sdkAppId) p.a = snapshot.sdkAppId;
  if (snapshot.identifier !== defaults.identifier) p.i = snapshot.identifier;
  if (snapshot.endpoint !== defaults.endpoint) p.e = snapshot.endpoint;
  Object.assign(p, body);
  if (userSig !== undefined) p.u = userSig;
  return JSON.stringify(p);
}

// The shortest payload that reads back as exactly this snapshot.
function buildPayload(
  snapshot: RequestSnapshot,
  defaults: ShareDefaults,
  userSig: string | undefined,
): string {
  const candidates: string[] = [];
  if (snapshot.body === defaults.body) {
    candidates.push(payloadJson(snapshot, defaults, {}, userSig));
  } else {
    const diff = diffBody(snapshot.body, defaults.body);
    if (diff) {
      const body: Pick<SharePayloadV1, 'b' | 'x' | 'f'> = { b: diff.set };
      if (diff.removed.length > 0) body.x = diff.removed;
      if (diff.layout !== defaultLayout(defaults.body)) body.f = diff.layout;
      candidates.push(payloadJson(snapshot, defaults, body, userSig));
    }
    candidates.push(payloadJson(snapshot, defaults, { t: snapshot.body }, userSig));
  }
  candidates.sort((a, b) => a.length - b.length);
  for (const json of candidates) {
    const back = readBack(json, defaults);
    if (back && sameSnapshot(back, snapshot)) return json;
  }
  // The text form always reads back; reaching this is a bug in this module.
  throw new Error('share payload does not read back as the request it was made from');
}

/** Makes the fragment (the part after `#`) of a link that opens this request; never holds the key. */
export async function encodeShareFragment(
  snapshot: RequestSnapshot,
  options: ShareEncodeOptions,
): Promise<ShareEncodeResult> {
  const { defaults, userSig, secrets = [] } = options;
  if (userSig !== undefined && !isShareableUserSig(userSig)) {
    return {
      ok: false,
      reason: 'bad-usersig',
      message:
        userSig === ''
          ? msg('share.encode.noUserSig')
          : msg('share.encode.badUserSig', { max: MAX_SHARED_USERSIG_CHARS }),
    };
  }
  const tooLarge: ShareEncodeResult = {
    ok: false,
    reason: 'too-large',
    message: msg('share.encode.tooLarge', { max: MAX_SHARE_FRAGMENT_CHARS }),
  };
  // A string's UTF-16 length never exceeds its UTF-8 length: a cheap refusal before diffing.
  if (snapshot.body.length > MAX_SHARE_PAYLOAD_BYTES) return tooLarge;
  const json = buildPayload(snapshot, defaults, userSig);
  if (new TextEncoder().encode(json).length > MAX_SHARE_PAYLOAD_BYTES) return tooLarge;
  const scanned: [Msg, string][] = [
    [msg('share.part.body'), snapshot.body],
    [msg('share.part.identifier'), snapshot.identifier],
    [msg('share.part.sdkAppId'), snapshot.sdkAppId],
    [msg('share.part.endpoint'), snapshot.endpoint],
  ];
  if (snapshot.region.kind === 'custom')
    scanned.push([msg('share.part.customHost'), snapshot.region.host]);
  for (const [name, text] of scanned) {
    if (holdsNamedSecret(text, secrets)) {
      return {
        ok: false,
        reason: 'contains-key',
        message: msg('share.encode.holdsKey', { name }),
      };
    }
    if ((await findUserSig(text)) !== null) {
      return {
        ok: false,
        reason: 'contains-usersig',
        message: msg('share.encode.holdsUserSig', { name }),
      };
    }
  }
  const plain = await packShareFragment(json, SHARE_MODE_PLAIN);
  let fragment = plain;
  try {
    const deflated = await packShareFragment(json, SHARE_MODE_DEFLATE_RAW);
    // Short payloads grow when compressed (the deflate block overhead): keep the shorter.
    if (deflated.length < plain.length) fragment = deflated;
  } catch {
    // No CompressionStream('deflate-raw') here: plain links are still complete links.
  }
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) return tooLarge;
  return { ok: true, fragment, compressed: fragment !== plain };
}

/** Replaces the fragment of `href` (the page's own address) with a share fragment. */
export function withShareFragment(href: string, fragment: string): string {
  const hash = href.indexOf('#');
  return `${hash < 0 ? href : href.slice(0, hash)}#${fragment}`;
}

const SNAPSHOT_KEYS = ['region', 'sdkAppId', 'identifier', 'endpoint', 'body'];

/** Narrows a value to a RequestSnapshot whose region is known; null when it is anything else. */
export function parseRequestSnapshot(
  value: unknown,
  knownRegionIds: readonly string[],
): RequestSnapshot | null {
  if (!isPlainObject(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== SNAPSHOT_KEYS.length || !SNAPSHOT_KEYS.every((k) => keys.includes(k))) {
    return null;
  }
  const { region, sdkAppId, identifier, endpoint, body } = value;
  if (
    typeof sdkAppId !== 'string' ||
    typeof identifier !== 'string' ||
    typeof endpoint !== 'string' ||
    typeof body !== 'string'
  ) {
    return null;
  }
  const r = parseRegionChoice(region, knownRegionIds);
  if (!r) return null;
  return { region: r, sdkAppId, identifier, endpoint, body };
}

const UNPACK_MESSAGES: Record<UnpackFailure, Msg> = {
  empty: msg('share.decode.empty'),
  'not-share-link': msg('share.decode.notShareLink'),
  'unknown-version': msg('share.decode.version', { version: '?' }), // built with the number below
  'too-large': msg('share.decode.tooLarge', {
    chars: MAX_SHARE_FRAGMENT_CHARS,
    kb: MAX_SHARE_PAYLOAD_BYTES / 1024,
  }),
  truncated: msg('share.decode.truncated'),
  corrupt: msg('share.decode.corrupt'),
  unsupported: msg('share.decode.unsupported'),
};

const INTERNAL = msg('share.decode.internal');

const fail = (reason: ShareDecodeFailure, message: Msg): ShareDecodeResult => ({
  ok: false,
  reason,
  message,
});

/** Shortens a value for a one-line notice, on whole characters. */
function shorten(text: string, max = 80): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const show = (v: unknown): string =>
  typeof v === 'string' ? (v === '' ? '(empty)' : shorten(v)) : shorten(JSON.stringify(v));

// Markup that would run or render if someone put it in innerHTML; the UI never does, but saying
// so helps the person see what the link is made of.
const MARKUP = /<\s*[a-z!/?]|javascript:/i;
// Controls, zero-width and bidirectional-override characters make text look like other text
// (Unicode TR36, section 2). Tabs and line breaks are ordinary in a body, not in a one-line field.
function hasHidden(text: string, inBody: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inBody && (c === 0x09 || c === 0x0a || c === 0x0d)) continue;
    if (
      c < 0x20 ||
      c === 0x7f ||
      (c >= 0x200b && c <= 0x200f) ||
      (c >= 0x202a && c <= 0x202e) ||
      (c >= 0x2060 && c <= 0x2064) ||
      (c >= 0x2066 && c <= 0x2069) ||
      c === 0xfeff
    ) {
      return true;
    }
  }
  return false;
}

function describe(
  snapshot: RequestSnapshot,
  payload: SharePayloadV1,
  regionLabel: (id: string) => string,
): { set: Msg[]; warnings: Msg[] } {
  const set: Msg[] = [];
  const warnings: Msg[] = [];
  const region = snapshot.region;
  if (payload.r !== undefined) {
    if (region.kind === 'sandbox') set.push(msg('share.set.sandbox'));
    else if (region.kind === 'region') {
      set.push(
        msg('share.set.region', { name: shorten(regionLabel(region.id)), backup: region.backup }),
      );
    } else set.push(msg('share.set.customHost', { host: show(region.host) }));
  }
  if (payload.a !== undefined) set.push(msg('share.set.sdkAppId', { value: show(payload.a) }));
  if (payload.i !== undefined) set.push(msg('share.set.identifier', { value: show(payload.i) }));
  if (payload.e !== undefined) set.push(msg('share.set.endpoint', { value: show(payload.e) }));
  if (payload.t !== undefined)
    set.push(msg('share.set.bodyText', { chars: Array.from(payload.t).length }));
  if (payload.b !== undefined) {
    for (const [k, v] of Object.entries(payload.b))
      set.push(msg('share.set.field', { name: shorten(k, 40), value: show(v) }));
    for (const k of payload.x ?? []) set.push(msg('share.set.removed', { name: shorten(k, 40) }));
    if (payload.f !== undefined) {
      set.push(msg('share.set.layout', { layout: payload.f === '\t' ? 'tab' : payload.f }));
    }
  }
  if (payload.u !== undefined) set.push(msg('share.set.userSig'));

  const lines: [Msg, string][] = [
    [msg('share.part.sdkAppId'), snapshot.sdkAppId],
    [msg('share.part.identifier'), snapshot.identifier],
    [msg('share.part.endpoint'), snapshot.endpoint],
  ];
  if (region.kind === 'custom') lines.push([msg('share.part.customHost'), region.host]);
  const body = msg('share.part.body');
  for (const [name, text] of [...lines, [body, snapshot.body] as [Msg, string]]) {
    if (MARKUP.test(text)) warnings.push(msg('share.warn.markup', { name }));
    if (hasHidden(text, name === body)) warnings.push(msg('share.warn.hidden', { name }));
  }
  if (payload.r !== undefined && region.kind === 'custom') {
    warnings.push(msg('share.warn.customHost', { host: shorten(region.host) }));
  }
  if (payload.u !== undefined) {
    warnings.push(msg('share.warn.userSig', { identifier: shorten(snapshot.identifier) }));
  }
  return { set, warnings };
}

async function decode(fragment: string, options: ShareDecodeOptions): Promise<ShareDecodeResult> {
  const {
    defaults,
    knownRegionIds,
    knownEndpointIds,
    isKnownEndpoint,
    regionLabel = (id) => id,
  } = options;
  const unpacked = await unpackShareFragment(fragment);
  if (!unpacked.ok) {
    if (unpacked.reason === 'unknown-version') {
      return fail(
        'unknown-version',
        msg('share.decode.version', { version: String(unpacked.version ?? '?') }),
      );
    }
    return fail(unpacked.reason, UNPACK_MESSAGES[unpacked.reason]);
  }
  let value: unknown;
  try {
    value = JSON.parse(unpacked.json);
  } catch (err) {
    // V8 says "Unexpected end of JSON input" or "Unterminated string", Firefox "end of data",
    // Safari "Unexpected EOF": all mean the text stops early.
    const cut = /end of (JSON )?(input|data)|unterminated|EOF/i.test(String(err));
    return cut
      ? fail('truncated', UNPACK_MESSAGES.truncated)
      : fail('corrupt', UNPACK_MESSAGES.corrupt);
  }
  const parsed = parsePayloadV1(value);
  if (!parsed.ok) return fail(parsed.reason, parsed.message);
  const payload = parsed.payload;
  const read = payloadToSnapshot(payload, defaults);
  if (!read.ok) return fail('wrong-types', read.message);
  const snapshot = read.snapshot;
  if (snapshot.region.kind === 'region' && !knownRegionIds.includes(snapshot.region.id)) {
    return fail(
      'unknown-region',
      msg('share.decode.region', { id: shorten(snapshot.region.id, 40) }),
    );
  }
  const knownEndpoint = isKnownEndpoint
    ? isKnownEndpoint(snapshot.endpoint)
    : !knownEndpointIds || knownEndpointIds.includes(snapshot.endpoint);
  if (!knownEndpoint) {
    return fail(
      'unknown-endpoint',
      msg('share.decode.endpoint', { id: shorten(snapshot.endpoint, 40) }),
    );
  }
  if (payload.u !== undefined && !isShareableUserSig(payload.u)) {
    return fail('bad-usersig', msg('share.decode.userSig', { max: MAX_SHARED_USERSIG_CHARS }));
  }
  // Belt and braces: what leaves here passes the same check as any snapshot from outside.
  const checked = parseRequestSnapshot(snapshot, knownRegionIds);
  if (!checked) return fail('internal', INTERNAL);
  const { set, warnings } = describe(checked, payload, regionLabel);
  return {
    ok: true,
    version: unpacked.version,
    snapshot: checked,
    ...(payload.u !== undefined ? { userSig: payload.u } : {}),
    set,
    warnings,
  };
}

/**
 * Opens a share link's fragment (with or without `#`) as data: never throws, never logs, never
 * runs anything. Failures carry a sentence for a notice; the UI then shows the default request.
 */
export async function decodeShareFragment(
  fragment: string,
  options: ShareDecodeOptions,
): Promise<ShareDecodeResult> {
  try {
    return await decode(fragment, options);
  } catch {
    // Reached only through a bug (the fuzz tests assert it never is): a bad link must not stop
    // the page from loading, so it becomes a value like any other failure.
    return fail('internal', INTERNAL);
  }
}
