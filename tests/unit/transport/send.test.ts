import { describe, expect, it, vi } from 'vitest';
import type { WireRequest, WireResponse } from '../../../src/lib/api/wire';
import { PROXY_ERROR_HEADER } from '../../../src/lib/proxy';
import * as transport from '../../../src/lib/transport';
import { inEnglishAsync } from '../i18n/texts';

// The failures as the page words them in English (their descriptors: send-texts.test.ts).
const sendDirect = inEnglishAsync(transport.sendDirect);
const sendViaProxy = inEnglishAsync(transport.sendViaProxy);
const sendToHandler = inEnglishAsync(transport.sendToHandler);

const QUERY = '?sdkappid=1400000000&identifier=admin&usersig=eJyr*-_&random=42&contenttype=json';
const URL_CN = `https://console.tim.qq.com/v4/recentcontact/get_list${QUERY}`;
const BODY =
  '{"From_Account":"id1","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":15}';
const REQ: WireRequest = { method: 'POST', url: URL_CN, body: BODY };
const OK_BODY =
  '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":"","Name":"Zoë 😀"}';

type FetchArgs = Parameters<typeof globalThis.fetch>;

/** A fetch that records its calls and answers `respond()`. */
function fakeFetch(respond: (...args: FetchArgs) => Promise<Response>) {
  return vi.fn<typeof globalThis.fetch>(respond);
}

/** A fetch that never settles unless its signal aborts (then it rejects, as fetch does). */
const hangingFetch = (...[, init]: FetchArgs) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
  });

/** A fetch that ignores its signal altogether and never settles. */
const deafFetch = () => new Promise<Response>(() => undefined);

/** A clock that answers the given times in turn. */
function clock(...times: number[]) {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)] ?? 0;
}

