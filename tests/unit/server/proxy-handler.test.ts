import { afterEach, describe, expect, it } from 'vitest';
import { PROXY_ERROR_HEADER, REGION_HOSTS, BACKUP_HOSTS } from '../../../src/lib/proxy';
import {
  formatLogEntry,
  type ProxyLogEntry,
  type UpstreamFetch,
  type UpstreamInit,
} from '../../../src/server/proxy-handler';
import { startProxy, startUpstream, type Running } from './servers';

const PATH = '/v4/recentcontact/get_list';
const SECRET = 'eJyrVkrxCdYrzkxRslIyNDAwUNJRQGGYmRoaGVhYgtmpFQWZRalKVkoF*-_SECRET';
const QUERY = `?sdkappid=1400000000&identifier=admin&usersig=${SECRET}&random=42&contenttype=json`;
const BODY =
  '{"From_Account":"id1","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":15}';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function upstream(...args: Parameters<typeof startUpstream>) {
  const u = await startUpstream(...args);
  running.push(u);
  return u;
}
async function proxy(...args: Parameters<typeof startProxy>) {
  const p = await startProxy(...args);
  running.push(p);
  return p;
}

/** The proxy URL for a loopback upstream. */
function via(p: Running, u: Running, path = PATH, query = QUERY): string {
  return `${p.origin}/proxy/http:127.0.0.1:${u.port}${path}${query}`;
}

