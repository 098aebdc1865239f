// The sandbox that remembers (issue 16): imported accounts, conversation groups and marks as a
// state machine, through the real SandboxService with real UserSigs on an injected clock. Each
// transition is checked by what the next request answers (import → list, create → get_list 63,
// mark → search, delete → gone) and every documented error with its code.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_ASSUMPTIONS } from '../../../src/lib/sandbox/assumptions';
import {
  MAX_GROUPS,
  SandboxService,
  SandboxStore,
  parseStandardMark,
  standardMarkText,
} from '../../../src/lib/sandbox';
import { NOW_MS, call, firstPage, listUrl, sign } from './helpers';
import { chinese, english } from '../i18n/texts';

const NOW_S = Math.floor(NOW_MS / 1000);
const P = {
  list: '/v4/recentcontact/get_list',
  contactGroup: '/v4/recentcontact/get_contact_group',
  create: '/v4/recentcontact/create_contact_group',
  update: '/v4/recentcontact/update_contact_group',
  del: '/v4/recentcontact/del_contact_group',
  mark: '/v4/recentcontact/mark_contact',
  search: '/v4/recentcontact/search_contact_group',
  unread: '/v4/openim/get_c2c_unread_msg_num',
  import: '/v4/im_open_login_svc/account_import',
  multi: '/v4/im_open_login_svc/multiaccount_import',
  check: '/v4/im_open_login_svc/account_check',
} as const;

let usersig: string;
beforeAll(async () => {
  usersig = await sign();
});

const newService = () => new SandboxService({ now: () => NOW_MS });
type Answer = Record<string, unknown>;
const send = (s: SandboxService, path: keyof typeof P, body: unknown): Promise<Answer> =>
  call(s, listUrl({ usersig, path: P[path] }), JSON.stringify(body));

function ok(a: Answer): Answer {
  expect(a['ErrorCode'], String(a['ErrorInfo'])).toBe(0);
  return a;
}
function fails(a: Answer, code: number, info?: RegExp): void {
  expect(a['ErrorCode'], String(a['ErrorInfo'])).toBe(code);
  expect(a['ActionStatus']).toBe('FAIL');
  if (info) expect(String(a['ErrorInfo'])).toMatch(info);
}

const c2c = (peer: string) => ({ Type: 1, To_Account: peer });
const create = (from: string, name: string, items: unknown[] = []) => ({
  From_Account: from,
  GroupContactItem: [{ GroupName: name, ContactItem: items }],
});
const sessionItems = (a: Answer) => a['SessionItem'] as Record<string, unknown>[];

