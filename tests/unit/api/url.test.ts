// The exact request URL, the random, and the masked URL shown on screen.
import { describe, expect, it } from 'vitest';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import {
  buildExactRequest,
  buildRequestUrl,
  maskUserSigs,
  randomUint32,
  USERSIG_MASK,
} from '../../../src/lib/api/url';
import { VECTORS } from '../fixtures/vectors';
import { rng } from '../usersig/helpers';
import { docSampleUrl } from './doc-page';

const USERSIG_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_';
const parts = {
  origin: 'https://console.tim.qq.com',
  path: GET_LIST.path,
  sdkAppId: '1400000000',
  identifier: 'administrator',
  userSig: 'eJyrVgrxCdYrSy1SslIy0jNQ0gHz*-_',
  random: 12345,
};

describe('buildRequestUrl', () => {
  it('reproduces the get_list page’s sample URL exactly', () => {
    const url = buildRequestUrl({
      origin: 'https://xxxxxx',
      path: 'v4/recentcontact/get_list',
      sdkAppId: 88888888,
      identifier: 'admin',
      userSig: 'xxx',
      random: 99999999,
    });
    expect(url).toBe(docSampleUrl());
  });

  it('puts the query in the documented order', () => {
    const url = new URL(buildRequestUrl(parts));
    expect([...url.searchParams.keys()]).toEqual([
      'sdkappid',
      'identifier',
      'usersig',
      'random',
      'contenttype',
    ]);
    expect(url.searchParams.get('contenttype')).toBe('json');
    expect(url.origin + url.pathname).toBe('https://console.tim.qq.com/v4/recentcontact/get_list');
  });

  it('tolerates a trailing slash on the origin and a leading slash on the path', () => {
    expect(buildRequestUrl({ ...parts, origin: 'https://h.example/', path: '/v4/x' })).toMatch(
      /^https:\/\/h\.example\/v4\/x\?sdkappid=/,
    );
  });

  it.each([
    // Expected encodings are the UTF-8 bytes of each character in percent form, computed here by
    // encodeURIComponent, which agrees with form encoding for these characters.
    ['管理员'],
    ['admin 😀'],
    ['a+b&c=d/e?f#g%h'],
    ['é\u0301'],
  ])('encodes the identifier %j as form data and it decodes back', (identifier) => {
    const url = buildRequestUrl({ ...parts, identifier });
    const raw = /[?&]identifier=([^&]*)/.exec(url)?.[1];
    expect(raw).toBe(encodeURIComponent(identifier).replace(/%20/g, '+'));
    expect(new URL(url).searchParams.get('identifier')).toBe(identifier);
    // Nothing non-ASCII is left in the URL.
    expect(url).toMatch(/^[\x21-\x7e]+$/);
  });

  it('passes the whole UserSig alphabet through unchanged', () => {
    const url = buildRequestUrl({ ...parts, userSig: USERSIG_ALPHABET });
    expect(url).toContain(`&usersig=${USERSIG_ALPHABET}&`);
    for (const v of VECTORS) {
      expect(buildRequestUrl({ ...parts, userSig: v.userSigNodeSdk })).toContain(
        `usersig=${v.userSigNodeSdk}&`,
      );
    }
  });

  it('sends the SDKAppID and random as given', () => {
    const url = new URL(buildRequestUrl({ ...parts, sdkAppId: '1400000001', random: 4294967295 }));
    expect(url.searchParams.get('sdkappid')).toBe('1400000001');
    expect(url.searchParams.get('random')).toBe('4294967295');
  });
});

describe('buildExactRequest', () => {
  it('is a POST with the body byte for byte, its URL masked, and the parts it was made of', () => {
    const body = '{\r\n "From_Account": "管理员\\u0000",\t"x": \'\'}\n\n';
    expect(buildExactRequest(parts, body)).toEqual({
      method: 'POST',
      url: buildRequestUrl(parts),
      maskedUrl: maskUserSigs(buildRequestUrl(parts)),
      body,
      parts,
    });
  });
});

