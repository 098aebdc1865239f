import { describe, expect, it } from 'vitest';
import { en, inEnglishAsync } from '../i18n/texts';
import type { RequestSnapshot } from '../../../src/lib/api/types';
import {
  decodeShareFragment as decodeMessages,
  encodeShareFragment as encodeMessages,
  MAX_SHARE_FRAGMENT_CHARS,
  SHARE_R1_DEFAULTS,
  withShareFragment,
} from '../../../src/lib/share';
import { VECTORS } from '../fixtures/vectors';
import {
  DECODE,
  DEFAULT_SNAPSHOT,
  picker,
  randomSnapshot,
  randomText,
  randomUserSig,
  rng,
} from './helpers';

// The sentences a person reads, in English.
const decodeShareFragment = inEnglishAsync(decodeMessages);
const encodeShareFragment = inEnglishAsync(encodeMessages);

const ENCODE = { defaults: SHARE_R1_DEFAULTS };

async function roundTrip(snapshot: RequestSnapshot, userSig?: string) {
  const made = await encodeShareFragment(snapshot, {
    ...ENCODE,
    ...(userSig !== undefined ? { userSig } : {}),
  });
  if (!made.ok) throw new Error(`encode refused: ${made.message}`);
  const opened = await decodeShareFragment(made.fragment, DECODE);
  if (!opened.ok) throw new Error(`decode refused ${made.fragment}: ${opened.message}`);
  return { made, opened };
}

// As the editor writes a body: two-space indents, like SHARE_R1_DEFAULTS.body.
const body = (fields: Record<string, unknown>, indent: number | string = 2) =>
  JSON.stringify(
    { ...(JSON.parse(SHARE_R1_DEFAULTS.body) as Record<string, unknown>), ...fields },
    null,
    indent,
  );

