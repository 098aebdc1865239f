// The transport against real HTTP servers on 127.0.0.1 with Node's own fetch: no network.
import { afterEach, describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import * as transport from '../../../src/lib/transport';
import { inEnglish, inEnglishAsync } from '../i18n/texts';

// The failures as the page words them in English.
const sendDirect = inEnglishAsync(transport.sendDirect);
const sendViaProxy = inEnglishAsync(transport.sendViaProxy);
const parseOutcome = inEnglish(transport.parseOutcome);
import { startProxy, startUpstream, type Running } from '../server/servers';

const PATH = '/v4/recentcontact/get_list';
const QUERY = '?sdkappid=1400000000&identifier=admin&usersig=eJyr*-_&random=42&contenttype=json';
const BODY =
  '{"From_Account":"Zoë","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":15}';
const ANSWER =
  '{"SessionItem":[],"CompleteFlag":1,"TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function upstream(...args: Parameters<typeof startUpstream>) {
  const u = await startUpstream(...args);
  running.push(u);
  return u;
}

function request(origin: string): WireRequest {
  return { method: 'POST', url: `${origin}${PATH}${QUERY}`, body: BODY };
}

describe('sendDirect against a local server', () => {
  it('sends a simple POST and reads the answer', async () => {
    const u = await upstream((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(ANSWER);
    });
    const r = await sendDirect(request(u.origin));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.response.status).toBe(200);
    expect(r.response.body).toBe(ANSWER);
    expect(r.response.headers['content-type']).toBe('application/json');
    expect(r.sizeBytes).toBe(Buffer.byteLength(ANSWER));
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect(parseOutcome(r.response.body, r.response.status)).toMatchObject({
      ok: true,
      ActionStatus: 'OK',
      ErrorCode: 0,
    });

    const seen = u.seen[0]!;
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe(`${PATH}${QUERY}`);
    expect(seen.body.toString('utf8')).toBe(BODY);
    // A string body is sent as text/plain: a CORS-safelisted type, so no preflight in a browser.
    expect(seen.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(seen.headers['cookie']).toBeUndefined();
    expect(seen.headers['authorization']).toBeUndefined();
  });

  it('times out against a server that never answers', async () => {
    const u = await upstream(() => undefined);
    expect(await sendDirect(request(u.origin), { timeoutMs: 50 })).toMatchObject({
      ok: false,
      kind: 'timeout',
    });
  });

  it('reports a closed port as a network failure', async () => {
    const u = await upstream();
    const origin = u.origin;
    await u.close();
    running.splice(running.indexOf(u), 1);
    expect(await sendDirect(request(origin))).toMatchObject({ ok: false, kind: 'network' });
  });
});

describe('sendViaProxy through the real proxy to a local sandbox', () => {
  it('arrives with the same path, query and body', async () => {
    const u = await upstream((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'x=1' });
      res.end(ANSWER);
    });
    const p = await startProxy();
    running.push(p);
    const r = await sendViaProxy(request(u.origin), `${p.origin}/proxy`);
    expect(r.ok && r.response.body).toBe(ANSWER);
    expect(r.ok && r.response.headers['set-cookie']).toBeUndefined();
    expect(u.seen[0]?.url).toBe(`${PATH}${QUERY}`);
    expect(u.seen[0]?.body.toString('utf8')).toBe(BODY);
  });

  it('turns the proxy’s refusal and its upstream timeout into failures', async () => {
    const hang = await upstream(() => undefined);
    const p = await startProxy({ timeoutMs: 30, maxRequestBytes: 64 });
    running.push(p);
    expect(await sendViaProxy(request(hang.origin), `${p.origin}/proxy`)).toMatchObject({
      ok: false,
      kind: 'proxy-refused',
      message: expect.stringMatching(/over 64 bytes/),
    });
    const small = { ...request(hang.origin), body: '{}' };
    expect(await sendViaProxy(small, `${p.origin}/proxy`)).toMatchObject({
      ok: false,
      kind: 'timeout',
    });
  });

  it('says so when nothing listens at the proxy address', async () => {
    const u = await upstream();
    const p = await startProxy();
    const base = `${p.origin}/proxy`;
    await p.close();
    const r = await sendViaProxy(request(u.origin), base);
    expect(r).toMatchObject({ ok: false, kind: 'proxy-down' });
    expect(!r.ok && r.message).toContain(base);
  });
});

