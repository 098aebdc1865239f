// 12,000 mutated links against the decoder: it never throws, prints nothing, and either refuses
// with a known reason and a sentence or opens a request that passes the snapshot check.
import { en } from '../i18n/texts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  isShareableUserSig,
  MAX_SHARE_FRAGMENT_CHARS,
  packShareFragment,
  parseRequestSnapshot,
  SHARE_R1_DEFAULTS,
  type ShareDecodeFailure,
} from '../../../src/lib/share';
import { bytesToBase64Url } from '../../../src/lib/share/wire';
import {
  DECODE,
  picker,
  randomSnapshot,
  randomText,
  randomUserSig,
  REGION_IDS,
  rng,
} from './helpers';

const REASONS: readonly ShareDecodeFailure[] = [
  'empty',
  'not-share-link',
  'unknown-version',
  'too-large',
  'truncated',
  'corrupt',
  'unsupported',
  'wrong-types',
  'unknown-fields',
  'unknown-region',
  'unknown-endpoint',
  'bad-usersig',
];

const B64URL = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'];
const ODD = ['#', '.', '+', '/', '=', '%', ' ', '\n', 'é', '😀', '\u0000', '\ud800', 'r', '1'];

type Next = () => number;

function mutate(link: string, next: Next): string {
  const { int, pick } = picker(next);
  const at = int(link.length + 1);
  switch (int(10)) {
    case 0: // truncation
      return link.slice(0, int(link.length));
    case 1: {
      // bit flip in one character
      const c = link.charCodeAt(Math.min(at, link.length - 1));
      const flipped = String.fromCharCode(c ^ (1 << int(7)));
      return link.slice(0, at) + flipped + link.slice(at + 1);
    }
    case 2: // substitution
      return link.slice(0, at) + pick(next() < 0.8 ? B64URL : ODD) + link.slice(at + 1);
    case 3: {
      // insertion
      let ins = '';
      for (let i = 1 + int(4); i > 0; i--) ins += next() < 0.8 ? pick(B64URL) : pick(ODD);
      return link.slice(0, at) + ins + link.slice(at);
    }
    case 4: // deletion
      return link.slice(0, at) + link.slice(at + 1 + int(4));
    case 5: // version change
      return link.replace(/^r1\./, pick(['r0.', 'r2.', 'r10.', 'R1.', 'r1', 'r01.', 'r1..', '']));
    case 6: // mode change
      return link.replace(
        /^r1\.[pd]\./,
        pick(['r1.p.', 'r1.d.', 'r1.x.', 'r1.P.', 'r1.', 'r1.pd.']),
      );
    case 7: {
      // base64 garbage after a valid header
      let g = '';
      for (let i = int(200); i > 0; i--) g += pick(B64URL);
      return pick(['r1.p.', 'r1.d.', '#r1.d.', '']) + g;
    }
    case 8: // huge: padded around the limit
      return (
        link +
        pick(B64URL).repeat(
          Math.max(0, MAX_SHARE_FRAGMENT_CHARS - link.length + pick([-1, 0, 1, 2, 1000, 100_000])),
        )
      );
    default: {
      // two mutations at once
      return mutate(mutate(link, next), next);
    }
  }
}

