import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import { PROBE_USERSIG } from '../../../src/lib/transport/probe';
import { en } from '../i18n/texts';
import {
  MAX_ROUTES,
  ROUTES_KEY,
  parseRoutes,
  probeVia,
  storedRoutes,
  transmit,
  type RouteWorld,
} from '../../../src/lib/transport/route';

const HOST = 'adminapisgp.im.qcloud.com';
const REQ: WireRequest = {
  method: 'POST',
  url: `https://${HOST}/v4/recentcontact/get_list?sdkappid=1400123456&identifier=admin&usersig=REAL&random=1&contenttype=json`,
  body: '{"From_Account":"alice"}',
};
const PROXY = 'http://127.0.0.1:8788/proxy';
const OK = '{"ActionStatus":"OK","ErrorCode":0}';

/** A fetch where the host itself is blocked (as a CORS block looks: a TypeError) and the proxy answers. */
function network(directWorks: boolean) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    if (url.startsWith(PROXY)) return new Response(OK, { status: 200 });
    if (directWorks) return new Response(OK, { status: 200 });
    throw new TypeError('Failed to fetch');
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

/** A Storage stand-in over a Map; `broken` makes every call throw, as blocked storage does. */
function storage(initial: Record<string, string> = {}, broken = false) {
  const map = new Map(Object.entries(initial));
  const fail = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    map,
    get: () => ({
      getItem: (k: string) => (broken ? fail() : (map.get(k) ?? null)),
      setItem: (k: string, v: string) => void (broken ? fail() : map.set(k, v)),
    }),
  };
}
const stored = (s: ReturnType<typeof storage>) => parseRoutes(s.map.get(ROUTES_KEY) ?? null);

function world(fetch: typeof globalThis.fetch, memory = storedRoutes(storage().get)): RouteWorld {
  return {
    settings: { proxyBase: PROXY, timeoutSeconds: 5 },
    signal: new AbortController().signal,
    memory,
    fetch,
  };
}

describe('storedRoutes', () => {
  it('keeps per host the way that worked, in storage, and reads it back after a reload', () => {
    const s = storage();
    const mem = storedRoutes(s.get);
    expect(mem.get('a.example')).toBeUndefined();
    mem.set('a.example', 'direct');
    mem.set('b.example:8787', 'proxy');
    expect(stored(s)).toEqual({ 'a.example': 'direct', 'b.example:8787': 'proxy' });
    const again = storedRoutes(s.get);
    expect(again.get('a.example')).toBe('direct');
    expect(again.get('b.example:8787')).toBe('proxy');
    again.forget('a.example');
    expect(stored(s)).toEqual({ 'b.example:8787': 'proxy' });
    expect(storedRoutes(s.get).get('a.example')).toBeUndefined();
  });

  it('keeps the newest MAX_ROUTES hosts', () => {
    const s = storage();
    const mem = storedRoutes(s.get);
    for (let i = 0; i < MAX_ROUTES + 3; i++) mem.set(`h${i}.example`, 'direct');
    const kept = stored(s);
    expect(Object.keys(kept)).toHaveLength(MAX_ROUTES);
    expect(kept['h0.example']).toBeUndefined();
    expect(kept[`h${MAX_ROUTES + 2}.example`]).toBe('direct');
  });

  it('with storage that throws (or none), remembers for this tab and never throws', () => {
    const mem = storedRoutes(storage({}, true).get);
    expect(() => mem.set('a.example', 'proxy')).not.toThrow();
    expect(mem.get('a.example')).toBe('proxy');
    const none = storedRoutes(() => undefined);
    none.set('a.example', 'direct');
    expect(none.get('a.example')).toBe('direct');
  });
});

describe('parseRoutes', () => {
  it('keeps only host-shaped keys with a known way, at most MAX_ROUTES', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_ROUTES + 5 }, (_, i) => [`h${i}.example`, 'direct']),
    );
    const text = JSON.stringify({
      v: 1,
      routes: { 'a b': 'direct', 'x.example': 'carrier', ...many },
    });
    const routes = parseRoutes(text);
    expect(routes['a b']).toBeUndefined();
    expect(routes['x.example']).toBeUndefined();
    expect(routes[`h${MAX_ROUTES + 4}.example`]).toBe('direct');
    expect(Object.keys(routes).length).toBeLessThanOrEqual(MAX_ROUTES);
    const ok = { 'ok.example:443': 'proxy', '[::1]:8787': 'direct' };
    expect(parseRoutes(JSON.stringify({ v: 1, routes: ok }))).toEqual(ok);
    expect(parseRoutes(JSON.stringify({ v: 1, routes: [1] }))).toEqual({});
    expect(parseRoutes(JSON.stringify({ v: 2, routes: { 'a.example': 'direct' } }))).toEqual({});
    expect(parseRoutes('{not json')).toEqual({});
    expect(parseRoutes(null)).toEqual({});
  });
});

describe('transmit', () => {
  it('Auto: direct blocked, the proxy answers; the request goes through the proxy and the host remembers it', async () => {
    const net = network(false);
    const s = storage();
    const sent = await transmit('auto', REQ, world(net.fetch, storedRoutes(s.get)));
    expect(sent.via).toBe('proxy');
    expect(sent.result.ok).toBe(true);
    expect(en(sent.route ?? '')).toContain('through the proxy');
    expect(stored(s)).toEqual({ [HOST]: 'proxy' });
    // The probes carried no real UserSig; the real one went only to the proxy, once.
    const withRealSig = net.calls.filter((u) => u.includes('usersig=REAL'));
    expect(withRealSig).toHaveLength(1);
    expect(withRealSig[0]?.startsWith(PROXY)).toBe(true);
    expect(net.calls.filter((u) => u.includes(`usersig=${PROBE_USERSIG}`))).toHaveLength(2);
  });

  it('the person’s choice is kept: Direct never tries the proxy, and says no route', async () => {
    const net = network(false);
    const s = storage();
    const sent = await transmit('direct', REQ, world(net.fetch, storedRoutes(s.get)));
    expect(sent).toMatchObject({ via: 'direct', route: null, result: { ok: false } });
    expect(net.calls.every((u) => !u.startsWith(PROXY))).toBe(true);
    expect(stored(s)).toEqual({});
  });

  it('a sandbox send without the sandbox is a bug, and throws', async () => {
    const net = network(true);
    await expect(transmit('sandbox', REQ, world(net.fetch))).rejects.toThrow(/unreachable/);
  });
});

describe('probeVia', () => {
  it('Auto finds the way with the probe alone: the real UserSig is never sent', async () => {
    const net = network(true);
    const s = storage();
    const result = await probeVia('auto', REQ, world(net.fetch, storedRoutes(s.get)));
    expect(result.ok).toBe(true);
    expect(net.calls.some((u) => u.includes('usersig=REAL'))).toBe(false);
    expect(stored(s)).toEqual({ [HOST]: 'direct' });
  });
});
