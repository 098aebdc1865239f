// The inner layer of an r1 share link: a JSON object with one-letter keys holding only what
// differs from the defaults. Every key is optional; an empty object is the default request.
//
//   r  where it goes: "s" sandbox, "r:<id>" a region, "b:<id>" its backup domain, "c:<host>"
//   a  SDKAppID, as typed        i  identifier        e  endpoint id (such as get_list)
//   b  body fields that differ from the default body (object), with
//      x  default fields the body leaves out (array of names) and
//      f  the layout: 0 compact, or JSON.stringify's indent 2, 4 or "\t" (absent: the
//         default body's own layout, so an untouched layout costs nothing)
//   t  the body as text, when it is not a diffable JSON object (never with b, x or f)
//   u  a UserSig, only when the person chose to include one
//
// Keys and tags are wire constants: never change or reuse one. Unknown keys are refused rather
// than ignored: a later format that needs a new key gets a new version number (r2), so an unknown
// key in an r1 link means a damaged or crafted link, and ignoring it could silently drop part of
// what someone meant to share.
import { msg, type Msg } from '../i18n/message';
import { isPlainObject } from '../json/value';
import type { RegionChoice, RequestSnapshot } from '../api/types';
import {
  applyBodyDiff,
  BODY_LAYOUTS,
  defaultLayout,
  parseJsonObject,
  withinDepth,
  type BodyDiff,
  type BodyLayout,
  type JsonObject,
} from './body';

/** The r1 payload as it travels. Never rename a key. */
export interface SharePayloadV1 {
  r?: string;
  a?: string;
  i?: string;
  e?: string;
  b?: JsonObject;
  x?: string[];
  f?: BodyLayout;
  t?: string;
  u?: string;
}

/** The keys an r1 payload may hold, in the order the encoder writes them. Never change them. */
export const PAYLOAD_V1_KEYS = ['r', 'a', 'i', 'e', 'b', 'x', 'f', 't', 'u'] as const;

// Region tags: the sandbox, a region's primary domain, its backup domain, a custom host.
// Never change them.
const REGION_TAG_SANDBOX = 's';
const REGION_TAG_PRIMARY = 'r:';
const REGION_TAG_BACKUP = 'b:';
const REGION_TAG_CUSTOM = 'c:';

/** What a link is read against: the request it differs from. Part of every link's meaning. */
export interface ShareDefaults {
  region: RegionChoice;
  sdkAppId: string;
  identifier: string;
  endpoint: string;
  body: string;
}

/** A region as its payload tag. */
export function regionToTag(region: RegionChoice): string {
  switch (region.kind) {
    case 'sandbox':
      return REGION_TAG_SANDBOX;
    case 'region':
      return (region.backup ? REGION_TAG_BACKUP : REGION_TAG_PRIMARY) + region.id;
    case 'custom':
      return REGION_TAG_CUSTOM + region.host;
  }
}

/** A payload tag as a region (the id is not checked against known regions here); null when malformed. */
export function tagToRegion(tag: string): RegionChoice | null {
  if (tag === REGION_TAG_SANDBOX) return { kind: 'sandbox' };
  if (tag.startsWith(REGION_TAG_PRIMARY)) {
    return { kind: 'region', id: tag.slice(REGION_TAG_PRIMARY.length), backup: false };
  }
  if (tag.startsWith(REGION_TAG_BACKUP)) {
    return { kind: 'region', id: tag.slice(REGION_TAG_BACKUP.length), backup: true };
  }
  if (tag.startsWith(REGION_TAG_CUSTOM)) {
    return { kind: 'custom', host: tag.slice(REGION_TAG_CUSTOM.length) };
  }
  return null;
}

/** True when two region choices are the same. */
export function sameRegion(a: RegionChoice, b: RegionChoice): boolean {
  return regionToTag(a) === regionToTag(b);
}

/** Why a payload was refused, with the key it is about. */
export type PayloadFailure =
  | { reason: 'wrong-types'; key: string | null; message: Msg }
  | { reason: 'unknown-fields'; keys: string[]; message: Msg }
  | { reason: 'too-large'; message: Msg };

const KEY_NAMES: Record<(typeof PAYLOAD_V1_KEYS)[number], Msg> = {
  r: msg('share.part.region'),
  a: msg('share.part.sdkAppId'),
  i: msg('share.part.identifier'),
  e: msg('share.part.endpoint'),
  b: msg('share.part.changed'),
  x: msg('share.part.removed'),
  f: msg('share.part.layout'),
  t: msg('share.part.text'),
  u: msg('share.part.userSig'),
};

// A name from the link, quoted and cut short, so a crafted name cannot flood or fake a notice.
const quoteName = (name: string): string =>
  JSON.stringify(name.length > 40 ? `${name.slice(0, 39)}…` : name);