// A valid payload, then broken the way a crafted link would be: wrong types, unknown fields,
// markup, prototype keys, inconsistent body parts, odd JSON.
function craftPayload(next: Next): string {
  const { int, pick, chance } = picker(next);
  const p: Record<string, unknown> = {};
  if (chance(0.5))
    p.r = pick(['s', `r:${pick(REGION_IDS)}`, `b:${pick(REGION_IDS)}`, 'c:h', 'r:mars']);
  if (chance(0.5)) p.a = pick(['1400000000', '<b>1</b>', randomText(next)]);
  if (chance(0.5))
    p.i = pick(['<img src=x onerror=alert(1)>', 'javascript:alert(1)', randomText(next)]);
  if (chance(0.3)) p.e = pick(['get_list', '<script>alert(1)</script>']);
  if (chance(0.5)) {
    p.b = {
      From_Account: pick(['alice', '<svg onload=alert(1)>', 1, null]),
      [randomText(next, 5)]: 1,
    };
    if (chance(0.3)) p.x = pick([['TimeStamp'], ['AssistFlags', 'StartIndex'], ['Nope'], []]);
    if (chance(0.3)) p.f = pick([2, 4, '\t', 0, 3, ' ']);
  } else if (chance(0.4)) p.t = pick(['<script>alert(1)</script>', randomText(next, 40), '']);
  if (chance(0.3)) p.u = chance(0.7) ? randomUserSig(next) : pick(['', 'a b', '<x>']);
  const keys = Object.keys(p);
  const WRONG: unknown[] = [1, -0.5, null, true, [], ['x'], {}, { a: 1 }, '', 1e308];
  switch (int(6)) {
    case 0: // a wrong type
      if (keys.length > 0) p[pick(keys)] = pick(WRONG);
      else p.i = pick(WRONG);
      break;
    case 1: // an unknown field
      p[pick(['z', 'v', 'I', 'constructor', 'toString', '', randomText(next, 4)])] = pick(WRONG);
      break;
    case 2: {
      // a __proto__ key, which JSON.parse makes an own key
      const json = JSON.stringify(p);
      return json.length > 2 ? `{"__proto__":{"i":"x"},${json.slice(1)}` : '{"__proto__":1}';
    }
    case 3: // not an object, or not JSON
      return pick(['[]', '1', '"x"', 'null', '', '{', '{"i":"x",}', "{'i':'x'}", '\ufeff{}']);
    default: // valid-looking as it is
      break;
  }
  return JSON.stringify(p);
}

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

describe('the decoder under 12,000 mutated links', () => {
  const spies: ReturnType<typeof vi.spyOn>[] = [];
  beforeAll(() => {
    for (const m of CONSOLE) spies.push(vi.spyOn(console, m).mockImplementation(() => {}));
  });
  afterAll(() => {
    for (const s of spies) s.mockRestore();
  });

  // About 3 to 5 s on a 2-core machine; the 30 s timeout is margin for a loaded CI runner.
  it('never throws, never logs, and refuses or opens a valid request', async () => {
    const next = rng(66);
    const { pick, chance } = picker(next);
    const seeds: string[] = [];
    while (seeds.length < 60) {
      const made = await encodeShareFragment(randomSnapshot(next), {
        defaults: SHARE_R1_DEFAULTS,
        ...(chance(0.3) ? { userSig: randomUserSig(next) } : {}),
      });
      if (made.ok) seeds.push(made.fragment);
    }
    const reasons = new Map<string, number>();
    let opened = 0;
    const check = async (fragment: string, label: string) => {
      let r;
      try {
        r = await decodeShareFragment(fragment, DECODE);
      } catch (err) {
        throw new Error(
          `${label}: threw ${String(err)} on ${JSON.stringify(fragment.slice(0, 200))}`,
        );
      }
      if (r.ok) {
        opened++;
        expect(parseRequestSnapshot(r.snapshot, REGION_IDS), label).toEqual(r.snapshot);
        if (r.userSig !== undefined) expect(isShareableUserSig(r.userSig), label).toBe(true);
        expect(r.set.every((s) => en(s).length > 0)).toBe(true);
        expect(r.warnings.every((s) => en(s).length > 0)).toBe(true);
      } else {
        expect(REASONS, `${label}: ${r.reason}`).toContain(r.reason);
        expect(en(r.message).length > 20, label).toBe(true);
        reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
      }
    };
    for (let i = 0; i < 9000; i++) await check(mutate(pick(seeds), next), `mutation ${i}`);
    for (let i = 0; i < 3000; i++) {
      const json = craftPayload(next);
      const fragment = await packShareFragment(json, chance(0.5) ? 'p' : 'd');
      await check(chance(0.2) ? mutate(fragment, next) : fragment, `crafted ${i}: ${json}`);
    }
    // Raw bytes that are valid base64url but arbitrary: not UTF-8, not JSON, not deflate.
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 64) }, () =>
        Math.floor(next() * 256),
      );
      await check(`r1.${chance(0.5) ? 'p' : 'd'}.${bytesToBase64Url(bytes)}`, `bytes ${i}`);
    }
    for (const s of spies) expect(s).not.toHaveBeenCalled();
    // The fuzz reaches every layer: each of these refusals happened, and some links still open.
    for (const reason of [
      'not-share-link',
      'unknown-version',
      'too-large',
      'truncated',
      'corrupt',
      'wrong-types',
      'unknown-fields',
      'unknown-region',
      'bad-usersig',
    ]) {
      expect(reasons.get(reason) ?? 0, reason).toBeGreaterThan(10);
    }
    expect(opened).toBeGreaterThan(500);
  }, 30_000);
});
