import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import type { Way } from '../../../src/lib/transport/auto';
import { PROBE_USERSIG } from '../../../src/lib/transport/probe';
import { probeVia, routeMemory, transmit, type RouteWorld } from '../../../src/lib/transport/route';

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

function world(
  fetch: typeof globalThis.fetch,
  holder: { routes: Readonly<Record<string, Way>> },
): RouteWorld {
  return {
    proxyBase: PROXY,
    timeoutMs: 5000,
    signal: new AbortController().signal,
    routes: holder,
    fetch,
  };
}

describe('routeMemory', () => {
  it('replaces the holder’s object on every change (so a $state.raw field sees it) and never mutates it', () => {
    const first: Readonly<Record<string, Way>> = Object.freeze({ 'a.example': 'direct' });
    const holder = { routes: first };
    const mem = routeMemory(holder);
    expect(mem.get('a.example')).toBe('direct');
    mem.set('b.example', 'proxy');
    expect(holder.routes).not.toBe(first);
    expect(holder.routes).toEqual({ 'a.example': 'direct', 'b.example': 'proxy' });
    const second = holder.routes;
    mem.set('b.example', 'proxy');
    expect(holder.routes).toBe(second); // no change, no new object
    mem.forget('a.example');
    expect(holder.routes).toEqual({ 'b.example': 'proxy' });
    const third = holder.routes;
    mem.forget('nowhere.example');
    expect(holder.routes).toBe(third);
    expect(first).toEqual({ 'a.example': 'direct' });
  });
});

describe('transmit', () => {
  it('Auto: direct blocked, the proxy answers; the request goes through the proxy and the host remembers it', async () => {
    const net = network(false);
    const holder = { routes: {} as Readonly<Record<string, Way>> };
    const sent = await transmit('auto', REQ, world(net.fetch, holder));
    expect(sent.via).toBe('proxy');
    expect(sent.result.ok).toBe(true);
    expect(sent.route).toContain('through the proxy');
    expect(holder.routes).toEqual({ [HOST]: 'proxy' });
    // The probes carried no real UserSig; the real one went only to the proxy, once.
    const withRealSig = net.calls.filter((u) => u.includes('usersig=REAL'));
    expect(withRealSig).toHaveLength(1);
    expect(withRealSig[0]?.startsWith(PROXY)).toBe(true);
    expect(net.calls.filter((u) => u.includes(`usersig=${PROBE_USERSIG}`))).toHaveLength(2);
  });

  it('the person’s choice is kept: Direct never tries the proxy, and says no route', async () => {
    const net = network(false);
    const holder = { routes: {} as Readonly<Record<string, Way>> };
    const sent = await transmit('direct', REQ, world(net.fetch, holder));
    expect(sent).toMatchObject({ via: 'direct', route: null, result: { ok: false } });
    expect(net.calls.every((u) => !u.startsWith(PROXY))).toBe(true);
    expect(holder.routes).toEqual({});
  });

  it('a sandbox send without the sandbox is a bug, and throws', async () => {
    const net = network(true);
    await expect(transmit('sandbox', REQ, world(net.fetch, { routes: {} }))).rejects.toThrow(
      /unreachable/,
    );
  });
});

describe('probeVia', () => {
  it('Auto finds the way with the probe alone: the real UserSig is never sent', async () => {
    const net = network(true);
    const holder = { routes: {} as Readonly<Record<string, Way>> };
    const result = await probeVia('auto', REQ, world(net.fetch, holder));
    expect(result.ok).toBe(true);
    expect(net.calls.some((u) => u.includes('usersig=REAL'))).toBe(false);
    expect(holder.routes).toEqual({ [HOST]: 'direct' });
  });
});
