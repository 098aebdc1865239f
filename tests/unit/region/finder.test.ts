import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/lib/api/regions';
import type { WireRequest } from '../../../src/lib/api/wire';
import { findRegion, initialRows } from '../../../src/lib/region/finder';
import { english } from '../i18n/texts';
import { PROBE_IDENTIFIER, PROBE_USERSIG } from '../../../src/lib/transport/probe';
import type { SendResult } from '../../../src/lib/transport/send';

const answer = (code: number): SendResult => ({
  ok: true,
  response: {
    status: 200,
    body: JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: '' }),
    headers: {},
  },
  durationMs: 1,
  sizeBytes: 10,
});
const unreachable: SendResult = {
  ok: false,
  kind: 'network',
  message: 'The browser could not reach it.',
  hint: '',
};

/** A transport that answers by host, records what it was asked and how many at once. */
function transport(
  byHost: Record<string, SendResult | 'hang'>,
  fallback: SendResult = answer(70020),
) {
  const asked: WireRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = async (req: WireRequest, signal: AbortSignal): Promise<SendResult> => {
    asked.push(req);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const r = byHost[new URL(req.url).host] ?? fallback;
      if (r === 'hang') {
        return await new Promise<SendResult>((resolve) =>
          signal.addEventListener('abort', () =>
            resolve({ ok: false, kind: 'cancelled', message: 'aborted', hint: '' }),
          ),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
      return r;
    } finally {
      inFlight--;
    }
  };
  return { send, asked, maxInFlight: () => maxInFlight };
}

describe('findRegion', () => {
  it('finds the one region that knows the SDKAppID, asking a few at a time', async () => {
    const t = transport({ 'adminapisgp.im.qcloud.com': answer(70003) });
    const r = await findRegion('1400123456', { send: t.send }, { concurrency: 3 });
    expect(r.complete).toBe(true);
    expect(r.found.map((f) => f.regionId)).toEqual(['singapore']);
    expect(r.found[0]).toMatchObject({ state: 'knows', code: 70003, backup: false });
    // Every main domain asked once, no backup (a main one knows the app).
    expect(t.asked.map((q) => new URL(q.url).host).sort()).toEqual(
      REGIONS.map((x) => x.domain).sort(),
    );
    expect(r.rows.filter((x) => x.backup).every((x) => x.state === 'skipped')).toBe(true);
    expect(t.maxInFlight()).toBe(3);
    expect(r.rows.find((x) => x.regionId === 'china')).toMatchObject({
      state: 'not-here',
      code: 70020,
    });
  });

  it('never sends a real UserSig nor the person identifier: the unsigned probe', async () => {
    const t = transport({});
    await findRegion('1400123456', { send: t.send });
    for (const q of t.asked) {
      const url = new URL(q.url);
      expect(url.pathname).toBe('/v4/recentcontact/get_list');
      expect(url.searchParams.get('usersig')).toBe(PROBE_USERSIG);
      expect(url.searchParams.get('identifier')).toBe(PROBE_IDENTIFIER);
      expect(url.searchParams.get('sdkappid')).toBe('1400123456');
      expect(q.body).toBe('{}');
    }
  });

  it('treats 70016 as not here and any other code (70009, 70001) as knows', async () => {
    const t = transport(
      { 'console.tim.qq.com': answer(70016), 'adminapiger.im.qcloud.com': answer(70009) },
      answer(70020),
    );
    const r = await findRegion('1', { send: t.send });
    expect(r.found.map((f) => f.regionId)).toEqual(['frankfurt']);
    expect(r.rows[0]).toMatchObject({ regionId: 'china', state: 'not-here', code: 70016 });
  });

  it('asks the backup domains only of the regions whose main domain could not be reached', async () => {
    const t = transport({
      'adminapisgp.im.qcloud.com': unreachable,
      'adminapisgp.my-imcloud.com': answer(70003),
      'adminapikr.im.qcloud.com': unreachable,
    });
    const r = await findRegion('1', { send: t.send });
    expect(r.found).toEqual([
      expect.objectContaining({ domain: 'adminapisgp.my-imcloud.com', backup: true }),
    ]);
    const backupsAsked = t.asked
      .map((q) => new URL(q.url).host)
      .filter((h) => h.includes('my-imcloud'));
    expect(backupsAsked.sort()).toEqual([
      'adminapikr.my-imcloud.com',
      'adminapisgp.my-imcloud.com',
    ]);
    expect(r.rows.find((x) => x.domain === 'adminapi.my-imcloud.com')?.state).toBe('skipped');
  });

  it('gives each probe its timeout, and goes on with the others', async () => {
    const t = transport({
      'adminapijpn.im.qcloud.com': 'hang',
      'adminapijpn.my-imcloud.com': answer(70003),
    });
    const clock = { t: 0 };
    const r = await findRegion(
      '1',
      { send: t.send, now: () => (clock.t += 10) },
      { timeoutMs: 30 },
    );
    const tokyo = r.rows.find((x) => x.domain === 'adminapijpn.im.qcloud.com');
    expect(english(tokyo)).toMatchObject({ state: 'failed', detail: 'no answer within 0.03 s' });
    expect(tokyo?.ms).toBeGreaterThan(0);
    expect(r.found.map((f) => f.domain)).toEqual(['adminapijpn.my-imcloud.com']);
  });

  it('reports every change, and stops when told', async () => {
    const controller = new AbortController();
    const seen: string[][] = [];
    const t = transport({});
    const r = await findRegion(
      '1',
      {
        send: async (req, signal) => {
          controller.abort();
          return t.send(req, signal);
        },
        signal: controller.signal,
        onUpdate: (rows) => seen.push(rows.map((x) => x.state)),
      },
      { concurrency: 1 },
    );
    expect(r.complete).toBe(false);
    expect(t.asked).toHaveLength(1);
    expect(seen[0]?.every((s) => s === 'waiting')).toBe(true);
    expect(seen.some((s) => s[0] === 'asking')).toBe(true);
  });

  it('lists each region once with its backup after it', () => {
    const rows = initialRows();
    expect(rows.filter((r) => !r.backup)).toHaveLength(REGIONS.length);
    expect(rows.filter((r) => r.backup)).toHaveLength(REGIONS.filter((r) => r.backupDomain).length);
    expect(rows[1]).toMatchObject({
      regionId: 'china',
      backup: true,
      domain: 'adminapi.my-imcloud.com',
    });
  });
});