const wrong = (key: string | null, what: Msg): PayloadFailure => ({
  reason: 'wrong-types',
  key,
  message: msg('share.payload.wrong', { what }),
});

/** Narrows parsed JSON to an r1 payload: exact keys, exact types, consistent body parts. */
export function parsePayloadV1(
  value: unknown,
): { ok: true; payload: SharePayloadV1 } | ({ ok: false } & PayloadFailure) {
  if (!isPlainObject(value)) return { ok: false, ...wrong(null, msg('share.part.content')) };
  const known = new Set<string>(PAYLOAD_V1_KEYS);
  const unknown = Object.keys(value).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: 'unknown-fields',
      keys: unknown,
      message: msg('share.payload.unknown', {
        n: unknown.length,
        names: unknown.slice(0, 5).map(quoteName).join(', '),
      }),
    };
  }
  if (!withinDepth(value)) {
    return {
      ok: false,
      reason: 'too-large',
      message: msg('share.payload.deep'),
    };
  }
  const payload: SharePayloadV1 = {};
  for (const k of ['r', 'a', 'i', 'e', 't', 'u'] as const) {
    const v = value[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') return { ok: false, ...wrong(k, KEY_NAMES[k]) };
    payload[k] = v;
  }
  if (payload.r !== undefined && tagToRegion(payload.r) === null) {
    return { ok: false, ...wrong('r', KEY_NAMES.r) };
  }
  const { b, x, f } = value;
  if (b !== undefined) {
    if (!isPlainObject(b)) return { ok: false, ...wrong('b', KEY_NAMES.b) };
    payload.b = b as JsonObject;
  }
  if (x !== undefined) {
    if (!Array.isArray(x) || !x.every((n): n is string => typeof n === 'string')) {
      return { ok: false, ...wrong('x', KEY_NAMES.x) };
    }
    const names: string[] = x;
    if (new Set(names).size !== names.length) return { ok: false, ...wrong('x', KEY_NAMES.x) };
    payload.x = names;
  }
  if (f !== undefined) {
    const layout = BODY_LAYOUTS.find((l) => l === f);
    if (layout === undefined) return { ok: false, ...wrong('f', KEY_NAMES.f) };
    payload.f = layout;
  }
  // x and f only qualify b; t replaces all three.
  if ((payload.x !== undefined || payload.f !== undefined) && payload.b === undefined) {
    return { ok: false, ...wrong('b', KEY_NAMES.b) };
  }
  if (payload.t !== undefined && payload.b !== undefined) {
    return { ok: false, ...wrong('t', KEY_NAMES.t) };
  }
  return { ok: true, payload };
}

/** The body a payload describes: the default, its text, or the default with its diff applied. */
export function payloadBody(
  payload: SharePayloadV1,
  defaultBody: string,
): { ok: true; body: string } | { ok: false; message: Msg } {
  if (payload.t !== undefined) return { ok: true, body: payload.t };
  if (payload.b === undefined) return { ok: true, body: defaultBody };
  const diff: BodyDiff = {
    set: payload.b,
    removed: payload.x ?? [],
    layout: payload.f ?? defaultLayout(defaultBody),
  };
  const base = parseJsonObject(defaultBody);
  const body = base && applyBodyDiff(defaultBody, diff);
  if (!base || body === null) {
    return { ok: false, message: msg('share.payload.noDefaultBody') };
  }
  // A removed field must be one the default has, and cannot also be set.
  if (diff.removed.some((k) => !Object.hasOwn(base, k) || Object.hasOwn(diff.set, k))) {
    return {
      ok: false,
      message: msg('share.payload.badRemoval'),
    };
  }
  return { ok: true, body };
}

/** The request a payload describes, read against the defaults (region ids are not checked here). */
export function payloadToSnapshot(
  payload: SharePayloadV1,
  defaults: ShareDefaults,
): { ok: true; snapshot: RequestSnapshot } | { ok: false; message: Msg } {
  const region = payload.r === undefined ? defaults.region : tagToRegion(payload.r);
  if (region === null)
    return {
      ok: false,
      message: msg('share.payload.region'),
    };
  const body = payloadBody(payload, defaults.body);
  if (!body.ok) return body;
  return {
    ok: true,
    snapshot: {
      region: copyRegion(region),
      sdkAppId: payload.a ?? defaults.sdkAppId,
      identifier: payload.i ?? defaults.identifier,
      endpoint: payload.e ?? defaults.endpoint,
      body: body.body,
    },
  };
}

// A fresh object, so a snapshot never shares the caller's defaults object.
function copyRegion(region: RegionChoice): RegionChoice {
  switch (region.kind) {
    case 'sandbox':
      return { kind: 'sandbox' };
    case 'region':
      return { kind: 'region', id: region.id, backup: region.backup };
    case 'custom':
      return { kind: 'custom', host: region.host };
  }
}
