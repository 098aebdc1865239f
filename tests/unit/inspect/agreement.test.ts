// Two judges, one law: a corpus of requests, each answered by the sandbox and inspected (as the
// curl command that sends it) by the inspector with the sandbox's key. They must agree: the
// sandbox answers OK exactly when the inspector finds no error, and when it refuses, the
// inspector names its ErrorCode. Real clients' habits are in the corpus (docs/reference/
// chat-rest-facts.md, "What real clients send"): no random, negative and huge randoms.
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPaste, type InspectReport } from '../../../src/lib/inspect';
import { INSPECT_DEPS } from '../../../src/lib/inspect/deps';
import { SANDBOX_APP, SandboxService } from '../../../src/lib/sandbox';
import { NOW_MS, firstPage, sign } from '../sandbox/helpers';
import { en, zh } from '../i18n/texts';

/** A documented host, so the inspector judges the path as the service would. */
const ORIGIN = 'https://adminapisgp.im.qcloud.com';
const GET_LIST = '/v4/recentcontact/get_list';
const BODY = JSON.stringify(firstPage('bob'));

interface Case {
  label: string;
  /** Query pairs in order; `SIG` stands for a valid admin UserSig. */
  query: [string, string][];
  method?: string;
  path?: string;
  /** The body text; null sends none (curl without -d). */
  body?: string | null;
  /** The sandbox's ErrorCode; 0 is OK. */
  code: number;
}

const SIG = '$SIG';
const SERVICE_ONLY = new Set([70020, 50002, 70402]);
const base = (): [string, string][] => [
  ['sdkappid', String(SANDBOX_APP.sdkAppId)],
  ['identifier', SANDBOX_APP.admin],
  ['usersig', SIG],
  ['random', '3141592653'],
  ['contenttype', 'json'],
];
const without = (name: string) => base().filter(([n]) => n !== name);
const withValue = (name: string, value: string) =>
  base().map(([n, v]): [string, string] => [n, n === name ? value : v]);

