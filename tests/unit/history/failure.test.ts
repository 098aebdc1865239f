import { createStore, del, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { HISTORY_STORE_NAME, MAX_QUOTA_RETRIES, openHistory } from '../../../src/lib/history';
import { freshDbName, fullStore, makeStore, okDraft, quotaLimitedStore } from './helpers';
import { en, english } from '../i18n/texts';

describe('when storage is full', () => {
  it('drops the oldest unstarred entries, retries, and says what it dropped', async () => {
    const dbName = freshDbName();
    const quota = quotaLimitedStore(createStore(dbName, HISTORY_STORE_NAME));
    const store = makeStore({ dbName, store: quota.store });
    for (let i = 0; i < 6; i++) await store.add(okDraft(`user${i}`));
    await store.setStarred('id-00001', true);
    quota.fail(2);
    // First try fails, 1 dropped; second fails, 2 more dropped; third succeeds.
    const result = await store.add(okDraft('new'));
    expect(result).toEqual({
      ok: true,
      id: 'id-00007',
      pruned: [],
      droppedForQuota: ['id-00002', 'id-00003', 'id-00004'],
    });
    const ids = (await store.list()).items.map((s) => s.id);
    expect(ids).toEqual(['id-00007', 'id-00006', 'id-00005', 'id-00001']);
  });

  it('gives up with a failure value when only starred entries are left', async () => {
    const dbName = freshDbName();
    const quota = quotaLimitedStore(createStore(dbName, HISTORY_STORE_NAME));
    const store = makeStore({ dbName, store: quota.store });
    await store.add(okDraft('a'));
    await store.add(okDraft('b'));
    await store.setStarred('id-00002', true);
    quota.fail(100);
    const result = await store.add(okDraft('c'));
    expect(english(result)).toEqual({
      ok: false,
      code: 'quota',
      message: expect.stringContaining('starred'),
      droppedForQuota: ['id-00001'],
    });
    quota.fail(0);
    expect((await store.list()).items.map((s) => s.id)).toEqual(['id-00002']);
  });

  it(`stops after ${MAX_QUOTA_RETRIES} retries`, async () => {
    const dbName = freshDbName();
    const quota = quotaLimitedStore(createStore(dbName, HISTORY_STORE_NAME));
    const store = makeStore({ dbName, store: quota.store });
    for (let i = 0; i < 100; i++) await store.add(okDraft(`u${i}`));
    quota.fail(1000);
    const result = await store.add(okDraft('never'));
    expect(result).toMatchObject({ ok: false, code: 'quota' });
    expect(result.droppedForQuota).toHaveLength(2 ** MAX_QUOTA_RETRIES - 1);
  });

  it('reports any other storage error as a failure value', async () => {
    const dbName = freshDbName();
    const base = createStore(dbName, HISTORY_STORE_NAME);
    const broken: UseStore = (mode, callback) =>
      mode === 'readwrite'
        ? Promise.reject(new DOMException('gone', 'UnknownError'))
        : base(mode, callback);
    const store = makeStore({ dbName, store: broken });
    expect(english(await store.add(okDraft()))).toEqual({
      ok: false,
      code: 'storage',
      message: expect.stringContaining('UnknownError'),
      droppedForQuota: [],
    });
  });
});

describe('when storage is full before history opens', () => {
  async function fullWithTwo() {
    const dbName = freshDbName();
    const base = createStore(dbName, HISTORY_STORE_NAME);
    const storage = fullStore(base);
    const store = makeStore({ dbName, store: storage.store });
    await store.add(okDraft('alice'));
    await store.add(okDraft('bob'));
    // An index to rebuild (an older version's database, or a damaged index), and no room left.
    await del('index', base);
    storage.fill();
    return store;
  }

  it('lists from the entries when the rebuilt index cannot be saved, and says storage is full', async () => {
    const store = await fullWithTwo();
    const list = await store.list();
    expect(list.items.map((s) => s.fromAccount)).toEqual(['bob', 'alice']);
    expect(list).toMatchObject({ stored: 2, unreadable: 0, storageFull: true });
  });

  it('still deletes one entry or all of them: deleting needs no room', async () => {
    const store = await fullWithTwo();
    expect(await store.remove('id-00001')).toBe(true);
    expect((await store.list()).items.map((s) => s.fromAccount)).toEqual(['bob']);
    expect(await store.clear()).toEqual(['id-00002']);
    expect((await store.list()).stored).toBe(0);
  });

  it('says why a send cannot be kept when there is nothing to delete', async () => {
    const store = await fullWithTwo();
    await store.clear();
    expect(english(await store.add(okDraft('carol')))).toEqual({
      ok: false,
      code: 'quota',
      message: expect.stringMatching(/storage is full, and history holds no entry to delete/),
      droppedForQuota: [],
    });
  });

  it('names a full storage when history cannot even open', async () => {
    const full: UseStore = () => Promise.reject(new DOMException('', 'QuotaExceededError'));
    expect(english(await openHistory({ createStore: () => full, channel: () => null }))).toEqual({
      ok: false,
      reason: 'unavailable',
      message: expect.stringMatching(/^History is off: storage is full.* Sending still works/),
    });
  });
});

describe('openHistory', () => {
  it('opens a working history', async () => {
    const opened = await openHistory({ dbName: freshDbName(), channel: () => null });
    if (!opened.ok) throw new Error(en(opened.message));
    expect(await opened.store.add(okDraft())).toMatchObject({ ok: true });
    expect((await opened.store.list()).stored).toBe(1);
  });

  it('says history is off where there is no IndexedDB', async () => {
    expect(english(await openHistory({ indexedDB: () => undefined }))).toEqual({
      ok: false,
      reason: 'unsupported',
      message: expect.stringContaining('History is off'),
    });
    const throwing = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(await openHistory({ indexedDB: throwing })).toMatchObject({ reason: 'unsupported' });
    expect(english(await openHistory({ indexedDB: throwing }))).toMatchObject({
      message: expect.stringMatching(/does not let the page store anything here \(SecurityError/),
    });
  });

  it('says history is off where the browser refuses to open it', async () => {
    const refusing: UseStore = () =>
      Promise.reject(new DOMException('A mutation operation was attempted', 'InvalidStateError'));
    expect(
      english(await openHistory({ createStore: () => refusing, channel: () => null })),
    ).toEqual({
      ok: false,
      reason: 'unavailable',
      message: expect.stringContaining('InvalidStateError'),
    });
    const throwing = () => {
      throw new ReferenceError('indexedDB is not defined');
    };
    expect(await openHistory({ createStore: throwing })).toMatchObject({ reason: 'unavailable' });
    const hanging: UseStore = () => new Promise(() => {});
    expect(english(await openHistory({ createStore: () => hanging, timeoutMs: 20 }))).toMatchObject(
      {
        reason: 'unavailable',
        message: expect.stringContaining('no answer'),
      },
    );
  });
});
