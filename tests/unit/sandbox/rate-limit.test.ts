import { beforeAll, describe, expect, it } from 'vitest';
import { SandboxService, SlidingWindowLimiter } from '../../../src/lib/sandbox';
import { NOW_MS, call, firstPage, listUrl, sign } from './helpers';

let usersig: string;
beforeAll(async () => {
  usersig = await sign();
});

describe('the 200 calls per second limit (60007)', () => {
  it('admits 200 calls in one second and answers the 201st with 60007, on the injected clock', async () => {
    let t = NOW_MS;
    const service = new SandboxService({ now: () => t });
    for (let i = 0; i < 200; i++) {
      t = NOW_MS + i * 4; // 200 calls within 796 ms
      expect(
        (await call(service, listUrl({ usersig }), firstPage('bob')))['ErrorCode'],
        `call ${i + 1}`,
      ).toBe(0);
    }
    t = NOW_MS + 999; // still within a second of the first call
    const refused = await call(service, listUrl({ usersig }), firstPage('bob'));
    expect(refused).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 60007, ErrorDisplay: '' });
    // Sliding: once the first call is 1000 ms old, one slot frees up, and only one.
    t = NOW_MS + 1000;
    expect((await call(service, listUrl({ usersig }), firstPage('bob')))['ErrorCode']).toBe(0);
    expect((await call(service, listUrl({ usersig }), firstPage('bob')))['ErrorCode']).toBe(60007);
    t = NOW_MS + 1004;
    expect((await call(service, listUrl({ usersig }), firstPage('bob')))['ErrorCode']).toBe(0);
  });

  it('is checked before the body: a bad body over the limit gets 60007', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    for (let i = 0; i < 200; i++) await call(service, listUrl({ usersig }), 'not json');
    expect((await call(service, listUrl({ usersig }), 'not json'))['ErrorCode']).toBe(60007);
  });

  it('does not count calls refused before authentication', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    for (let i = 0; i < 300; i++) {
      expect(
        (await call(service, listUrl({ usersig: 'bad' }), firstPage('bob')))['ErrorCode'],
      ).toBe(70003);
    }
    expect((await call(service, listUrl({ usersig }), firstPage('bob')))['ErrorCode']).toBe(0);
  });

  it('keeps a window per instance', async () => {
    const a = new SandboxService({ now: () => NOW_MS });
    const b = new SandboxService({ now: () => NOW_MS });
    for (let i = 0; i < 200; i++) await call(a, listUrl({ usersig }), firstPage('bob'));
    expect((await call(a, listUrl({ usersig }), firstPage('bob')))['ErrorCode']).toBe(60007);
    expect((await call(b, listUrl({ usersig }), firstPage('bob')))['ErrorCode']).toBe(0);
  });
});

describe('SlidingWindowLimiter', () => {
  it('does not count refused calls, so a client that backs off recovers', () => {
    const limiter = new SlidingWindowLimiter(2, 1000);
    expect(limiter.tryAcquire(0)).toBe(true);
    expect(limiter.tryAcquire(10)).toBe(true);
    for (let t = 20; t < 1000; t += 20) expect(limiter.tryAcquire(t)).toBe(false);
    expect(limiter.tryAcquire(1000)).toBe(true);
    expect(limiter.tryAcquire(1005)).toBe(false);
    expect(limiter.tryAcquire(1010)).toBe(true);
  });

  it('never admits more than the limit in any window, unlike a fixed window at a boundary', () => {
    const limiter = new SlidingWindowLimiter(200, 1000);
    let admitted = 0;
    for (let t = 900; t < 1100; t++) if (limiter.tryAcquire(t)) admitted++;
    expect(admitted).toBe(200);
  });
});
