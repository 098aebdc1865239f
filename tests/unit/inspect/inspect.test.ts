import { describe, expect, it } from 'vitest';
import {
  inspectPaste,
  type InspectReport,
  type RequestCheck,
  type UserSigProblem,
  type UserSigView,
  type Verdict,
} from '../../../src/lib/inspect';
import { genUserSig } from '../../../src/lib/usersig';
import { VECTORS } from '../fixtures/vectors';
import { packUserSig } from '../usersig/helpers';
import { GET_LIST_BODY, regionOfHost, requestUrl, validateBody, type Issue } from './helpers';
import { english, type Rendered } from '../i18n/texts';

const V = VECTORS[0]!; // administrator, SDKAppID 1400000000, signed at 1700000000 for 180 days
const KEY = V.key;
const at = (sec: number) => () => sec * 1000;
const NOW = V.time + 3600; // an hour after signing

/** The report as the page shows it: its messages in English. */
type Report = Rendered<InspectReport<Issue>>;

async function inspect(text: string, opts: { key?: string; now?: number } = {}): Promise<Report> {
  return english(
    await inspectPaste<Issue>(text, {
      now: at(opts.now ?? NOW),
      regionOfHost,
      validateBody,
      ...(opts.key !== undefined ? { key: opts.key } : {}),
    }),
  );
}

function verdictOf(r: Report): Rendered<Verdict> {
  if (r.kind !== 'usersig' && r.kind !== 'request') throw new Error(`no verdict for ${r.kind}`);
  return r.verdict;
}

function decoded(r: Report): Rendered<UserSigView> {
  const u = r.kind === 'usersig' || r.kind === 'request' ? r.userSig : null;
  if (!u?.decoded.ok) throw new Error('did not decode');
  return u.decoded;
}

function problem(r: Report): Rendered<UserSigProblem> {
  const u = r.kind === 'usersig' || r.kind === 'request' ? r.userSig : null;
  if (!u || u.decoded.ok) throw new Error('decoded');
  return u.decoded;
}

function checks(r: Report): Record<string, Rendered<RequestCheck>> {
  if (r.kind !== 'request') throw new Error(r.kind);
  return Object.fromEntries(r.request.checks.map((c) => [c.name, c]));
}

const QUERY = {
  sdkappid: String(V.sdkappid),
  identifier: V.identifier,
  usersig: V.userSigNodeSdk,
  random: '3141592653',
  contenttype: 'json',
};

