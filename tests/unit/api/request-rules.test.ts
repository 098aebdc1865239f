// The shared rule set for a request's method, URL and body (the sandbox and the inspector both
// judge by it; tests/unit/inspect/agreement.test.ts runs a corpus through both).
import { describe, expect, it } from 'vitest';
import {
  bodyFinding,
  firstRefusal,
  parseQuery,
  queryValue,
  requestFindings,
  type RequestFinding,
  type ServiceFacts,
} from '../../../src/lib/api/request-rules';
import { isUint32Text } from '../../../src/lib/json/value';
import { en, english } from '../i18n/texts';

const SIG = 'eJyrVgrxCdZLrSjILEpVsjI0NTAwMDQwMjUx0FEqSy1SslJSMjIwMDMwMjUxMDY3sqwFAHm5DBI_';
const GOOD = `?sdkappid=1400000000&identifier=administrator&usersig=${SIG}&random=42&contenttype=json`;
const SANDBOX: ServiceFacts = {
  commands: ['/v4/recentcontact/get_list', '/v4/recentcontact/delete'],
  sdkAppId: 1400000000,
  name: 'the sandbox',
};

function judge(
  search: string,
  { method = 'POST' as string | null, path = '/v4/recentcontact/get_list', service = SANDBOX } = {},
): RequestFinding[] {
  return requestFindings({ method, path, query: parseQuery(search).params }, service);
}

const byName = (fs: RequestFinding[]) => Object.fromEntries(fs.map((f) => [f.name, f]));
const refusalOf = (search: string, opts: Parameters<typeof judge>[1] = {}) =>
  firstRefusal(judge(search, opts));

describe('parseQuery', () => {
  it('reads names and values as URLSearchParams does, in order, with repeats', () => {
    const search = '?a=1&b=x+y&c=%2A%2B&a=2&flag&=v&d=%E4%BD%A0';
    const { params, malformed } = parseQuery(search);
    expect(params.map((p) => [p.name, p.value])).toEqual([...new URLSearchParams(search)]);
    expect(params.map((p) => p.raw)).toEqual(['1', 'x+y', '%2A%2B', '2', '', 'v', '%E4%BD%A0']);
    expect(malformed).toEqual([]);
  });

  it('names the parameters whose "%" is not a whole escape, and keeps them as a server does', () => {
    const search = '?usersig=abc%zz&x=%E4&ok=%41';
    const { params, malformed } = parseQuery(search);
    expect(malformed).toEqual(['usersig', 'x']);
    expect(params.map((p) => p.value)).toEqual([...new URLSearchParams(search)].map(([, v]) => v));
    expect(queryValue(params, 'ok')).toBe('A');
    expect(queryValue(params, 'absent')).toBeNull();
  });

  it('reads the first of repeated values', () => {
    expect(queryValue(parseQuery('?a=1&a=2').params, 'a')).toBe('1');
  });
});

describe('isUint32Text', () => {
  it.each([
    ['0', true],
    ['4294967295', true],
    ['4294967296', false],
    ['-1', false],
    ['1.5', false],
    ['1e9', false],
    ['', false],
    ['00000000001', false],
  ])('%j → %s', (text, yes) => {
    expect(isUint32Text(text)).toBe(yes);
  });
});