const CORPUS: Case[] = [
  { label: 'a good request', query: base(), code: 0 },
  // Tencent's official 2016 Node REST SDK and a Go client send no random at all.
  { label: 'no random', query: without('random'), code: 0 },
  { label: 'an empty random', query: withValue('random', ''), code: 0 },
  // A public Java SDK sends a signed Integer; a TypeScript client Date.now() and eight digits.
  { label: 'a negative random', query: withValue('random', '-1234567890'), code: 0 },
  { label: 'the smallest int32 random', query: withValue('random', '-2147483648'), code: 0 },
  { label: 'a random past uint32', query: withValue('random', '4294967296'), code: 0 },
  { label: 'a 64-bit-plus random', query: withValue('random', '170000000000012345678'), code: 0 },
  { label: 'the docs’ sample random', query: withValue('random', '99999999'), code: 0 },
  { label: 'a random that is no number', query: withValue('random', 'abc'), code: 0 },
  {
    label: 'the query in a sorted order, without random (a Go client)',
    query: [...without('random')].sort(([a], [b]) => a.localeCompare(b)),
    code: 0,
  },
  { label: 'no contenttype', query: without('contenttype'), code: 0 },
  { label: 'contenttype=JSON', query: withValue('contenttype', 'JSON'), code: 0 },
  { label: 'contenttype=xml', query: withValue('contenttype', 'xml'), code: 60002 },
  {
    label: 'a parameter repeated with the same value',
    query: [...base(), ['random', '3141592653']],
    code: 0,
  },
  {
    label: 'a parameter repeated with another value',
    query: [...base(), ['identifier', 'bob']],
    code: 60002,
  },
  { label: 'an unknown parameter', query: [...base(), ['callback', 'cb']], code: 0 },
  { label: 'no sdkappid', query: without('sdkappid'), code: 60012 },
  { label: 'an empty sdkappid', query: withValue('sdkappid', ''), code: 60012 },
  { label: 'a non-numeric sdkappid', query: withValue('sdkappid', '14e8'), code: 60006 },
  { label: 'an sdkappid past uint32', query: withValue('sdkappid', '4294967296'), code: 60006 },
  { label: 'another app’s sdkappid', query: withValue('sdkappid', '1400000001'), code: 70020 },
  { label: 'no usersig', query: without('usersig'), code: 70002 },
  { label: 'a usersig cut short', query: withValue('usersig', 'eJyrVgrxCdZLrS'), code: 70003 },
  { label: 'no identifier', query: without('identifier'), code: 70013 },
  { label: 'another identifier', query: withValue('identifier', 'alice'), code: 70013 },
  { label: 'a GET', query: base(), method: 'GET', code: 60008 },
  { label: 'a lowercase post', query: base(), method: 'post', code: 60008 },
  { label: 'a path that is not a REST path', query: base(), path: '/v4/x', code: 60009 },
  { label: 'a body that is not JSON', query: base(), body: '{From_Account: bob}', code: 60003 },
  { label: 'no body', query: base(), body: null, code: 60003 },
  {
    label: 'a body without its cursors',
    query: base(),
    body: '{"From_Account":"bob"}',
    code: 50002,
  },
  {
    label: 'a body of another type',
    query: base(),
    body: JSON.stringify({ ...firstPage('bob'), TimeStamp: '0' }),
    code: 50002,
  },
  {
    label: 'no random and a body that is not JSON',
    query: without('random'),
    body: '{',
    code: 60003,
  },
  // The conversation family (issue 16): each path with a good body, and a body the
  // description refuses (a mistyped or missing field is 50002, judged by the same rules).
  {
    label: 'create_contact_group for alice',
    query: base(),
    path: '/v4/recentcontact/create_contact_group',
    body: '{"From_Account":"alice","GroupContactItem":[{"GroupName":"work","ContactItem":[{"Type":1,"To_Account":"bob"}]}]}',
    code: 0,
  },
  {
    label: 'mark_contact with a mistyped OptType',
    query: base(),
    path: '/v4/recentcontact/mark_contact',
    body: '{"From_Account":"alice","MarkItem":[{"OptType":"1","ContactItem":{"Type":1,"To_Account":"bob"},"SetMark":[0]}]}',
    code: 50002,
  },
  {
    label: 'account_import of a new UserID',
    query: base(),
    path: '/v4/im_open_login_svc/account_import',
    body: '{"UserID":"dave"}',
    code: 0,
  },
  {
    label: 'account_check without CheckItem',
    query: base(),
    path: '/v4/im_open_login_svc/account_check',
    body: '{}',
    // The account service's own code for a bad body (session-apis.md §9).
    code: 70402,
  },
];

let sig: string;
beforeAll(async () => {
  sig = await sign();
});