describe('the proxy handler against a local upstream', () => {
  it('forwards a POST: path and query intact, body byte for byte, the answer back', async () => {
    const u = await upstream();
    const p = await proxy();
    const res = await fetch(via(p, u), {
      method: 'POST',
      body: BODY,
      headers: { origin: 'http://localhost:5173' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(
      '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}',
    );
    expect(res.headers.get('content-type')).toBe('application/json');
    // The origin served, named: never `*` (issue 14).
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(u.seen).toHaveLength(1);
    expect(u.seen[0]?.method).toBe('POST');
    expect(u.seen[0]?.url).toBe(`${PATH}${QUERY}`);
    expect(u.seen[0]?.body.toString('utf8')).toBe(BODY);
  });

  it('passes every byte value through unchanged, not only valid UTF-8', async () => {
    const u = await upstream();
    const p = await proxy();
    const bytes = new Uint8Array(256 * 4).map((_, i) => (i * 7) % 256);
    await fetch(via(p, u), { method: 'POST', body: bytes });
    expect(Buffer.compare(u.seen[0]!.body, Buffer.from(bytes))).toBe(0);
  });

  it('sends upstream no cookie, authorization or other header of the caller', async () => {
    const u = await upstream();
    const p = await proxy();
    await fetch(via(p, u), {
      method: 'POST',
      body: BODY,
      headers: {
        cookie: 'session=abc',
        authorization: 'Bearer xyz',
        'proxy-authorization': 'Basic eHl6',
        'x-forwarded-for': '10.0.0.1',
        'x-custom': 'secret',
        'content-type': 'text/plain;charset=UTF-8',
      },
    });
    const h = u.seen[0]!.headers;
    expect(h['cookie']).toBeUndefined();
    expect(h['authorization']).toBeUndefined();
    expect(h['proxy-authorization']).toBeUndefined();
    expect(h['x-forwarded-for']).toBeUndefined();
    expect(h['x-custom']).toBeUndefined();
    expect(h['content-type']).toBe('application/json');
  });

  it('strips Set-Cookie and every other upstream header from the answer', async () => {
    const u = await upstream((res) => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'set-cookie': ['a=1; HttpOnly', 'b=2'],
        'x-upstream-secret': 'internal',
        location: 'https://evil.test/',
      });
      res.end('{}');
    });
    const p = await proxy();
    const res = await fetch(via(p, u), { method: 'POST', body: BODY });
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(res.headers.get('x-upstream-secret')).toBeNull();
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBeNull();
  });

  it('passes a non-200 upstream status through', async () => {
    const u = await upstream((res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    });
    const p = await proxy();
    const res = await fetch(via(p, u), { method: 'POST', body: BODY });
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('<h1>Not found</h1>');
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBeNull();
  });

  it('does not follow a redirect: it answers what the host said, status and Location (issue 14.5)', async () => {
    const u = await upstream((res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/v4/elsewhere' });
      res.end();
    });
    const p = await proxy();
    const res = await fetch(via(p, u), { method: 'POST', body: BODY, redirect: 'manual' });
    // Not a 3xx of its own: a browser would hide that from the page as an opaque redirect.
    expect(res.status).toBe(502);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('upstream-redirect');
    expect(await res.json()).toMatchObject({
      proxyError: 'upstream-redirect',
      upstream: { status: 302, location: 'http://127.0.0.1:1/v4/elsewhere' },
    });
    expect(u.seen).toHaveLength(1);
  });

  it('refuses a body over the cap with 413, without calling the upstream', async () => {
    const u = await upstream();
    const p = await proxy({ maxRequestBytes: 1024 });
    const res = await fetch(via(p, u), { method: 'POST', body: 'x'.repeat(1025) });
    expect(res.status).toBe(413);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('body-too-large');
    expect(await res.json()).toMatchObject({ proxyError: 'body-too-large' });
    expect(u.seen).toHaveLength(0);
  });

  it('counts a streamed body (no Content-Length) against the cap too', async () => {
    const u = await upstream();
    const p = await proxy({ maxRequestBytes: 1024 });
    const chunk = new Uint8Array(600).fill(120);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(chunk);
        c.enqueue(chunk);
        c.close();
      },
    });
    const res = await fetch(via(p, u), {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(u.seen).toHaveLength(0);
  });

  it('takes a body of exactly the cap', async () => {
    const u = await upstream();
    const p = await proxy({ maxRequestBytes: 1024 });
    const res = await fetch(via(p, u), { method: 'POST', body: 'x'.repeat(1024) });
    expect(res.status).toBe(200);
    expect(u.seen[0]?.body.byteLength).toBe(1024);
  });

  it('caps the default request body at 1 MB', async () => {
    const u = await upstream();
    const p = await proxy();
    const res = await fetch(via(p, u), { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });
    expect(res.status).toBe(413);
  });

  it('cuts off an answer over the response cap with a 502', async () => {
    const u = await upstream((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`"${'y'.repeat(5000)}"`);
    });
    const p = await proxy({ maxResponseBytes: 4096 });
    const res = await fetch(via(p, u), { method: 'POST', body: BODY });
    expect(res.status).toBe(502);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('response-too-large');
  });

  it('answers 504 when the upstream does not answer in time', async () => {
    const u = await upstream(() => {
      /* never answers */
    });
    const p = await proxy({ timeoutMs: 50 });
    const res = await fetch(via(p, u), { method: 'POST', body: BODY });
    expect(res.status).toBe(504);
    expect(res.headers.get(PROXY_ERROR_HEADER)).toBe('upstream-timeout');
  });

  it('answers 502 when the upstream cannot be reached', async () => {
    const u = await upstream();
    const port = u.port;
    await u.close();
    running.splice(running.indexOf(u), 1);
    const p = await proxy();
    const res = await fetch(`${p.origin}/proxy/http:127.0.0.1:${port}${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
    });
    expect(res.status).toBe(502);
    const body = (await res.json()) as { proxyError: string; message: string };
    expect(body.proxyError).toBe('upstream-unreachable');
    expect(body.message).toMatch(/ECONNREFUSED/);
  });
});

describe('the proxy handler refuses', () => {
  it.each(['GET', 'PUT', 'DELETE', 'PATCH'])('%s with 405 and a JSON reason', async (method) => {
    const u = await upstream();
    const p = await proxy();
    const res = await fetch(via(p, u), { method, body: method === 'GET' ? null : BODY });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await res.json()).toMatchObject({ proxyError: 'method-not-allowed' });
    expect(u.seen).toHaveLength(0);
  });

  it('nothing at all to a disallowed host, with 403 and the reason in words', async () => {
    const p = await proxy();
    const res = await fetch(`${p.origin}/proxy/console.tim.qq.com.evil.test${PATH}${QUERY}`, {
      method: 'POST',
      body: BODY,
      headers: { origin: 'http://127.0.0.1:4173' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(res.headers.get('access-control-expose-headers')).toContain(PROXY_ERROR_HEADER);
    const body = (await res.json()) as { proxyError: string; message: string };
    expect(body.proxyError).toBe('host-not-allowed');
    expect(body.message).toMatch(/forwards only to/);
  });

  it('paths outside the prefix with 404 when standing alone', async () => {
    const p = await proxy();
    const res = await fetch(`${p.origin}/console.tim.qq.com${PATH}`, {
      method: 'POST',
      body: BODY,
    });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ proxyError: 'not-found' });
  });

  it('but answers a CORS preflight, so the page can read the refusal that follows', async () => {
    const p = await proxy({ allowOrigins: ['https://example.github.io'] });
    const res = await fetch(`${p.origin}/proxy/console.tim.qq.com${PATH}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.github.io',
        'access-control-request-method': 'POST',
        'access-control-request-private-network': 'true',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://example.github.io');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/^POST\b/);
    expect(res.headers.get('access-control-allow-private-network')).toBe('true');
  });
});

