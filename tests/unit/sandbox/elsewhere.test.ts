// The sandbox standing in for a region where the app does not live (the region finder's tests).
import { describe, expect, it } from 'vitest';
import { SandboxService } from '../../../src/lib/sandbox';
import { PROBE_USERSIG, probeRequest, readProbe } from '../../../src/lib/transport/probe';
import { NOW_MS, call, firstPage, listUrl, sign } from './helpers';

describe('SandboxService({ elsewhere: true })', () => {
  it('answers 70020 even for its own app and a valid UserSig', async () => {
    const here = new SandboxService({ now: () => NOW_MS });
    const there = new SandboxService({ now: () => NOW_MS, elsewhere: true });
    const url = listUrl({ usersig: await sign() });
    expect(await call(here, url, firstPage('alice'))).toMatchObject({ ErrorCode: 0 });
    expect(await call(there, url, firstPage('alice'))).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 70020,
    });
  });

  it('still answers the URL checks that come before the app (60008 for GET)', async () => {
    const there = new SandboxService({ now: () => NOW_MS, elsewhere: true });
    const url = listUrl({ usersig: await sign() });
    expect(await call(there, url, firstPage('alice'), 'GET')).toMatchObject({ ErrorCode: 60008 });
  });

  it("tells the unsigned probe apart: the region that hosts the app knows it, the other doesn't", async () => {
    const probe = probeRequest('https://sandbox.invalid', '1400000000', 7);
    expect(new URL(probe.url).searchParams.get('usersig')).toBe(PROBE_USERSIG);
    const ask = async (s: SandboxService) =>
      readProbe({ ok: true, response: await s.handle(probe), durationMs: 0, sizeBytes: 0 });
    expect(await ask(new SandboxService({ now: () => NOW_MS }))).toEqual({
      kind: 'knows',
      code: 70003,
    });
    expect(await ask(new SandboxService({ now: () => NOW_MS, elsewhere: true }))).toEqual({
      kind: 'not-here',
      code: 70020,
    });
  });
});