function urlOf(c: Case): string {
  const q = c.query
    .map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v === SIG ? sig : v)}`)
    .join('&');
  return `${ORIGIN}${c.path ?? GET_LIST}?${q}`;
}

async function sandboxCode(c: Case): Promise<number> {
  const service = new SandboxService({ now: () => NOW_MS });
  const answer = await service.handle({
    method: c.method ?? 'POST',
    url: urlOf(c),
    body: c.body === undefined ? BODY : (c.body ?? ''),
  });
  return Number((JSON.parse(answer.body) as { ErrorCode: unknown }).ErrorCode);
}

async function inspected(c: Case): Promise<InspectReport> {
  const body = c.body === undefined ? BODY : c.body;
  // Single quotes around everything: none of the corpus holds one.
  const data = body === null ? '' : ` --data-raw '${body}'`;
  const r = await inspectPaste(`curl -X ${c.method ?? 'POST'} '${urlOf(c)}'${data}`, {
    now: () => NOW_MS,
    key: SANDBOX_APP.key,
    ...INSPECT_DEPS,
  });
  if (r.kind !== 'request') throw new Error(`${c.label}: read as ${r.kind}`);
  return r;
}

/** The ErrorCodes the inspector names, and whether it expects the call to fail at all. */
function inspectorSays(r: InspectReport): { fails: boolean; codes: number[] } {
  if (r.kind !== 'request') throw new Error('not a request');
  const errors = r.request.checks.filter((c) => c.severity === 'error');
  const codes = errors.flatMap((c) => (c.code === undefined ? [] : [c.code]));
  if (r.verdict.status === 'rejected' && r.verdict.code !== null) codes.push(r.verdict.code);
  return { fails: errors.length > 0 || r.verdict.status === 'rejected', codes };
}

describe('the sandbox and the inspector agree', () => {
  it.each(CORPUS.map((c) => [c.label, c] as const))('on %s', async (_label, c) => {
    const code = await sandboxCode(c);
    expect(code, 'the sandbox').toBe(c.code);
    const r = await inspected(c);
    const says = inspectorSays(r);
    expect(says.fails, 'the inspector finds an error exactly when the sandbox refuses').toBe(
      code !== 0,
    );
    // Except what only the service can know: whether the app exists (70020; the inspector sees
    // the UserSig's app differ, 70014), and the commands' own body codes (50002; it says "the
    // service refuses it").
    if (code !== 0 && !SERVICE_ONLY.has(code)) expect(says.codes).toContain(code);
    if (code === 0 && r.kind === 'request') {
      // What it does not refuse, it still says about, with the documented rule (random's uint32).
      const random = r.request.checks.find((x) => x.name === 'random');
      if (random?.severity !== 'ok') expect(en(random?.message ?? '')).toMatch(/uint32/);
    }
  });

  it('covers what real clients send, and every URL and body code the sandbox answers', () => {
    const codes = new Set(CORPUS.map((c) => c.code));
    for (const code of [0, 60002, 60003, 60006, 60008, 60009, 60012, 70002, 70003, 70013, 70020]) {
      expect(codes.has(code), String(code)).toBe(true);
    }
  });
});

describe('what only the service knows', () => {
  // The inspector cannot know which apps, accounts and commands a real service has: the same
  // rule set leaves them to the service (ServiceFacts without commands and sdkAppId), and says
  // so; the sandbox, which is that service, answers them.
  it('another app signed with its own key: the sandbox answers 70020, the inspector cannot tell', async () => {
    const other = await sign({ sdkAppId: 1400000001 });
    const c: Case = {
      label: 'another app',
      query: withValue('sdkappid', '1400000001').map(([n, v]): [string, string] => [
        n,
        v === SIG ? other : v,
      ]),
      code: 70020,
    };
    expect(await sandboxCode(c)).toBe(70020);
    const r = await inspected(c);
    expect(inspectorSays(r).fails).toBe(false);
    const caveat = r.kind === 'request' && r.verdict.status === 'accepted' && r.verdict.caveats[0];
    expect(caveat && en(caveat)).toMatch(/70020.*only the server knows/);
    expect(caveat && zh(caveat)).toMatch(/70020.*只有服务端知道/);
  });

  it('a command the sandbox does not serve: 60009 there, any REST path to the inspector', async () => {
    const c: Case = {
      label: 'querystate',
      query: base(),
      path: '/v4/openim/querystate',
      code: 60009,
    };
    expect(await sandboxCode(c)).toBe(60009);
    const r = await inspected(c);
    expect(r.kind === 'request' && r.request.checks.find((x) => x.name === 'path')).toMatchObject({
      severity: 'ok',
    });
  });
});

describe('the sandbox around the rules', () => {
  const answer = async (method: string, url: string, body: string) => {
    const service = new SandboxService({ now: () => NOW_MS });
    const r = await service.handle({ method, url, body });
    return (JSON.parse(r.body) as { ErrorCode: number }).ErrorCode;
  };

  it('answers a wrong method before a URL that does not parse, and that before the rest', async () => {
    expect(await answer('GET', 'http://[::1/v4/recentcontact/get_list', '{')).toBe(60008);
    expect(await answer('POST', 'http://[::1/v4/recentcontact/get_list', '{')).toBe(60002);
  });

  it('answers the signature, then the body: a bad UserSig with a bad body is 70003', async () => {
    const url = `${ORIGIN}${GET_LIST}?sdkappid=1400000000&identifier=administrator&usersig=eJw_`;
    expect(await answer('POST', url, '{')).toBe(70003);
    expect(await answer('POST', url.replace('eJw_', sig), '{')).toBe(60003);
  });
});
