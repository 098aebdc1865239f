import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import { findWay, sendAuto, type RouteMemory, type Way } from '../../../src/lib/transport/auto';
import { PROBE_USERSIG } from '../../../src/lib/transport/probe';
import type { SendFailureKind, SendResult } from '../../../src/lib/transport/send';
import { en, english } from '../i18n/texts';

const REQ: WireRequest = {
  method: 'POST',
  url: 'https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list?sdkappid=1400123456&identifier=admin&usersig=REAL&random=1&contenttype=json',
  body: '{"From_Account":"alice"}',
};
const ok = (body = '{"ActionStatus":"OK","ErrorCode":0}'): SendResult => ({
  ok: true,
  response: { status: 200, body, headers: {} },
  durationMs: 1,
  sizeBytes: body.length,
});
const failed = (kind: SendFailureKind, message = `${kind}.`): SendResult => ({
  ok: false,
  kind,
  message,
  hint: `hint for ${kind}`,
});

function memory(initial: Record<string, Way> = {}): RouteMemory & { map: Map<string, Way> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get: (h) => map.get(h),
    set: (h, w) => void map.set(h, w),
    forget: (h) => void map.delete(h),
  };
}

/** A way that answers with `result` and records what it sent. */
function way(result: SendResult | ((req: WireRequest) => SendResult)) {
  const sent: WireRequest[] = [];
  return {
    sent,
    fn: async (req: WireRequest) => {
      sent.push(req);
      return typeof result === 'function' ? result(req) : result;
    },
  };
}
const isProbe = (r: WireRequest) => new URL(r.url).searchParams.get('usersig') === PROBE_USERSIG;

describe('sendAuto', () => {
  it('goes direct when the host answers the page, probing first, and remembers it', async () => {
    const direct = way(ok());
    const proxy = way(ok());
    const mem = memory();
    const r = await sendAuto(REQ, { direct: direct.fn, proxy: proxy.fn, memory: mem });
    expect(r.route.way).toBe('direct');
    expect(r.result.ok).toBe(true);
    expect(direct.sent.map(isProbe)).toEqual([true, false]);
    expect(direct.sent[1]).toEqual(REQ);
    expect(proxy.sent).toEqual([]);
    expect(mem.map.get('adminapisgp.im.qcloud.com')).toBe('direct');
  });

  it('falls back to the proxy when direct is blocked, sending the request itself once', async () => {
    const direct = way(failed('network'));
    const proxy = way(ok());
    const mem = memory();
    const r = await sendAuto(REQ, { direct: direct.fn, proxy: proxy.fn, memory: mem });
    expect(r.route.way).toBe('proxy');
    expect(en(r.route.note)).toMatch(/CORS/);
    // Only the unsigned probe went direct: the request itself went once, through the proxy.
    expect(direct.sent.every(isProbe)).toBe(true);
    expect(proxy.sent.filter((q) => !isProbe(q))).toEqual([REQ]);
    expect(mem.map.get('adminapisgp.im.qcloud.com')).toBe('proxy');
  });

  it('uses the remembered way without probing, and forgets it when it fails', async () => {
    const direct = way(ok());
    const proxy = way(failed('proxy-down'));
    const mem = memory({ 'adminapisgp.im.qcloud.com': 'proxy' });
    const r = await sendAuto(REQ, { direct: direct.fn, proxy: proxy.fn, memory: mem });
    expect(proxy.sent).toEqual([REQ]);
    expect(direct.sent).toEqual([]);
    expect(r.result).toMatchObject({ ok: false, kind: 'proxy-down' });
    expect(en(r.route.note)).toMatch(/forgotten/);
    expect(mem.map.has('adminapisgp.im.qcloud.com')).toBe(false);
  });

  it('says both reasons when neither way works, and never sends the request', async () => {
    const direct = way(failed('network', 'Direct failed.'));
    const proxy = way(failed('proxy-down', 'No proxy.'));
    const r = await sendAuto(REQ, { direct: direct.fn, proxy: proxy.fn, memory: memory() });
    expect(r.result).toMatchObject({ ok: false, kind: 'proxy-down' });
    const said = english(r.result);
    expect(!said.ok && said.message).toMatch(
      /Direct: Direct failed\. Through the proxy: No proxy\./,
    );
    expect(!said.ok && said.hint).toMatch(/curl/);
    expect([...direct.sent, ...proxy.sent].every(isProbe)).toBe(true);
  });

  it('does not try the other way after a failure it would not get around (a timeout at the host)', async () => {
    const direct = way(failed('timeout'));
    const proxy = way(ok());
    const r = await sendAuto(REQ, { direct: direct.fn, proxy: proxy.fn, memory: memory() });
    expect(r.result).toMatchObject({ ok: false, kind: 'timeout' });
    expect(proxy.sent).toEqual([]);
  });

  it('remembers per host, not per request', async () => {
    const direct = way((req) =>
      new URL(req.url).host === 'console.tim.qq.com' ? ok() : failed('network'),
    );
    const proxy = way(ok());
    const mem = memory();
    const world = { direct: direct.fn, proxy: proxy.fn, memory: mem };
    await sendAuto(REQ, world);
    await sendAuto(
      { ...REQ, url: REQ.url.replace('adminapisgp.im.qcloud.com', 'console.tim.qq.com') },
      world,
    );
    expect(Object.fromEntries(mem.map)).toEqual({
      'adminapisgp.im.qcloud.com': 'proxy',
      'console.tim.qq.com': 'direct',
    });
  });
});

describe('findWay (the region finder through Auto)', () => {
  it('answers the probe result of the way that got through', async () => {
    const direct = way(failed('network'));
    const proxy = way(ok('{"ErrorCode":70003}'));
    const r = await findWay(REQ, { direct: direct.fn, proxy: proxy.fn, memory: memory() });
    expect(r.way).toBe('proxy');
    expect(r.tried).toEqual(['direct', 'proxy']);
    expect(r.result.ok && r.result.response.body).toBe('{"ErrorCode":70003}');
  });
});