describe('randomUint32', () => {
  it('covers both ends of the range through the injected source', () => {
    expect(randomUint32((a) => a.fill(0))).toBe(0);
    expect(randomUint32((a) => a.fill(0xffffffff))).toBe(4294967295);
    let seen: unknown = null;
    randomUint32((a) => {
      seen = a;
      return a;
    });
    expect(seen).toBeInstanceOf(Uint32Array);
    expect((seen as Uint32Array).length).toBe(1);
  });

  it('draws integers from 0 to 4294967295 from the platform, fresh each time', () => {
    const draws = Array.from({ length: 2000 }, () => randomUint32());
    for (const n of draws) {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(4294967295);
    }
    // 2000 draws from 2^32 values collide with probability below 0.1%.
    expect(new Set(draws).size).toBeGreaterThan(1995);
    // Both halves of the range occur (the top bit is used).
    expect(draws.some((n) => n >= 2 ** 31)).toBe(true);
    expect(draws.some((n) => n < 2 ** 31)).toBe(true);
  });
});

describe('maskUserSigs', () => {
  const substrings = (s: string, len: number) =>
    Array.from({ length: s.length - len + 1 }, (_, k) => s.slice(k, k + len));

  it('hides every 4-character piece of real UserSigs, telling only the length', () => {
    for (const v of VECTORS) {
      for (const sig of [v.userSigNodeSdk, v.userSigStoredZlib]) {
        const masked = maskUserSigs(
          buildRequestUrl({ ...parts, identifier: v.identifier, userSig: sig }),
        );
        for (const piece of substrings(sig, 4)) expect(masked, piece).not.toContain(piece);
        expect(masked).toContain(
          `usersig=${USERSIG_MASK}(${sig.length} characters hidden)&random=12345`,
        );
      }
    }
  });

  it('depends on the UserSig only through its length', () => {
    const next = rng(11);
    for (let n = 0; n < 300; n++) {
      const len = 1 + Math.floor(next() * 400);
      const sig = () =>
        Array.from({ length: len }, () => USERSIG_ALPHABET[Math.floor(next() * 65)]).join('');
      const a = maskUserSigs(buildRequestUrl({ ...parts, userSig: sig() }));
      const b = maskUserSigs(buildRequestUrl({ ...parts, userSig: sig() }));
      expect(a).toBe(b);
    }
  });

  it('leaves the rest of the URL as it was', () => {
    const url = buildRequestUrl(parts);
    const masked = maskUserSigs(url);
    const [before, after] = url.split(parts.userSig);
    expect(masked.startsWith(before ?? '')).toBe(true);
    expect(masked.endsWith(after ?? '')).toBe(true);
  });

  it('masks a UserSig given twice, in any case, and a percent-encoded one', () => {
    const url = 'https://h/p?usersig=abcdefgh&x=1&UserSig=ijklmnop#frag';
    const masked = maskUserSigs(url);
    expect(masked).toBe(
      `https://h/p?usersig=${USERSIG_MASK}(8 characters hidden)&x=1&UserSig=${USERSIG_MASK}(8 characters hidden)#frag`,
    );
    // "a+b/c=" as a query value is a%2Bb%2Fc%3D: six characters of UserSig, not ten of URL.
    const enc = maskUserSigs(buildRequestUrl({ ...parts, userSig: 'a+b/c=' }));
    expect(enc).toContain('(6 characters hidden)');
    expect(enc).not.toMatch(/%2B|%2F|%3D/);
  });

  it('changes nothing the second time, and leaves the mask history wrote before alone', () => {
    for (const sig of ['', 'x', VECTORS[0]?.userSigNodeSdk ?? 'eJy']) {
      const once = maskUserSigs(buildRequestUrl({ ...parts, userSig: sig }));
      expect(maskUserSigs(once)).toBe(once);
    }
    const legacy = 'https://h/p?usersig=[UserSig removed]&random=1';
    expect(maskUserSigs(legacy)).toBe(legacy);
  });

  it('stops at the end of a URL inside other text', () => {
    expect(maskUserSigs('{"url":"https://h/p?usersig=abc","x":"y"} then ?UserSig=de f')).toBe(
      `{"url":"https://h/p?usersig=${USERSIG_MASK}(3 characters hidden)","x":"y"} then ?UserSig=${USERSIG_MASK}(2 characters hidden) f`,
    );
  });

  it('says so when the UserSig is empty and changes nothing without one', () => {
    expect(maskUserSigs(buildRequestUrl({ ...parts, userSig: '' }))).toContain('usersig=(empty)&');
    expect(maskUserSigs('https://h/p?a=1')).toBe('https://h/p?a=1');
    expect(maskUserSigs(buildRequestUrl({ ...parts, userSig: 'x' }))).toContain(
      '(1 character hidden)',
    );
  });
});
