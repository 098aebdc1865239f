// The sandbox's commands beyond get_list (delete, get_c2c_unread_msg_num, get_contact_group) and
// its answer to every other path, with real UserSigs on an injected clock.
import { beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../src/lib/api/endpoints';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { fetchAllPages, paginationSpecFor, type FetchAllResult } from '../../../src/lib/pagination';
import {
  COMMANDS,
  CONTACT_GROUP_PAGE_SIZE,
  GET_LIST_PATH,
  SANDBOX_PATHS,
  commandForPath,
  SANDBOX_APP,
  SANDBOX_UNREAD,
  SandboxService,
  compareConversations,
  createSandboxAccounts,
} from '../../../src/lib/sandbox';
import { NOW_MS, call, firstPage, listUrl, sign } from './helpers';

const DELETE = '/v4/recentcontact/delete';
const UNREAD = '/v4/openim/get_c2c_unread_msg_num';
const CONTACT_GROUP = '/v4/recentcontact/get_contact_group';

let usersig: string;
beforeAll(async () => {
  usersig = await sign();
});

const newService = () => new SandboxService({ now: () => NOW_MS });
const url = (path: string) => listUrl({ usersig, path });

const OUTCOME_KEYS = ['ActionStatus', 'ErrorCode', 'ErrorInfo', 'ErrorDisplay', 'RequestId'];

function expectFail(answer: Record<string, unknown>, code: number, info?: RegExp) {
  expect(answer['ErrorCode'], String(answer['ErrorInfo'])).toBe(code);
  expect(answer['ActionStatus']).toBe('FAIL');
  expect(Object.keys(answer)).toEqual(OUTCOME_KEYS);
  if (info) expect(String(answer['ErrorInfo'])).toMatch(info);
}

function expectOk(answer: Record<string, unknown>) {
  expect(answer['ErrorCode'], String(answer['ErrorInfo'])).toBe(0);
  expect(answer['ActionStatus']).toBe('OK');
}

/** Every page of alice's list (AssistFlags 7 + bit 1: empty ones too, 250 in all), by the runner. */
async function aliceList(service: SandboxService): Promise<FetchAllResult> {
  const spec = paginationSpecFor(GET_LIST);
  if (!spec) throw new Error('get_list pages');
  return fetchAllPages({
    spec,
    firstBody: JSON.stringify(firstPage('alice', 7 | 2)),
    ratePerSecond: 200,
    now: () => 0,
    sleep: async () => {},
    sendPage: async (body) =>
      JSON.parse(
        (
          await service.handle({
            method: 'POST',
            url: listUrl({ usersig }),
            body,
          })
        ).body,
      ) as unknown,
  });
}

const keyOf = (i: unknown) => {
  const o = i as { Type: number; To_Account?: string; GroupId?: string };
  return `${o.Type}:${o.Type === 1 ? o.To_Account : o.GroupId}`;
};

describe('delete', () => {
  it('answers the outcome fields only, as the page’s sample', async () => {
    const answer = await call(newService(), url(DELETE), {
      From_Account: 'alice',
      Type: 1,
      To_Account: 'bob',
    });
    expectOk(answer);
    expect(Object.keys(answer)).toEqual(OUTCOME_KEYS);
  });

  it('removes the conversation from alice’s later get_list pages: 250 → 249, and it is gone', async () => {
    const service = newService();
    const before = await aliceList(service);
    expect(before.status).toBe('complete');
    expect(before.items).toHaveLength(250);
    expect(before.items.map(keyOf)).toContain('1:carol');

    expectOk(
      await call(service, url(DELETE), {
        From_Account: 'alice',
        Type: 1,
        To_Account: 'carol',
        ClearRamble: 1,
      }),
    );

    const after = await aliceList(service);
    expect(after.status).toBe('complete');
    expect(after.items).toHaveLength(249);
    expect(after.items.map(keyOf)).not.toContain('1:carol');
    expect(after.duplicates).toEqual([]);
    // Nothing else changed.
    expect(new Set(after.items.map(keyOf))).toEqual(
      new Set(before.items.map(keyOf).filter((k) => k !== '1:carol')),
    );
  });

  it('deletes a group conversation named by ToGroupid, and a pinned one', async () => {
    const service = newService();
    const alice = createSandboxAccounts().get('alice') ?? [];
    const group = alice.find((c) => c.Type === 2 && !c.pinned);
    const pinned = alice.find((c) => c.pinned);
    if (!group || !pinned) throw new Error('fixture');
    expectOk(
      await call(service, url(DELETE), { From_Account: 'alice', Type: 2, ToGroupid: group.peer }),
    );
    expectOk(
      await call(service, url(DELETE), {
        From_Account: 'alice',
        Type: pinned.Type,
        [pinned.Type === 1 ? 'To_Account' : 'ToGroupid']: pinned.peer,
        ClearRamble: 0,
      }),
    );
    const keys = (await aliceList(service)).items.map(keyOf);
    expect(keys).toHaveLength(248);
    expect(keys).not.toContain(`2:${group.peer}`);
    expect(keys).not.toContain(`${pinned.Type}:${pinned.peer}`);
  });

  it('touches only the account named: bob still has alice after alice deletes bob', async () => {
    const service = newService();
    expectOk(
      await call(service, url(DELETE), { From_Account: 'alice', Type: 1, To_Account: 'bob' }),
    );
    const bob = await call(service, listUrl({ usersig }), firstPage('bob'));
    expect((bob['SessionItem'] as { To_Account?: string }[]).map((i) => i.To_Account)).toContain(
      'alice',
    );
  });

  it('answers OK for a conversation that does not exist or was already deleted', async () => {
    const service = newService();
    const body = { From_Account: 'alice', Type: 1, To_Account: 'bob' };
    expectOk(await call(service, url(DELETE), body));
    expectOk(await call(service, url(DELETE), body));
    expectOk(
      await call(service, url(DELETE), { From_Account: 'alice', Type: 1, To_Account: 'dave' }),
    );
    expectOk(
      await call(service, url(DELETE), {
        From_Account: 'carol',
        Type: 2,
        ToGroupid: '@TGS#nothing',
      }),
    );
    expect((await aliceList(service)).items).toHaveLength(249);
  });

  it('refuses a bad field with 50002, naming it', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ Type: 1, To_Account: 'bob' }, /From_Account is missing/],
      [{ From_Account: '', Type: 1, To_Account: 'bob' }, /From_Account is empty/],
      [{ From_Account: 7, Type: 1, To_Account: 'bob' }, /From_Account must be a string/],
      [{ From_Account: 'alice', To_Account: 'bob' }, /Type is missing/],
      [{ From_Account: 'alice', Type: 3, To_Account: 'bob' }, /Type must be 1 .* or 2/],
      [{ From_Account: 'alice', Type: '1', To_Account: 'bob' }, /Type must be/],
      [{ From_Account: 'alice', Type: 1 }, /To_Account is missing; it is required when Type is 1/],
      [{ From_Account: 'alice', Type: 1, ToGroupid: 'g' }, /To_Account is missing/],
      [
        { From_Account: 'alice', Type: 2, To_Account: 'bob' },
        /ToGroupid is missing; it is required when Type is 2/,
      ],
      [{ From_Account: 'alice', Type: 2, ToGroupid: '' }, /ToGroupid is empty/],
      [
        { From_Account: 'alice', Type: 1, To_Account: 'bob', ClearRamble: 2 },
        /ClearRamble must be 0 or 1/,
      ],
      [{ From_Account: 'alice', Type: 1, To_Account: 'bob', ClearRamble: true }, /ClearRamble/],
    ];
    for (const [body, info] of cases) {
      expectFail(await call(newService(), url(DELETE), body), 50002, info);
    }
  });

  it('names the service’s spelling when the body says ToGroupId', async () => {
    expectFail(
      await call(newService(), url(DELETE), {
        From_Account: 'alice',
        Type: 2,
        ToGroupId: '@TGS#x',
      }),
      50002,
      /the body has ToGroupId: the service spells it ToGroupid/,
    );
  });

  it('answers 60003 for a body that is not JSON, 50002 for JSON that is not an object', async () => {
    expectFail(await call(newService(), url(DELETE), '{"From_Account":'), 60003);
    expectFail(await call(newService(), url(DELETE), '[]'), 50002);
  });

  it('answers 50001 for an unknown From_Account, after the fields are checked', async () => {
    expectFail(
      await call(newService(), url(DELETE), { From_Account: 'dave', Type: 1, To_Account: 'bob' }),
      50001,
      /dave/,
    );
    expectFail(await call(newService(), url(DELETE), { From_Account: 'dave', Type: 5 }), 50002);
  });
});