describe('share links round trip', () => {
  it('gives back 2,000 random requests exactly, with and without a UserSig', async () => {
    const next = rng(6);
    const { chance } = picker(next);
    let compressed = 0;
    let plain = 0;
    for (let i = 0; i < 2000; i++) {
      const snapshot = randomSnapshot(next);
      const userSig = chance(0.3) ? randomUserSig(next) : undefined;
      const { made, opened } = await roundTrip(snapshot, userSig);
      expect(opened.snapshot, `case ${i}: ${made.fragment}`).toEqual(snapshot);
      expect(opened.userSig, `case ${i}`).toBe(userSig);
      if (made.compressed) compressed++;
      else plain++;
    }
    // Both modes are exercised.
    expect(compressed).toBeGreaterThan(100);
    expect(plain).toBeGreaterThan(100);
  }, 30_000);

  it.each<[string, string]>([
    ['the default body', SHARE_R1_DEFAULTS.body],
    ['an empty body', ''],
    ['invalid JSON', '{"From_Account":"alice",'],
    ['JSON that is not an object', '[{"From_Account":"alice"}]'],
    ['a changed value', body({ From_Account: 'alice' })],
    ['extra fields, nested', body({ Extra: { a: [1, 'x', null] }, Z: true })],
    ['compact layout', body({ From_Account: 'alice' }, 0)],
    ['4-space layout', body({ AssistFlags: 15 }, 4)],
    ['tab layout', body({}, '\t')],
    ['a removed field', '{"From_Account":"alice","TimeStamp":0}'],
    ['reordered fields', '{"AssistFlags":7,"From_Account":"alice"}'],
    ['a trailing newline', `${body({ From_Account: 'alice' })}\n`],
    ['a duplicate name', '{"From_Account":"a","From_Account":"b"}'],
    ['number spellings', '{"From_Account":"","TimeStamp":1.0,"StartIndex":1e3}'],
    ['a __proto__ field', '{"__proto__":{"polluted":1},"From_Account":"alice"}'],
    ['an integer-like name', '{"From_Account":"alice","7":1}'],
    ['a lone surrogate', '{"From_Account":"\ud800"}'],
    ['a deeply nested value', `{"a":${'['.repeat(200)}${']'.repeat(200)}}`],
  ])('keeps %s exactly', async (_label, text) => {
    const snapshot = { ...DEFAULT_SNAPSHOT, body: text };
    const { opened } = await roundTrip(snapshot);
    expect(opened.snapshot).toEqual(snapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps every kind of region, including custom hosts with colons and non-ASCII', async () => {
    const regions: RequestSnapshot['region'][] = [
      { kind: 'sandbox' },
      { kind: 'region', id: 'singapore', backup: false },
      { kind: 'region', id: 'china', backup: true },
      { kind: 'custom', host: 'localhost:8787' },
      { kind: 'custom', host: 'c:r:b:' },
      { kind: 'custom', host: '' },
      { kind: 'custom', host: 'bücher.example' },
    ];
    for (const region of regions) {
      const { opened } = await roundTrip({ ...DEFAULT_SNAPSHOT, region, sdkAppId: '1400000000' });
      expect(opened.snapshot.region).toEqual(region);
    }
  });

  it('keeps non-ASCII identifiers and half-typed SDKAppIDs', async () => {
    const next = rng(7);
    for (let i = 0; i < 200; i++) {
      const snapshot = {
        ...DEFAULT_SNAPSHOT,
        identifier: randomText(next, 40),
        sdkAppId: randomText(next, 10),
      };
      expect((await roundTrip(snapshot)).opened.snapshot).toEqual(snapshot);
    }
  });

  it('stores nothing for the default request, and opens it with nothing set', async () => {
    const { made, opened } = await roundTrip(DEFAULT_SNAPSHOT);
    expect(made.fragment).toBe('r1.p.e30'); // base64url of "{}"
    expect(opened.set).toEqual([]);
    expect(opened.warnings).toEqual([]);
  });

  it('lists what the link set, in words', async () => {
    const { opened } = await roundTrip(
      {
        region: { kind: 'region', id: 'singapore', backup: false },
        sdkAppId: '1400000000',
        identifier: 'admin',
        endpoint: 'get_list',
        body: body({ From_Account: 'alice', AssistFlags: 15 }),
      },
      VECTORS[0]!.userSigNodeSdk,
    );
    expect(opened.set).toEqual([
      'Region: singapore',
      'SDKAppID: 1400000000',
      'Identifier: admin',
      'From_Account: alice',
      'AssistFlags: 15',
      'UserSig: included',
    ]);
    expect(opened.userSig).toBe(VECTORS[0]!.userSigNodeSdk);
    expect(opened.warnings.join(' ')).toMatch(/carries a UserSig/);
  });

  it('names regions through regionLabel and warns about custom hosts', async () => {
    const made = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, region: { kind: 'region', id: 'silicon-valley', backup: true } },
      ENCODE,
    );
    const opened = await decodeShareFragment(made.ok ? made.fragment : '', {
      ...DECODE,
      regionLabel: (id) => (id === 'silicon-valley' ? 'Silicon Valley' : id),
    });
    expect(opened.ok && opened.set).toEqual(['Region: Silicon Valley (backup domain)']);
    const custom = await roundTrip({
      ...DEFAULT_SNAPSHOT,
      region: { kind: 'custom', host: 'evil.example' },
    });
    expect(custom.opened.set).toEqual(['Custom host: evil.example']);
    expect(custom.opened.warnings.join(' ')).toMatch(/custom host "evil.example"/);
  });

  it('accepts the fragment with its "#" and builds a full link', async () => {
    const made = await encodeShareFragment({ ...DEFAULT_SNAPSHOT, identifier: 'bob' }, ENCODE);
    if (!made.ok) throw new Error(en(made.message));
    const href = withShareFragment('https://example.com/play/?x=1#old', made.fragment);
    expect(href).toBe(`https://example.com/play/?x=1#${made.fragment}`);
    const opened = await decodeShareFragment(new URL(href).hash, DECODE);
    expect(opened.ok && opened.snapshot.identifier).toBe('bob');
  });

  it('compresses only when that makes the link shorter', async () => {
    const short = await encodeShareFragment({ ...DEFAULT_SNAPSHOT, identifier: 'bob' }, ENCODE);
    expect(short).toMatchObject({ ok: true, compressed: false });
    expect(short.ok && short.fragment.startsWith('r1.p.')).toBe(true);
    const long = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, body: JSON.stringify({ To_Account: Array(50).fill('user_0001') }) },
      ENCODE,
    );
    expect(long).toMatchObject({ ok: true, compressed: true });
    expect(long.ok && long.fragment.startsWith('r1.d.')).toBe(true);
  });
});

