import { describe, expect, it } from 'vitest';
import { en, inEnglish, inEnglishAsync } from '../i18n/texts';
import { defaultBodyText } from '../../../src/lib/api/body-defaults';
import { ENDPOINTS } from '../../../src/lib/api/endpoints';
import { REGIONS } from '../../../src/lib/api/regions';
import type { RequestSnapshot } from '../../../src/lib/api/types';
import { decodeShareFragment, packShareFragment, SHARE_R1_DEFAULTS } from '../../../src/lib/share';
import {
  APP_SHARE_DECODE_OPTIONS,
  describeLinkedUserSig as describeMessages,
  makeShareLink as makeMessages,
  openShareFragment as openMessages,
  sandboxNote as sandboxMessage,
  splitWarnings,
  withoutFragment,
} from '../../../src/lib/share/link';
import { decodeUserSig, genUserSig } from '../../../src/lib/usersig';
import { DEFAULT_SNAPSHOT } from './helpers';

// The sentences a person reads, in English.
const makeShareLink = inEnglishAsync(makeMessages);
const openShareFragment = inEnglishAsync(openMessages);
const describeLinkedUserSig = inEnglish(describeMessages);
const sandboxNote = inEnglish(sandboxMessage);

const PAGE = 'https://tools.example/playground/?x=1';

const SINGAPORE: RequestSnapshot = {
  region: { kind: 'region', id: 'singapore', backup: false },
  sdkAppId: '1400012345',
  identifier: 'administrator',
  endpoint: 'get_list',
  body: JSON.stringify(
    { ...(JSON.parse(SHARE_R1_DEFAULTS.body) as object), From_Account: 'alice', AssistFlags: 15 },
    null,
    2,
  ),
};

const sign = (identifier: string, sdkAppId: number, now = Date.now) =>
  genUserSig({ sdkAppId, key: 'k', identifier, expire: 3600 }, { now });

