// The cursor model, checked end to end: the real SandboxService, paged by the real runner.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ALICE_SHAPE,
  PAGE_SIZE,
  SANDBOX_EPOCH,
  SandboxService,
  TOP_PAGE_SIZE,
  createSandboxAccounts,
  type SandboxConversation,
} from '../../../src/lib/sandbox';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import {
  fetchAllPages,
  paginationSpecFor,
  type FetchAllResult,
  type PaginationSpec,
} from '../../../src/lib/pagination';
import { NOW_MS, call, firstPage, listUrl, sign } from './helpers';

const GET_LIST_PAGINATION = paginationSpecFor(GET_LIST) as PaginationSpec;

let usersig: string;
beforeAll(async () => {
  usersig = await sign();
});

interface Item {
  Type: 1 | 2;
  To_Account?: string;
  GroupId?: string;
  MsgTime: number;
  TopFlag: 0 | 1;
  StandardMark?: string;
  CustomMark?: string;
  ContactGroupId?: number[];
}

const keyOf = (c: SandboxConversation) => `${c.Type}:${c.peer}`;

/**
 * Pages through an account with the runner at 200 pages/s on a fake clock shared with the
 * service, so the run is as fast as the CPU and the service's rate limit sees real spacing.
 */
async function fetchAll(
  account: string,
  assistFlags: number,
  service?: SandboxService,
  between?: (page: number) => void,
): Promise<FetchAllResult> {
  let t = NOW_MS;
  const sandbox = service ?? new SandboxService({ now: () => t });
  let page = 0;
  return fetchAllPages({
    spec: GET_LIST_PAGINATION,
    firstBody: JSON.stringify(firstPage(account, assistFlags)),
    ratePerSecond: 200,
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
    sendPage: async (body) => {
      between?.(page++);
      const response = await sandbox.handle({
        method: 'POST',
        url: listUrl({ usersig }),
        body,
      });
      return JSON.parse(response.body) as unknown;
    },
  });
}

const items = (result: FetchAllResult) => result.items as Item[];
const itemKey = (i: Item) => `${i.Type}:${i.Type === 1 ? i.To_Account : i.GroupId}`;

