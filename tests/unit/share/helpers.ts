// Random requests and the options share links are read with, for round trips and the fuzz.
import type { RegionChoice, RequestSnapshot } from '../../../src/lib/api/types';
import { SHARE_R1_DEFAULTS, type ShareDecodeOptions } from '../../../src/lib/share';

/** The region ids the app knows (chat-rest-facts.md, "Regional domains"). */
export const REGION_IDS = [
  'china',
  'singapore',
  'seoul',
  'tokyo',
  'frankfurt',
  'mumbai',
  'silicon-valley',
  'jakarta',
  'riyadh',
] as const;

/** Options for decoding, as the UI would pass them. */
export const DECODE: ShareDecodeOptions = {
  defaults: SHARE_R1_DEFAULTS,
  knownRegionIds: REGION_IDS,
};

/** The default request. */
export const DEFAULT_SNAPSHOT: RequestSnapshot = {
  region: { kind: 'sandbox' },
  sdkAppId: SHARE_R1_DEFAULTS.sdkAppId,
  identifier: SHARE_R1_DEFAULTS.identifier,
  endpoint: SHARE_R1_DEFAULTS.endpoint,
  body: SHARE_R1_DEFAULTS.body,
};

/** A deterministic pseudo-random generator (mulberry32), so failures can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picking helpers over a generator. */
export function picker(next: () => number) {
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  return { int, pick, chance: (p: number) => next() < p };
}

// Characters that stress encodings: non-ASCII letters, CJK, an astral emoji, quotes, JSON and
// HTML specials, a lone surrogate, a bidi override, NUL, line breaks and the UserSig alphabet.
const CHARS = [
  'a',
  'Z',
  '9',
  '_',
  '-',
  '*',
  '.',
  ':',
  '@',
  '#',
  '%',
  '&',
  '=',
  '?',
  '/',
  'é',
  'ß',
  '管',
  '理',
  '员',
  '😀',
  ' ',
  '"',
  "'",
  '\\',
  '<',
  '>',
  '\n',
  '\t',
  '\u0000',
  '\u202e',
  '\ud800',
  '{',
  '}',
];

/** A random string of up to `max` characters from the stress set. */
export function randomText(next: () => number, max = 24): string {
  const { int, pick } = picker(next);
  let s = '';
  const len = int(max + 1);
  for (let i = 0; i < len; i++) s += pick(CHARS);
  return s;
}

const USERSIG_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_';

/** A random string in the UserSig alphabet (it is not a real UserSig, which does not matter here). */
export function randomUserSig(next: () => number): string {
  const { int } = picker(next);
  let s = 'eJ';
  const len = 1 + int(300);
  for (let i = 0; i < len; i++) s += USERSIG_CHARS[int(USERSIG_CHARS.length)];
  return s;
}

function randomRegion(next: () => number): RegionChoice {
  const { int, pick } = picker(next);
  switch (int(4)) {
    case 0:
      return { kind: 'sandbox' };
    case 1:
    case 2:
      return { kind: 'region', id: pick(REGION_IDS), backup: next() < 0.3 };
    default:
      return {
        kind: 'custom',
        host:
          pick(['localhost:8787', 'proxy.example.com', 'a:b:c', '', 'c:x']) + randomText(next, 6),
      };
  }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function randomJson(next: () => number, depth = 0): Json {
  const { int, pick } = picker(next);
  const kind = depth > 3 ? int(4) : int(6);
  switch (kind) {
    case 0:
      return pick([null, true, false]);
    case 1:
      return pick([0, 1, -1, 7, 15, 63, 4294967295, 1.5, -0.25, 1e21, 2 ** 53]);
    case 2:
    case 3:
      return randomText(next, 12);
    case 4:
      return Array.from({ length: int(4) }, () => randomJson(next, depth + 1));
    default: {
      const o: { [k: string]: Json } = {};
      for (let i = int(4); i > 0; i--) o[randomText(next, 6)] = randomJson(next, depth + 1);
      return o;
    }
  }
}

const FIELD_NAMES = [
  'From_Account',
  'TimeStamp',
  'StartIndex',
  'TopTimeStamp',
  'TopStartIndex',
  'AssistFlags',
];

function randomBody(next: () => number): string {
  const { int, pick, chance } = picker(next);
  const base = JSON.parse(SHARE_R1_DEFAULTS.body) as Record<string, Json>;
  switch (int(6)) {
    case 0:
      return SHARE_R1_DEFAULTS.body;
    case 1:
      // Invalid JSON, or not an object, kept as text.
      return pick([
        SHARE_R1_DEFAULTS.body.slice(0, int(SHARE_R1_DEFAULTS.body.length)),
        '',
        ' ',
        '[1,2]',
        '42',
        '"text"',
        'null',
        '{"From_Account":"a",}',
        randomText(next, 60),
      ]);
    default: {
      // The default with edits: changed values, removed fields, extra fields, maybe reordered.
      const entries: [string, Json][] = [];
      for (const [k, v] of Object.entries(base)) {
        if (chance(0.1)) continue;
        if (chance(0.4)) {
          entries.push([
            k,
            k === 'From_Account' ? pick(['alice', 'bob', randomText(next)]) : randomJson(next),
          ]);
        } else entries.push([k, v]);
      }
      for (let i = int(3); i > 0; i--) {
        entries.push([
          pick([...FIELD_NAMES, '__proto__', 'constructor', '0', randomText(next, 8)]),
          randomJson(next),
        ]);
      }
      if (chance(0.15)) entries.reverse();
      const o = Object.create(null) as Record<string, Json>;
      for (const [k, v] of entries) o[k] = v;
      const text = JSON.stringify(o, null, pick([0, 0, 2, 4, '\t', 3]));
      return chance(0.1) ? `${text}\n` : text;
    }
  }
}

/** A random request a person could compose: any region, odd ids and identifiers, any body. */
export function randomSnapshot(next: () => number): RequestSnapshot {
  const { int, pick, chance } = picker(next);
  return {
    region: randomRegion(next),
    sdkAppId: pick([
      '',
      '1400000000',
      String(1_000_000_000 + int(3_294_967_295)),
      String(int(100000)),
      '14000',
      randomText(next, 12),
    ]),
    identifier: chance(0.4) ? 'administrator' : randomText(next),
    endpoint: chance(0.7)
      ? 'get_list'
      : pick(['delete', 'get_c2c_unread_msg_num', randomText(next, 10)]),
    body: randomBody(next),
  };
}