describe("the app's share links", () => {
  it("open with the app's regions, endpoints and region names", () => {
    expect(APP_SHARE_DECODE_OPTIONS.defaults).toBe(SHARE_R1_DEFAULTS);
    expect(APP_SHARE_DECODE_OPTIONS.knownRegionIds).toEqual(REGIONS.map((r) => r.id));
    const known = APP_SHARE_DECODE_OPTIONS.isKnownEndpoint;
    for (const e of ENDPOINTS) expect(known?.(e.id), e.id).toBe(true);
    expect(known?.('raw:v4/openim/sendmsg')).toBe(true);
    expect(known?.('raw:v4/openim')).toBe(false);
    expect(known?.('drop_tables')).toBe(false);
    expect(APP_SHARE_DECODE_OPTIONS.regionLabel?.('singapore')).toBe('Singapore');
  });

  it('make a whole link for the page, replacing any fragment it had, short for a typical request', async () => {
    const made = await makeShareLink(`${PAGE}#old`, SINGAPORE);
    if (!made.ok) throw new Error(en(made.message));
    expect(made.link).toBe(`${PAGE}#${made.fragment}`);
    expect(made.withUserSig).toBe(false);
    expect(made.fragment.length).toBeLessThanOrEqual(200);
    const opened = await openShareFragment(new URL(made.link).hash);
    expect(opened).toMatchObject({ kind: 'opened', snapshot: SINGAPORE, userSig: null });
  });

  it('carry a UserSig only when given one, and say why not when it is missing', async () => {
    const userSig = await sign('administrator', 1400012345);
    const made = await makeShareLink(PAGE, SINGAPORE, userSig);
    expect(made).toMatchObject({ ok: true, withUserSig: true });
    const missing = await makeShareLink(PAGE, SINGAPORE, '');
    expect(missing).toMatchObject({ ok: false, message: expect.stringMatching(/no UserSig/) });
  });

  it('refuse a request that holds a UserSig, in a sentence', async () => {
    const userSig = await sign('administrator', 1400012345);
    const made = await makeShareLink(PAGE, { ...SINGAPORE, body: `{"From_Account":"${userSig}"}` });
    expect(made).toMatchObject({
      ok: false,
      message: expect.stringMatching(/body holds a UserSig/),
    });
  });

  it('refuse a request that holds the secret key, in a sentence', async () => {
    const key = 'LEAK-CANARY-0d41-4b6a-9f55';
    const body = `{"From_Account":"${key}"}`;
    expect(await makeShareLink(PAGE, { ...SINGAPORE, body }, undefined, [key])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/body holds the secret key/),
    });
  });

  it('carry a raw-mode request (its path in the endpoint id, a free body) there and back', async () => {
    const raw: RequestSnapshot = {
      ...SINGAPORE,
      endpoint: 'raw:v4/openim/sendmsg',
      body: '{\n  "To_Account": "bob",\n  "MsgBody": [{ "MsgType": "TIMTextElem" }]\n}',
    };
    const made = await makeShareLink(PAGE, raw);
    if (!made.ok) throw new Error(en(made.message));
    const opened = await openShareFragment(made.fragment);
    expect(opened).toMatchObject({ kind: 'opened', snapshot: raw });
    expect(opened.kind === 'opened' && opened.set).toContain('Endpoint: raw:v4/openim/sendmsg');
  });

  it('open a link from before the endpoint picker (no endpoint in it) as get_list', async () => {
    // As links were made when get_list was the only endpoint: no "e", only what differs.
    const old = await packShareFragment('{"a":"1400012345","b":{"From_Account":"alice"}}', 'p');
    const opened = await openShareFragment(old);
    if (opened.kind !== 'opened') throw new Error(opened.kind);
    expect(opened.snapshot.endpoint).toBe('get_list');
    expect(JSON.parse(opened.snapshot.body)).toEqual({
      ...(JSON.parse(SHARE_R1_DEFAULTS.body) as object),
      From_Account: 'alice',
    });
  });

  it('carry every endpoint of the family, nested rows included, there and back (issue 16)', async () => {
    for (const e of ENDPOINTS) {
      const body = defaultBodyText(e).replace('"From_Account": ""', '"From_Account": "alice"');
      const snapshot: RequestSnapshot = { ...SINGAPORE, endpoint: e.id, body };
      const made = await makeShareLink(PAGE, snapshot);
      if (!made.ok) throw new Error(`${e.id}: ${made.message}`);
      expect(await openShareFragment(made.fragment), e.id).toMatchObject({
        kind: 'opened',
        snapshot,
      });
    }
  });

  it('open links made before the family was added exactly as they opened then', async () => {
    // Made by the code of 4d97ee2 (makeShareLink of each endpoint's default body for alice on
    // the sandbox): their fragments must keep giving back these very bodies.
    const made = [
      [
        'get_list',
        'r1.d.q1ZKVLJSMjQxgAIlHaUkJatqJbei_Nx4x-Tk_NK8EiUrpcSczORUpdpaAA',
        '{\n  "From_Account": "alice",\n  "TimeStamp": 0,\n  "StartIndex": 0,\n  "TopTimeStamp": 0,\n  "TopStartIndex": 0,\n  "AssistFlags": 7\n}',
      ],
      [
        'delete',
        'r1.d.Vco7CoAwEATQq4SpUyRglU4EDyCWCxLjFkI-IrEQ8e7iF5xuZt4GCwNdqCeQYBgM7DkzJDIMNopCEOo5ha50Li0xE4wgWD86Jsj7b9eJz12_Pf31ByvPdm5s6P3lFcUd-wE',
        '{\n  "From_Account": "alice",\n  "Type": 1,\n  "To_Account": "",\n  "ClearRamble": 0\n}',
      ],
      [
        'get_c2c_unread_msg_num',
        'r1.d.LcGxCoAgFEDRX5E7N1Q0ufUPjQ8eYuLkE0on8d9bOmcQ8GzH-mMh4cmpadyjdntSuLW8Wa0XFhqeIeaccFU9Y6zdmuCdIIhN5gc',
        '{\n  "To_Account": ""\n}',
      ],
      [
        'get_contact_group',
        'r1.d.LcmxCoAgEAbgV5F_djBocmsJmlsPRC6RoM6QE4Lo3SPqW78LER5d736wSPDISQMX0cgaci3tgIXC4yIxhjDWsoeBuTRRgjeEuK2cCPb7WWPVSZZ0vutIbtwP',
        '{\n  "From_Account": "alice",\n  "StartIndex": 0\n}',
      ],
    ] as const;
    for (const [endpoint, fragment, body] of made) {
      expect(await openShareFragment(fragment), endpoint).toMatchObject({
        kind: 'opened',
        snapshot: { region: { kind: 'sandbox' }, sdkAppId: '1400000000', endpoint, body },
      });
    }
  });

  it('refuse a raw id whose path is not one, saying which', async () => {
    const bad = await packShareFragment('{"e":"raw:v4/../admin"}', 'p');
    const opened = await openShareFragment(bad);
    expect(opened).toMatchObject({ kind: 'failed', reason: 'unknown-endpoint' });
    expect(opened.kind === 'failed' && opened.message).toContain('raw:v4/../admin');
  });

  it('drop the fragment from an address', () => {
    expect(withoutFragment(`${PAGE}#r1.p.e30`)).toBe(PAGE);
    expect(withoutFragment(PAGE)).toBe(PAGE);
    expect(withoutFragment(`${PAGE}#`)).toBe(PAGE);
  });
});