describe('a bare UserSig', () => {
  it('shows the decoded fields, the sizes and how long it stays valid', async () => {
    const r = await inspect(`  "${V.userSigNodeSdk}"\n`);
    expect(r.kind).toBe('usersig');
    expect(r.kind === 'usersig' && r.classification).toMatchObject({ trimmed: true });
    const d = decoded(r);
    expect(d).toMatchObject({
      version: '2.0',
      identifier: V.identifier,
      sdkAppId: V.sdkappid,
      issuedAt: V.time,
      expire: V.expire,
      expiresAt: V.expiresAt,
      secondsLeft: V.expiresAt - NOW,
      expired: false,
      userBuf: null,
      json: V.json,
      sig: V.tlsSig,
    });
    expect(d.sizes).toEqual({
      chars: V.userSigNodeSdk.length,
      compressed: (V.userSigNodeSdk.length / 4) * 3 - (V.userSigNodeSdk.match(/_/g)?.length ?? 0),
      json: new TextEncoder().encode(V.json).length,
    });
  });

  it('without a key, says what can and cannot be told', async () => {
    const v = verdictOf(await inspect(V.userSigNodeSdk));
    expect(v.status).toBe('needs-key');
    if (v.status !== 'needs-key') return;
    expect(v.canTell.join(' ')).toMatch(/not answer 70003/);
    expect(v.canTell.join(' ')).toMatch(/no request to compare/);
    expect(v.canTell.join(' ')).toMatch(/so not 70001/);
    expect(v.cannotTell.join(' ')).toMatch(/70009/);
    expect(v.against).toMatchObject({ sdkAppIdFrom: 'usersig', identifierFrom: 'usersig' });
  });

  it('with the right key, is accepted, checked against its own SDKAppID and identifier', async () => {
    const v = verdictOf(await inspect(V.userSigNodeSdk, { key: KEY }));
    expect(v).toMatchObject({
      status: 'accepted',
      secondsLeft: V.expiresAt - NOW,
      against: {
        sdkAppId: V.sdkappid,
        identifier: V.identifier,
        sdkAppIdFrom: 'usersig',
        identifierFrom: 'usersig',
      },
    });
    expect(v.message).toMatch(/from the UserSig itself/);
  });

  it.each(VECTORS.map((v) => [v.name, v] as const))(
    'accepts the known vector %s, both zlib forms, at its signing time',
    async (_name, vector) => {
      for (const userSig of [vector.userSigNodeSdk, vector.userSigStoredZlib]) {
        const r = await inspect(userSig, { key: vector.key, now: vector.time });
        expect(verdictOf(r).status).toBe('accepted');
        expect(decoded(r).json).toBe(vector.json);
      }
    },
  );

  it('answers 70009 for the wrong key, and says the key was needed to tell', async () => {
    const v = verdictOf(await inspect(V.userSigNodeSdk, { key: KEY.toUpperCase() }));
    expect(v).toMatchObject({ status: 'rejected', code: 70009, check: 'signature', keyUsed: true });
  });

  it('answers 70001 once expired, with when, even without a key', async () => {
    const now = V.expiresAt + 90061; // 1 d 1 h 1 min 1 s later
    for (const key of [undefined, KEY]) {
      const r = await inspect(V.userSigNodeSdk, key === undefined ? { now } : { now, key });
      const v = verdictOf(r);
      expect(v).toMatchObject({
        status: 'rejected',
        code: 70001,
        check: 'expired',
        keyUsed: false,
        expiredAt: V.expiresAt,
        secondsSinceExpiry: 90061,
      });
      expect(v.message).toContain('1 d 1 h 1 min 1 s ago');
      expect(v.message).toContain(new Date(V.expiresAt * 1000).toISOString());
      expect(decoded(r)).toMatchObject({ expired: true, secondsLeft: -90061 });
    }
  });

  it('is still valid at the very second it expires (now <= time + expire)', async () => {
    const v = verdictOf(await inspect(V.userSigNodeSdk, { key: KEY, now: V.expiresAt }));
    expect(v).toMatchObject({ status: 'accepted', secondsLeft: 0 });
  });

  it('recognises a v1 UserSig as the old scheme', async () => {
    const v1 = await packUserSig(
      JSON.stringify({
        'TLS.account_type': '0',
        'TLS.identifier': 'admin',
        'TLS.appid_at_3rd': '0',
        'TLS.sdk_appid': '1400000000',
        'TLS.expire_after': '15552000',
        'TLS.version': '201512300000',
        'TLS.time': '1700000000',
        'TLS.sig': 'MEUCIQDhuu6cfvxfUpfvKCJCe5LOsp1g',
      }),
    );
    const r = await inspect(v1, { key: KEY });
    expect(problem(r)).toMatchObject({ step: 'v1' });
    expect(verdictOf(r)).toMatchObject({
      status: 'old-scheme',
      message: expect.stringMatching(/v1.*v2 only/s),
    });
  });
});

