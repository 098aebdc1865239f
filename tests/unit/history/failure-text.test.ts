// History keeps a send failure's message as its descriptor (issue 15): an entry recorded in
// English reads in Chinese after a switch, older entries (plain strings) read as they are, a
// newer version's key never breaks the view, and every string in the parameters is scrubbed.
import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  pageOfExchange,
  parseEntry,
  parseSummaryIndex,
  summarize,
  summaryMatcher,
  toSummaryIndex,
  type HistoryEntry,
} from '../../../src/lib/history';
import { outcomeFacts } from '../../../src/lib/history/present';
import { USERSIG_MASK } from '../../../src/lib/api/url';
import type { Text } from '../../../src/lib/i18n/message';
import { sendDirect } from '../../../src/lib/transport';
import { genUserSig } from '../../../src/lib/usersig';
import { en, zh } from '../i18n/texts';
import { dumpAllDatabases, makeStore, okDraft, transportDraft } from './helpers';

const MADE = { id: 'e1', time: 1_700_000_000_000 };
const NETWORK = { key: 'send.network', params: { host: 'console.tim.qq.com' } } as const;

/** A stored entry (as IndexedDB or an export file holds it) whose only page failed with `message`. */
function storedWith(message: unknown): unknown {
  const entry = JSON.parse(JSON.stringify(buildEntry(transportDraft(), MADE))) as {
    pages: { outcome: { message: unknown } }[];
  };
  entry.pages[0]!.outcome.message = message;
  return entry;
}

function messageOf(stored: unknown): Text {
  const parsed = parseEntry(stored, 'entry');
  if (!parsed.ok) throw new Error(parsed.reason);
  const o = parsed.entry.pages[0]!.outcome;
  if (o.kind !== 'transport') throw new Error('not a transport outcome');
  return o.message;
}

describe('a stored failure message', () => {
  it('an old entry’s plain string reads as it is, in every language', () => {
    const m = messageOf(storedWith('Failed to fetch'));
    expect(m).toBe('Failed to fetch');
    expect(zh(m)).toBe('Failed to fetch');
  });

  it('a descriptor reads back as itself and renders in either language', () => {
    const m = messageOf(storedWith(NETWORK));
    expect(m).toEqual(NETWORK);
    expect(en(m)).toMatch(/^The browser could not reach console\.tim\.qq\.com/);
    expect(zh(m)).toMatch(/^浏览器无法访问 console\.tim\.qq\.com/);
  });

  it('a nested descriptor (Auto’s two reasons) reads back whole; unknown fields are dropped', () => {
    const neither = {
      key: 'send.neither',
      params: {
        host: 'h.example',
        direct: NETWORK,
        proxy: { key: 'send.proxyDown', params: { base: '/proxy', extra: 'dropped' } },
      },
    };
    const m = messageOf(storedWith(neither));
    expect(m).toEqual({
      ...neither,
      params: { ...neither.params, proxy: { key: 'send.proxyDown', params: { base: '/proxy' } } },
    });
    expect(zh(m)).toContain('h.example');
  });

  it.each([
    [
      'a newer version’s key',
      { key: 'send.fromTheFuture', params: { host: 'x' } },
      'send.fromTheFuture',
    ],
    ['a key of another area', { key: 'core.send' }, 'core.send'],
    ['parameters of another shape', { key: 'send.network', params: { host: 42 } }, 'send.network'],
    [
      'a nested text of another shape',
      { key: 'send.neither', params: { host: 'h', direct: 1, proxy: 'p' } },
      'send.neither',
    ],
    ['parameters missing', { key: 'send.timeout' }, 'send.timeout'],
  ])('%s renders as a failure this version cannot word, never a throw', (_name, stored, key) => {
    const m = messageOf(storedWith(stored));
    expect(m).toEqual({ key: 'send.unknown', params: { key } });
    expect(en(m)).toContain(key);
    expect(zh(m)).toContain(key);
    // …and what the details view shows of it renders too.
    const entry = parseEntry(storedWith(stored), 'entry');
    expect(
      entry.ok && outcomeFacts(entry.entry.pages[0]!.outcome).map(([k, v]) => zh(k) + zh(v)),
    ).toBeTruthy();
  });

  it('something that is neither a string nor a descriptor is a damaged entry, as before', () => {
    expect(parseEntry(storedWith(42), 'entry').ok).toBe(false);
    expect(parseEntry(storedWith(null), 'entry').ok).toBe(false);
  });

  it('the summary keeps the descriptor (the list renders it), survives the index and filters on its data', () => {
    const entry: HistoryEntry = { ...buildEntry(transportDraft(), MADE) };
    entry.pages = [
      {
        ...entry.pages[0]!,
        outcome: { kind: 'transport', failure: 'network', message: NETWORK, durationMs: 3 },
      },
    ];
    const summary = summarize(entry);
    expect(summary.errorInfo).toEqual(NETWORK);
    const [back] = parseSummaryIndex(JSON.parse(JSON.stringify(toSummaryIndex([summary])))) ?? [];
    expect(back).toEqual(summary);
    expect(summaryMatcher({ text: 'console.tim' })(summary)).toBe(true);
    // A newer version's descriptor in the index makes it damaged: rebuilt from the entries.
    const index = toSummaryIndex([
      { ...summary, errorInfo: { key: 'send.fromTheFuture' } as unknown as Text },
    ]);
    expect(parseSummaryIndex(JSON.parse(JSON.stringify(index)))).toBeNull();
  });
});

describe('scrubbing reaches the descriptor’s parameters', () => {
  it('a UserSig inside a bad URL’s failure is removed in storage and in an export', async () => {
    const userSig = await genUserSig(
      { sdkAppId: 1400000001, key: 'k'.repeat(64), identifier: 'administrator', expire: 86400 },
      { now: () => 1_700_000_000_000 },
    );
    // No scheme: not a full URL, and its text (cut to 80 characters, 48 of them the UserSig's)
    // is in the failure's params.
    const bad = `console.tim.qq.com/v4/x?usersig=${userSig}`;
    const result = await sendDirect({ method: 'POST', url: bad, body: '{}' });
    expect(result).toMatchObject({ ok: false, kind: 'bad-url' });
    expect(JSON.stringify(result)).toContain(userSig.slice(0, 40));
    const store = makeStore();
    const page = pageOfExchange({ body: '{}', startedAt: 0, result, outcome: null }, 5);
    expect((await store.add({ ...okDraft(), pages: [page] })).ok).toBe(true);
    const dump = await dumpAllDatabases();
    expect(dump).not.toContain(userSig.slice(0, 30));
    const exported = JSON.stringify(await store.exportAll());
    expect(exported).not.toContain(userSig.slice(0, 30));
    // Still a descriptor, rendered with the masked text.
    const listed = await store.list();
    const shown = listed.items.map((s) => en(s.errorInfo ?? ''));
    expect(shown).toEqual([
      `"console.tim.qq.com/v4/x?usersig=${USERSIG_MASK}(48 characters hidden)" is not a full URL.`,
    ]);
    // Through an import of a file that carries the UserSig again.
    const file = exported.replace(/usersig=[^"&]*hidden\)/, `usersig=${userSig}`);
    expect(file).toContain(userSig);
    const imported = makeStore({ idPrefix: 'imp' });
    expect(await imported.importFile(file)).toMatchObject({ ok: true });
    expect(JSON.stringify(await imported.exportAll())).not.toContain(userSig.slice(0, 30));
  });
});