describe('opening the fragment of the address', () => {
  it.each(['', '#', '#main', 'section-2'])('ignores %j quietly', async (hash) => {
    expect(await openShareFragment(hash)).toEqual({ kind: 'none' });
  });

  it.each([
    ['r2.p.e30', 'unknown-version'],
    ['r1.p.eyJ6eiI6MX0', 'unknown-fields'],
    [`r1.p.${'A'.repeat(20_000)}`, 'too-large'],
    ['r1.p.eyJhIjo', 'truncated'],
  ])('says why %s cannot be opened', async (hash, reason) => {
    const opened = await openShareFragment(hash);
    expect(opened).toMatchObject({ kind: 'failed', reason });
    if (opened.kind === 'failed') expect(en(opened.message).length).toBeGreaterThan(20);
  });

  it('puts the warnings about a credential reaching someone else first', async () => {
    const userSig = await sign('administrator', 1400012345);
    const made = await makeShareLink(
      PAGE,
      {
        ...SINGAPORE,
        region: { kind: 'custom', host: 'https://collector.example' },
        identifier: '<b>x</b>',
      },
      userSig,
    );
    if (!made.ok) throw new Error(en(made.message));
    const opened = await openShareFragment(made.fragment);
    if (opened.kind !== 'opened') throw new Error(opened.kind);
    expect(opened.serious).toEqual([
      expect.stringMatching(/custom host "https:\/\/collector.example".*receives the UserSig/),
      expect.stringMatching(/carries a UserSig/),
    ]);
    expect(opened.other).toEqual([expect.stringMatching(/identifier contains markup/)]);
    expect(opened.userSig).toMatchObject({
      text: userSig,
      decoded: { ok: true, identifier: 'administrator', sdkAppId: 1400012345 },
      mismatches: [expect.stringMatching(/identifier "administrator", not "<b>x<\/b>"/)],
    });
  });

  it('keeps the split in step with the library: every serious warning it writes is found', async () => {
    const made = await makeShareLink(
      PAGE,
      { ...SINGAPORE, region: { kind: 'custom', host: 'localhost:8787' } },
      await sign('administrator', 1400012345),
    );
    if (!made.ok) throw new Error(en(made.message));
    const result = await decodeShareFragment(made.fragment, APP_SHARE_DECODE_OPTIONS);
    if (!result.ok) throw new Error(en(result.message));
    expect(splitWarnings(result.warnings)).toEqual({ serious: result.warnings, other: [] });
  });
});

describe('a UserSig from a link', () => {
  it('is described with its expiry and where it disagrees with the request', async () => {
    const userSig = await sign('mallory', 1400099999, () => Date.UTC(2024, 0, 1));
    const linked = describeLinkedUserSig(userSig, await decodeUserSig(userSig), SINGAPORE);
    expect(linked.decoded).toEqual({
      ok: true,
      identifier: 'mallory',
      sdkAppId: 1400099999,
      expiresAt: Date.UTC(2024, 0, 1) / 1000 + 3600,
    });
    expect(linked.mismatches).toEqual([
      'It was signed for SDKAppID 1400099999, not 1400012345 as in the request.',
      'It was signed for identifier "mallory", not "administrator" as in the request.',
    ]);
  });

  it('that does not decode says why', async () => {
    const linked = describeLinkedUserSig('abc', await decodeUserSig('abc'), SINGAPORE);
    expect(linked).toMatchObject({ decoded: { ok: false }, mismatches: [] });
  });
});

describe('the sandbox note', () => {
  const sandboxLoaded = { sdkAppId: '1400000000', identifier: 'administrator' };

  it('is empty when the sandbox took what the link said', () => {
    expect(sandboxNote(DEFAULT_SNAPSHOT, sandboxLoaded)).toBe('');
    expect(sandboxNote({ ...DEFAULT_SNAPSHOT, sdkAppId: '1400000000' }, sandboxLoaded)).toBe('');
    expect(sandboxNote(SINGAPORE, { sdkAppId: '', identifier: '' })).toBe('');
  });

  it("says so when the sandbox kept its own values over the link's", () => {
    expect(sandboxNote({ ...DEFAULT_SNAPSHOT, identifier: 'alice' }, sandboxLoaded)).toMatch(
      /own public SDKAppID and identifier/,
    );
  });
});