describe('sendDirect', () => {
  it('makes exactly one simple POST: the URL as given, the body as a string, no headers', async () => {
    const fetch = fakeFetch(async () => new Response(OK_BODY, { status: 200 }));
    await sendDirect(REQ, { fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(URL_CN);
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe(BODY);
    expect(typeof init?.body).toBe('string');
    expect(init?.headers).toBeUndefined();
    expect(init?.credentials).toBe('omit');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    // A redirect is never followed: the REST API never redirects, so one is not its answer.
    expect(init?.redirect).toBe('manual');
    expect(Object.keys(init ?? {}).sort()).toEqual([
      'body',
      'credentials',
      'method',
      'redirect',
      'signal',
    ]);
  });

  it('answers the response, its duration from the injected clock and its UTF-8 size', async () => {
    const fetch = fakeFetch(
      async () =>
        new Response(OK_BODY, { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    const r = await sendDirect(REQ, { fetch, now: clock(1000, 1042.5) });
    expect(r).toEqual({
      ok: true,
      response: { status: 200, body: OK_BODY, headers: { 'content-type': 'application/json' } },
      durationMs: 42.5,
      sizeBytes: new TextEncoder().encode(OK_BODY).byteLength,
    });
    // "ë" is 2 bytes and the emoji 4: bytes, not UTF-16 units.
    expect(r.ok && r.sizeBytes).toBe(OK_BODY.length + 1 + 2);
  });

  it('returns a non-200 answer as a response (the body explains it; see parseOutcome)', async () => {
    const fetch = fakeFetch(async () => new Response('<html>Bad Gateway</html>', { status: 502 }));
    const r = await sendDirect(REQ, { fetch });
    expect(r.ok && r.response.status).toBe(502);
  });

  it('says a failed fetch is unreachable OR cross-origin, and offers curl and the proxy', async () => {
    const fetch = fakeFetch(async () => {
      throw new TypeError('Failed to fetch');
    });
    const r = await sendDirect(REQ, { fetch });
    expect(r).toMatchObject({ ok: false, kind: 'network' });
    if (r.ok) return;
    expect(r.message).toMatch(/could not reach console\.tim\.qq\.com/);
    expect(r.message).toMatch(/CORS/);
    expect(r.message).toMatch(/cannot tell/);
    expect(r.hint).toMatch(/curl/);
    expect(r.hint).toMatch(/proxy/);
  });

  it('treats a body that breaks off mid-read as a network failure', async () => {
    const fetch = fakeFetch(async () => {
      const body = new ReadableStream({
        pull(c) {
          c.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { status: 200 });
    });
    expect(await sendDirect(REQ, { fetch })).toMatchObject({ ok: false, kind: 'network' });
  });

  it('times out a fetch that never answers', async () => {
    const r = await sendDirect(REQ, { fetch: hangingFetch, timeoutMs: 20 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
    expect(!r.ok && r.message).toMatch(/20 ms/);
  });

  it('times out even a fetch that ignores its signal', async () => {
    expect(await sendDirect(REQ, { fetch: deafFetch, timeoutMs: 20 })).toMatchObject({
      kind: 'timeout',
    });
  });

  it('aborts the fetch it started when it times out', async () => {
    let seen: AbortSignal | undefined;
    const fetch = fakeFetch((...args) => {
      seen = args[1]?.signal ?? undefined;
      return hangingFetch(...args);
    });
    await sendDirect(REQ, { fetch, timeoutMs: 10 });
    expect(seen?.aborted).toBe(true);
  });

  it('cancels when the signal aborts, and aborts the fetch', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const fetch = fakeFetch((...args) => {
      seen = args[1]?.signal ?? undefined;
      return hangingFetch(...args);
    });
    const pending = sendDirect(REQ, { fetch, signal: controller.signal, timeoutMs: 10_000 });
    controller.abort();
    const r = await pending;
    expect(r).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(seen?.aborted).toBe(true);
  });

  it('cancels a fetch that ignores its signal', async () => {
    const controller = new AbortController();
    const pending = sendDirect(REQ, { fetch: deafFetch, signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    expect(await pending).toMatchObject({ kind: 'cancelled' });
  });

  it('does not send at all when already cancelled', async () => {
    const fetch = fakeFetch(async () => new Response('{}'));
    const r = await sendDirect(REQ, { fetch, signal: AbortSignal.abort() });
    expect(r).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['not a url', /not a full URL/],
    ['console.tim.qq.com/v4/recentcontact/get_list', /not a full URL/],
    ['ftp://console.tim.qq.com/v4/x', /ftp:/],
    ['https://admin:pw@console.tim.qq.com/v4/x', /user name or password/],
  ])('refuses the URL %s before sending', async (url, words) => {
    const fetch = fakeFetch(async () => new Response('{}'));
    const r = await sendDirect({ ...REQ, url }, { fetch });
    expect(r).toMatchObject({ ok: false, kind: 'bad-url' });
    expect(!r.ok && r.message).toMatch(words);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('throws on a timeout that is not a positive number (a bug, not a failure)', async () => {
    const fetch = fakeFetch(async () => new Response('{}'));
    await expect(sendDirect(REQ, { fetch, timeoutMs: 0 })).rejects.toThrow(RangeError);
    await expect(sendDirect(REQ, { fetch, timeoutMs: Number.NaN })).rejects.toThrow(RangeError);
  });
});

describe('sendViaProxy', () => {
  it('rewrites a real host to {base}/{host}{path}?{query} and sends the same body, no headers', async () => {
    const fetch = fakeFetch(async () => new Response(OK_BODY));
    const r = await sendViaProxy(REQ, '/proxy/', { fetch });
    expect(r.ok).toBe(true);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`/proxy/console.tim.qq.com/v4/recentcontact/get_list${QUERY}`);
    expect(init?.body).toBe(BODY);
    expect(init?.method).toBe('POST');
    expect(init?.headers).toBeUndefined();
    expect(init?.redirect).toBe('manual');
  });

  it('writes http: and the port for a loopback sandbox', async () => {
    const fetch = fakeFetch(async () => new Response(OK_BODY));
    const req = { ...REQ, url: `http://127.0.0.1:8787/v4/recentcontact/get_list${QUERY}` };
    await sendViaProxy(req, 'http://127.0.0.1:8788/proxy', { fetch });
    expect(fetch.mock.calls[0]?.[0]).toBe(
      `http://127.0.0.1:8788/proxy/http:127.0.0.1:8787/v4/recentcontact/get_list${QUERY}`,
    );
  });

  it('refuses, without a round trip, a target the proxy would refuse', async () => {
    const fetch = fakeFetch(async () => new Response(OK_BODY));
    const req = { ...REQ, url: `https://console.tim.qq.com.evil.test/v4/x${QUERY}` };
    const r = await sendViaProxy(req, '/proxy', { fetch });
    expect(r).toMatchObject({ ok: false, kind: 'proxy-refused' });
    expect(!r.ok && r.message).toMatch(/forwards only to/);
    expect(fetch).not.toHaveBeenCalled();
  });

  // A refusal quotes the proxy's own words (server data) after a sentence of ours; an upstream
  // timeout or unreachable host is worded by the page from the code (the host is the target's).
  it.each([
    ['host-not-allowed', 403, 'proxy-refused', `words for host-not-allowed`],
    ['body-too-large', 413, 'proxy-refused', `words for body-too-large`],
    ['upstream-unreachable', 502, 'network', 'The proxy could not reach console.tim.qq.com.'],
    ['upstream-timeout', 504, 'timeout', 'console.tim.qq.com did not answer the proxy in time.'],
  ] as const)(
    'reads the proxy’s own %s answer (HTTP %i) as %s',
    async (code, status, kind, words) => {
      const fetch = fakeFetch(
        async () =>
          new Response(JSON.stringify({ proxyError: code, message: `words for ${code}` }), {
            status,
            headers: { [PROXY_ERROR_HEADER]: code, 'content-type': 'application/json' },
          }),
      );
      const r = await sendViaProxy(REQ, '/proxy', { fetch });
      expect(r).toMatchObject({ ok: false, kind });
      expect(!r.ok && r.message).toContain(words);
    },
  );

  it('passes an upstream answer through, even a 502 that is not the proxy’s own', async () => {
    const fetch = fakeFetch(async () => new Response('<html>502</html>', { status: 502 }));
    const r = await sendViaProxy(REQ, '/proxy', { fetch });
    expect(r.ok && r.response.status).toBe(502);
  });

  it('says when the proxy itself cannot be reached', async () => {
    const fetch = fakeFetch(async () => {
      throw new TypeError('fetch failed');
    });
    const r = await sendViaProxy(REQ, 'http://127.0.0.1:8788/proxy', { fetch });
    // Told apart from a direct send's network failure (issue 17.4): the proxy is not running.
    expect(r).toMatchObject({ ok: false, kind: 'proxy-down' });
    expect(!r.ok && r.message).toMatch(/proxy address http:\/\/127\.0\.0\.1:8788\/proxy/);
    expect(!r.ok && r.hint).toMatch(/npm run proxy/);
  });

  it('times out and cancels like a direct send', async () => {
    expect(await sendViaProxy(REQ, '/proxy', { fetch: hangingFetch, timeoutMs: 15 })).toMatchObject(
      { kind: 'timeout' },
    );
    const c = new AbortController();
    const pending = sendViaProxy(REQ, '/proxy', { fetch: hangingFetch, signal: c.signal });
    c.abort();
    expect(await pending).toMatchObject({ kind: 'cancelled' });
  });
});

describe('sendToHandler', () => {
  const answer: WireResponse = { status: 200, body: OK_BODY, headers: {} };

  it('hands the request to the handler and measures its answer', async () => {
    const handler = vi.fn(async () => answer);
    const r = await sendToHandler(REQ, handler, { now: clock(5, 8) });
    expect(handler).toHaveBeenCalledWith(REQ, expect.any(AbortSignal));
    expect(r).toEqual({
      ok: true,
      response: answer,
      durationMs: 3,
      sizeBytes: new TextEncoder().encode(OK_BODY).byteLength,
    });
  });

  it('times out a handler that never answers', async () => {
    const r = await sendToHandler(REQ, () => new Promise(() => undefined), { timeoutMs: 15 });
    expect(r).toMatchObject({ ok: false, kind: 'timeout' });
    expect(!r.ok && r.message).toMatch(/sandbox/);
  });

  it('cancels, and tells the handler through its signal', async () => {
    const c = new AbortController();
    let seen: AbortSignal | undefined;
    const pending = sendToHandler(
      REQ,
      (_req, signal) => {
        seen = signal;
        return new Promise(() => undefined);
      },
      { signal: c.signal },
    );
    c.abort();
    expect(await pending).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(seen?.aborted).toBe(true);
  });

  it('lets a bug in the handler throw', async () => {
    await expect(
      sendToHandler(REQ, async () => {
        throw new Error('sandbox bug');
      }),
    ).rejects.toThrow('sandbox bug');
  });
});