describe('a UserSig that does not decode', () => {
  it('answers 70003 for one cut short, and shows where it ends', async () => {
    const cut = V.userSigNodeSdk.slice(0, 101);
    const r = await inspect(cut, { key: KEY });
    expect(verdictOf(r)).toMatchObject({
      status: 'rejected',
      code: 70003,
      check: 'parse',
      keyUsed: false,
    });
    const p = problem(r);
    expect(p).toMatchObject({ step: 'base64', cutShort: true });
    expect(p.advice.join(' ')).toMatch(/cut short is the usual cause/);
    expect(p.advice.join(' ')).toMatch(/101 characters/);
    expect(p.excerpt).toMatchObject({
      before: cut.slice(-10),
      at: '',
      after: '',
      clippedStart: true,
      clippedEnd: false,
    });
    expect(p.excerpt?.line).toBe('…' + cut.slice(-10));
    expect(p.excerpt?.caret).toBe(' '.repeat(11) + '^');
  });

  it('says "cut short" for every cut the zlib step calls truncated', async () => {
    let seen = 0;
    for (let len = 8; len < V.userSigNodeSdk.length; len += 4) {
      const p = problem(await inspect(V.userSigNodeSdk.slice(0, len)));
      if (p.step === 'zlib' && /cut short/.test(p.message)) {
        seen++;
        expect(p.cutShort, `cut at ${len}`).toBe(true);
        expect(p.advice[0]).toMatch(/usual cause/);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('points at a character out of place with ten characters either side', async () => {
    const s = V.userSigNodeSdk;
    const broken = s.slice(0, 40) + ' ' + s.slice(40);
    // The classifier sees two pieces of UserSig text: a UserSig that was split.
    const r = await inspect(broken);
    const p = problem(r);
    expect(p).toMatchObject({ step: 'alphabet', position: 40 });
    expect(p.message).toMatch(/Character 41 is a space/);
    expect(p.excerpt).toMatchObject({ before: s.slice(30, 40), at: '␠', after: s.slice(40, 50) });
    expect(p.excerpt?.line).toBe(`…${s.slice(30, 40)}␠${s.slice(40, 50)}…`);
    expect(p.excerpt?.caret.indexOf('^')).toBe(p.excerpt?.line.indexOf('␠'));
    expect(p.advice[0]).toMatch(/wrapped or split/);
    expect(verdictOf(r)).toMatchObject({ code: 70003 });
  });

  it('draws a line break and an invisible character so the caret has something to point at', async () => {
    const s = V.userSigNodeSdk;
    const wrapped = problem(await inspect(`${s.slice(0, 76)}\n${s.slice(76)}`));
    expect(wrapped.excerpt?.at).toBe('␊');
    const zw = problem(await inspect(`${s.slice(0, 5)}\u200b${s.slice(5)}`));
    expect(zw).toMatchObject({ step: 'alphabet', position: 5 });
    expect(zw.excerpt).toMatchObject({ before: s.slice(0, 5), at: '⟨ZWSP⟩', clippedStart: false });
    expect(zw.excerpt?.caret).toBe('     ^^^^^^');
    expect(zw.advice[0]).toMatch(/invisible character/);
  });

  it('names standard base64 for a "+"', async () => {
    const i = V.userSigNodeSdk.indexOf('*');
    const p = problem(await inspect(V.userSigNodeSdk.replace('*', '+')));
    expect(p).toMatchObject({ step: 'alphabet', position: i });
    expect(p.advice[0]).toMatch(/standard base64/);
  });

  it('passes the decode step through: zlib, json and missing fields', async () => {
    expect(problem(await inspect('SGVsbG8gd29ybGQhSGVsbG8gd29ybGQh'))).toMatchObject({
      step: 'zlib',
      cutShort: false,
    });
    expect(problem(await inspect(await packUserSig('not json at all')))).toMatchObject({
      step: 'json',
    });
    const doc = JSON.parse(V.json) as Record<string, unknown>;
    delete doc['TLS.sig'];
    const p = problem(await inspect(await packUserSig(JSON.stringify(doc))));
    expect(p).toMatchObject({ step: 'field', field: 'TLS.sig' });
  });

  it('decodes a URL-encoded UserSig, with a note', async () => {
    const encoded = V.userSigNodeSdk
      .replace(/\*/g, '%2A')
      .replace(/-/g, '%2D')
      .replace(/_/g, '%5F');
    const r = await inspect(encoded, { key: KEY });
    expect(r.kind === 'usersig' && r.userSig.notes[0]?.message).toMatch(/URL-encoded/);
    expect(r.kind === 'usersig' && r.userSig.userSig).toBe(V.userSigNodeSdk);
    expect(verdictOf(r).status).toBe('accepted');
  });
});

describe('the userbuf', () => {
  it('is shown as hex and as text when it is UTF-8', async () => {
    const vector = VECTORS.find((v) => v.userbufUtf8 === 'abc')!;
    const d = decoded(await inspect(vector.userSigNodeSdk, { now: vector.time }));
    expect(d.userBuf).toEqual({ base64: 'YWJj', hex: '616263', text: 'abc', bytes: 3 });
  });

  it('is shown as hex only when it is not UTF-8', async () => {
    const userSig = await genUserSig(
      {
        sdkAppId: 1400000000,
        key: KEY,
        identifier: 'admin',
        expire: 600,
        userBuf: new Uint8Array([0xff, 0x00, 0x80, 0x41]),
      },
      { now: at(NOW) },
    );
    const r = await inspect(userSig, { key: KEY });
    expect(decoded(r).userBuf).toEqual({
      base64: '/wCAQQ==',
      hex: 'ff008041',
      text: null,
      bytes: 4,
    });
    expect(verdictOf(r).status).toBe('accepted');
  });
});

describe('a request URL or curl command', () => {
  it('accepts a whole valid URL with the key, checked against the URL', async () => {
    const r = await inspect(requestUrl(QUERY), { key: KEY });
    expect(r.kind).toBe('request');
    if (r.kind !== 'request') return;
    expect(r.request).toMatchObject({
      source: 'url',
      host: 'adminapisgp.im.qcloud.com',
      region: { id: 'singapore', name: 'Singapore', backup: false },
      path: 'v4/recentcontact/get_list',
      sdkappid: '1400000000',
      identifier: V.identifier,
      random: '3141592653',
      contenttype: 'json',
      usersig: V.userSigNodeSdk,
      method: null,
      body: null,
    });
    expect(r.verdict).toMatchObject({
      status: 'accepted',
      against: { sdkAppIdFrom: 'request', identifierFrom: 'request' },
    });
    const c = checks(r);
    for (const name of [
      'scheme',
      'host',
      'path',
      'sdkappid',
      'identifier',
      'usersig',
      'random',
      'contenttype',
    ]) {
      expect(c[name]?.severity, name).toBe('ok');
    }
    expect(c.method?.severity).toBe('info');
    expect(c.body?.severity).toBe('info');
    expect(c.duplicates).toBeUndefined();
    expect(c.unexpected).toBeUndefined();
  });

  it('accepts a whole curl command and checks its body with validateBody', async () => {
    const r = await inspect(
      `curl -X POST '${requestUrl(QUERY)}' --data-binary '${GET_LIST_BODY}'`,
      { key: KEY },
    );
    expect(r.kind === 'request' && r.request).toMatchObject({
      source: 'curl',
      method: 'POST',
      body: { text: GET_LIST_BODY, parsed: { ok: true }, issues: [] },
    });
    expect(checks(r).method?.severity).toBe('ok');
    expect(checks(r).body?.severity).toBe('ok');
    expect(verdictOf(r).status).toBe('accepted');
  });

  it('names an SDKAppID that differs from the UserSig as 70014, with or without the key', async () => {
    for (const key of [undefined, KEY]) {
      const r = await inspect(
        requestUrl({ ...QUERY, sdkappid: '1400000001', identifier: 'admin' }),
        key ? { key } : {},
      );
      expect(verdictOf(r)).toMatchObject({
        status: 'rejected',
        code: 70014,
        check: 'sdkappid',
        keyUsed: false,
      });
      expect(verdictOf(r).message).toMatch(/1400000001.*1400000000.*whatever the key/);
      // Both mismatches are named among the checks, even though the server stops at the first.
      expect(checks(r).sdkappid).toMatchObject({ severity: 'error', code: 70014 });
      expect(checks(r).identifier).toMatchObject({ severity: 'error', code: 70013 });
    }
  });

  it('names an identifier that differs from the UserSig as 70013, with or without the key', async () => {
    for (const key of [undefined, KEY]) {
      const r = await inspect(requestUrl({ ...QUERY, identifier: 'admin' }), key ? { key } : {});
      expect(verdictOf(r)).toMatchObject({
        status: 'rejected',
        code: 70013,
        check: 'identifier',
        keyUsed: false,
      });
      expect(verdictOf(r).message).toMatch(/"admin".*"administrator"/);
    }
  });

  it('without a key and with matching values, says what the URL settled', async () => {
    const v = verdictOf(await inspect(requestUrl(QUERY)));
    expect(v.status).toBe('needs-key');
    expect(v.status === 'needs-key' && v.canTell.join(' ')).toMatch(
      /matches the URL's \(1400000000\), so not 70014.*so not 70013/,
    );
  });

  it("checks against the UserSig's own SDKAppID when the URL has none, and says so", async () => {
    const { sdkappid: _omit, ...rest } = QUERY;
    const r = await inspect(requestUrl(rest), { key: KEY });
    expect(verdictOf(r)).toMatchObject({
      status: 'accepted',
      against: { sdkAppIdFrom: 'usersig', identifierFrom: 'request' },
    });
    expect(verdictOf(r).message).toMatch(
      /SDKAppID 1400000000 from the UserSig itself and identifier "administrator" from the URL/,
    );
    expect(checks(r).sdkappid).toMatchObject({ severity: 'error', code: 60012 });
  });

  it('answers 70002 when the URL has no usersig', async () => {
    const { usersig: _omit, ...rest } = QUERY;
    const r = await inspect(requestUrl(rest), { key: KEY });
    expect(verdictOf(r)).toMatchObject({ status: 'rejected', code: 70002, check: 'missing' });
    expect(r.kind === 'request' && r.userSig).toBeNull();
    expect(checks(r).usersig).toMatchObject({ severity: 'error', code: 70002 });
  });

  it('answers 70003 for a usersig cut short inside the URL', async () => {
    const r = await inspect(requestUrl({ ...QUERY, usersig: V.userSigNodeSdk.slice(0, 150) }), {
      key: KEY,
    });
    expect(verdictOf(r)).toMatchObject({ code: 70003 });
    expect(checks(r).usersig).toMatchObject({ severity: 'error', code: 70003 });
  });

  it('says a usersig URL-encoded twice reaches the server with a "%" in it', async () => {
    const once = V.userSigNodeSdk.replace(/\*/g, '%2A');
    const url = requestUrl({ ...QUERY, usersig: once }); // URLSearchParams encodes the % again
    expect(url).toContain('%252A');
    const r = await inspect(url);
    const p = problem(r);
    expect(p.step).toBe('alphabet');
    expect(p.excerpt?.at).toBe('%');
    expect(p.advice[0]).toMatch(/URL-encoded twice/);
  });

  // A missing or out-of-range random is what real SDKs send and the service accepts: a warning
  // that cites the documented uint32, never an error (README, "What the sandbox and the
  // inspector accept").
  it.each([
    ['abc', 'warning'],
    ['-1', 'warning'],
    ['1.5', 'warning'],
    ['4294967296', 'warning'],
    ['17000000000000000000', 'warning'],
    ['4294967295', 'ok'],
    ['0', 'ok'],
    ['', 'warning'],
  ])('checks random=%j (%s)', async (random, severity) => {
    const check = checks(await inspect(requestUrl({ ...QUERY, random }))).random;
    expect(check?.severity).toBe(severity);
    if (severity === 'warning') {
      expect(check?.message).toMatch(/uint32 \(0 to 4294967295\)/);
      expect(check?.code).toBeUndefined();
    }
  });

  it('says a missing random is accepted, and why it should be sent anyway', async () => {
    const { random: _omit, ...rest } = QUERY;
    const check = checks(await inspect(requestUrl(rest))).random;
    expect(check).toMatchObject({ severity: 'warning' });
    expect(check?.message).toMatch(/missing.*accepts a call without one.*send one/);
  });

  it('checks sdkappid is a uint32', async () => {
    const r = await inspect(requestUrl({ ...QUERY, sdkappid: '14e8' }));
    expect(checks(r).sdkappid?.severity).toBe('error');
    expect(checks(r).sdkappid?.message).toMatch(/integer from 0 to 4294967295/);
  });

  it.each([
    ['JSON', 'warning'],
    ['xml', 'error'],
    [null, 'warning'],
  ])('checks contenttype=%j (%s)', async (contenttype, severity) => {
    const { contenttype: _omit, ...rest } = QUERY;
    const r = await inspect(requestUrl(contenttype === null ? rest : { ...rest, contenttype }));
    expect(checks(r).contenttype?.severity).toBe(severity);
  });

  it('flags repeated and unexpected parameters', async () => {
    const base = requestUrl(QUERY);
    const same = checks(await inspect(`${base}&random=3141592653`));
    expect(same.duplicates).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/random \(2 times\)/),
    });
    const differ = checks(await inspect(`${base}&identifier=admin`));
    expect(differ.duplicates).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/identifier.*used the first/),
    });
    const odd = checks(await inspect(`${base}&UserSig=x&callback=cb`));
    expect(odd.unexpected).toMatchObject({ severity: 'warning' });
    expect(odd.unexpected?.message).toMatch(/UserSig \(the documented name is usersig\), callback/);
  });

  it('says when the host is not a documented one, and knows the backup domains', async () => {
    const proxy = await inspect(requestUrl(QUERY, 'localhost:8787').replace('https:', 'http:'));
    expect(proxy.kind === 'request' && proxy.request.region).toBeNull();
    expect(checks(proxy).host).toMatchObject({
      severity: 'warning',
      message: expect.stringMatching(/not one of the documented.*port 8787/),
    });
    expect(checks(proxy).scheme?.severity).toBe('warning');
    const backup = await inspect(requestUrl(QUERY, 'adminapisgp.my-imcloud.com'));
    expect(checks(backup).host).toMatchObject({
      severity: 'ok',
      message: expect.stringMatching(/Singapore \(backup domain\)/),
    });
  });

  it('flags a curl command with no data as a GET', async () => {
    const r = await inspect(`curl '${requestUrl(QUERY)}'`);
    expect(checks(r).method).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/GET.*needs POST.*no -d/),
    });
    expect(checks(r).body?.severity).toBe('error');
  });

  it('answers 60003 for a body that is not JSON, and passes validateBody issues through', async () => {
    const bad = await inspect(`curl '${requestUrl(QUERY)}' -d '{From_Account: id1}'`);
    expect(checks(bad).body).toMatchObject({ severity: 'error', code: 60003 });
    expect(bad.kind === 'request' && bad.request.body?.parsed.ok).toBe(false);

    // Missing required fields: the builder would not send it and the sandbox answers 50002.
    const partial = await inspect(`curl '${requestUrl(QUERY)}' -d '{"From_Account":"id1"}'`);
    expect(checks(partial).body).toMatchObject({
      severity: 'error',
      message: expect.stringMatching(/5 problems.*refuses it/),
    });
    const issues = partial.kind === 'request' ? partial.request.body?.issues : null;
    expect(issues?.map((i) => i.field)).toEqual([
      'TimeStamp',
      'StartIndex',
      'TopTimeStamp',
      'TopStartIndex',
      'AssistFlags',
    ]);

    const other = await inspect(
      `curl '${requestUrl(QUERY, undefined, 'v4/openim/querystate')}' -d '{}'`,
    );
    expect(checks(other).body).toMatchObject({
      severity: 'info',
      message: expect.stringMatching(/no description/),
    });
    expect(other.kind === 'request' && other.request.body?.issues).toBeNull();
  });

  it("reads Chrome-style continuations and $'...' bodies end to end", async () => {
    const text = `curl '${requestUrl(QUERY)}' \\\n  -H 'content-type: text/plain;charset=UTF-8' \\\n  --data-raw $'{"From_Account":"O\\'Brien","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":7}'`;
    const r = await inspect(text, { key: KEY });
    expect(r.kind === 'request' && r.request.body?.parsed).toEqual({
      ok: true,
      value: {
        From_Account: "O'Brien",
        TimeStamp: 0,
        StartIndex: 0,
        TopTimeStamp: 0,
        TopStartIndex: 0,
        AssistFlags: 7,
      },
    });
    expect(verdictOf(r).status).toBe('accepted');
  });
});

