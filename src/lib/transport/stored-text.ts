// A send failure's words as history keeps them: the message descriptor itself, so an entry
// recorded in English reads in Chinese after a switch (docs/i18n.md). Stored data is `unknown`
// until parsed: a key this version does not define (a newer version's) or parameters of the
// wrong shape would make the translator throw, so they become a text that says so instead.
import { msg, type MessageKey, type Msg, type ParamsOf, type Text } from '../i18n/message';

type Kind = 'string' | 'number' | 'string?' | 'text';
type KindOf<T> = [T] extends [string]
  ? 'string'
  : [T] extends [number]
    ? 'number'
    : [T] extends [string | null]
      ? 'string?'
      : [T] extends [Text]
        ? 'text'
        : never;
type Schema<K extends MessageKey> = [ParamsOf<K>] extends [never]
  ? null
  : { readonly [P in keyof ParamsOf<K>]-?: KindOf<ParamsOf<K>[P]> };

/** The keys a failure's message is made of (send.ts, auto.ts), with each parameter's kind. */
type StoredKey =
  | 'send.badUrl.notUrl'
  | 'send.badUrl.scheme'
  | 'send.badUrl.credentials'
  | 'send.cancelled'
  | 'send.timeout'
  | 'send.where.proxy'
  | 'send.where.sandbox'
  | 'send.who.proxied'
  | 'send.redirect.opaque'
  | 'send.redirect.readable'
  | 'send.network'
  | 'send.proxy.origin'
  | 'send.proxy.timeout'
  | 'send.proxy.unresolved'
  | 'send.proxy.unreachable'
  | 'send.proxy.refused'
  | 'send.target.host'
  | 'send.target.private'
  | 'send.target.scheme'
  | 'send.target.port'
  | 'send.target.path'
  | 'send.target.other'
  | 'send.proxyDown'
  | 'send.neither'
  | 'send.unknown';

// Checked against the English table's parameter types: a key whose parameters change fails
// `npm run check` here (and a stored key must then keep reading its old parameters).
const STORED: { readonly [K in StoredKey]: Schema<K> } = {
  'send.badUrl.notUrl': { url: 'string' },
  'send.badUrl.scheme': { scheme: 'string' },
  'send.badUrl.credentials': null,
  'send.cancelled': null,
  'send.timeout': { where: 'text', ms: 'number' },
  'send.where.proxy': null,
  'send.where.sandbox': null,
  'send.who.proxied': { host: 'string' },
  'send.redirect.opaque': { who: 'text' },
  'send.redirect.readable': { who: 'text', status: 'number', location: 'string?' },
  'send.network': { host: 'string' },
  'send.proxy.origin': { said: 'string' },
  'send.proxy.timeout': { host: 'string' },
  'send.proxy.unresolved': { host: 'string', cause: 'string' },
  'send.proxy.unreachable': { host: 'string', cause: 'string?' },
  'send.proxy.refused': { code: 'string', status: 'number', said: 'string?' },
  'send.target.host': { host: 'string' },
  'send.target.private': { host: 'string' },
  'send.target.scheme': { host: 'string' },
  'send.target.port': { host: 'string', port: 'string' },
  'send.target.path': null,
  'send.target.other': { code: 'string' },
  'send.proxyDown': { base: 'string' },
  'send.neither': { host: 'string', direct: 'text', proxy: 'text' },
  'send.unknown': { key: 'string' },
};

// Nested texts go this deep at most (Auto's "neither" holds a timeout that names who): more is
// not ours.
const MAX_DEPTH = 4;
const MAX_KEY_CHARS = 80;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` as a stored text of ours, rebuilt from its known parts; null when it is not one. */
function read(value: unknown, depth: number): Text | null {
  if (typeof value === 'string') return value;
  if (!isRecord(value) || depth > MAX_DEPTH || typeof value.key !== 'string') return null;
  if (!Object.hasOwn(STORED, value.key)) return null;
  const key = value.key as StoredKey;
  const schema: Readonly<Record<string, Kind>> | null = STORED[key];
  if (schema === null) return value.params === undefined ? { key } : null;
  if (!isRecord(value.params)) return null;
  const params: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(schema)) {
    const v = value.params[name];
    if (kind === 'text') {
      const nested = read(v, depth + 1);
      if (nested === null) return null;
      params[name] = nested;
    } else if (
      kind === 'number'
        ? typeof v === 'number' && Number.isFinite(v)
        : typeof v === 'string' || (kind === 'string?' && v === null)
    ) {
      params[name] = v;
    } else return null;
  }
  return { key, params };
}

/**
 * A stored failure message: a plain string (entries before descriptors, export files of older
 * versions) as it is, one of our descriptors rebuilt from its known parts, and any other
 * descriptor (a newer version's key, parameters of another shape) as `send.unknown` naming its
 * key, which renders in every locale. Null when `value` is neither a string nor a descriptor.
 */
export function parseStoredText(value: unknown): Text | null {
  const text = read(value, 0);
  if (text !== null) return text;
  if (isRecord(value) && typeof value.key === 'string') {
    return msg('send.unknown', { key: value.key.slice(0, MAX_KEY_CHARS) });
  }
  return null;
}

/** Whether `value` is a descriptor of ours exactly as this version stores it. */
export function isStoredMsg(value: unknown): value is Msg {
  return typeof value !== 'string' && read(value, 0) !== null;
}

/**
 * `text` with `f` applied to every string in it: a plain text, or every string at any depth of
 * its parameters (nested texts, lists, objects), rebuilt as plain data. The key is ours.
 */
export function mapTextStrings(text: Text, f: (s: string) => string): Text {
  if (typeof text === 'string') return f(text);
  return text.params === undefined
    ? { key: text.key }
    : { key: text.key, params: deep(text.params, f) };
}

function deep(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => deep(x, f));
  if (
    isRecord(v) &&
    typeof v.key === 'string' &&
    Object.keys(v).every((k) => k === 'key' || k === 'params')
  )
    return mapTextStrings(v as unknown as Msg, f);
  if (isRecord(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x, f)]));
  return v;
}

/** The data inside a text (a plain string, or its string parameters), for a free-text filter. */
export function textData(text: Text): string {
  const parts: string[] = [];
  mapTextStrings(text, (s) => (parts.push(s), s));
  return parts.join(' ');
}