describe('accounts: import → list, check', () => {
  it('makes an account listable: 50001 before account_import, an empty list after', async () => {
    const s = newService();
    fails(await send(s, 'list', firstPage('dave')), 50001, /account_import/);
    ok(await send(s, 'import', { UserID: 'dave', Nick: 'Dave' }));
    const list = ok(await send(s, 'list', firstPage('dave', 63)));
    expect(list).toMatchObject({ SessionItem: [], CompleteFlag: 1 });
    // Importing again creates nothing: the state does not change.
    const revision = s.store.revision;
    ok(await send(s, 'import', { UserID: 'dave' }));
    expect(s.store.revision).toBe(revision);
  });

  it('answers Imported / NotImported per UserID, the seed’s accounts and their contacts imported', async () => {
    const s = newService();
    const check = ok(
      await send(s, 'check', {
        CheckItem: [{ UserID: 'alice' }, { UserID: 'dave' }, { UserID: 'bob' }],
      }),
    );
    expect(check['ResultItem']).toEqual([
      { UserID: 'alice', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
      { UserID: 'dave', ResultCode: 0, ResultInfo: '', AccountStatus: 'NotImported' },
      { UserID: 'bob', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
    ]);
    // A peer of alice's exchanged messages with her: imported, listable (with no list).
    const peer = s.store.conversations('alice').find((c) => c.Type === 1 && c.peer !== 'bob');
    expect(s.store.isImported(peer?.peer ?? '')).toBe(true);
  });

  it('imports in either multiaccount_import form, failing only the accounts that are wrong', async () => {
    const s = newService();
    const long = 'x'.repeat(33);
    const old = ok(await send(s, 'multi', { Accounts: ['erin', '', long, 'frank'] }));
    expect(old['FailAccounts']).toEqual(['', long]);
    const newer = ok(
      await send(s, 'multi', {
        AccountList: [
          { UserID: 'gina', Nick: 'G' },
          { UserID: 'hal', FaceUrl: 'y'.repeat(501) },
        ],
      }),
    );
    expect(newer['FailAccounts']).toEqual(['hal']);
    const check = ok(
      await send(s, 'check', {
        CheckItem: ['erin', 'frank', 'gina', 'hal', long].map((UserID) => ({ UserID })),
      }),
    );
    expect((check['ResultItem'] as Answer[]).map((r) => r['AccountStatus'])).toEqual([
      'Imported',
      'Imported',
      'Imported',
      'NotImported',
      'NotImported',
    ]);
    ok(await send(s, 'list', firstPage('erin')));
  });

  it('refuses what the account pages refuse: 70402 for bad fields, 40601 for a long profile', async () => {
    const s = newService();
    fails(await send(s, 'import', {}), 70402, /UserID is missing/);
    fails(await send(s, 'import', { UserID: 'z'.repeat(33) }), 70402, /33 bytes/);
    fails(await send(s, 'import', { UserID: 'z', Nick: 'n'.repeat(501) }), 40601);
    fails(await send(s, 'multi', {}), 70402, /Accounts or AccountList/);
    fails(await send(s, 'multi', { Accounts: ['a'], AccountList: [{ UserID: 'b' }] }), 70402);
    fails(await send(s, 'multi', { Accounts: ['a', 7] }), 70402);
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`);
    fails(await send(s, 'multi', { Accounts: many }), 70402, /the most is 100/);
    fails(await send(s, 'check', { CheckItem: [] }), 70402, /empty/);
    fails(
      await send(s, 'check', { CheckItem: many.map((UserID) => ({ UserID })) }),
      70402,
      /the most is 100/,
    );
    expect(s.store.isImported('z')).toBe(false);
  });

  it('counts an imported peer in get_c2c_unread_msg_num, where an unknown one is 70107', async () => {
    const s = newService();
    const before = ok(await send(s, 'unread', { To_Account: 'alice', Peer_Account: ['zed'] }));
    expect(before['ErrorList']).toEqual([{ Peer_Account: 'zed', ErrorCode: 70107 }]);
    ok(await send(s, 'import', { UserID: 'zed' }));
    const after = ok(await send(s, 'unread', { To_Account: 'alice', Peer_Account: ['zed'] }));
    expect(after['C2CUnreadMsgNumList']).toEqual([{ Peer_Account: 'zed', C2CUnreadMsgNum: 0 }]);
    expect(after).not.toHaveProperty('ErrorList');
  });
});

describe('groups: create → get_list 63, update, delete → gone', () => {
  it('gives a new group the smallest unused GroupId and shows it on the conversation with 63 only', async () => {
    const s = newService();
    const made = ok(await send(s, 'create', create('alice', 'Travel', [c2c('bob')])));
    // alice's seed has groups 1 to 5: the new one is 6.
    expect(made['GroupResultItem']).toEqual([
      {
        GroupItem: { GroupName: 'Travel', GroupId: 6 },
        ResultItem: [{ ContactItem: c2c('bob'), ResultCode: 0, ResultInfo: '' }],
      },
    ]);
    const with63 = sessionItems(ok(await send(s, 'list', firstPage('alice', 63))));
    const bob = with63.find((i) => i['To_Account'] === 'bob');
    expect(bob?.['ContactGroupId']).toEqual([6]);
    const with7 = sessionItems(ok(await send(s, 'list', firstPage('alice', 7))));
    expect(with7.find((i) => i['To_Account'] === 'bob')).not.toHaveProperty('ContactGroupId');
    const groups = ok(await send(s, 'contactGroup', { From_Account: 'alice', StartIndex: 0 }));
    expect(groups['GroupItem']).toContainEqual({ GroupName: 'Travel', GroupId: 6 });
    // bob's data is the newest change: its Timestamp is the service's clock.
    const item = (groups['ContactItem'] as Answer[]).find((i) => i['To_Account'] === 'bob');
    expect(item).toEqual({ Type: 1, To_Account: 'bob', ContactGroupId: [6], Timestamp: NOW_S });
  });

  it('renames a group and changes its conversations; delete takes it away and frees its number', async () => {
    const s = newService();
    ok(await send(s, 'create', create('carol', 'Close', [c2c('alice')])));
    ok(await send(s, 'create', create('carol', 'Work')));
    const renamed = ok(
      await send(s, 'update', {
        From_Account: 'carol',
        UpdateType: 1,
        UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'Close', NewGroupName: 'Family' },
      }),
    );
    expect(renamed['UpdateGroupResult']).toEqual({
      UpdateGroupType: 1,
      GroupName: 'Family',
      GroupId: 1,
      OldGroupName: 'Close',
    });
    const changed = ok(
      await send(s, 'update', {
        From_Account: 'carol',
        UpdateType: 1,
        UpdateGroup: {
          UpdateGroupType: 2,
          OldGroupName: 'Family',
          ContactUpdateItem: [
            { ContactOptType: 1, ContactItem: { Type: 2, ToGroupId: '@TGS#1B2AUI7RZ' } },
            { ContactOptType: 2, ContactItem: c2c('alice') },
            // Removing one that is not in the group: no change, and success.
            { ContactOptType: 2, ContactItem: c2c('nobody') },
          ],
        },
      }),
    );
    expect(changed['UpdateGroupResult']).toMatchObject({
      UpdateGroupType: 2,
      GroupName: 'Family',
      GroupId: 1,
      ContactResultItem: [
        { ContactOptType: 1, ContactItem: { Type: 2, ToGroupId: '@TGS#1B2AUI7RZ' }, ResultCode: 0 },
        { ContactOptType: 2, ContactItem: c2c('alice'), ResultCode: 0 },
        { ContactOptType: 2, ContactItem: c2c('nobody'), ResultCode: 0 },
      ],
    });
    const search = ok(
      await send(s, 'search', {
        From_Account: 'carol',
        ContactItem: [c2c('alice'), { Type: 2, ToGroupId: '@TGS#1B2AUI7RZ' }],
      }),
    );
    // alice left the group and has no marks: her data is gone, she is answered bare.
    expect(search['ContactResultItem']).toEqual([
      c2c('alice'),
      { Type: 2, ToGroupId: '@TGS#1B2AUI7RZ', ContactGroupId: [1], Timestamp: NOW_S },
    ]);
    const deleted = ok(await send(s, 'del', { From_Account: 'carol', GroupName: ['Family'] }));
    expect(deleted['GroupItem']).toEqual([{ GroupName: 'Family', GroupId: 1 }]);
    const left = ok(await send(s, 'contactGroup', { From_Account: 'carol', StartIndex: 0 }));
    expect(left).toMatchObject({ ContactItem: [], GroupItem: [{ GroupName: 'Work', GroupId: 2 }] });
    // The freed number is the smallest unused again.
    const again = ok(await send(s, 'create', create('carol', 'Again')));
    expect((again['GroupResultItem'] as Answer[])[0]?.['GroupItem']).toEqual({
      GroupName: 'Again',
      GroupId: 1,
    });
  });

  it('answers the documented errors: 51009, 51010, 51011, 51008, 50001, and 50002 for a taken name', async () => {
    const s = newService();
    fails(await send(s, 'del', { From_Account: 'carol', GroupName: ['none'] }), 51009);
    fails(
      await send(s, 'update', {
        From_Account: 'carol',
        UpdateType: 1,
        UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'none', NewGroupName: 'x' },
      }),
      51009,
    );
    fails(await send(s, 'create', create('carol', '')), 51011);
    fails(await send(s, 'create', create('carol', 'n'.repeat(33))), 51011, /33 bytes/);
    // 11 CJK characters are 33 bytes in UTF-8: over 32 although 11 characters.
    fails(await send(s, 'create', create('carol', '会'.repeat(11))), 51011);
    ok(await send(s, 'create', create('carol', '会'.repeat(10))));
    fails(await send(s, 'create', create('carol', 'n'.repeat(65))), 51011);
    ok(await send(s, 'create', create('carol', 'dup')));
    fails(await send(s, 'create', create('carol', 'dup')), 50002, /already exists/);
    for (let i = s.store.counts('carol').groups; i < MAX_GROUPS; i++) {
      ok(await send(s, 'create', create('carol', `g${i}`)));
    }
    fails(await send(s, 'create', create('carol', 'g21')), 51010);
    fails(await send(s, 'create', create('nobody', 'x')), 50001);
    fails(
      await send(s, 'create', {
        From_Account: 'carol',
        GroupContactItem: [{ GroupName: 'a' }, { GroupName: 'b' }],
      }),
      50002,
      /the most is 1/,
    );
    fails(await send(s, 'del', { From_Account: 'carol', GroupName: ['a', 'b'] }), 50002);
  });

  it('refuses 51008 when the grouped conversations would be over 1000, changing nothing', async () => {
    const s = newService();
    ok(await send(s, 'import', { UserID: 'many' }));
    for (let g = 0; g < 10; g++) {
      const items = Array.from({ length: 100 }, (_, i) => c2c(`p${g * 100 + i}`));
      ok(await send(s, 'create', create('many', `g${g}`, items)));
    }
    expect(s.store.counts('many').grouped).toBe(1000);
    // A conversation already grouped may join another group: the count is of conversations.
    ok(await send(s, 'create', create('many', 'again', [c2c('p0')])));
    const before = s.store.revision;
    fails(await send(s, 'create', create('many', 'over', [c2c('p1000')])), 51008);
    expect(s.store.revision).toBe(before);
  });
});

describe('marks: mark → search, get_list 63', () => {
  const mark = (from: string, items: unknown[]) => ({ From_Account: from, MarkItem: items });

  it('sets and clears standard marks by bit number, bit 0 rightmost, and a custom mark', async () => {
    const s = newService();
    const marked = ok(
      await send(
        s,
        'mark',
        mark('carol', [
          { OptType: 3, ContactItem: c2c('alice'), SetMark: [0, 3], CustomMark: 'vip' },
          { OptType: 1, ContactItem: c2c('bob'), SetMark: [35] },
        ]),
      ),
    );
    expect(marked['ResultItem']).toEqual([
      { OptType: 3, ContactItem: c2c('alice'), ResultCode: 0, ResultInfo: '' },
      { OptType: 1, ContactItem: c2c('bob'), ResultCode: 0, ResultInfo: '' },
    ]);
    const search = ok(
      await send(s, 'search', { From_Account: 'carol', ContactItem: [c2c('alice'), c2c('bob')] }),
    );
    expect(search['ContactResultItem']).toEqual([
      { Type: 1, To_Account: 'alice', StandardMark: '1001', CustomMark: 'vip', Timestamp: NOW_S },
      { Type: 1, To_Account: 'bob', StandardMark: `1${'0'.repeat(35)}`, Timestamp: NOW_S },
    ]);
    // ClearMark before SetMark: a bit in both ends up set. OptType 1 leaves the custom mark.
    ok(
      await send(
        s,
        'mark',
        mark('carol', [{ OptType: 1, ContactItem: c2c('alice'), ClearMark: [0, 3], SetMark: [3] }]),
      ),
    );
    // OptType 2 with an empty CustomMark clears it, leaving the standard marks.
    ok(
      await send(
        s,
        'mark',
        mark('carol', [{ OptType: 2, ContactItem: c2c('bob'), CustomMark: '' }]),
      ),
    );
    const after = ok(
      await send(s, 'search', { From_Account: 'carol', ContactItem: [c2c('alice'), c2c('bob')] }),
    );
    expect(after['ContactResultItem']).toEqual([
      { Type: 1, To_Account: 'alice', StandardMark: '1000', CustomMark: 'vip', Timestamp: NOW_S },
      { Type: 1, To_Account: 'bob', StandardMark: `1${'0'.repeat(35)}`, Timestamp: NOW_S },
    ]);
    // Clearing every mark leaves no data: the conversation is answered bare.
    ok(
      await send(
        s,
        'mark',
        mark('carol', [{ OptType: 3, ContactItem: c2c('alice'), ClearMark: [3], CustomMark: '' }]),
      ),
    );
    const cleared = ok(
      await send(s, 'search', { From_Account: 'carol', ContactItem: [c2c('alice')] }),
    );
    expect(cleared['ContactResultItem']).toEqual([c2c('alice')]);
  });

  it('shows a mark on the conversation in get_list with 63, never with 7', async () => {
    const s = newService();
    ok(
      await send(
        s,
        'mark',
        mark('alice', [
          { OptType: 3, ContactItem: c2c('bob'), SetMark: [0, 1], CustomMark: 'call back' },
        ]),
      ),
    );
    const bob63 = sessionItems(ok(await send(s, 'list', firstPage('alice', 63)))).find(
      (i) => i['To_Account'] === 'bob',
    );
    expect(bob63).toMatchObject({ StandardMark: '11', CustomMark: 'call back' });
    expect(bob63).not.toHaveProperty('ContactGroupId');
    const bob7 = sessionItems(ok(await send(s, 'list', firstPage('alice', 7)))).find(
      (i) => i['To_Account'] === 'bob',
    );
    expect(Object.keys(bob7 ?? {})).toEqual(['Type', 'To_Account', 'MsgTime', 'TopFlag']);
  });

  it('answers 51006 for an empty or over-100 MarkItem, 50002 for a bit outside 0–63, 50001 for an unknown account', async () => {
    const s = newService();
    fails(await send(s, 'mark', mark('carol', [])), 51006);
    const many = Array.from({ length: 101 }, (_, i) => ({
      OptType: 1,
      ContactItem: c2c(`p${i}`),
      SetMark: [0],
    }));
    fails(await send(s, 'mark', mark('carol', many)), 51006);
    ok(await send(s, 'mark', mark('carol', many.slice(0, 100))));
    fails(
      await send(s, 'mark', mark('carol', [{ OptType: 1, ContactItem: c2c('a'), SetMark: [64] }])),
      50002,
      /from 0 to 63/,
    );
    fails(await send(s, 'mark', mark('carol', [{ OptType: 4, ContactItem: c2c('a') }])), 50002);
    fails(
      await send(
        s,
        'mark',
        mark('carol', [{ OptType: 1, ContactItem: { Type: 2, To_Account: 'x' } }]),
      ),
      50002,
      /ToGroupId is missing/,
    );
    fails(await send(s, 'mark', mark('nobody', many.slice(0, 1))), 50001);
    fails(
      await send(s, 'search', {
        From_Account: 'carol',
        ContactItem: Array.from({ length: 301 }, (_, i) => c2c(`p${i}`)),
      }),
      50002,
      /the most is 300/,
    );
  });

  it('refuses 51008 when the marked conversations would be over 1000, all or nothing', async () => {
    const s = newService();
    for (let n = 0; n < 10; n++) {
      const items = Array.from({ length: 100 }, (_, i) => ({
        OptType: 2,
        ContactItem: c2c(`p${n * 100 + i}`),
        CustomMark: 'm',
      }));
      ok(await send(s, 'mark', mark('carol', items)));
    }
    expect(s.store.counts('carol').marked).toBe(1000);
    const before = s.store.revision;
    fails(
      await send(
        s,
        'mark',
        mark('carol', [{ OptType: 1, ContactItem: c2c('one-more'), SetMark: [0] }]),
      ),
      51008,
    );
    expect(s.store.revision).toBe(before);
    // Changing a conversation already marked does not add one.
    ok(
      await send(s, 'mark', mark('carol', [{ OptType: 1, ContactItem: c2c('p0'), SetMark: [1] }])),
    );
  });
});

describe('StandardMark as a bit string', () => {
  it('writes bit 0 rightmost with no leading zeros, and reads it back', () => {
    expect(standardMarkText(0n)).toBe('');
    expect(standardMarkText(1n)).toBe('1');
    expect(standardMarkText(0b1001n)).toBe('1001');
    expect(standardMarkText(1n << 63n)).toBe(`1${'0'.repeat(63)}`);
    for (const s of ['1', '111001', '11111110', `1${'0'.repeat(63)}`]) {
      expect(standardMarkText(parseStandardMark(s) ?? -1n)).toBe(s);
    }
    expect(parseStandardMark('2')).toBeNull();
    expect(parseStandardMark('1'.repeat(65))).toBeNull();
  });

  it('keeps the seed’s marks and groups as get_contact_group answered them before', () => {
    const store = new SandboxStore();
    expect(store.contactEntry('bob', { Type: 1, peer: 'alice' })).toEqual({
      Type: 1,
      peer: 'alice',
      StandardMark: '1',
      ContactGroupId: [1],
      Timestamp: store.conversations('bob')[0]?.MsgTime,
    });
    expect(store.counts('alice').groups).toBe(5);
    expect(store.contactEntries('alice')).toHaveLength(59);
  });
});

describe('the assumptions, as the page and the README say them', () => {
  it('are the same sentences in the README as beside Reset sandbox', () => {
    // Whitespace and apostrophes as Markdown wraps and types them.
    const plain = (t: string) => t.replace(/\s+/g, ' ').replace(/[’]/g, "'");
    const readme = plain(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'));
    expect(SANDBOX_ASSUMPTIONS.length).toBeGreaterThan(0);
    for (const a of english(SANDBOX_ASSUMPTIONS)) expect(readme, a).toContain(plain(a));
  });

  it('lists the same assumptions in Chinese, wire names and error codes kept', () => {
    const zh = chinese(SANDBOX_ASSUMPTIONS);
    expect(zh).toHaveLength(12);
    expect(zh[1]).toBe('分组名称在同一帐号内唯一：创建或重命名为已有的名称会被拒绝，返回 50002。');
    const tokens = (s: string) =>
      s.match(/[A-Z][A-Za-z]+[A-Z][A-Za-z]*|[a-z]+_[a-z_]+|\d{5}/g) ?? [];
    english(SANDBOX_ASSUMPTIONS).forEach((e, i) => {
      for (const w of tokens(e)) expect(zh[i], w).toContain(w);
    });
  });
});