describe('redirects (the REST API never redirects)', () => {
  // A host that answers a redirect, and the host it points to, which must never be asked.
  async function redirecting(status: number) {
    const elsewhere = await upstream((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ActionStatus":"OK","ErrorCode":0,"From":"elsewhere"}');
    });
    const location = `${elsewhere.origin}${PATH}${QUERY}`;
    const host = await upstream((res) => {
      res.writeHead(status, { location, 'access-control-allow-origin': '*' });
      res.end();
    });
    return { host, elsewhere, location };
  }

  it.each([301, 302, 307, 308])(
    'a direct send answered %i is a redirect failure naming where it points, never followed',
    async (status) => {
      const { host, elsewhere, location } = await redirecting(status);
      const r = await sendDirect(request(host.origin));
      expect(r).toMatchObject({ ok: false, kind: 'redirect' });
      if (r.ok) return;
      expect(r.message).toContain(`HTTP ${status}`);
      expect(r.message).toContain(`a redirect to ${location}`);
      expect(r.message).toMatch(/the REST API never redirects/);
      expect(r.hint).toMatch(/curl/);
      expect(host.seen).toHaveLength(1);
      expect(elsewhere.seen).toHaveLength(0);
    },
  );

  it('a 3xx the proxy relays is a redirect failure too, not the answer', async () => {
    const { host, elsewhere, location } = await redirecting(307);
    const p = await startProxy();
    running.push(p);
    const r = await sendViaProxy(request(host.origin), `${p.origin}/proxy`);
    expect(r).toMatchObject({ ok: false, kind: 'redirect' });
    expect(!r.ok && r.message).toMatch(/HTTP 307.*the REST API never redirects/);
    // Where it pointed, relayed by the proxy (issue 14.5).
    expect(!r.ok && r.message).toContain(`a redirect to ${location}`);
    expect(elsewhere.seen).toHaveLength(0);
  });
});

describe('failures through the real proxy, told apart (issue 17.4)', () => {
  it('a proxy that does not serve this page is proxy-origin, with the command that allows it', async () => {
    const u = await upstream();
    const p = await startProxy();
    running.push(p);
    const pageFetch: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { origin: 'https://someone.github.io' } });
    const r = await sendViaProxy(request(u.origin), `${p.origin}/proxy`, { fetch: pageFetch });
    expect(r).toMatchObject({ ok: false, kind: 'proxy-origin' });
    expect(!r.ok && r.message).toContain('--allow-origin https://someone.github.io');
    expect(u.seen).toHaveLength(0);
  });

  it('a host whose name does not resolve is unresolved', async () => {
    const p = await startProxy({
      fetch: () =>
        Promise.reject(
          Object.assign(new TypeError('fetch failed'), {
            cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
          }),
        ),
    });
    running.push(p);
    const r = await sendViaProxy(
      { method: 'POST', url: `https://adminapisgp.im.qcloud.com${PATH}${QUERY}`, body: BODY },
      `${p.origin}/proxy`,
    );
    expect(r).toMatchObject({ ok: false, kind: 'unresolved' });
    expect(!r.ok && r.message).toMatch(
      /adminapisgp\.im\.qcloud\.com does not resolve \(ENOTFOUND\)/,
    );
  });

  it('a host that refuses the connection is network, with the system code', async () => {
    const u = await upstream();
    const p = await startProxy();
    running.push(p);
    await u.close();
    running.splice(running.indexOf(u), 1);
    const r = await sendViaProxy(request(u.origin), `${p.origin}/proxy`);
    expect(r).toMatchObject({ ok: false, kind: 'network' });
    expect(!r.ok && r.message).toMatch(/ECONNREFUSED/);
  });
});
