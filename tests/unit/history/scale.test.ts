import { describe, expect, it } from 'vitest';
import { seedHistory, type HistoryDraft } from '../../../src/lib/history';
import { makeStore, steppingClock } from './helpers';

describe('10,000 entries', () => {
  it('seeds in one bulk write and lists the newest first screen from the index', async () => {
    const now = 1_750_000_000_000;
    const store = makeStore({ now: steppingClock(now) });
    const seeded = await seedHistory(store, 10_000, now);
    expect(seeded).toHaveLength(10_000);
    expect((await store.getSettings()).maxUnstarred).toBe(10_000);

    const first = await store.list({ limit: 50 });
    expect(first.stored).toBe(10_000);
    expect(first.total).toBe(10_000);
    expect(first.items).toHaveLength(50);
    const newest = seeded.slice(-50).reverse();
    expect(first.items.map((s) => s.id)).toEqual(newest.map((e) => e.id));
    expect(first.items[0]?.time).toBe(now);
    const times = first.items.map((s) => s.time);
    expect(times).toEqual([...times].sort((x, y) => y - x));

    // Summaries only: the screen carries no bodies or responses; one entry opens in full.
    expect(JSON.stringify(first.items).length).toBeLessThan(50 * 1000);
    expect(await store.get(newest[0]!.id)).toEqual(seeded[seeded.length - 1]);

    // Realistic variety: errors, transport failures and "Fetch all pages" runs are there.
    const all = (await store.list({ limit: 10_000 })).items;
    expect(all.some((s) => s.status === 'error')).toBe(true);
    expect(all.some((s) => s.status === 'transport')).toBe(true);
    expect(all.some((s) => s.pageCount > 1)).toBe(true);
    const filtered = await store.list({ filter: { errorCode: 70001 } });
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.items.every((s) => s.errorCode === 70001)).toBe(true);

    // Adding to a 10,000-entry index still works.
    expect(await store.add(baseDraft())).toMatchObject({ ok: true, pruned: [] });
    expect((await store.list({ limit: 1 })).items[0]?.host).toBe('sandbox');
  }, 60_000);
});

function baseDraft(): HistoryDraft {
  return {
    region: { kind: 'sandbox' },
    host: 'sandbox',
    sdkAppId: '1400000001',
    identifier: 'administrator',
    endpoint: 'get_list',
    sentVia: 'sandbox',
    pages: [
      {
        body: '{"From_Account":"alice"}',
        outcome: { kind: 'transport', failure: 'network', message: 'x', durationMs: 1 },
        response: '',
      },
    ],
  };
}
