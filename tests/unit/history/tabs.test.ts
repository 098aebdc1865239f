import { describe, expect, it } from 'vitest';
import type { HistoryChange, HistoryChannel } from '../../../src/lib/history';
import { freshDbName, makeStore, okDraft } from './helpers';
import { en } from '../i18n/texts';

describe('two tabs', () => {
  it('lose nothing when both write 200 entries at once', async () => {
    const dbName = freshDbName();
    const a = makeStore({ dbName, idPrefix: 'a' });
    const b = makeStore({ dbName, idPrefix: 'b' });
    await Promise.all([
      ...Array.from({ length: 200 }, (_, i) => a.add(okDraft(`a${i}`))),
      ...Array.from({ length: 200 }, (_, i) => b.add(okDraft(`b${i}`))),
    ]);
    const list = await a.list({ limit: 1000 });
    expect(list.stored).toBe(400);
    expect(new Set(list.items.map((s) => s.id)).size).toBe(400);
    expect(await b.get('a-00200')).not.toBeNull();
    expect(await a.get('b-00200')).not.toBeNull();
    expect((await b.list({ filter: { fromAccount: 'a199' } })).total).toBe(1);
  });

  it('hear about each other over a real BroadcastChannel', async () => {
    const dbName = freshDbName();
    const channels: HistoryChannel[] = [];
    const channel = (name: string) => {
      const c = new BroadcastChannel(name);
      channels.push(c);
      return c;
    };
    const a = makeStore({ dbName, idPrefix: 'a', channel });
    const b = makeStore({ dbName, idPrefix: 'b', channel });
    const elsewhere = makeStore({ idPrefix: 'x', channel });
    try {
      const heardInB = new Promise<HistoryChange>((resolve) => b.subscribe(resolve));
      const heardInA: HistoryChange[] = [];
      a.subscribe((change) => heardInA.push(change));
      const heardElsewhere: HistoryChange[] = [];
      elsewhere.subscribe((change) => heardElsewhere.push(change));

      const added = await a.add(okDraft('alice'));
      if (!added.ok) throw new Error(en(added.message));
      expect(heardInA).toEqual([{ ids: [added.id], origin: 'this-tab' }]);
      expect(await heardInB).toEqual({ ids: [added.id], origin: 'other-tab' });
      // B re-lists on the message and sees the entry without reopening anything.
      expect((await b.list()).items.map((s) => s.id)).toEqual([added.id]);

      const heardAgain = new Promise<HistoryChange>((resolve) => a.subscribe(resolve));
      await b.setStarred(added.id, true);
      expect(await heardAgain).toEqual({ ids: [added.id], origin: 'other-tab' });
      // A history in another database is not told about this one.
      expect(heardElsewhere).toEqual([]);
    } finally {
      a.close();
      b.close();
      elsewhere.close();
    }
    expect(channels).toHaveLength(3);
  });

  it('ignore messages that are not theirs', async () => {
    let deliver: (data: unknown) => void = () => {};
    const fake: HistoryChannel = {
      postMessage: () => {},
      addEventListener: (_type, listener) => {
        deliver = (data) => listener(new MessageEvent('message', { data }));
      },
      close: () => {},
    };
    const store = makeStore({ channel: () => fake });
    const heard: HistoryChange[] = [];
    store.subscribe((change) => heard.push(change));
    deliver('hello');
    deliver({ v: 2, type: 'changed', ids: ['x'] });
    deliver({ v: 1, type: 'changed', ids: [1] });
    deliver({ v: 1, type: 'changed', ids: ['x'] });
    expect(heard).toEqual([{ ids: ['x'], origin: 'other-tab' }]);
    store.close();
    deliver({ v: 1, type: 'changed', ids: ['y'] });
    expect(heard).toHaveLength(1);
  });
});
