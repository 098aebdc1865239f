import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, inEnglishAsync } from '../i18n/texts';
import {
  decodeShareFragment as decodeMessages,
  encodeShareFragment,
  MAX_SHARE_FRAGMENT_CHARS,
  packShareFragment,
  SHARE_R1_DEFAULTS,
} from '../../../src/lib/share';
import { bytesToBase64Url } from '../../../src/lib/share/wire';
import { DECODE, DEFAULT_SNAPSHOT } from './helpers';

// The sentences a person reads, in English.
const decodeShareFragment = inEnglishAsync(decodeMessages);

const plain = (json: string) => packShareFragment(json, 'p');
const deflated = (json: string) => packShareFragment(json, 'd');

async function refused(fragment: string, options = DECODE) {
  const r = await decodeShareFragment(fragment, options);
  if (r.ok) throw new Error(`opened ${fragment.slice(0, 80)}`);
  expect(en(r.message).length).toBeGreaterThan(20);
  return r;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('opening a bad link gives a reason and a sentence', () => {
  it.each(['', '#'])('calls %j empty', async (fragment) => {
    expect(await refused(fragment)).toMatchObject({ reason: 'empty' });
  });

  it.each(['#main', 'x1.p.e30', 'R1.p.e30', 'r.p.e30', 'r1x.p.e30'])(
    'says %j is not a share link',
    async (fragment) => {
      expect(await refused(fragment)).toMatchObject({ reason: 'not-share-link' });
    },
  );

  it.each(['r0.p.e30', 'r2.p.e30', 'r99.d.AAAA', 'r123456.x'])(
    'says %j is a version it cannot read, naming it',
    async (fragment) => {
      const r = await refused(fragment);
      expect(r.reason).toBe('unknown-version');
      expect(r.message).toContain(`r${Number(fragment.slice(1, fragment.indexOf('.')))}`);
    },
  );

  it('says every cut of a link is incomplete or damaged, never opening one', async () => {
    const made = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, identifier: 'someone', sdkAppId: '1400000000' },
      { defaults: SHARE_R1_DEFAULTS },
    );
    const big = await encodeShareFragment(
      { ...DEFAULT_SNAPSHOT, body: JSON.stringify({ To_Account: Array(40).fill('user_01') }) },
      { defaults: SHARE_R1_DEFAULTS },
    );
    for (const link of [made, big]) {
      if (!link.ok) throw new Error(en(link.message));
      let truncated = 0;
      for (let len = 1; len < link.fragment.length; len++) {
        const r = await refused(link.fragment.slice(0, len));
        expect(['truncated', 'corrupt'], `cut at ${len}`).toContain(r.reason);
        if (r.reason === 'truncated') truncated++;
      }
      // Most cuts are recognised as cuts, not as damage.
      expect(truncated).toBeGreaterThan(link.fragment.length / 2);
    }
  });

  it.each([
    ['an unknown mode letter', 'r1.x.e30'],
    ['a missing dot after the mode', 'r1.pe30'],
    ['characters outside base64url', 'r1.p.e3+='],
    ['bytes that are not deflate', 'r1.d.____'],
    ['bytes that are not UTF-8', `r1.p.${bytesToBase64Url(Uint8Array.of(0x7b, 0xff, 0x7d))}`],
  ])('says %s is damaged', async (_label, fragment) => {
    expect(await refused(fragment)).toMatchObject({ reason: 'corrupt' });
  });

  it('refuses a fragment over 16 KB before any decompression', async () => {
    let streams = 0;
    const Real = DecompressionStream;
    vi.stubGlobal(
      'DecompressionStream',
      class extends Real {
        constructor(format: CompressionFormat) {
          super(format);
          streams++;
        }
      },
    );
    const valid = await deflated(JSON.stringify({ i: 'x'.repeat(10) }));
    const padded = valid + 'A'.repeat(MAX_SHARE_FRAGMENT_CHARS + 1 - valid.length);
    expect(padded.length).toBe(MAX_SHARE_FRAGMENT_CHARS + 1);
    expect(await refused(padded)).toMatchObject({ reason: 'too-large' });
    expect(await refused(`#r1.d.${'A'.repeat(1_000_000)}`)).toMatchObject({ reason: 'too-large' });
    expect(streams).toBe(0);
    // The same stub does count a link of allowed size, so the zero above means something.
    await decodeShareFragment(valid, DECODE);
    expect(streams).toBe(1);
  });

  it('stops inflating a decompression bomb at the cap', async () => {
    const bomb = await deflated(JSON.stringify({ t: ' '.repeat(5_000_000) }));
    expect(bomb.length).toBeLessThan(MAX_SHARE_FRAGMENT_CHARS);
    expect(await refused(bomb)).toMatchObject({ reason: 'too-large' });
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"r"'],
    ['null', 'null'],
    ['a number for the identifier', '{"i":1}'],
    ['null for the SDKAppID', '{"a":null}'],
    ['an object for the endpoint', '{"e":{}}'],
    ['an array for the body fields', '{"b":[]}'],
    ['a string for the removed fields', '{"b":{},"x":"TimeStamp"}'],
    ['a number among the removed fields', '{"b":{},"x":[1]}'],
    ['a removed field named twice', '{"b":{},"x":["TimeStamp","TimeStamp"]}'],
    ['an unknown layout', '{"b":{},"f":3}'],
    ['a layout without body fields', '{"f":2}'],
    ['removed fields without body fields', '{"x":["TimeStamp"]}'],
    ['body text and body fields together', '{"b":{},"t":"x"}'],
    ['a region in no known form', '{"r":"singapore"}'],
    ['a number for the region', '{"r":1}'],
    ['a UserSig that is a number', '{"u":123}'],
    ['removing a field the default lacks', '{"b":{},"x":["Nope"]}'],
    ['removing a field it also sets', '{"b":{"TimeStamp":1},"x":["TimeStamp"]}'],
  ])('refuses %s as wrong types', async (_label, json) => {
    for (const fragment of [await plain(json), await deflated(json)]) {
      expect(await refused(fragment)).toMatchObject({ reason: 'wrong-types' });
    }
  });

  it.each([
    ['an unknown key', '{"i":"x","z":1}'],
    ['a key from a later version', '{"v":2}'],
    ['a __proto__ key', '{"__proto__":{"i":"x"}}'],
    ['a key that differs in case', '{"I":"x"}'],
  ])('refuses %s as unknown fields', async (_label, json) => {
    const r = await refused(await plain(json));
    expect(r.reason).toBe('unknown-fields');
    expect(({} as Record<string, unknown>).i).toBeUndefined();
  });

  it('refuses invalid JSON text, naming a cut when it stops early', async () => {
    expect(await refused(await plain('{"i":"adm'))).toMatchObject({ reason: 'truncated' });
    expect(await refused(await plain('{"i":"x"}}'))).toMatchObject({ reason: 'corrupt' });
    expect(await refused(await plain("{'i':'x'}"))).toMatchObject({ reason: 'corrupt' });
  });

  it('refuses payloads nested too deeply to rebuild safely', async () => {
    const deep = `{"b":{"a":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    expect(await refused(await deflated(deep))).toMatchObject({ reason: 'too-large' });
  });

  it('refuses an unknown region and, when given the list, an unknown endpoint', async () => {
    const r = await refused(await plain('{"r":"r:mars"}'));
    expect(r).toMatchObject({ reason: 'unknown-region' });
    expect(r.message).toContain('"mars"');
    expect(await refused(await plain('{"r":"b:"}'))).toMatchObject({ reason: 'unknown-region' });
    const link = await plain('{"e":"drop_tables"}');
    expect((await decodeShareFragment(link, DECODE)).ok).toBe(true);
    expect(await refused(link, { ...DECODE, knownEndpointIds: ['get_list'] })).toMatchObject({
      reason: 'unknown-endpoint',
    });
  });

  it.each(['', 'has space', 'eJ+/=', `eJ${'a'.repeat(5000)}`, 'eJ\u0000'])(
    'refuses a UserSig %j that is not in the alphabet or too long',
    async (userSig) => {
      expect(await refused(await plain(JSON.stringify({ u: userSig })))).toMatchObject({
        reason: 'bad-usersig',
      });
    },
  );

  it('reads the defaults it is given, not hidden ones', async () => {
    const link = await plain('{"b":{"From_Account":"alice"}}');
    const r = await decodeShareFragment(link, {
      ...DECODE,
      defaults: { ...SHARE_R1_DEFAULTS, body: 'not json' },
    });
    expect(r).toMatchObject({ ok: false, reason: 'wrong-types' });
  });
});

/** Every value reachable from the result is a plain string, number, boolean, array or object. */
function assertPlainData(value: unknown, path = 'result'): void {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlainData(v, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object') throw new Error(`${path} is a ${typeof value}`);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null)
    throw new Error(`${path} is not a plain object`);
  for (const [k, v] of Object.entries(value)) assertPlainData(v, `${path}.${k}`);
}

describe('a link with a script payload', () => {
  const XSS = '<img src=x onerror=alert(1)>';
  const SCRIPT = '<script>alert(document.cookie)</script>';

  it('decodes as inert text, flagged in the warnings', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const link = await plain(
      JSON.stringify({
        r: `c:${XSS}`,
        a: 'javascript:alert(1)',
        i: XSS,
        e: SCRIPT,
        b: { From_Account: SCRIPT, [XSS]: 1 },
      }),
    );
    const r = await decodeShareFragment(link, DECODE);
    if (!r.ok) throw new Error(en(r.message));
    expect(r.snapshot.identifier).toBe(XSS);
    expect(r.snapshot.endpoint).toBe(SCRIPT);
    expect(r.snapshot.region).toEqual({ kind: 'custom', host: XSS });
    expect(JSON.parse(r.snapshot.body)).toMatchObject({ From_Account: SCRIPT, [XSS]: 1 });
    expect(r.set).toContain(`Identifier: ${XSS}`);
    const flagged = r.warnings.filter((w) => /markup/.test(w));
    expect(flagged.map((w) => w.split(' contains')[0])).toEqual([
      'The SDKAppID',
      'The identifier',
      'The endpoint',
      'The custom host',
      'The body',
    ]);
    assertPlainData(r);
    expect(alert).not.toHaveBeenCalled();
  });

  it('flags invisible and direction-changing characters', async () => {
    const link = await plain(JSON.stringify({ i: 'admin\u202eotartsinim' }));
    const r = await decodeShareFragment(link, DECODE);
    expect(r.ok && r.warnings.join(' ')).toMatch(/invisible or direction-changing/);
  });

  it('does not flag an ordinary request', async () => {
    const made = await encodeShareFragment(
      {
        ...DEFAULT_SNAPSHOT,
        region: { kind: 'region', id: 'tokyo', backup: false },
        sdkAppId: '1400000000',
        body: JSON.stringify(JSON.parse(SHARE_R1_DEFAULTS.body), null, 2),
      },
      { defaults: SHARE_R1_DEFAULTS },
    );
    const r = await decodeShareFragment(made.ok ? made.fragment : '', DECODE);
    expect(r).toMatchObject({ ok: true, warnings: [] });
  });
});
