// The History panel's model over a real Workspace, Sender and sandbox, and fake-indexeddb:
// every send kept, runs as one entry, no secret stored, the list paged and filtered, loading
// back, import and export, two tabs, and history off without breaking sends. Runes need
// Svelte's browser build, hence jsdom (see vite.config.ts).
import { describe, expect, it } from 'vitest';
import { createStore, del, type UseStore } from 'idb-keyval';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { HISTORY_STORE_NAME, openHistory, seedEntries } from '../../../src/lib/history';
import { lazy } from '../../../src/lib/lazy/lazy';
import {
  HistoryModel,
  RECENT_COUNT,
  type HistoryModelOptions,
} from '../../../src/lib/state/history.svelte';
import { Sender } from '../../../src/lib/state/sender.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { dumpAllDatabases, freshDbName, fullStore, quotaLimitedStore } from './helpers';
import { en } from '../i18n/texts';

async function setup(options: HistoryModelOptions & { dbName?: string } = {}) {
  const { dbName = freshDbName(), ...rest } = options;
  const ws = new Workspace();
  await ws.signer.sign();
  const sender = new Sender(ws);
  const history = new HistoryModel(ws, sender, {
    idle: () => {},
    ...rest,
    open: { dbName, ...rest.open },
  });
  return { ws, sender, history, dbName };
}