describe('the data', () => {
  const accounts = createSandboxAccounts();
  const alice = accounts.get('alice') ?? [];

  it('is the same on every call (seeded, no clock, no Math.random)', () => {
    expect(createSandboxAccounts()).toEqual(accounts);
  });

  it('gives alice 250 conversations: 170 one-to-one, 80 group, 20 pinned, 10 empty, all distinct', () => {
    expect(alice).toHaveLength(ALICE_SHAPE.total);
    expect(alice.filter((c) => c.Type === 1)).toHaveLength(ALICE_SHAPE.oneToOne);
    expect(alice.filter((c) => c.Type === 2)).toHaveLength(ALICE_SHAPE.groups);
    expect(alice.filter((c) => c.pinned)).toHaveLength(ALICE_SHAPE.pinned);
    expect(alice.filter((c) => c.empty)).toHaveLength(ALICE_SHAPE.empty);
    expect(alice.filter((c) => c.pinned && c.empty)).toHaveLength(0);
    expect(new Set(alice.map(keyOf)).size).toBe(250);
    expect(new Set(alice.map((c) => c.peer)).size).toBe(250);
  });

  it('spreads MsgTimes over recent months before the fixed epoch, never 0', () => {
    for (const c of alice) {
      expect(c.MsgTime).toBeLessThan(SANDBOX_EPOCH);
      expect(c.MsgTime).toBeGreaterThan(SANDBOX_EPOCH - 180 * 86400);
    }
    const times = alice.map((c) => c.MsgTime);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(60 * 86400);
  });

  it('uses realistic peer IDs: user IDs and group IDs, some of them @TGS# ones', () => {
    for (const c of alice)
      expect(c.peer).toMatch(
        c.Type === 1 ? /^[a-z][a-z0-9._]+$/ : /^(@TGS#\w{9}|[a-z]+-[a-z-]+-\d+)$/,
      );
    expect(alice.some((c) => c.peer.startsWith('@TGS#'))).toBe(true);
  });

  it('gives bob 3 (1 pinned, 1 empty) and carol and the admin none', () => {
    expect(accounts.get('bob')).toHaveLength(3);
    expect(accounts.get('bob')?.filter((c) => c.pinned)).toHaveLength(1);
    expect(accounts.get('bob')?.filter((c) => c.empty)).toHaveLength(1);
    expect(accounts.get('carol')).toEqual([]);
    expect(accounts.get('administrator')).toEqual([]);
  });
});

describe.each([0, 1, 2, 3, 4, 5, 6, 7])('following the cursors with AssistFlags %i', (flags) => {
  const pinnedApart = (flags & 1) !== 0;
  const withEmpty = (flags & 2) !== 0;
  const pinnedPaged = (flags & 4) !== 0;

  it.each([
    ['alice', withEmpty ? 250 : 240, pinnedApart ? 20 : 0],
    ['bob', withEmpty ? 3 : 2, pinnedApart ? 1 : 0],
    ['carol', 0, 0],
  ] as const)(
    'returns each of %s’s conversations exactly once: %i, %i pinned',
    async (account, count, pinnedCount) => {
      const result = await fetchAll(account, flags);
      expect(result.status).toBe('complete');
      expect(result.error).toBeUndefined();
      expect(result.duplicates).toEqual([]);
      expect(result.anomalies).toEqual([]);
      expect(result.items).toHaveLength(count);

      // No gaps: exactly the conversations the account has, minus empty ones without bit 1.
      const expected = (createSandboxAccounts().get(account) ?? []).filter(
        (c) => withEmpty || !c.empty,
      );
      expect(new Set(items(result).map(itemKey))).toEqual(new Set(expected.map(keyOf)));

      const pinnedKeys = new Set(expected.filter((c) => c.pinned).map(keyOf));
      expect(items(result).filter((i) => i.TopFlag === 1)).toHaveLength(pinnedCount);
      for (const i of items(result)) {
        expect(i.TopFlag, itemKey(i)).toBe(pinnedApart && pinnedKeys.has(itemKey(i)) ? 1 : 0);
      }

      for (const [n, { response }] of result.pages.entries()) {
        const page = response['SessionItem'] as Item[];
        expect(page.length).toBeLessThanOrEqual(PAGE_SIZE);
        expect(response['CompleteFlag']).toBe(n === result.pages.length - 1 ? 1 : 0);
        // Pinned first on every page; each list newest first across pages.
        const firstPlain = page.findIndex((i) => i.TopFlag === 0);
        if (firstPlain >= 0)
          expect(page.slice(firstPlain).every((i) => i.TopFlag === 0)).toBe(true);
        if (!pinnedApart) {
          expect(response['TopTimeStamp']).toBe(0);
          expect(response['TopStartIndex']).toBe(0);
        }
        if (pinnedApart && pinnedPaged) {
          expect(page.filter((i) => i.TopFlag === 1).length).toBeLessThanOrEqual(TOP_PAGE_SIZE);
        }
        if (pinnedApart && !pinnedPaged && n > 0) {
          expect(page.filter((i) => i.TopFlag === 1)).toHaveLength(0);
        }
      }
      for (const topFlag of [0, 1]) {
        const times = items(result)
          .filter((i) => i.TopFlag === topFlag)
          .map((i) => i.MsgTime);
        expect(times).toEqual([...times].sort((a, b) => b - a));
      }
    },
  );
});

describe('the cursor model', () => {
  it('with AssistFlags 7 pages alice as 100 + 100 + 50, pinned 10 per page', async () => {
    const result = await fetchAll('alice', 7);
    const pages = result.pages.map(({ response }) => response['SessionItem'] as Item[]);
    expect(pages.map((p) => p.length)).toEqual([100, 100, 50]);
    expect(pages.map((p) => p.filter((i) => i.TopFlag === 1).length)).toEqual([10, 10, 0]);
  });

  it('without bit 2 puts all 20 pinned conversations on the first page', async () => {
    const result = await fetchAll('alice', 3);
    const first = result.pages[0]?.response['SessionItem'] as Item[];
    expect(first.filter((i) => i.TopFlag === 1)).toHaveLength(20);
    expect(first).toHaveLength(100);
  });

  it('splits runs of equal MsgTimes across pages with StartIndex, for every AssistFlags 0 to 7', async () => {
    for (let flags = 0; flags < 8; flags++) {
      const result = await fetchAll('alice', flags);
      for (const [n, { body, response }] of result.pages.entries()) {
        if (n === 0) continue;
        // The request's TimeStamp is the MsgTime of the previous page's last ordinary item, and
        // this page starts with the rest of those sharing it.
        const firstPlain = (response['SessionItem'] as Item[]).find((i) => i.TopFlag === 0);
        expect(firstPlain?.MsgTime, `flags ${flags}, page ${n + 1}`).toBe(body['TimeStamp']);
        expect(body['StartIndex'], `flags ${flags}, page ${n + 1}`).toBeGreaterThan(1);
      }
    }
  });

  it('treats TimeStamp 0 as "from the top" and StartIndex then as a number to skip', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    const all = await call(service, listUrl({ usersig }), firstPage('alice', 2));
    const skipped = await call(service, listUrl({ usersig }), {
      ...firstPage('alice', 2),
      StartIndex: 5,
    });
    expect((skipped['SessionItem'] as Item[])[0]).toEqual((all['SessionItem'] as Item[])[5]);
  });

  it('survives deletions between pages: nothing repeated, nothing skipped but the deleted one', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    const alice = service.store.conversations('alice');
    // The newest (already returned on page 1) and the oldest (still to come) conversations.
    const returned = alice[0];
    const pending = alice[alice.length - 1];
    if (!returned || !pending) throw new Error('alice has no conversations');
    const result = await fetchAll('alice', 7, service, (page) => {
      if (page === 1) {
        expect(service.store.deleteConversation('alice', returned.Type, returned.peer)).toBe(true);
        expect(service.store.deleteConversation('alice', pending.Type, pending.peer)).toBe(true);
      }
    });
    expect(result.status).toBe('complete');
    expect(result.duplicates).toEqual([]);
    expect(result.items).toHaveLength(249);
    const keys = new Set(items(result).map(itemKey));
    expect(keys.has(keyOf(returned))).toBe(true);
    expect(keys.has(keyOf(pending))).toBe(false);
    expect(service.store.deleteConversation('alice', pending.Type, pending.peer)).toBe(false);
  });

  it('keeps each instance’s data to itself', () => {
    const a = new SandboxService();
    const b = new SandboxService();
    const first = a.store.conversations('alice')[0];
    if (!first) throw new Error('alice has no conversations');
    a.store.deleteConversation('alice', first.Type, first.peer);
    expect(a.store.conversations('alice')).toHaveLength(249);
    expect(b.store.conversations('alice')).toHaveLength(250);
  });
});

