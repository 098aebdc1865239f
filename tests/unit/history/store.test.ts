import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_UNSTARRED,
  HISTORY_STORE_NAME,
  seedEntries,
  type HistoryEntryV1,
} from '../../../src/lib/history';
import {
  errorDraft,
  freshDbName,
  getListBody,
  makeStore,
  okDraft,
  steppingClock,
  transportDraft,
} from './helpers';

describe('HistoryStore', () => {
  it('round-trips an entry: add, list, get', async () => {
    const store = makeStore();
    const result = await store.add(okDraft('alice'));
    expect(result).toEqual({ ok: true, id: 'id-00001', pruned: [], droppedForQuota: [] });
    const list = await store.list();
    expect(list).toMatchObject({ total: 1, stored: 1, offset: 0, limit: 50 });
    expect(list.items[0]).toMatchObject({ id: 'id-00001', fromAccount: 'alice', status: 'ok' });
    const entry = await store.get('id-00001');
    expect(entry).toMatchObject({
      v: 2,
      id: 'id-00001',
      time: 1_700_000_001_000,
      host: 'adminapisgp.im.qcloud.com',
      endpoint: 'get_list',
      sentVia: 'direct',
      starred: false,
    });
    expect(entry?.pages[0]?.body).toBe(getListBody('alice'));
    expect(await store.get('missing')).toBeNull();
  });

  it('lists newest first, in pages, filtered', async () => {
    const store = makeStore();
    await store.add(okDraft('alice'));
    await store.add(errorDraft(70001, 'UserSig expired', 'bob'));
    await store.add(transportDraft('carol'));
    await store.add(okDraft('alice'));
    const ids = (await store.list()).items.map((s) => s.id);
    expect(ids).toEqual(['id-00004', 'id-00003', 'id-00002', 'id-00001']);
    const second = await store.list({ offset: 1, limit: 2 });
    expect(second.items.map((s) => s.id)).toEqual(['id-00003', 'id-00002']);
    expect(second.total).toBe(4);
    const ofFilter = async (filter: object) =>
      (await store.list({ filter })).items.map((s) => s.id);
    expect(await ofFilter({ fromAccount: 'ALICE' })).toEqual(['id-00004', 'id-00001']);
    expect(await ofFilter({ errorCode: 70001 })).toEqual(['id-00002']);
    expect(await ofFilter({ host: 'tim.qq' })).toEqual(['id-00003']);
    expect(await ofFilter({ text: 'failed to FETCH' })).toEqual(['id-00003']);
    const filtered = await store.list({ filter: { errorCode: 0 }, limit: 1 });
    expect(filtered).toMatchObject({ total: 2, stored: 4 });
  });

  it('stars, unstars and removes entries', async () => {
    const store = makeStore();
    await store.add(okDraft());
    expect(await store.setStarred('id-00001', true)).toBe(true);
    expect((await store.get('id-00001'))?.starred).toBe(true);
    expect((await store.list({ filter: { starred: true } })).total).toBe(1);
    expect(await store.setStarred('id-00001', false)).toBe(true);
    expect((await store.list()).items[0]?.starred).toBe(false);
    expect(await store.setStarred('missing', true)).toBe(false);
    expect(await store.remove('id-00001')).toBe(true);
    expect(await store.remove('id-00001')).toBe(false);
    expect(await store.get('id-00001')).toBeNull();
    expect((await store.list()).stored).toBe(0);
  });

  it('clears everything, or everything but the starred entries', async () => {
    const store = makeStore();
    for (let i = 0; i < 4; i++) await store.add(okDraft(`user${i}`));
    await store.setStarred('id-00002', true);
    expect(await store.clear({ keepStarred: true })).toHaveLength(3);
    expect((await store.list()).items.map((s) => s.id)).toEqual(['id-00002']);
    expect(await store.clear()).toEqual(['id-00002']);
    expect((await store.list()).stored).toBe(0);
  });

  it(`keeps at most ${DEFAULT_MAX_UNSTARRED} unstarred entries by default, oldest dropped, starred kept`, async () => {
    const store = makeStore();
    const seeded = seedEntries(DEFAULT_MAX_UNSTARRED, 1_600_000_000_000).map((e) => ({
      ...e,
      starred: false,
    }));
    await store.bulkPut(seeded);
    const [oldest, second, third, fourth] = seeded;
    await store.setStarred(oldest!.id, true);
    await store.setStarred(second!.id, true);
    // 998 unstarred + 3 new = 1,001: the oldest unstarred one goes.
    const results = [
      await store.add(okDraft()),
      await store.add(okDraft()),
      await store.add(okDraft()),
    ];
    expect(results.map((r) => r.ok && r.pruned)).toEqual([[], [], [third!.id]]);
    const list = await store.list({ limit: 2000 });
    expect(list.stored).toBe(1002);
    expect(list.items.filter((s) => !s.starred)).toHaveLength(DEFAULT_MAX_UNSTARRED);
    expect(await store.get(oldest!.id)).not.toBeNull();
    expect(await store.get(second!.id)).not.toBeNull();
    expect(await store.get(third!.id)).toBeNull();
    expect(await store.get(fourth!.id)).not.toBeNull();
  });

  it('keeps an adjusted limit, stored for every instance, and prunes to it at once', async () => {
    const dbName = freshDbName();
    const store = makeStore({ dbName });
    for (let i = 0; i < 6; i++) await store.add(okDraft(`user${i}`));
    await store.setStarred('id-00001', true);
    expect(await store.setMaxUnstarred(3)).toEqual({
      ok: true,
      pruned: ['id-00002', 'id-00003'],
    });
    expect(await store.setMaxUnstarred(0)).toMatchObject({ ok: false });
    expect(await store.setMaxUnstarred(2.5)).toMatchObject({ ok: false });
    const other = makeStore({ dbName, idPrefix: 'other', now: steppingClock(1_800_000_000_000) });
    expect(await other.getSettings()).toEqual({ v: 1, maxUnstarred: 3 });
    const added = await other.add(okDraft('new'));
    expect(added).toMatchObject({ ok: true, pruned: ['id-00004'] });
    expect((await store.list()).items.map((s) => s.id)).toEqual([
      'other-00001',
      'id-00006',
      'id-00005',
      'id-00001',
    ]);
  });

  it('reads v1 entries an older version stored, with no index, and upgrades them', async () => {
    const dbName = freshDbName();
    const raw = createStore(dbName, HISTORY_STORE_NAME);
    const v1: HistoryEntryV1 = {
      v: 1,
      id: 'legacy',
      time: 1_500_000_000_000,
      region: { kind: 'sandbox' },
      host: 'sandbox',
      sdkAppId: '1400000001',
      identifier: 'administrator',
      body: getListBody('zoe'),
      sentVia: 'sandbox',
      starred: false,
      outcome: {
        kind: 'response',
        httpStatus: 200,
        actionStatus: 'FAIL',
        errorCode: 50001,
        errorInfo: 'UserID not imported',
        durationMs: 2,
        sizeBytes: 70,
      },
      response: '{"ActionStatus":"FAIL","ErrorCode":50001,"ErrorInfo":"UserID not imported"}',
      responseCut: false,
    };
    await set('entry:legacy', v1, raw);
    await set('entry:unreadable', { v: 9, from: 'the future' }, raw);
    const store = makeStore({ dbName, store: raw });
    const list = await store.list();
    expect(list.items).toMatchObject([
      { id: 'legacy', endpoint: 'get_list', fromAccount: 'zoe', errorCode: 50001 },
    ]);
    const entry = await store.get('legacy');
    expect(entry).toMatchObject({ v: 2, endpoint: 'get_list', kind: 'single' });
    expect(entry?.pages[0]?.body).toBe(v1.body);
    // The index was rebuilt once; an entry this version cannot read is kept, not destroyed.
    expect(await get('index', raw)).toMatchObject({ v: 1 });
    expect(await get('entry:unreadable', raw)).toEqual({ v: 9, from: 'the future' });
    // Starring writes it back in the current version.
    await store.setStarred('legacy', true);
    expect(await get('entry:legacy', raw)).toMatchObject({ v: 2, starred: true });
  });

  it('skips and counts an entry it cannot read (a time past Date’s range), listing the rest', async () => {
    const dbName = freshDbName();
    const raw = createStore(dbName, HISTORY_STORE_NAME);
    const store = makeStore({ dbName, store: raw });
    await store.add(okDraft('alice'));
    await store.add(okDraft('bob'));
    expect((await store.list()).unreadable).toBe(0);
    const good = (await get('entry:id-00001', raw)) as object;
    // As an older version stored it: the entry, and its summary in the index.
    await set('entry:far', { ...good, id: 'far', time: 8.64e15 + 1 }, raw);
    const index = (await get('index', raw)) as {
      count: number;
      columns: Record<string, unknown[]>;
    };
    const columns = Object.fromEntries(
      Object.entries(index.columns).map(([k, v]) => [k, [...v, k === 'time' ? 8.64e15 + 1 : v[0]]]),
    );
    await set('index', { ...index, count: index.count + 1, columns }, raw);
    const list = await store.list();
    expect(list.items.map((s) => s.fromAccount)).toEqual(['bob', 'alice']);
    expect(list).toMatchObject({ stored: 2, total: 2, unreadable: 1 });
    // Kept as it was (a newer version may read it), and counted on every later read too.
    expect(await get('entry:far', raw)).toMatchObject({ id: 'far' });
    expect((await store.list()).unreadable).toBe(1);
    await store.add(okDraft('carol'));
    expect(await store.list()).toMatchObject({ stored: 3, unreadable: 1 });
    await store.clear();
    expect(await store.list()).toMatchObject({ stored: 0, unreadable: 0 });
  });

  it('rebuilds a damaged index from the entries', async () => {
    const dbName = freshDbName();
    const raw = createStore(dbName, HISTORY_STORE_NAME);
    const store = makeStore({ dbName, store: raw });
    await store.add(okDraft('alice'));
    await store.add(okDraft('bob'));
    const index: unknown = await get('index', raw);
    for (const damaged of [
      { v: 1, summaries: [{ id: 42 }] },
      { ...(index as object), count: 5 },
      { v: 1, count: 2, columns: { id: ['a', 'b'] } },
      'index',
    ]) {
      await set('index', damaged, raw);
      expect((await store.list()).items.map((s) => s.fromAccount)).toEqual(['bob', 'alice']);
      expect(await get('index', raw)).toEqual(index);
    }
    await store.add(okDraft('carol'));
    expect((await store.list()).stored).toBe(3);
  });

  it('never prunes the entry it is adding, even when it looks oldest', async () => {
    const dbName = freshDbName();
    const store = makeStore({ dbName });
    await store.setMaxUnstarred(1);
    await store.add(okDraft('alice'));
    const behind = makeStore({ dbName, idPrefix: 'behind', now: () => 1_000 });
    expect(await behind.add(okDraft('bob'))).toMatchObject({ ok: true, pruned: ['id-00001'] });
    expect((await store.list()).items.map((s) => s.id)).toEqual(['behind-00001']);
  });

  it('scrubs the secrets the app names, verbatim', async () => {
    const store = makeStore({ secrets: () => ['my-current-secret-value'] });
    const draft = okDraft();
    const added = await store.add({
      ...draft,
      identifier: 'administrator',
      pages: [{ ...draft.pages[0]!, body: '{"note":"my-current-secret-value"}' }],
    });
    const entry = added.ok ? await store.get(added.id) : null;
    expect(entry?.pages[0]?.body).toBe('{"note":"[secret removed]"}');
  });
});