describe('a paste that cannot be read', () => {
  it('shows where an unterminated quote opened', async () => {
    const text = `curl -X POST '${requestUrl(QUERY)}' \\\n  -d '{"From_Account":"id1"}`;
    const r = await inspect(text);
    expect(r.kind).toBe('unreadable');
    if (r.kind !== 'unreadable') return;
    expect(r.problem.at).toMatchObject({ line: 2, column: 6 });
    expect(r.problem.excerpt).toMatchObject({ at: "'", after: '{"From_Acc', clippedEnd: true });
    expect(r.problem.excerpt).toMatchObject({ before: "n'␠\\␊␠␠-d␠", clippedStart: true });
    expect(r.problem.excerpt?.caret).toBe(' '.repeat(11) + '^');
  });

  it('refuses -d @- with a message', async () => {
    const r = await inspect(`echo '${GET_LIST_BODY}' | curl -X POST '${requestUrl(QUERY)}' -d @-`);
    expect(r.kind === 'unreadable' && r.problem.message).toMatch(
      /standard input \(the pipe or here-document\).*Paste the body/,
    );
  });

  it('says why for something that is no request at all', async () => {
    const r = await inspect('hello there');
    expect(r).toMatchObject({
      kind: 'unknown',
      classification: { reason: expect.stringMatching(/not a UserSig/) },
    });
    expect(await inspect('  ')).toMatchObject({ kind: 'empty' });
  });
});