describe('AssistFlags bits above 2', () => {
  const marked = (result: FetchAllResult) =>
    items(result).filter(
      (i) =>
        i.StandardMark !== undefined ||
        i.CustomMark !== undefined ||
        i.ContactGroupId !== undefined,
    );

  it('with 63 adds StandardMark, CustomMark and ContactGroupId to the conversations that have them', async () => {
    const result = await fetchAll('alice', 63);
    expect(result.items).toHaveLength(250);
    const withMarks = marked(result);
    expect(withMarks.length).toBeGreaterThan(10);
    expect(withMarks.length).toBeLessThan(250);
    expect(
      withMarks.some((i) => typeof i.StandardMark === 'string' && /^[01]+$/.test(i.StandardMark)),
    ).toBe(true);
    expect(withMarks.some((i) => typeof i.CustomMark === 'string')).toBe(true);
    expect(
      withMarks.some(
        (i) => Array.isArray(i.ContactGroupId) && i.ContactGroupId.every(Number.isInteger),
      ),
    ).toBe(true);
  });

  it('adds no marks with 7 or 15, and pages like 7 whatever the higher bits', async () => {
    expect(marked(await fetchAll('alice', 7))).toEqual([]);
    expect(marked(await fetchAll('alice', 15))).toEqual([]);
    const all = await fetchAll('alice', 4294967295);
    expect(all.status).toBe('complete');
    expect(all.items).toHaveLength(250);
    expect(items(all).filter((i) => i.TopFlag === 1)).toHaveLength(20);
  });
});