describe('making a link refuses what must not travel', () => {
  const V = VECTORS[0]!;

  it('includes a UserSig only when passed, and only a well-formed one', async () => {
    const without = await encodeShareFragment(DEFAULT_SNAPSHOT, ENCODE);
    const opened = await decodeShareFragment(without.ok ? without.fragment : '', DECODE);
    expect(opened.ok && 'userSig' in opened).toBe(false);
    for (const bad of ['', 'has space', 'eJw+standard/base64=', 'x'.repeat(4097)]) {
      expect(
        await encodeShareFragment(DEFAULT_SNAPSHOT, { ...ENCODE, userSig: bad }),
      ).toMatchObject({ ok: false, reason: 'bad-usersig' });
    }
  });

  it.each<[string, Partial<RequestSnapshot>]>([
    [
      'a pasted request URL in the body',
      { body: `?identifier=admin&usersig=${V.userSigNodeSdk}&x=1` },
    ],
    ['a UserSig as a body value', { body: JSON.stringify({ From_Account: V.userSigStoredZlib }) }],
    ['a UserSig as the identifier', { identifier: V.userSigNodeSdk }],
    ['a UserSig in a custom host', { region: { kind: 'custom', host: `${V.userSigNodeSdk}.x` } }],
  ])('refuses %s', async (_label, change) => {
    const r = await encodeShareFragment({ ...DEFAULT_SNAPSHOT, ...change }, ENCODE);
    expect(r).toMatchObject({ ok: false, reason: 'contains-usersig' });
    expect(!r.ok && r.message).toMatch(/Include UserSig/);
  });

  // The key is not shaped like anything: it is found by its text, which the page knows.
  const KEY = 'c0ffee00deadbeef5ec7e7'.padEnd(64, '0123456789abcdef');
  it.each<[string, Partial<RequestSnapshot>]>([
    ['the body', { body: JSON.stringify({ From_Account: KEY }) }],
    ['the identifier', { identifier: `x${KEY}x` }],
    ['the SDKAppID', { sdkAppId: KEY }],
    ['the custom host', { region: { kind: 'custom', host: `${KEY}.example` } }],
  ])('refuses the secret key in %s, like a UserSig', async (name, change) => {
    const r = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, ...change },
      {
        ...ENCODE,
        secrets: [KEY],
      },
    );
    expect(r).toMatchObject({ ok: false, reason: 'contains-key' });
    expect(!r.ok && r.message).toBe(
      `The ${name.replace('the ', '')} holds the secret key, and a link would hand it to everyone who opens it. Remove it.`,
    );
  });

  it('looks only for secrets long enough not to match ordinary text', async () => {
    const body = JSON.stringify({ From_Account: 'alice' });
    const r = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, body },
      {
        ...ENCODE,
        secrets: ['alice', '', 'short'],
      },
    );
    expect(r.ok).toBe(true);
  });

  it('lets UserSig-alphabet text that is not a UserSig through', async () => {
    const text = 'eJ' + 'abcdefghij'.repeat(10);
    const r = await encodeShareFragment({ ...DEFAULT_SNAPSHOT, identifier: text }, ENCODE);
    expect(r.ok).toBe(true);
  });

  it('refuses a request too large for a link, instead of making one that cannot open', async () => {
    const next = rng(8);
    let noise = '';
    for (let i = 0; i < 20000; i++) noise += String.fromCharCode(33 + Math.floor(next() * 90));
    const r = await encodeShareFragment({ ...DEFAULT_SNAPSHOT, body: noise }, ENCODE);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    const bomb = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, body: ' '.repeat(70 * 1024) },
      ENCODE,
    );
    expect(bomb).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('makes links up to the limit that still open', async () => {
    const next = rng(9);
    let noise = '';
    for (let i = 0; i < 11000; i++) noise += String.fromCharCode(97 + Math.floor(next() * 26));
    const r = await encodeShareFragment({ ...DEFAULT_SNAPSHOT, body: noise }, ENCODE);
    if (!r.ok) throw new Error(en(r.message));
    expect(r.fragment.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT_CHARS);
    expect((await decodeShareFragment(r.fragment, DECODE)).ok).toBe(true);
  });
});

describe('link size', () => {
  const typical = (region: RequestSnapshot['region'], sdkAppId: string, identifier: string) => ({
    region,
    sdkAppId,
    identifier,
    endpoint: 'get_list',
    body: body({ From_Account: 'alice' }),
  });
  const sgp = { kind: 'region', id: 'singapore', backup: false } as const;

  it.each<[string, RequestSnapshot, number]>([
    [
      'sandbox, 1400000000, administrator',
      typical({ kind: 'sandbox' }, '1400000000', 'administrator'),
      63,
    ],
    ['singapore, 1400000000, administrator', typical(sgp, '1400000000', 'administrator'), 87],
    ['singapore, 10-digit id, administrator', typical(sgp, '2034567891', 'administrator'), 92],
    ['singapore, 10-digit id, another admin', typical(sgp, '2034567891', 'admin_ops'), 109],
    [
      'backup domain, compact body',
      {
        ...typical(
          { kind: 'region', id: 'silicon-valley', backup: true },
          '1400000000',
          'administrator',
        ),
        body: body({ From_Account: 'alice' }, 2),
      },
      100,
    ],
  ])(
    'a typical get_list link (%s) is at most 200 characters',
    async (_label, snapshot, expected) => {
      const r = await encodeShareFragment(snapshot, ENCODE);
      if (!r.ok) throw new Error(en(r.message));
      expect(r.fragment.length).toBeLessThanOrEqual(200);
      // Measured in Node (compressed sizes vary a little between zlib builds); a format change
      // that grows links past this margin should be a deliberate one.
      expect(r.fragment.length).toBeLessThanOrEqual(expected + 8);
    },
  );
});
