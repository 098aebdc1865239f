// The page's sandbox keeps its state across reloads: the versioned record (state.ts) round-trips
// every part of the state, a damaged or unknown one is refused whole, and PageSandbox (page.ts)
// saves after each change, reopens with what it saved, and resets to the seed.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PageSandbox,
  summaryText as summaryMsg,
  type SandboxStateStorage,
} from '../../../src/lib/sandbox/page';
import { inEnglish } from '../i18n/texts';

const summaryText = inEnglish(summaryMsg);
import {
  SANDBOX_STATE_VERSION,
  parseSavedState,
  serializeState,
  type SavedSandboxV1,
} from '../../../src/lib/sandbox/state';
import { SandboxService, SandboxStore } from '../../../src/lib/sandbox';
import { NOW_MS, call, listUrl, sign } from './helpers';
import { en, english } from '../i18n/texts';

let usersig: string;
beforeAll(async () => {
  usersig = await sign();
});

/** Storage in memory, standing in for IndexedDB; it can be made to fail. */
function memoryStorage(): SandboxStateStorage & { saved: unknown; writes: number; fail: boolean } {
  const m = {
    saved: undefined as unknown,
    writes: 0,
    fail: false,
    read: async () => {
      if (m.fail) throw new Error('blocked');
      return m.saved === undefined ? undefined : structuredClone(m.saved);
    },
    write: async (r: SavedSandboxV1) => {
      if (m.fail) throw new Error('QuotaExceededError');
      m.writes++;
      m.saved = structuredClone(r);
    },
    clear: async () => {
      m.saved = undefined;
    },
  };
  return m;
}

const post = (
  handle: (r: { method: string; url: string; body: string }) => Promise<{ body: string }>,
  path: string,
  body: unknown,
) =>
  handle({ method: 'POST', url: listUrl({ usersig, path }), body: JSON.stringify(body) }).then(
    (r) => JSON.parse(r.body) as Record<string, unknown>,
  );

describe('the stored record', () => {
  it('round-trips every part of the state: imports, conversations, groups, marks', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    const u = (path: string) => listUrl({ usersig, path });
    await call(service, u('/v4/im_open_login_svc/account_import'), { UserID: 'dave' });
    await call(service, u('/v4/recentcontact/create_contact_group'), {
      From_Account: 'alice',
      GroupContactItem: [{ GroupName: 'Trip', ContactItem: [{ Type: 1, To_Account: 'bob' }] }],
    });
    await call(service, u('/v4/recentcontact/mark_contact'), {
      From_Account: 'dave',
      MarkItem: [
        { OptType: 3, ContactItem: { Type: 1, To_Account: 'x' }, SetMark: [63], CustomMark: 'é' },
      ],
    });
    const record = serializeState(service.store.state);
    expect(record.v).toBe(SANDBOX_STATE_VERSION);
    // A plain record: JSON (and so IndexedDB's structured clone) carries it unchanged.
    const back = parseSavedState(JSON.parse(JSON.stringify(record)));
    if (!back.ok) throw new Error(en(back.reason));
    const restored = SandboxStore.fromState(back.state);
    expect(serializeState(restored.state)).toEqual(record);
    expect(restored.isImported('dave')).toBe(true);
    expect(restored.contactEntry('dave', { Type: 1, peer: 'x' })).toMatchObject({
      StandardMark: `1${'0'.repeat(63)}`,
      CustomMark: 'é',
    });
    expect(restored.groupNames('alice').get(6)).toBe('Trip');
    expect(restored.conversations('alice')).toEqual(service.store.conversations('alice'));
  });

  it('refuses a record of another version, or a damaged one, whole', () => {
    const good = serializeState(new SandboxStore().state);
    expect(parseSavedState(good).ok).toBe(true);
    expect(english(parseSavedState({ ...good, v: 2 }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/version 2/),
    });
    expect(parseSavedState(null).ok).toBe(false);
    expect(parseSavedState('{}').ok).toBe(false);
    const damaged = (edit: (r: SavedSandboxV1) => void) => {
      const r = structuredClone(good);
      edit(r);
      return parseSavedState(r).ok;
    };
    expect(damaged((r) => (r.imported = [1 as unknown as string]))).toBe(false);
    expect(
      damaged(
        (r) => ((r.accounts[0] as { conversations: unknown[] }).conversations[0] = { Type: 3 }),
      ),
    ).toBe(false);
    expect(
      damaged((r) => r.accounts[0]?.marks.push({ key: 'x', standard: '', custom: '', updated: 0 })),
    ).toBe(false);
    expect(
      damaged((r) =>
        r.accounts[0]?.marks.push({ key: '1:x', standard: '12', custom: '', updated: 0 }),
      ),
    ).toBe(false);
    expect(
      damaged((r) => r.accounts[0]?.groups.push({ GroupId: -1, GroupName: 'g', members: [] })),
    ).toBe(false);
  });

  it('holds no secret: nothing like the sandbox key or a UserSig is in it', () => {
    const text = JSON.stringify(serializeState(new SandboxStore().state));
    expect(text).not.toMatch(/5bd2850f|TLS\.sig|usersig/i);
  });
});

