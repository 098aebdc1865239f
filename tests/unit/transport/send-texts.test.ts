// The send failures and answer notes as descriptors (issue 15): per failure kind its key and
// parameters, the English sentence (today's words, through the tables), a Chinese one that keeps
// the host and the wire names; and every failure message survives history's stored-text reader.
import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import type { Msg, Text } from '../../../src/lib/i18n/message';
import { PROXY_ERROR_HEADER } from '../../../src/lib/proxy';
import {
  checkProxy,
  explainHttpStatus,
  findWay,
  parseOutcome,
  proxyDown,
  sendDirect,
  sendToHandler,
  sendViaProxy,
  type SendResult,
} from '../../../src/lib/transport';
import { parseStoredText } from '../../../src/lib/transport/stored-text';
import { en, zh } from '../i18n/texts';

const QUERY = '?sdkappid=1400000000&identifier=admin&usersig=eJyr&random=42&contenttype=json';
const HOST = 'console.tim.qq.com';
const REQ: WireRequest = {
  method: 'POST',
  url: `https://${HOST}/v4/recentcontact/get_list${QUERY}`,
  body: '{}',
};
const CJK = /[\u4e00-\u9fff]/;

type Failure = Extract<SendResult, { ok: false }>;
const failure = (r: SendResult): Failure => {
  if (r.ok) throw new Error('expected a failure');
  return r;
};
const hang: typeof fetch = (_u, init) =>
  new Promise((_r, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
  );
const proxyAnswer = (body: object, status: number): typeof fetch => {
  const code = (body as { proxyError: string }).proxyError;
  return async () =>
    new Response(JSON.stringify(body), { status, headers: { [PROXY_ERROR_HEADER]: code } });
};

/** The Chinese sentence: non-empty, in Chinese, keeping every data word given. */
function expectChinese(text: Text, ...kept: string[]) {
  const s = zh(text);
  expect(s).toMatch(CJK);
  for (const k of kept) expect(s).toContain(k);
}

/** A failure's message as history stores and reads it back: the same descriptor. */
function expectStored(text: Text) {
  expect(parseStoredText(JSON.parse(JSON.stringify(text)))).toEqual(text);
}

describe('send failures are descriptors in the send area', () => {
  it('network: the host, and the curl/proxy hint', async () => {
    const r = failure(
      await sendDirect(REQ, {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    expect(r.message).toEqual({ key: 'send.network', params: { host: HOST } });
    expect(en(r.message)).toBe(
      `The browser could not reach ${HOST}, or ${HOST} does not allow calls from web pages (CORS). JavaScript cannot tell these two apart.`,
    );
    expect(en(r.hint)).toMatch(/^Copy the request as a curl command/);
    expectChinese(r.message, HOST, 'CORS');
    expectChinese(r.hint, 'curl');
    expectStored(r.message);
  });

  it('timeout: where and the milliseconds, worded through the formatters', async () => {
    const direct = failure(await sendDirect(REQ, { fetch: hang, timeoutMs: 1500 }));
    expect(direct.message).toEqual({ key: 'send.timeout', params: { where: HOST, ms: 1500 } });
    expect(en(direct.message)).toBe(`No answer from ${HOST} within 1.5 s.`);
    expectChinese(direct.message, HOST, '1.5 秒');
    const sandbox = failure(
      await sendToHandler(REQ, () => new Promise(() => {}), { timeoutMs: 20 }),
    );
    expect(en(sandbox.message)).toBe('No answer from the sandbox within 20 ms.');
    expectChinese(sandbox.message, '沙盒', '20 毫秒');
    expect(en(direct.hint)).toMatch(/raise the timeout/);
    expectStored(direct.message);
    expectStored(sandbox.message);
  });

  it('cancelled', async () => {
    const r = failure(await sendDirect(REQ, { signal: AbortSignal.abort() }));
    expect(r.message).toEqual({ key: 'send.cancelled' });
    expect(en(r.message)).toBe('Cancelled.');
    expect(zh(r.message)).toBe('已取消。');
    expectChinese(r.hint, 'get_list', 'delete');
  });

  it.each([
    ['not a url', 'send.badUrl.notUrl', { url: 'not a url' }, '"not a url" is not a full URL.'],
    [
      'ftp://console.tim.qq.com/v4/x',
      'send.badUrl.scheme',
      { scheme: 'ftp:' },
      'The URL starts with ftp:, not https:.',
    ],
    [
      'https://a:b@console.tim.qq.com/v4/x',
      'send.badUrl.credentials',
      undefined,
      'The URL has a user name or password before the host.',
    ],
  ])('bad URL %s', async (url, key, params, english) => {
    const r = failure(await sendDirect({ ...REQ, url }));
    expect(r.kind).toBe('bad-url');
    expect(r.message).toEqual(params ? { key, params } : { key });
    expect(en(r.message)).toBe(english);
    expectChinese(r.message, ...(params ? Object.values(params) : []));
    expectChinese(r.hint);
    expectStored(r.message);
  });

  it('redirect, readable (relayed by the proxy) and opaque', async () => {
    const relayed = failure(
      await sendViaProxy(REQ, '/proxy', {
        fetch: proxyAnswer(
          {
            proxyError: 'upstream-redirect',
            message: 'x',
            upstream: { status: 302, location: 'https://login.example/' },
          },
          502,
        ),
      }),
    );
    expect(relayed.message).toEqual({
      key: 'send.redirect.readable',
      params: {
        who: { key: 'send.who.proxied', params: { host: HOST } },
        status: 302,
        location: 'https://login.example/',
      },
    });
    expect(en(relayed.message)).toBe(
      `${HOST} (through the proxy) answered a redirect to https://login.example/ (HTTP 302); the REST API never redirects, so this is not its answer, and it was not followed.`,
    );
    expectChinese(relayed.message, HOST, 'HTTP 302', 'https://login.example/', 'REST API');
    expectStored(relayed.message);
    const opaque = failure(
      await sendDirect(REQ, {
        fetch: async () =>
          Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' }),
      }),
    );
    expect(opaque.message).toEqual({ key: 'send.redirect.opaque', params: { who: HOST } });
    expect(en(opaque.message)).toMatch(/does not let a page see its status/);
    expectChinese(opaque.message, HOST);
    expectChinese(opaque.hint, 'curl', '-i');
    expectStored(opaque.message);
  });

  it('the proxy’s own answers: origin (its words quoted), timeout, unreachable, unresolved, refused', async () => {
    const said =
      'This proxy does not serve pages from https://x.io. To allow it, restart the proxy with --allow-origin https://x.io.';
    const cases: [object, number, string, Msg, string[]][] = [
      [
        { proxyError: 'origin-not-allowed', message: said },
        403,
        'proxy-origin',
        { key: 'send.proxy.origin', params: { said } },
        ['--allow-origin https://x.io'],
      ],
      [
        { proxyError: 'upstream-timeout', message: 'x did not answer within 15000 ms.' },
        504,
        'timeout',
        { key: 'send.proxy.timeout', params: { host: HOST } },
        [HOST],
      ],
      [
        { proxyError: 'upstream-unreachable', message: 'x', cause: 'ECONNREFUSED' },
        502,
        'network',
        { key: 'send.proxy.unreachable', params: { host: HOST, cause: 'ECONNREFUSED' } },
        [HOST, 'ECONNREFUSED'],
      ],
      [
        { proxyError: 'upstream-unreachable', message: 'x', cause: 'ENOTFOUND' },
        502,
        'unresolved',
        { key: 'send.proxy.unresolved', params: { host: HOST, cause: 'ENOTFOUND' } },
        [HOST, 'ENOTFOUND'],
      ],
      [
        { proxyError: 'body-too-large', message: 'The body is over 64 bytes.' },
        413,
        'proxy-refused',
        {
          key: 'send.proxy.refused',
          params: { code: 'body-too-large', status: 413, said: 'The body is over 64 bytes.' },
        },
        ['body-too-large', 'HTTP 413', 'The body is over 64 bytes.'],
      ],
    ];
    for (const [body, status, kind, message, kept] of cases) {
      const r = failure(await sendViaProxy(REQ, '/proxy', { fetch: proxyAnswer(body, status) }));
      expect(r.kind).toBe(kind);
      expect(r.message).toEqual(message);
      expectChinese(r.message, ...kept);
      expectChinese(r.hint);
      expectStored(r.message);
    }
    expect(
      en({ key: 'send.proxy.unresolved', params: { host: HOST, cause: 'ENOTFOUND' } } as Msg),
    ).toBe(`${HOST} does not resolve (ENOTFOUND) on the machine the proxy runs on.`);
  });

  it('a target the proxy would refuse: the page’s own sentence by code, not the server’s text', async () => {
    const r = failure(
      await sendViaProxy({ ...REQ, url: `https://evil.example/v4/x${QUERY}` }, '/proxy'),
    );
    expect(r.message).toEqual({ key: 'send.target.host', params: { host: 'evil.example' } });
    expect(en(r.message)).toMatch(/^The proxy forwards only to .*"evil\.example" is neither\.$/);
    expectChinese(r.message, 'evil.example', 'console.tim.qq.com', '127.0.0.1');
    const port = failure(
      await sendViaProxy({ ...REQ, url: `https://${HOST}:8443/v4/x${QUERY}` }, '/proxy'),
    );
    expect(en(port.message)).toBe(`${HOST} is reached on port 443 only, not 8443.`);
    expectChinese(port.message, HOST, '443', '8443');
    expectStored(r.message);
    expectStored(port.message);
  });

  it('proxy down: the address, and the one-file proxy in the hint', () => {
    const r = proxyDown('http://127.0.0.1:8788/proxy');
    expect(r.message).toEqual({
      key: 'send.proxyDown',
      params: { base: 'http://127.0.0.1:8788/proxy' },
    });
    expectChinese(r.message, 'http://127.0.0.1:8788/proxy');
    expectChinese(r.hint, 'chat-rest-proxy.mjs', 'npm run proxy', 'Node 18');
    expectStored(r.message);
  });

  it('Auto’s "neither way" nests both failures, and history reads it back', async () => {
    const network: SendResult = {
      ok: false,
      kind: 'network',
      message: { key: 'send.network', params: { host: HOST } },
      hint: { key: 'send.h.network' },
    };
    const found = await findWay(REQ, {
      direct: async () => network,
      proxy: async () => proxyDown('/proxy'),
      memory: { get: () => undefined, set: () => {}, forget: () => {} },
      random: () => 1,
    });
    const r = failure(found.result);
    expect(r.message).toMatchObject({ key: 'send.neither', params: { host: HOST } });
    expect(en(r.message)).toMatch(
      /^Neither way reached console\.tim\.qq\.com\. Direct: The browser/,
    );
    expectChinese(r.message, HOST, '/proxy');
    expect(en(r.hint)).toMatch(/Or copy the request as curl and run it in a terminal\.$/);
    expectStored(r.message);
  });
});

describe('answer notes and the proxy check', () => {
  it('the HTTP status notes keep today’s English', () => {
    expect(explainHttpStatus(404)).toEqual({ key: 'send.http.notFound', params: { status: 404 } });
    expect(en(explainHttpStatus(502)!)).toBe(
      'HTTP 502: the service itself answers 200 and puts the outcome in the body, so a gateway between you and the service failed (or the proxy could not reach the host). Try again in a moment.',
    );
    for (const s of [301, 404, 405, 413, 418, 503])
      expectChinese(explainHttpStatus(s)!, `HTTP ${s}`);
  });

  it('a body that is not JSON, or not an object, with the status note before it', () => {
    const html = parseOutcome('<html><title>Bad Gateway</title></html>', 502);
    expect(html.ok).toBe(false);
    if (html.ok) return;
    expect(html.message).toEqual({
      key: 'send.both',
      params: {
        a: { key: 'send.http.gateway', params: { status: 502 } },
        b: { key: 'send.body.html', params: { title: 'Bad Gateway' } },
      },
    });
    expectChinese(html.message, 'HTTP 502', 'Bad Gateway', 'JSON');
    const array = parseOutcome('[1]');
    expect(!array.ok && en(array.message)).toBe(
      'The answer is JSON but not an object (an array); the REST API always answers an object.',
    );
    expect(!array.ok && zh(array.message)).toContain('数组');
  });

  it('the proxy check says nothing answered, in both languages', async () => {
    const r = await checkProxy('http://127.0.0.1:1/proxy', {
      fetch: async () => {
        throw new TypeError('x');
      },
    });
    expect(r).toEqual({
      kind: 'down',
      message: { key: 'send.check.down', params: { base: 'http://127.0.0.1:1/proxy' } },
    });
    expectChinese(r.kind === 'down' ? r.message : '', 'http://127.0.0.1:1/proxy');
  });
});