/** Waits until `check` passes (the list is read asynchronously after each change). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function fileOf(name: string, text: string) {
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
}

describe('HistoryModel', () => {
  it('keeps every send, newest first, with its outcome and no key or UserSig', async () => {
    const { ws, sender, history } = await setup();
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    ws.draft.setValue('From_Account', 'nobody-here');
    await sender.send();
    await history.settled();
    history.show();
    await until(() => history.items.length === 2, 'two entries');
    expect(history.items.map((s) => s.fromAccount)).toEqual(['nobody-here', 'alice']);
    expect(history.items[1]).toMatchObject({ host: 'sandbox', sentVia: 'sandbox', status: 'ok' });
    expect(history.status).toBe('on');
    expect(history.maxUnstarred).toBe(1000);

    const dump = await dumpAllDatabases();
    expect(dump).toContain('alice');
    expect(dump).not.toContain(ws.signer.key);
    expect(dump).not.toContain(ws.signer.userSig);
  });

  it('keeps a "Fetch all pages" run as one entry with its pages and count', async () => {
    const { ws, sender, history } = await setup();
    ws.draft.setValue('From_Account', 'alice');
    sender.ratePerSecond = 200;
    await sender.fetchAll();
    await history.settled();
    history.show();
    await until(() => history.items.length === 1, 'one entry');
    const [run] = history.items;
    expect(run?.combinedCount).toBe(250);
    expect(run?.pageCount).toBeGreaterThan(1);
    await history.toggleDetails(run!.id);
    expect(history.openEntry?.kind).toBe('all-pages');
    expect(history.openEntry?.pages).toHaveLength(run!.pageCount);
  });

  it('pages through the list, filters it, and keeps the list while an ErrorCode is half typed', async () => {
    const dbName = freshDbName();
    const opened = await openHistory({ dbName, channel: () => null });
    if (!opened.ok) throw new Error(en(opened.message));
    await opened.store.bulkPut(seedEntries(130, Date.now()));
    const { history } = await setup({ dbName });
    history.show();
    await until(() => history.listed, 'the list');
    expect(history.items).toHaveLength(50);
    expect(history.total).toBe(130);
    expect(history.hasMore).toBe(true);
    await history.showMore();
    expect(history.items).toHaveLength(100);

    history.setFilter('errorCode', '70001');
    await history.refresh();
    expect(history.total).toBeGreaterThan(0);
    expect(history.items.every((s) => s.errorCode === 70001)).toBe(true);
    const before = history.items;
    history.setFilter('errorCode', '70001x');
    expect(history.filter.ok).toBe(false);
    await history.refresh();
    expect(history.items).toBe(before);
    history.resetFilter();
    await history.refresh();
    expect(history.items).toHaveLength(50);
  });

  it('lists the newest sends beside the request, whatever the History view’s filter', async () => {
    const dbName = freshDbName();
    const opened = await openHistory({ dbName, channel: () => null });
    if (!opened.ok) throw new Error(en(opened.message));
    await opened.store.bulkPut(seedEntries(30, Date.now() - 60_000));
    const { ws, sender, history } = await setup({ dbName });
    history.setFilter('errorCode', '70001');
    history.showRecent();
    await until(() => history.recentListed, 'the recent sends');
    expect(history.recent).toHaveLength(RECENT_COUNT);
    const times = history.recent.map((s) => s.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(history.recent.some((s) => s.errorCode !== 70001)).toBe(true);

    // A send shows up at the top while they are shown...
    ws.draft.setValue('From_Account', 'bob');
    await sender.send();
    await history.settled();
    await until(() => history.recent[0]?.fromAccount === 'bob', 'the new send on top');
    expect(history.recent).toHaveLength(RECENT_COUNT);
    // ...and is not read for them once they are hidden.
    history.hideRecent();
    ws.draft.setValue('From_Account', 'carol');
    await sender.send();
    await history.settled();
    await new Promise((r) => setTimeout(r, 50));
    expect(history.recent[0]?.fromAccount).toBe('bob');
  });

  it('loads an entry back into the builder, stars it and deletes it', async () => {
    const { ws, sender, history } = await setup();
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    await history.settled();
    history.show();
    await until(() => history.items.length === 1, 'one entry');
    const id = history.items[0]!.id;

    ws.draft.setValue('From_Account', 'bob');
    expect(await history.load(id)).not.toBeNull();
    expect(JSON.parse(ws.draft.text).From_Account).toBe('alice');

    await history.setStarred(id, true);
    expect(history.items[0]?.starred).toBe(true);
    await history.clear(true);
    expect(history.items).toHaveLength(1);
    expect(en(history.notice?.text ?? '')).toMatch(
      /Deleted 0 entries\. 1 starred entry was kept\./,
    );
    await history.remove(id);
    expect(history.items).toHaveLength(0);
    expect(await history.load(id)).toBeNull();
    expect(en(history.notice?.text ?? '')).toMatch(/gone/);
  });

  it('re-sends an entry: one more entry, sent with the loaded body', async () => {
    const { ws, sender, history } = await setup();
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    await history.settled();
    history.show();
    await until(() => history.items.length === 1, 'one entry');
    ws.draft.setValue('From_Account', 'bob');
    expect(await history.resend(history.items[0]!.id)).toBe(true);
    await until(() => sender.busy === 'idle' && history.items.length === 2, 'the re-send');
    expect(history.items[0]?.fromAccount).toBe('alice');
  });

  it('keeps a raw-mode request under its raw id, loads it back into raw mode and re-sends it', async () => {
    const { ws, sender, history } = await setup();
    ws.draft.enterRaw();
    ws.draft.setRawPath('v4/openim/sendmsg');
    ws.draft.setText('{"To_Account":"bob"}');
    await sender.send();
    expect(sender.last?.outcome).toMatchObject({ ok: true, ErrorCode: 60009 });
    await history.settled();
    history.show();
    await until(() => history.items.length === 1, 'one entry');
    expect(history.items[0]?.endpoint).toBe('raw:v4/openim/sendmsg');

    ws.draft.switchEndpoint(GET_LIST);
    expect(ws.draft.isRaw).toBe(false);
    expect(await history.load(history.items[0]!.id)).not.toBeNull();
    expect(history.notice).toBeNull();
    expect(ws.draft.isRaw).toBe(true);
    expect(ws.draft.rawPath).toBe('v4/openim/sendmsg');
    expect(ws.draft.text).toBe('{"To_Account":"bob"}');

    expect(await history.resend(history.items[0]!.id)).toBe(true);
    await until(() => sender.busy === 'idle' && history.items.length === 2, 'the re-send');
    expect(history.items[0]?.endpoint).toBe('raw:v4/openim/sendmsg');
    // The exchange keeps no URL (it holds the UserSig): its endpoint, and the sandbox's 60009
    // for a path other than its own, say where the re-send went.
    expect(sender.last?.endpointId).toBe('raw:v4/openim/sendmsg');
    expect(sender.last?.outcome).toMatchObject({ ok: true, ErrorCode: 60009 });
  });

  it('exports and imports: duplicates skipped, a bad file explained, nothing stored lost', async () => {
    const a = await setup();
    a.ws.draft.setValue('From_Account', 'alice');
    await a.sender.send();
    await a.sender.send();
    await a.history.settled();
    const file = await a.history.exportAll();
    expect(file?.count).toBe(2);
    expect(file?.name).toMatch(/^chat-rest-history-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);

    const b = await setup();
    b.history.show();
    await b.history.importFile(fileOf('h.json', file!.text));
    expect(en(b.history.notice?.text ?? '')).toMatch(
      /2 added, 0 skipped as already here, 0 rejected/,
    );
    await b.history.importFile(fileOf('h.json', file!.text));
    expect(en(b.history.notice?.text ?? '')).toMatch(/0 added, 2 skipped as already here/);
    await b.history.importFile(fileOf('bad.json', '{"not": "history"'));
    expect(b.history.notice).toMatchObject({ tone: 'error' });
    expect(en(b.history.notice?.text ?? '')).toMatch(
      /Nothing was imported from "bad.json": The file is not JSON/,
    );
    await until(() => b.history.stored === 2, 'two entries kept');
  });

  it('follows another tab: an entry written there shows here without a reload', async () => {
    const dbName = freshDbName();
    const one = await setup({ dbName });
    const two = await setup({ dbName });
    two.history.show();
    await until(() => two.history.listed, 'the list');
    expect(two.history.items).toHaveLength(0);
    one.ws.draft.setValue('From_Account', 'alice');
    await one.sender.send();
    await one.history.settled();
    await until(() => two.history.items.length === 1, 'the other tab’s entry');
  });

  it('says so when storage was full and old entries were dropped to keep a send', async () => {
    const dbName = freshDbName();
    const limited = quotaLimitedStore(createStore(dbName, HISTORY_STORE_NAME));
    const { ws, sender, history } = await setup({
      dbName,
      open: { createStore: () => limited.store },
    });
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    await sender.send();
    await history.settled();
    limited.fail(1);
    await sender.send();
    await history.settled();
    expect(history.notice).toMatchObject({ tone: 'warn' });
    expect(en(history.notice?.text ?? '')).toMatch(
      /Storage was full: history deleted the oldest unstarred entry to keep the latest request/,
    );
    history.show();
    await until(() => history.items.length === 2, 'two entries');
  });

  it('when storage is full before it opens: lists what it can, says so, and sending works', async () => {
    const dbName = freshDbName();
    const base = createStore(dbName, HISTORY_STORE_NAME);
    const storage = fullStore(base);
    const { ws, sender, history } = await setup({
      dbName,
      open: { createStore: () => storage.store },
    });
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    await history.settled();
    await del('index', base);
    storage.fill();
    history.show();
    await until(() => history.listed, 'the list');
    expect(history.items.map((s) => s.fromAccount)).toEqual(['alice']);
    expect(history.storageFull).toBe(true);
    // Deleting works however full storage is; while writes still fail, it stays full.
    await history.clear(true);
    expect(history.items).toEqual([]);
    expect(history.storageFull).toBe(true);
    // Once there is room, a send is kept again and the warning goes.
    storage.drain();
    await sender.send();
    await history.settled();
    expect(history.storageFull).toBe(false);
    storage.fill();
    await sender.send();
    await history.settled();
    expect(sender.last?.result.ok).toBe(true);
    expect(history.storageFull).toBe(true);
    expect(en(history.notice?.text ?? '')).toMatch(/could not save this request: storage is full/);
  });

  it('never leaves the panel at "Opening history…" with an empty reason when a read fails', async () => {
    const dbName = freshDbName();
    const base = createStore(dbName, HISTORY_STORE_NAME);
    // Opening reads once; every read after that fails, with a name and no message.
    let reads = 0;
    const store: UseStore = (mode, callback) =>
      ++reads > 1 ? Promise.reject(new DOMException('', 'UnknownError')) : base(mode, callback);
    const { history } = await setup({ dbName, open: { createStore: () => store } });
    history.show();
    await until(() => history.readError !== '', 'the read error');
    expect(en(history.readError)).toBe('History could not be read: UnknownError.');
    expect(history.listed).toBe(false);
  });

  it('says why history is off where there is no IndexedDB, and sending still works', async () => {
    const { ws, sender, history } = await setup({ open: { indexedDB: () => undefined } });
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    await history.settled();
    expect(sender.last?.result.ok).toBe(true);
    expect(history.status).toBe('off');
    expect(en(history.offReason)).toMatch(/History is off: this browser offers no IndexedDB/);
    expect(history.unsaved).toBe(1);
  });

  it('says why history is off when its code cannot load, and loads it on Retry', async () => {
    let fail = true;
    const lib = lazy('the history', () =>
      fail ? Promise.reject(new Error('chunk missing')) : import('../../../src/lib/history'),
    );
    const { history } = await setup({ load: lib.load });
    history.show();
    await until(() => history.status === 'off', 'off');
    expect(en(history.offReason)).toMatch(/could not be loaded \(chunk missing\)/);
    expect(en(history.loadFailure?.message ?? '')).toBe(
      'Could not load the history — check the connection and try again.',
    );
    fail = false;
    history.retry();
    await until(() => history.status === 'on' && history.listed, 'on after Retry');
    expect(history.loadFailure).toBeNull();
  });
});
