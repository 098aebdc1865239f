import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  HISTORY_STORE_NAME,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ENTRIES,
  checkImportSize,
  type HistoryEntryV1,
  type HistoryExport,
} from '../../../src/lib/history';
import {
  errorDraft,
  freshDbName,
  getListBody,
  makeStore,
  okDraft,
  quotaLimitedStore,
} from './helpers';
import { en, english } from '../i18n/texts';

async function storeWithThree() {
  const store = makeStore();
  await store.add(okDraft('alice'));
  await store.add(errorDraft(70001, 'UserSig expired', 'bob'));
  await store.add(okDraft('carol'));
  await store.setStarred('id-00002', true);
  return store;
}

describe('export and import', () => {
  it('exports a versioned JSON document that imports into another history unchanged', async () => {
    const source = await storeWithThree();
    const doc = await source.exportAll();
    expect(doc).toMatchObject({ format: EXPORT_FORMAT, v: 1 });
    expect(doc.entries.map((e) => e.id)).toEqual(['id-00001', 'id-00002', 'id-00003']);
    const text = JSON.stringify(doc);
    expect(JSON.parse(text)).toEqual(doc);

    const target = makeStore({ idPrefix: 'target' });
    expect(await target.importFile(text)).toEqual({
      ok: true,
      added: 3,
      skippedDuplicates: 0,
      skippedOverLimit: 0,
      upgraded: 0,
      rejected: [],
    });
    expect(await target.list()).toEqual(await source.list());
    expect(await target.get('id-00002')).toEqual(await source.get('id-00002'));
  });

  it('skips duplicates: the same ids, the same content under new ids, and repeats in the file', async () => {
    const store = await storeWithThree();
    const doc = await store.exportAll();
    const again = await store.importFile(JSON.stringify(doc));
    expect(again).toMatchObject({ ok: true, added: 0, skippedDuplicates: 3 });

    const renamed: HistoryExport = {
      ...doc,
      entries: doc.entries.map((e) => ({ ...e, id: `copy-${e.id}`, starred: !e.starred })),
    };
    expect(await store.importFile(JSON.stringify(renamed))).toMatchObject({
      added: 0,
      skippedDuplicates: 3,
    });

    const fresh = makeStore();
    const twice = { ...doc, entries: [...doc.entries, ...doc.entries] };
    expect(await fresh.importFile(JSON.stringify(twice))).toMatchObject({
      added: 3,
      skippedDuplicates: 3,
    });
    expect((await store.list()).stored).toBe(3);
  });

  it('upgrades v1 entries and rejects broken ones by position, importing the rest', async () => {
    const v1: HistoryEntryV1 = {
      v: 1,
      id: 'legacy',
      time: 1_500_000_000_000,
      region: { kind: 'region', id: 'china', backup: true },
      host: 'adminapi.my-imcloud.com',
      sdkAppId: '1400000001',
      identifier: 'administrator',
      body: getListBody('zoe'),
      sentVia: 'proxy',
      starred: false,
      outcome: { kind: 'transport', failure: 'timeout', message: 'timed out', durationMs: 30000 },
      response: '',
      responseCut: false,
    };
    const good = (await (await storeWithThree()).exportAll()).entries[0];
    const file = {
      format: EXPORT_FORMAT,
      v: 1,
      exportedAt: 0,
      entries: [
        v1,
        'not an entry',
        { ...good, time: 'yesterday' },
        good,
        { ...good, v: 7 },
        { ...good, id: 'far', time: 8.64e15 + 1 },
      ],
    };
    const store = makeStore();
    const result = await store.importFile(JSON.stringify(file));
    expect(result).toEqual({
      ok: true,
      added: 2,
      skippedDuplicates: 0,
      skippedOverLimit: 0,
      upgraded: 1,
      rejected: [
        { index: 1, reason: 'entries[1] is not an object' },
        { index: 2, reason: 'entries[2].time is not a number' },
        { index: 4, reason: expect.stringContaining('newer version') },
        { index: 5, reason: 'entries[5].time is not a date JavaScript can show (0 to 8.64e15 ms)' },
      ],
    });
    expect(await store.get('legacy')).toMatchObject({ v: 2, endpoint: 'get_list' });
  });

  it('refuses bad files with a reason and leaves what is stored alone', async () => {
    const store = await storeWithThree();
    const before = await store.list();
    const refused = async (text: string) => {
      const result = await store.importFile(text);
      if (result.ok) throw new Error('imported a bad file');
      expect(en(result.message).length).toBeGreaterThan(10);
      return result.code;
    };
    expect(await refused('{"format": ')).toBe('not-json');
    expect(await refused('')).toBe('not-json');
    expect(await refused('[1, 2, 3]')).toBe('wrong-format');
    expect(await refused('{"format": "something-else", "v": 1, "entries": []}')).toBe(
      'wrong-format',
    );
    expect(await refused(JSON.stringify({ format: EXPORT_FORMAT, v: 2, entries: [] }))).toBe(
      'wrong-version',
    );
    expect(await refused(JSON.stringify({ format: EXPORT_FORMAT, entries: [] }))).toBe(
      'wrong-version',
    );
    expect(await refused(JSON.stringify({ format: EXPORT_FORMAT, v: 1, entries: {} }))).toBe(
      'wrong-shape',
    );
    expect(await store.list()).toEqual(before);
  });

  it('refuses huge files: over 20 MB, or over 50,000 entries', async () => {
    const store = makeStore();
    const huge = await store.importFile(' '.repeat(MAX_IMPORT_BYTES + 1));
    expect(english(huge)).toMatchObject({
      ok: false,
      code: 'too-large',
      message: expect.stringContaining('20 MB'),
    });
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(30 * 1024 * 1024)).toMatchObject({ code: 'too-large' });
    const many = JSON.stringify({
      format: EXPORT_FORMAT,
      v: 1,
      entries: new Array(MAX_IMPORT_ENTRIES + 1).fill(0),
    });
    expect(english(await store.importFile(many))).toMatchObject({
      ok: false,
      code: 'too-many',
      message: expect.stringContaining('50000'),
    });
  });

  it('never drops stored entries to make room: the newest imported unstarred ones fill the limit', async () => {
    const source = makeStore({ idPrefix: 'src' });
    for (let i = 0; i < 5; i++) await source.add(okDraft(`user${i}`));
    await source.setStarred('src-00001', true);
    const text = JSON.stringify(await source.exportAll());

    const target = makeStore();
    await target.setMaxUnstarred(3);
    await target.add(okDraft('mine'));
    const result = await target.importFile(text);
    expect(result).toMatchObject({ ok: true, added: 3, skippedOverLimit: 2 });
    const ids = (await target.list()).items.map((s) => s.id).sort();
    expect(ids).toEqual(['id-00001', 'src-00001', 'src-00004', 'src-00005']);
  });

  it('imports nothing when storage fills up part way, and says so', async () => {
    const dbName = freshDbName();
    const quota = quotaLimitedStore(createStore(dbName, HISTORY_STORE_NAME));
    const store = makeStore({ dbName, store: quota.store });
    await store.add(okDraft('kept'));
    const source = await storeWithThree();
    quota.fail(2);
    // The first entry goes in, the second throws: the whole transaction is undone.
    expect(english(await store.importFile(JSON.stringify(await source.exportAll())))).toEqual({
      ok: false,
      code: 'quota',
      message: expect.stringContaining('nothing was imported'),
    });
    const list = await store.list();
    expect(list.items.map((s) => s.fromAccount)).toEqual(['kept']);
  });
});