describe('the proxy handler with an injected upstream fetch (real regional hosts)', () => {
  function recordingFetch() {
    const calls: { url: string; init: UpstreamInit }[] = [];
    const fetchFn: UpstreamFetch = async (url, init) => {
      calls.push({ url, init });
      return new Response('{"ActionStatus":"OK","ErrorCode":0}', {
        status: 200,
        headers: { 'content-type': 'application/json', 'set-cookie': 'tracking=1' },
      });
    };
    return { calls, fetchFn };
  }

  it.each([...REGION_HOSTS, ...BACKUP_HOSTS])(
    'forwards to %s with Content-Type alone',
    async (host) => {
      const { calls, fetchFn } = recordingFetch();
      const p = await proxy({ fetch: fetchFn });
      const res = await fetch(`${p.origin}/proxy/${host}${PATH}${QUERY}`, {
        method: 'POST',
        body: BODY,
        headers: { cookie: 'sid=1', authorization: 'Bearer t' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(calls).toHaveLength(1);
      const call = calls[0]!;
      expect(call.url).toBe(`https://${host}${PATH}${QUERY}`);
      expect(call.init.method).toBe('POST');
      expect(call.init.headers).toEqual({ 'content-type': 'application/json' });
      expect(call.init.redirect).toBe('manual');
      expect(new TextDecoder().decode(call.init.body)).toBe(BODY);
    },
  );

  it('never calls the upstream for a refused target', async () => {
    const { calls, fetchFn } = recordingFetch();
    const p = await proxy({ fetch: fetchFn });
    for (const target of [
      'evil.test',
      'console.tim.qq.com:8443',
      'http:console.tim.qq.com',
      'console.tim.qq.com@evil.test',
      '10.0.0.1',
    ]) {
      const res = await fetch(`${p.origin}/proxy/${target}${PATH}`, { method: 'POST', body: BODY });
      expect(res.status, target).toBeGreaterThanOrEqual(400);
      expect(res.status, target).toBeLessThan(500);
    }
    expect(calls).toEqual([]);
  });

  it('aborts the upstream call when the page goes away', async () => {
    let aborted: (() => void) | undefined;
    const gotAbort = new Promise<void>((r) => (aborted = r));
    const fetchFn: UpstreamFetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal.addEventListener('abort', () => {
          aborted?.();
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const p = await proxy({ fetch: fetchFn });
    const client = new AbortController();
    const pending = fetch(`${p.origin}/proxy/console.tim.qq.com${PATH}`, {
      method: 'POST',
      body: BODY,
      signal: client.signal,
    }).catch(() => 'cancelled');
    setTimeout(() => client.abort(), 30);
    expect(await pending).toBe('cancelled');
    await gotAbort;
  });
});

describe('the proxy log', () => {
  it('never receives the query string, whatever happens', async () => {
    const entries: ProxyLogEntry[] = [];
    const u = await upstream();
    const hang = await upstream(() => undefined);
    const p = await proxy({ log: (e) => entries.push(e), timeoutMs: 50 });
    const targets = [
      via(p, u), // forwarded
      via(p, hang), // times out
      `${p.origin}/proxy/evil.test${PATH}${QUERY}`, // refused host
      `${p.origin}/proxy/console.tim.qq.com/v3/x${QUERY}`, // refused path
      `${p.origin}/elsewhere${QUERY}`, // outside the prefix
    ];
    for (const t of targets) await fetch(t, { method: 'POST', body: BODY });
    await fetch(via(p, u), { method: 'GET' });
    expect(entries).toHaveLength(6);
    const text = JSON.stringify(entries) + entries.map(formatLogEntry).join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('usersig');
    expect(text).not.toContain('?');
    expect(entries[0]).toMatchObject({
      method: 'POST',
      host: `127.0.0.1:${u.port}`,
      path: PATH,
      status: 200,
      refusal: null,
    });
    expect(entries[1]).toMatchObject({ status: 504, refusal: 'upstream-timeout' });
    expect(entries[2]).toMatchObject({ host: null, path: null, status: 403 });
    expect(entries[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('formats a line with method, host, path, status and duration', () => {
    expect(
      formatLogEntry({
        method: 'POST',
        host: 'console.tim.qq.com',
        path: PATH,
        status: 200,
        durationMs: 41.6,
        refusal: null,
      }),
    ).toBe(`POST console.tim.qq.com${PATH} -> 200 42 ms`);
    expect(
      formatLogEntry({
        method: 'GET',
        host: null,
        path: null,
        status: 405,
        durationMs: 0.2,
        refusal: 'method-not-allowed',
      }),
    ).toBe('GET - -> 405 method-not-allowed 0 ms');
  });
});