describe('PageSandbox', () => {
  const create = {
    From_Account: 'alice',
    GroupContactItem: [{ GroupName: 'Trip', ContactItem: [] }],
  };
  const groups = { From_Account: 'alice', StartIndex: 0 };

  it('saves after a change, and a reopened sandbox still has it; reads do not save', async () => {
    const storage = memoryStorage();
    const first = await PageSandbox.open({ storage, now: () => NOW_MS });
    expect(first.note).toBeNull();
    let changes = 0;
    first.onChange(() => changes++);
    await post((r) => first.handle(r), '/v4/recentcontact/get_contact_group', groups);
    expect(storage.writes).toBe(0);
    await post((r) => first.handle(r), '/v4/recentcontact/create_contact_group', create);
    expect(storage.writes).toBe(1);
    expect(changes).toBe(1);

    const reloaded = await PageSandbox.open({ storage, now: () => NOW_MS });
    const answer = await post(
      (r) => reloaded.handle(r),
      '/v4/recentcontact/get_contact_group',
      groups,
    );
    expect(answer['GroupItem']).toContainEqual({ GroupName: 'Trip', GroupId: 6 });
    expect(reloaded.summary()).toMatchObject({
      groups: 6 + 1,
      groupOwners: ['alice', 'bob'],
      importedSince: [],
    });
  });

  it('resets to the seed and forgets what it saved', async () => {
    const storage = memoryStorage();
    const sandbox = await PageSandbox.open({ storage, now: () => NOW_MS });
    await post((r) => sandbox.handle(r), '/v4/im_open_login_svc/account_import', {
      UserID: 'dave',
    });
    await post((r) => sandbox.handle(r), '/v4/recentcontact/create_contact_group', create);
    expect(sandbox.summary()).toMatchObject({ importedSince: ['dave'], groups: 7 });
    await sandbox.reset();
    expect(storage.saved).toBeUndefined();
    expect(sandbox.summary()).toMatchObject({
      importedSince: [],
      groups: 6,
      marked: expect.any(Number),
    });
    expect(sandbox.store.isImported('dave')).toBe(false);
    const reopened = await PageSandbox.open({ storage });
    expect(reopened.store.groupNames('alice').has(6)).toBe(false);
  });

  it('starts from the seed, and says why, when the saved state is damaged or storage is off', async () => {
    const damaged = memoryStorage();
    damaged.saved = { v: 1, imported: 'x', accounts: [] };
    const a = await PageSandbox.open({ storage: damaged });
    expect(en(a.note ?? '')).toMatch(/started from its seed: the saved sandbox is damaged/);
    expect(a.store.counts('alice').groups).toBe(5);

    const off = memoryStorage();
    off.fail = true;
    const b = await PageSandbox.open({ storage: off, now: () => NOW_MS });
    expect(en(b.note ?? '')).toMatch(/does not let the page keep/);
    // It works anyway, in memory, and says the change is not saved.
    const made = await post((r) => b.handle(r), '/v4/recentcontact/create_contact_group', create);
    expect(made['ErrorCode']).toBe(0);
    expect(en(b.note ?? '')).toMatch(/could not be saved/);
  });

  it('is the page’s alone: `npm run sandbox` (a plain SandboxService) starts from the seed', async () => {
    const storage = memoryStorage();
    const page = await PageSandbox.open({ storage, now: () => NOW_MS });
    await post((r) => page.handle(r), '/v4/recentcontact/create_contact_group', create);
    const server = new SandboxService({ now: () => NOW_MS });
    expect(server.store.groupNames('alice').has(6)).toBe(false);
  });
});

describe('summaryText', () => {
  it('says what the sandbox holds, naming at most five accounts imported since the seed', () => {
    const base = { imported: 172, importedSince: [], groups: 6, groupOwners: [], marked: 42 };
    expect(summaryText(base)).toBe(
      '172 imported accounts, 6 conversation groups, 42 marked conversations.',
    );
    const since = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(summaryText({ ...base, importedSince: since, groupOwners: ['alice', 'bob'] })).toBe(
      '172 imported accounts (since the seed: a, b, c, d, e and 2 more), 6 conversation groups (alice, bob), 42 marked conversations.',
    );
  });
});