describe('get_c2c_unread_msg_num', () => {
  it('answers the total over one-to-one conversations when no Peer_Account is sent', async () => {
    const service = newService();
    const alice = await call(service, url(UNREAD), { To_Account: 'alice' });
    expectOk(alice);
    expect(alice['AllC2CUnreadMsgNum']).toBe(7);
    expect(alice).not.toHaveProperty('C2CUnreadMsgNumList');
    expect((await call(service, url(UNREAD), { To_Account: 'bob' }))['AllC2CUnreadMsgNum']).toBe(1);
    expect((await call(service, url(UNREAD), { To_Account: 'carol' }))['AllC2CUnreadMsgNum']).toBe(
      0,
    );
    // The documented data: the totals are the sums of SANDBOX_UNREAD.
    expect(Object.values(SANDBOX_UNREAD['alice'] ?? {}).reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('answers one count per peer, in the order asked, and ErrorList 70107 for unknown peers', async () => {
    const alice = createSandboxAccounts().get('alice') ?? [];
    const quiet = alice.find((c) => c.Type === 1 && !c.unread && c.peer !== 'bob');
    if (!quiet) throw new Error('fixture');
    const answer = await call(newService(), url(UNREAD), {
      To_Account: 'alice',
      Peer_Account: ['carol', 'nobody', 'bob', quiet.peer, SANDBOX_APP.admin],
    });
    expectOk(answer);
    expect(answer['C2CUnreadMsgNumList']).toEqual([
      { Peer_Account: 'carol', C2CUnreadMsgNum: 5 },
      { Peer_Account: 'bob', C2CUnreadMsgNum: 2 },
      { Peer_Account: quiet.peer, C2CUnreadMsgNum: 0 },
      // An account with no conversation with alice: it exists, so 0.
      { Peer_Account: SANDBOX_APP.admin, C2CUnreadMsgNum: 0 },
    ]);
    expect(answer['ErrorList']).toEqual([{ Peer_Account: 'nobody', ErrorCode: 70107 }]);
    expect(answer).not.toHaveProperty('AllC2CUnreadMsgNum');
  });

  it('leaves ErrorList out when every peer exists, and answers an empty list for []', async () => {
    const answer = await call(newService(), url(UNREAD), {
      To_Account: 'bob',
      Peer_Account: ['alice'],
    });
    expect(answer['C2CUnreadMsgNumList']).toEqual([{ Peer_Account: 'alice', C2CUnreadMsgNum: 1 }]);
    expect(answer).not.toHaveProperty('ErrorList');
    const empty = await call(newService(), url(UNREAD), { To_Account: 'bob', Peer_Account: [] });
    expect(empty['C2CUnreadMsgNumList']).toEqual([]);
  });

  it('takes 10 peers and refuses 11 with 70206', async () => {
    const peers = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'bob' : `u${i}`));
    expectOk(
      await call(newService(), url(UNREAD), { To_Account: 'alice', Peer_Account: peers(10) }),
    );
    expectFail(
      await call(newService(), url(UNREAD), { To_Account: 'alice', Peer_Account: peers(11) }),
      70206,
      /11/,
    );
  });

  it('answers the page’s codes: 90003 for To_Account missing, empty or unknown; 90001 for bad types', async () => {
    expectFail(await call(newService(), url(UNREAD), {}), 90003, /To_Account is missing/);
    expectFail(await call(newService(), url(UNREAD), { To_Account: '' }), 90003);
    expectFail(await call(newService(), url(UNREAD), { To_Account: 'dave' }), 90003, /dave/);
    expectFail(await call(newService(), url(UNREAD), { To_Account: 5 }), 90001);
    expectFail(
      await call(newService(), url(UNREAD), { To_Account: 'alice', Peer_Account: 'bob' }),
      90001,
      /array/,
    );
    expectFail(
      await call(newService(), url(UNREAD), { To_Account: 'alice', Peer_Account: ['bob', 3] }),
      90001,
      /Peer_Account\[1\]/,
    );
    expectFail(await call(newService(), url(UNREAD), '"alice"'), 90001);
    expectFail(await call(newService(), url(UNREAD), 'To_Account=alice'), 60003);
  });

  it('drops a deleted conversation’s unread count with it', async () => {
    const service = newService();
    expectOk(
      await call(service, url(DELETE), { From_Account: 'alice', Type: 1, To_Account: 'bob' }),
    );
    expect((await call(service, url(UNREAD), { To_Account: 'alice' }))['AllC2CUnreadMsgNum']).toBe(
      5,
    );
    expect(
      (await call(service, url(UNREAD), { To_Account: 'alice', Peer_Account: ['bob'] }))[
        'C2CUnreadMsgNumList'
      ],
    ).toEqual([{ Peer_Account: 'bob', C2CUnreadMsgNum: 0 }]);
  });
});

describe('get_contact_group', () => {
  // In list order, as the store keeps them.
  const marked = (createSandboxAccounts().get('alice') ?? [])
    .filter((c) => c.marks)
    .sort(compareConversations);

  it('pages alice’s conversations with group or mark data by StartIndex / NextStartIndex', async () => {
    const service = newService();
    expect(marked.length).toBeGreaterThan(2 * CONTACT_GROUP_PAGE_SIZE);
    const first = await call(service, url(CONTACT_GROUP), { From_Account: 'alice', StartIndex: 0 });
    expectOk(first);
    expect(Object.keys(first).slice(0, 4)).toEqual([
      'ContactItem',
      'GroupItem',
      'CompleteFlag',
      'NextStartIndex',
    ]);
    expect(first['ContactItem']).toHaveLength(CONTACT_GROUP_PAGE_SIZE);
    expect(first['CompleteFlag']).toBe(0);
    expect(first['NextStartIndex']).toBe(CONTACT_GROUP_PAGE_SIZE);
    expect(first['GroupItem']).toEqual([
      { GroupName: 'Work', GroupId: 1 },
      { GroupName: 'Family', GroupId: 2 },
      { GroupName: 'Friends', GroupId: 3 },
      { GroupName: 'Projects', GroupId: 4 },
      { GroupName: 'Read later', GroupId: 5 },
    ]);

    const lastStart =
      Math.floor((marked.length - 1) / CONTACT_GROUP_PAGE_SIZE) * CONTACT_GROUP_PAGE_SIZE;
    const last = await call(service, url(CONTACT_GROUP), {
      From_Account: 'alice',
      StartIndex: lastStart,
    });
    expect(last['ContactItem']).toHaveLength(marked.length - lastStart);
    // The last page: CompleteFlag 1 and NextStartIndex 0, as in the page's sample answer.
    expect(last['CompleteFlag']).toBe(1);
    expect(last['NextStartIndex']).toBe(0);

    const past = await call(service, url(CONTACT_GROUP), {
      From_Account: 'alice',
      StartIndex: 10_000,
    });
    expect(past).toMatchObject({ ContactItem: [], CompleteFlag: 1, NextStartIndex: 0 });
  });

  it('gives each item the answer’s fields: To_Account or ToGroupId, marks, groups, Timestamp last', async () => {
    const answer = await call(newService(), url(CONTACT_GROUP), {
      From_Account: 'alice',
      StartIndex: 0,
    });
    const items = answer['ContactItem'] as Record<string, unknown>[];
    for (const [n, item] of items.entries()) {
      const c = marked[n];
      if (!c) throw new Error('fixture');
      expect(item['Type']).toBe(c.Type);
      expect(item[c.Type === 1 ? 'To_Account' : 'ToGroupId']).toBe(c.peer);
      expect(item).not.toHaveProperty(c.Type === 1 ? 'ToGroupId' : 'To_Account');
      expect(item['Timestamp']).toBe(c.MsgTime);
      expect(Object.keys(item).at(-1)).toBe('Timestamp');
      expect(item['ContactGroupId']).toEqual(c.marks?.ContactGroupId);
      expect(item['StandardMark']).toEqual(c.marks?.StandardMark);
      for (const id of (item['ContactGroupId'] as number[] | undefined) ?? []) {
        expect(id).toBeGreaterThanOrEqual(1);
        expect(id).toBeLessThanOrEqual(5);
      }
    }
  });

  it('answers bob’s one group and carol’s nothing in one complete page', async () => {
    const bob = await call(newService(), url(CONTACT_GROUP), {
      From_Account: 'bob',
      StartIndex: 0,
    });
    expect(bob).toMatchObject({
      ContactItem: [{ Type: 1, To_Account: 'alice', StandardMark: '1', ContactGroupId: [1] }],
      GroupItem: [{ GroupName: 'Close friends', GroupId: 1 }],
      CompleteFlag: 1,
      NextStartIndex: 0,
    });
    const carol = await call(newService(), url(CONTACT_GROUP), {
      From_Account: 'carol',
      StartIndex: 0,
    });
    expect(carol).toMatchObject({
      ContactItem: [],
      GroupItem: [],
      CompleteFlag: 1,
      NextStartIndex: 0,
    });
  });

  it('refuses bad fields with 50002 and an unknown From_Account with 50001', async () => {
    for (const [body, info] of [
      [{ StartIndex: 0 }, /From_Account is missing/],
      [{ From_Account: 'alice' }, /StartIndex is missing/],
      [{ From_Account: 'alice', StartIndex: -1 }, /StartIndex must be/],
      [{ From_Account: 'alice', StartIndex: '0' }, /StartIndex must be/],
      [{ From_Account: 'alice', StartIndex: 1.5 }, /StartIndex must be/],
      [{ From_Account: ['alice'], StartIndex: 0 }, /From_Account must be a string/],
    ] as const) {
      expectFail(await call(newService(), url(CONTACT_GROUP), body), 50002, info);
    }
    expectFail(
      await call(newService(), url(CONTACT_GROUP), { From_Account: 'dave', StartIndex: 0 }),
      50001,
    );
    expectFail(await call(newService(), url(CONTACT_GROUP), 'nope'), 60003);
  });
});

describe('every command passes the same checks in the same order', () => {
  const bodies: [string, Record<string, unknown>][] = [
    [DELETE, { From_Account: 'alice', Type: 1, To_Account: 'bob' }],
    [UNREAD, { To_Account: 'alice' }],
    [CONTACT_GROUP, { From_Account: 'alice', StartIndex: 0 }],
  ];

  it.each(bodies)(
    '%s: method 60008, sdkappid 60012, UserSig 70002/70003/70009, admin 60010',
    async (path, body) => {
      expectFail(await call(newService(), url(path), body, 'GET'), 60008);
      expectFail(await call(newService(), listUrl({ usersig, path, sdkappid: null }), body), 60012);
      expectFail(await call(newService(), listUrl({ usersig: '', path }), body), 70002);
      expectFail(await call(newService(), listUrl({ usersig: 'hello', path }), 'not json'), 70003);
      const forged = await sign({ key: 'another-apps-secret-key' });
      expectFail(await call(newService(), listUrl({ usersig: forged, path }), body), 70009);
      const alices = await sign({ identifier: 'alice' });
      expectFail(
        await call(newService(), listUrl({ usersig: alices, path, identifier: 'alice' }), body),
        60010,
      );
    },
  );

  it.each(bodies)(
    '%s: its own 200 calls per second, counted apart from get_list’s',
    async (path, body) => {
      const service = newService();
      for (let i = 0; i < 200; i++) await call(service, url(path), 'not json');
      expectFail(await call(service, url(path), body), 60007);
      // get_list's window is its own, so it still answers.
      expectOk(await call(service, listUrl({ usersig }), firstPage('bob')));
    },
  );
});

describe('the command registry', () => {
  it('serves every described endpoint, by its id, at the path its module gives', () => {
    expect([...COMMANDS.keys()]).toEqual(ENDPOINTS.map((e) => e.id));
    expect(SANDBOX_PATHS).toEqual([
      '/v4/recentcontact/get_list',
      '/v4/recentcontact/delete',
      '/v4/openim/get_c2c_unread_msg_num',
      '/v4/recentcontact/get_contact_group',
      '/v4/recentcontact/create_contact_group',
      '/v4/recentcontact/update_contact_group',
      '/v4/recentcontact/del_contact_group',
      '/v4/recentcontact/mark_contact',
      '/v4/recentcontact/search_contact_group',
      '/v4/im_open_login_svc/account_import',
      '/v4/im_open_login_svc/multiaccount_import',
      '/v4/im_open_login_svc/account_check',
    ]);
    expect(GET_LIST_PATH).toBe(`/${GET_LIST.path}`);
    for (const e of ENDPOINTS) expect(commandForPath(`/${e.path}`), e.id).toBe(COMMANDS.get(e.id));
  });

  it('matches a path exactly as a URL gives it, as the service does', () => {
    for (const path of [
      'v4/recentcontact/get_list',
      ' /v4/recentcontact/get_list',
      '/v4/recentcontact/get_list/',
      '//v4/recentcontact/get_list',
      '/V4/recentcontact/get_list',
      '/v4/recentcontact/get_list?x=1',
      '/v4/openim/sendmsg',
    ]) {
      expect(commandForPath(path), path).toBeNull();
    }
  });
});

describe('any other path', () => {
  it.each([
    '/v4/openim/sendmsg',
    '/v4/group_open_http_svc/create_group',
    // Documented, in the same service family, and not served.
    '/v4/group_open_http_svc/set_unread_msg_num',
    '/v4/foo/bar',
    '/v5/recentcontact/get_list',
  ])('%s answers 60009, the documented "bad request resource or URL"', async (path) => {
    const answer = await call(newService(), url(path), '{}');
    expectFail(answer, 60009, new RegExp(`${path.replace(/\//g, '\\/')} is not a command`));
    // The ErrorInfo names what the sandbox does serve, never the query (the UserSig).
    expect(String(answer['ErrorInfo'])).toContain('v4/recentcontact/get_contact_group');
    expect(String(answer['ErrorInfo'])).not.toContain(usersig.slice(0, 16));
  });
});
