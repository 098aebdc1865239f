// The store keeps the summaries it read while nothing writes (store.ts, #cached): every list
// after a write of this tab, or after another tab's change message, answers as a store that
// keeps nothing would.
import { describe, expect, it } from 'vitest';
import type { HistoryChannel, HistoryStore } from '../../../src/lib/history';
import { errorDraft, freshDbName, makeStore, okDraft } from './helpers';
import { en } from '../i18n/texts';

/** A channel that carries nothing by itself; `deliver` plays a message from another tab. */
function quietChannel(): { channel: () => HistoryChannel; deliver: (data: unknown) => void } {
  let listener: ((event: MessageEvent) => void) | null = null;
  return {
    channel: () => ({
      postMessage: () => {},
      addEventListener: (_type, l) => {
        listener = l;
      },
      close: () => {},
    }),
    deliver: (data) => listener?.(new MessageEvent('message', { data })),
  };
}

const ids = async (store: HistoryStore, filter = {}) =>
  (await store.list({ limit: 100, filter })).items.map((s) => s.id);

describe('the summaries a store keeps between writes', () => {
  it('follow every write of this tab', async () => {
    const dbName = freshDbName();
    const store = makeStore({ dbName, channel: quietChannel().channel });
    // A store that keeps nothing, over the same database: the answers to match.
    const plain = makeStore({ dbName, idPrefix: 'plain' });
    try {
      store.warm();
      expect(await ids(store)).toEqual([]);
      const a = await store.add(okDraft('alice'));
      const b = await store.add(errorDraft(70001, 'UserSig expired', 'bob'));
      if (!a.ok || !b.ok) throw new Error('add failed');
      expect(await ids(store)).toEqual(['id-00002', 'id-00001']);

      expect(await store.setStarred(a.id, true)).toBe(true);
      expect(await ids(store, { starred: true })).toEqual([a.id]);
      expect(await store.remove(b.id)).toBe(true);
      expect(await ids(store)).toEqual([a.id]);

      for (let i = 0; i < 3; i++) await store.add(okDraft(`user${i}`));
      expect(await store.setMaxUnstarred(1)).toEqual({
        ok: true,
        pruned: ['id-00003', 'id-00004'],
      });
      expect(await ids(store)).toEqual(['id-00005', a.id]);

      const file = JSON.stringify(await plain.exportAll());
      expect(await store.clear()).toEqual([a.id, 'id-00005']);
      expect(await ids(store)).toEqual([]);
      const imported = await store.importFile(file);
      expect(imported.ok && imported.added).toBe(2);
      expect(await ids(store)).toEqual(await ids(plain));
      expect(await ids(store)).toEqual(['id-00005', a.id]);
    } finally {
      store.close();
      plain.close();
    }
  });

  it("are read again after another tab's change message, and only then", async () => {
    const dbName = freshDbName();
    const { channel, deliver } = quietChannel();
    const here = makeStore({ dbName, channel });
    const there = makeStore({ dbName, idPrefix: 'there' });
    try {
      await here.add(okDraft('alice'));
      expect(await ids(here)).toEqual(['id-00001']);
      const added = await there.add(okDraft('bob'));
      if (!added.ok) throw new Error(en(added.message));
      // The message has not come yet: the list is the one last read.
      expect(await ids(here)).toEqual(['id-00001']);
      deliver({ v: 1, type: 'changed', ids: [added.id] });
      expect(await ids(here)).toEqual([added.id, 'id-00001']);
    } finally {
      here.close();
      there.close();
    }
  });

  it('never keep a read that overlapped a write', async () => {
    const store = makeStore({ channel: quietChannel().channel });
    try {
      await store.add(okDraft('alice'));
      const during = store.list();
      const added = store.add(okDraft('bob'));
      await Promise.all([during, added]);
      expect(await ids(store)).toEqual(['id-00002', 'id-00001']);
    } finally {
      store.close();
    }
  });
});