describe('requestFindings', () => {
  it('passes a good request, every part ok, in the service order', () => {
    const fs = judge(GOOD);
    expect(fs.map((f) => [f.name, f.severity])).toEqual([
      ['method', 'ok'],
      ['path', 'ok'],
      ['sdkappid', 'ok'],
      ['identifier', 'ok'],
      ['usersig', 'ok'],
      ['random', 'ok'],
      ['contenttype', 'ok'],
    ]);
    expect(firstRefusal(fs)).toBeNull();
  });

  it.each([
    ['no random', GOOD.replace('&random=42', '')],
    ['an empty random', GOOD.replace('random=42', 'random=')],
    ['a negative random (a signed Java Integer)', GOOD.replace('random=42', 'random=-2147483648')],
    ['a random beyond 32 bits', GOOD.replace('random=42', 'random=170000000000012345678')],
    ['a random that is not a number', GOOD.replace('random=42', 'random=abc')],
  ])('accepts %s with a warning that cites the uint32 rule', (_label, search) => {
    const fs = judge(search);
    expect(byName(fs).random).toMatchObject({ severity: 'warning' });
    expect(en(byName(fs).random?.message ?? '')).toMatch(/uint32 \(0 to 4294967295\)/);
    expect(firstRefusal(fs)).toBeNull();
  });

  it('refuses in the service order: method, path, app, UserSig, then the query form', () => {
    const everything = '?sdkappid=x&contenttype=xml&a=1&a=2';
    expect(refusalOf(everything, { method: 'GET', path: '/nope' })?.code).toBe(60008);
    expect(refusalOf(everything, { path: '/nope' })?.code).toBe(60009);
    expect(refusalOf(everything)?.code).toBe(60006);
    expect(refusalOf('?contenttype=xml')?.code).toBe(60012);
    expect(refusalOf('?sdkappid=1400000001&contenttype=xml')?.code).toBe(70020);
    expect(refusalOf('?sdkappid=1400000000&contenttype=xml')?.code).toBe(70002);
    expect(refusalOf(`${GOOD.replace('contenttype=json', 'contenttype=xml')}&a=1&a=2`)?.code).toBe(
      60002,
    );
  });

  it.each([
    ['GET', 60008],
    ['post', 60008],
    ['PUT', 60008],
    ['POST', null],
    [null, null],
  ])('judges the method %j', (method, code) => {
    expect(refusalOf(GOOD, { method })?.code ?? null).toBe(code);
  });

  it('refuses a path that is not a command, naming what is served but never the query', () => {
    const r = refusalOf(GOOD, { path: '/v4/recentcontact/create_contact_group' });
    expect(r).toMatchObject({ name: 'path', code: 60009 });
    expect(r?.errorInfo).toMatch(/v4\/recentcontact\/get_list, v4\/recentcontact\/delete/);
    expect(r?.errorInfo).not.toContain(SIG.slice(0, 12));
  });

  it('without a command list, takes any v4/<service>/<command> path; a proxy host only warns', () => {
    const real: ServiceFacts = {};
    expect(refusalOf(GOOD, { path: '/v4/openim/querystate', service: real })).toBeNull();
    expect(refusalOf(GOOD, { path: '/', service: real })?.code).toBe(60009);
    const viaProxy = judge(GOOD, {
      path: '/proxy/adminapisgp.im.qcloud.com/v4/recentcontact/get_list',
      service: { strictPath: false },
    });
    expect(byName(viaProxy).path).toMatchObject({ severity: 'warning' });
    expect(byName(viaProxy).path?.code).toBeUndefined();
    expect(firstRefusal(viaProxy)).toBeNull();
  });

  it.each([
    ['', 60012],
    ['abc', 60006],
    ['-1', 60006],
    ['4294967296', 60006],
    ['1400000001', 70020],
  ])('judges sdkappid=%j', (sdkappid, code) => {
    expect(refusalOf(GOOD.replace('sdkappid=1400000000', `sdkappid=${sdkappid}`))?.code).toBe(code);
  });

  it('leaves the app to the service when it does not say which it hosts', () => {
    expect(
      refusalOf(GOOD.replace('sdkappid=1400000000', 'sdkappid=1400000001'), { service: {} }),
    ).toBeNull();
  });

  it('compares with the UserSig when given one, without refusing (the signature step does)', () => {
    const fs = judge(GOOD.replace('identifier=administrator', 'identifier=bob'), {
      service: { userSig: { identity: { sdkAppId: 1400000001, identifier: 'administrator' } } },
    });
    expect(byName(fs).sdkappid).toMatchObject({ severity: 'error', code: 70014 });
    expect(byName(fs).identifier).toMatchObject({ severity: 'error', code: 70013 });
    expect(firstRefusal(fs)).toBeNull();
    const undecodable = judge(GOOD, { service: { userSig: { identity: null } } });
    expect(byName(undecodable).usersig).toMatchObject({ severity: 'error', code: 70003 });
    expect(firstRefusal(undecodable)).toBeNull();
  });

  it('refuses a missing or empty usersig with 70002; a missing identifier is an error it does not stop at', () => {
    expect(refusalOf(GOOD.replace(`&usersig=${SIG}`, ''))?.code).toBe(70002);
    expect(refusalOf(GOOD.replace(`usersig=${SIG}`, 'usersig='))?.code).toBe(70002);
    const noId = judge(GOOD.replace('identifier=administrator&', ''));
    expect(byName(noId).identifier?.severity).toBe('error');
    expect(firstRefusal(noId)).toBeNull();
  });

  it.each([
    [null, 'warning', null],
    ['json', 'ok', null],
    ['JSON', 'warning', null],
    ['xml', 'error', 60002],
  ])('judges contenttype=%j', (contenttype, severity, code) => {
    const base = GOOD.replace('&contenttype=json', '');
    const fs = judge(contenttype === null ? base : `${base}&contenttype=${contenttype}`);
    expect(byName(fs).contenttype?.severity).toBe(severity);
    expect(firstRefusal(fs)?.code ?? null).toBe(code);
  });

  it('warns of a repeat with the same value and refuses one with different values, naming only names', () => {
    const same = judge(`${GOOD}&random=42`);
    expect(byName(same).duplicates).toMatchObject({ severity: 'warning' });
    expect(firstRefusal(same)).toBeNull();
    const differ = judge(`${GOOD}&usersig=another`);
    const r = firstRefusal(differ);
    expect(r).toMatchObject({ name: 'duplicates', code: 60002 });
    expect(r?.errorInfo).toMatch(/usersig/);
    expect(r?.errorInfo).not.toMatch(/another|eJyr/);
  });

  it('notes parameters the API does not have, and warns of a miscased one', () => {
    expect(byName(judge(`${GOOD}&callback=cb`)).unexpected).toMatchObject({ severity: 'info' });
    const miscased = byName(judge(`${GOOD}&UserSig=x`)).unexpected;
    expect(miscased).toMatchObject({ severity: 'warning' });
    expect(en(miscased?.message ?? '')).toMatch(/UserSig \(the documented name is usersig\)/);
  });
});

describe('bodyFinding', () => {
  it('passes JSON of any shape, with its value, for the command to judge', () => {
    expect(english(bodyFinding('{"a":1}'))).toEqual({
      finding: { name: 'body', severity: 'ok', message: 'Valid JSON.' },
      parsed: { ok: true, value: { a: 1 } },
    });
    expect(bodyFinding('[1]').parsed).toEqual({ ok: true, value: [1] });
  });

  it.each([['{From_Account: id1}'], [''], ['  '], ['{"a":1']])(
    'refuses %j with 60003 in the service’s words',
    (text) => {
      const { finding, parsed } = bodyFinding(text);
      expect(finding).toMatchObject({
        severity: 'error',
        code: 60003,
        errorInfo: 'Fail to Parse json data of body, Please check it',
      });
      expect(parsed?.ok).toBe(false);
    },
  );

  it('says nothing is known of the body of a bare URL', () => {
    expect(bodyFinding(null)).toMatchObject({ finding: { severity: 'info' }, parsed: null });
  });
});
