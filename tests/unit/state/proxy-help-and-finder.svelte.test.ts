// The proxy help and the region finder models (issue 17): the command carries the page's
// origin, the check finds a running one-file proxy, the finder fills its table through the
// injected transport and switches the builder to the region that knows the app.
import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import { ProxyHelp } from '../../../src/lib/state/proxy-help.svelte';
import { RegionFinder } from '../../../src/lib/state/region-finder.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import type { ProxyCheck } from '../../../src/lib/transport/proxy-check';
import type { SendResult } from '../../../src/lib/transport/send';
import { en } from '../i18n/texts';

describe('ProxyHelp', () => {
  it("shows the command with this page's origin, as pasted", () => {
    const ws = new Workspace();
    const help = new ProxyHelp(ws.target, {
      origin: 'https://someone.github.io',
      check: async () => ({ kind: 'down', message: '' }),
    });
    expect(help.command).toBe('node chat-rest-proxy.mjs --allow-origin https://someone.github.io');
    expect(help.localBase).toBe('http://127.0.0.1:8788/proxy');
  });

  it("finds the one-file proxy when the address in use has none (a static host's ./proxy)", async () => {
    const ws = new Workspace();
    const asked: string[] = [];
    const check = async (base: string): Promise<ProxyCheck> => {
      asked.push(base);
      return base === './proxy'
        ? { kind: 'not-a-proxy', message: 'HTTP 404' }
        : { kind: 'ready', loopbackPorts: [8787] };
    };
    const help = new ProxyHelp(ws.target, { origin: 'https://someone.github.io', check });
    await help.check();
    expect(asked).toEqual(['./proxy', 'http://127.0.0.1:8788/proxy']);
    expect(help.result).toEqual({
      base: 'http://127.0.0.1:8788/proxy',
      found: { kind: 'ready', loopbackPorts: [8787] },
    });
    expect(help.usesLocal).toBe(false);
    help.useLocal();
    expect(ws.target.proxyBase).toBe('http://127.0.0.1:8788/proxy');
  });
});

describe('RegionFinder', () => {
  const answer = (code: number): SendResult => ({
    ok: true,
    response: { status: 200, body: `{"ActionStatus":"FAIL","ErrorCode":${code}}`, headers: {} },
    durationMs: 1,
    sizeBytes: 1,
  });

  it('asks for the SDKAppID first', async () => {
    const ws = new Workspace();
    ws.signer.sdkAppId = '';
    const finder = new RegionFinder(ws, { send: async () => answer(70020) });
    await finder.start();
    expect(en(finder.problem)).toMatch(/SDKAppID/);
    expect(finder.rows).toEqual([]);
  });

  it('fills the table and switches to the region that knows the app', async () => {
    const ws = new Workspace();
    ws.signer.sdkAppId = '1400123456';
    ws.target.setChoice({ kind: 'region', id: 'china', backup: false });
    const sent: WireRequest[] = [];
    const finder = new RegionFinder(ws, {
      send: async (req) => {
        sent.push(req);
        return answer(new URL(req.url).host === 'adminapikr.im.qcloud.com' ? 70009 : 70020);
      },
    });
    await finder.start();
    expect(finder.running).toBe(false);
    expect(finder.result?.found.map((r) => r.regionId)).toEqual(['seoul']);
    expect(finder.rows.length).toBeGreaterThan(9);
    expect(sent.every((q) => new URL(q.url).searchParams.get('sdkappid') === '1400123456')).toBe(
      true,
    );
    const seoul = finder.result!.found[0]!;
    expect(finder.isCurrent(seoul)).toBe(false);
    finder.switchTo(seoul);
    expect(ws.target.regionKey).toBe('seoul');
    expect(ws.target.origin).toBe('https://adminapikr.im.qcloud.com');
    expect(finder.isCurrent(seoul)).toBe(true);
  });
});
