// The conversation family's descriptions (issue 16): create/update/del_contact_group,
// mark_contact, search_contact_group, account_import, multiaccount_import, account_check, against
// docs/reference/session-apis.md — their nested fields' validation, defaults, JSON schema and
// answer tables (per-item ResultCode explained, marks named, row actions).
import { describe, expect, it } from 'vitest';
import { en, english, inEnglish } from '../i18n/texts';
import { defaultBody, defaultBodyText } from '../../../src/lib/api/body-defaults';
import { validateBody as validateBodyRaw } from '../../../src/lib/api/body-rules';
import {
  analyzeBody,
  checkRequestBody as checkRequestBodyRaw,
} from '../../../src/lib/api/body-analysis';
import {
  ACCOUNT_CHECK,
  ACCOUNT_IMPORT,
  CREATE_CONTACT_GROUP,
  DEL_CONTACT_GROUP,
  MARK_CONTACT,
  MULTIACCOUNT_IMPORT,
  SEARCH_CONTACT_GROUP,
  UPDATE_CONTACT_GROUP,
} from '../../../src/lib/api/endpoints';
import { fieldAt, fieldsAt, pathText, valueAt } from '../../../src/lib/api/field-path';
import { accountImportFor } from '../../../src/lib/api/prepare';
import { itemViewsFor, itemsOf, itemsPresent } from '../../../src/lib/api/response-views';
import { toJsonSchema } from '../../../src/lib/api/schema';
import { itemRowActions, itemTable } from '../../../src/lib/response/table';
import type { EndpointDescription } from '../../../src/lib/api/types';

// Lib code returns messages; these assert the English a person reads.
const validateBody = inEnglish(validateBodyRaw);
const checkRequestBody = inEnglish(checkRequestBodyRaw);

const errorsOf = (desc: EndpointDescription, body: unknown) =>
  validateBody(desc, body, { advise: true }).errors.map((e) => `${e.field}:${e.kind}`);
const warningsOf = (desc: EndpointDescription, body: unknown) =>
  validateBody(desc, body, { advise: true }).warnings.map((e) => `${e.field}:${e.kind}`);

const bob = { Type: 1, To_Account: 'bob' };
const group = { Type: 2, ToGroupId: '@TGS#1B2AUI7RZ' };

describe('field paths', () => {
  it('spell nested places as the scanner spells duplicates, and find their descriptions', () => {
    expect(pathText(['MarkItem', 0, 'ContactItem', 'Type'])).toBe('MarkItem[0].ContactItem.Type');
    expect(pathText([])).toBe('');
    const f = MARK_CONTACT.fields;
    expect(fieldAt(f, ['MarkItem', 3, 'SetMark'])?.type).toBe('integer[]');
    expect(fieldAt(f, ['MarkItem', 0, 'ContactItem', 'ToGroupId'])?.requiredWhen).toEqual({
      field: 'Type',
      equals: 2,
    });
    expect(fieldsAt(f, ['MarkItem'])).toBeNull();
    expect(fieldsAt(f, ['MarkItem', 0])?.map((x) => x.name)).toEqual([
      'OptType',
      'ContactItem',
      'SetMark',
      'ClearMark',
      'CustomMark',
    ]);
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 1, 'b'])).toBeUndefined();
  });
});

describe('the documents’ samples', () => {
  // session-apis.md's sample requests, each valid against its description.
  const SAMPLES: [EndpointDescription, unknown][] = [
    [
      CREATE_CONTACT_GROUP,
      {
        From_Account: 'user_0001',
        GroupContactItem: [
          { GroupName: 'group_0001', ContactItem: [{ Type: 1, To_Account: 'user_0002' }, group] },
        ],
      },
    ],
    [
      UPDATE_CONTACT_GROUP,
      {
        From_Account: 'user_0001',
        UpdateType: 1,
        UpdateGroup: { UpdateGroupType: 1, OldGroupName: 'group_0001', NewGroupName: 'group_0002' },
      },
    ],
    [
      UPDATE_CONTACT_GROUP,
      {
        From_Account: 'user_0001',
        UpdateType: 1,
        UpdateGroup: {
          UpdateGroupType: 2,
          OldGroupName: 'group_0001',
          ContactUpdateItem: [
            { ContactOptType: 1, ContactItem: { Type: 1, To_Account: 'user_0002' } },
            { ContactOptType: 2, ContactItem: group },
          ],
        },
      },
    ],
    [DEL_CONTACT_GROUP, { From_Account: 'user_0001', GroupName: ['group_0001'] }],
    [
      MARK_CONTACT,
      {
        From_Account: 'user_0001',
        MarkItem: [
          {
            OptType: 3,
            ContactItem: { Type: 1, To_Account: 'user_0002' },
            SetMark: [1, 2, 3],
            CustomMark: 'abcd',
          },
        ],
      },
    ],
    [
      SEARCH_CONTACT_GROUP,
      { From_Account: 'yahaha', ContactItem: [{ Type: 1, To_Account: 'xixi' }] },
    ],
    [ACCOUNT_IMPORT, { UserID: 'test', Nick: 'test', FaceUrl: 'http://www.qq.com' }],
    [MULTIACCOUNT_IMPORT, { Accounts: ['UserID_001', 'UserID_002'] }],
    [
      MULTIACCOUNT_IMPORT,
      { AccountList: [{ UserID: 'UserID_001', Nick: 'Nick_001', FaceUrl: 'http://www.qq.com' }] },
    ],
    [ACCOUNT_CHECK, { CheckItem: [{ UserID: 'UserID_1' }, { UserID: 'UserID_2' }] }],
  ];

  it('are valid, with no warning', () => {
    for (const [desc, body] of SAMPLES) {
      expect(validateBody(desc, body, { advise: true }), desc.id).toMatchObject({
        ok: true,
        errors: [],
        warnings: [],
      });
    }
  });

  it('start new requests with one row of each list that needs one', () => {
    expect(defaultBody(CREATE_CONTACT_GROUP)).toEqual({
      From_Account: '',
      GroupContactItem: [{ GroupName: '', ContactItem: [{ Type: 1, To_Account: '' }] }],
    });
    expect(defaultBody(UPDATE_CONTACT_GROUP)).toEqual({
      From_Account: '',
      UpdateType: 1,
      UpdateGroup: { UpdateGroupType: 1, OldGroupName: '', NewGroupName: '' },
    });
    expect(defaultBody(MARK_CONTACT)).toEqual({
      From_Account: '',
      MarkItem: [{ OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0] }],
    });
    expect(defaultBody(MULTIACCOUNT_IMPORT)).toEqual({ AccountList: [{ UserID: '' }] });
    expect(defaultBody(ACCOUNT_CHECK)).toEqual({ CheckItem: [{ UserID: '' }] });
    // Laid out as Format lays it out, so share links diff it like any other body.
    expect(defaultBodyText(MARK_CONTACT)).toBe(JSON.stringify(defaultBody(MARK_CONTACT), null, 2));
  });
});

describe('nested validation', () => {
  it('names nested fields by path, and a ContactItem’s Type decides its peer field', () => {
    expect(
      errorsOf(MARK_CONTACT, {
        From_Account: 'a',
        MarkItem: [
          { OptType: 1, ContactItem: { Type: 2, To_Account: 'x' } },
          { OptType: 9, ContactItem: 'bob', SetMark: [1, 64] },
          7,
        ],
      }),
    ).toEqual([
      'MarkItem[0].ContactItem.ToGroupId:missing',
      'MarkItem[1].OptType:range',
      'MarkItem[1].ContactItem:type',
      'MarkItem[1].SetMark:range',
      'MarkItem[2]:type',
    ]);
    // The To_Account left over from Type 1 is only pointed out.
    expect(
      warningsOf(MARK_CONTACT, {
        From_Account: 'a',
        MarkItem: [{ OptType: 1, ContactItem: { Type: 2, ToGroupId: 'g', To_Account: 'x' } }],
      }),
    ).toEqual(['MarkItem[0].ContactItem.To_Account:advice']);
  });

  it('counts list items: MarkItem 1 to 100, GroupContactItem exactly 1, search up to 300', () => {
    const row = { OptType: 1, ContactItem: bob, SetMark: [0] };
    expect(errorsOf(MARK_CONTACT, { From_Account: 'a', MarkItem: [] })).toEqual(['MarkItem:empty']);
    expect(errorsOf(MARK_CONTACT, { From_Account: 'a', MarkItem: Array(100).fill(row) })).toEqual(
      [],
    );
    expect(errorsOf(MARK_CONTACT, { From_Account: 'a', MarkItem: Array(101).fill(row) })).toEqual([
      'MarkItem:too-many',
    ]);
    const g = { GroupName: 'x' };
    expect(errorsOf(CREATE_CONTACT_GROUP, { From_Account: 'a', GroupContactItem: [g, g] })).toEqual(
      ['GroupContactItem:too-many'],
    );
    expect(
      errorsOf(CREATE_CONTACT_GROUP, {
        From_Account: 'a',
        GroupContactItem: [{ GroupName: 'x', ContactItem: Array(101).fill(bob) }],
      }),
    ).toEqual(['GroupContactItem[0].ContactItem:too-many']);
    expect(
      errorsOf(SEARCH_CONTACT_GROUP, { From_Account: 'a', ContactItem: Array(301).fill(bob) }),
    ).toEqual(['ContactItem:too-many']);
    expect(errorsOf(DEL_CONTACT_GROUP, { From_Account: 'a', GroupName: ['x', 'y'] })).toEqual([
      'GroupName:too-many',
    ]);
    expect(errorsOf(DEL_CONTACT_GROUP, { From_Account: 'a', GroupName: [] })).toEqual([
      'GroupName:empty',
    ]);
  });

  it('measures names in UTF-8 bytes: over 64 an error, 33 to 64 a warning (the pages disagree)', () => {
    const named = (GroupName: string) => ({ From_Account: 'a', GroupContactItem: [{ GroupName }] });
    expect(errorsOf(CREATE_CONTACT_GROUP, named('n'.repeat(32)))).toEqual([]);
    expect(warningsOf(CREATE_CONTACT_GROUP, named('n'.repeat(32)))).toEqual([]);
    expect(warningsOf(CREATE_CONTACT_GROUP, named('会'.repeat(11)))).toEqual([
      'GroupContactItem[0].GroupName:advice',
    ]);
    expect(validateBody(CREATE_CONTACT_GROUP, named('会'.repeat(11))).warnings[0]?.message).toMatch(
      /33 bytes in UTF-8\. The newest page allows 64, but the older pages .* say 32/,
    );
    expect(errorsOf(CREATE_CONTACT_GROUP, named('n'.repeat(65)))).toEqual([
      'GroupContactItem[0].GroupName:range',
    ]);
    expect(errorsOf(CREATE_CONTACT_GROUP, named(''))).toEqual([
      'GroupContactItem[0].GroupName:empty',
    ]);
    expect(errorsOf(ACCOUNT_IMPORT, { UserID: 'é'.repeat(17) })).toEqual(['UserID:range']);
    expect(errorsOf(ACCOUNT_IMPORT, { UserID: 'a', Nick: 'n'.repeat(501) })).toEqual([
      'Nick:range',
    ]);
    expect(errorsOf(MULTIACCOUNT_IMPORT, { Accounts: ['ok', 'x'.repeat(33)] })).toEqual([
      'Accounts:range',
    ]);
  });

  it('asks update_contact_group for the field of the update kind chosen', () => {
    const update = (UpdateGroup: unknown) => ({ From_Account: 'a', UpdateType: 1, UpdateGroup });
    expect(
      errorsOf(UPDATE_CONTACT_GROUP, update({ UpdateGroupType: 1, OldGroupName: 'x' })),
    ).toEqual(['UpdateGroup.NewGroupName:missing']);
    expect(
      errorsOf(UPDATE_CONTACT_GROUP, update({ UpdateGroupType: 2, OldGroupName: 'x' })),
    ).toEqual(['UpdateGroup.ContactUpdateItem:missing']);
    expect(
      errorsOf(
        UPDATE_CONTACT_GROUP,
        update({ UpdateGroupType: 2, OldGroupName: 'x', ContactUpdateItem: [] }),
      ),
    ).toEqual(['UpdateGroup.ContactUpdateItem:empty']);
    expect(
      errorsOf(UPDATE_CONTACT_GROUP, { From_Account: 'a', UpdateType: 2, UpdateGroup: [] }),
    ).toEqual(['UpdateType:range', 'UpdateGroup:type']);
  });

  it('wants exactly one of multiaccount_import’s two body forms', () => {
    expect(errorsOf(MULTIACCOUNT_IMPORT, {})).toEqual(['null:missing']);
    expect(
      errorsOf(MULTIACCOUNT_IMPORT, { Accounts: ['a'], AccountList: [{ UserID: 'b' }] }),
    ).toEqual(['Accounts:too-many']);
    expect(toJsonSchema(MULTIACCOUNT_IMPORT, en).oneOf).toEqual([
      { required: ['Accounts'] },
      { required: ['AccountList'] },
    ]);
  });

  it('advises on marks that will not apply, bits both set and cleared, and Chat’s reserved bits', () => {
    const marks = (item: Record<string, unknown>) => ({
      From_Account: 'a',
      MarkItem: [{ ContactItem: bob, ...item }],
    });
    expect(warningsOf(MARK_CONTACT, marks({ OptType: 1, SetMark: [0], CustomMark: 'x' }))).toEqual([
      'MarkItem[0].CustomMark:advice',
    ]);
    expect(warningsOf(MARK_CONTACT, marks({ OptType: 2, SetMark: [1] }))).toEqual([
      'MarkItem[0].OptType:advice',
    ]);
    expect(warningsOf(MARK_CONTACT, marks({ OptType: 1, SetMark: [3], ClearMark: [3] }))).toEqual([
      'MarkItem[0].SetMark:advice',
    ]);
    expect(warningsOf(MARK_CONTACT, marks({ OptType: 1, SetMark: [0, 3, 32, 63] }))).toEqual([]);
    expect(warningsOf(MARK_CONTACT, marks({ OptType: 1, SetMark: [4] }))).toEqual([
      'MarkItem[0].SetMark:advice',
    ]);
  });

  it('groups nested issues under their top-level field for the form; unknown nested names below it', () => {
    const a = checkRequestBody(
      MARK_CONTACT,
      JSON.stringify({
        From_Account: 'a',
        MarkItem: [{ OptType: 1, ContactItem: { Type: 1 }, Extra: 1 }],
      }),
    );
    expect(Object.keys(a.byField)).toEqual(['MarkItem[0].ContactItem.To_Account']);
    expect(a.unknown.map((i) => i.field)).toEqual(['MarkItem[0].Extra']);
    expect(a.unknown[0]?.message).toMatch(/^MarkItem\[0\]\.Extra is not a field of MarkItem\[0\]/);
  });
});

describe('the JSON schema', () => {
  it('describes nested objects and lists of objects with their own fields and limits', () => {
    const s = toJsonSchema(MARK_CONTACT, en);
    const items = s.properties?.['MarkItem'];
    expect(items).toMatchObject({ type: 'array', minItems: 1, maxItems: 100 });
    expect(items?.items?.required).toEqual(['OptType', 'ContactItem']);
    const contact = items?.items?.properties?.['ContactItem'];
    expect(contact?.type).toBe('object');
    expect(contact?.allOf).toEqual([
      {
        if: { properties: { Type: { const: 1 } }, required: ['Type'] },
        then: { required: ['To_Account'] },
      },
      {
        if: { properties: { Type: { const: 2 } }, required: ['Type'] },
        then: { required: ['ToGroupId'] },
      },
    ]);
    expect(items?.items?.properties?.['SetMark']).toMatchObject({
      type: 'array',
      items: { type: 'integer', minimum: 0, maximum: 63 },
    });
    const name = toJsonSchema(CREATE_CONTACT_GROUP, en).properties?.['GroupContactItem']?.items
      ?.properties?.['GroupName'];
    expect(name?.markdownDescription).toMatch(/At most 64 bytes in UTF-8 on the newest page; 32/);
  });
});

describe('the answer tables', () => {
  const now = 1673500546 + 60;
  const tableOf = (
    id: string,
    answer: unknown,
    n = 0,
    context?: Parameters<typeof itemTable>[3],
  ) => {
    const view = itemViewsFor(id)[n];
    if (!view) throw new Error(`${id} has no view ${n}`);
    return itemTable(view, itemsOf(view, answer), now, context, en);
  };

  it('explain each per-item ResultCode, for create, update, mark and account_check', () => {
    const created = tableOf('create_contact_group', {
      GroupResultItem: [
        {
          GroupItem: { GroupName: 'test2', GroupId: 2 },
          ResultItem: [
            { ContactItem: { Type: 1, To_Account: 'user1' }, ResultCode: 0, ResultInfo: '' },
            { ContactItem: group, ResultCode: 51007, ResultInfo: 'disbanded' },
          ],
        },
      ],
    });
    expect(created.headers).toEqual([
      'GroupName',
      'GroupId',
      'Conversation (ContactItem)',
      'ResultCode',
      'ResultInfo',
    ]);
    expect(created.rows).toEqual([
      ['test2', '2', 'One-to-one · user1', '0 · success', ''],
      [
        'test2',
        '2',
        'Group · @TGS#1B2AUI7RZ',
        '51007 · A group ID could not be converted, or the group has been disbanded.',
        'disbanded',
      ],
    ]);
    const updated = {
      UpdateType: 1,
      UpdateGroupResult: {
        UpdateGroupType: 2,
        GroupName: 'test1',
        GroupId: 1,
        OldGroupName: 'test1',
        ContactResultItem: [{ ContactOptType: 1, ContactItem: bob, ResultCode: 0, ResultInfo: '' }],
      },
    };
    expect(tableOf('update_contact_group', updated, 0).rows).toEqual([
      ['2 · conversations', 'test1', 'test1', '1'],
    ]);
    expect(tableOf('update_contact_group', updated, 1).rows).toEqual([
      ['1 · add', 'One-to-one · bob', '0 · success', ''],
    ]);
    const renamed = {
      UpdateType: 1,
      UpdateGroupResult: { UpdateGroupType: 1, GroupName: 'b', GroupId: 1 },
    };
    const contactView = itemViewsFor('update_contact_group')[1];
    expect(contactView && itemsPresent(contactView, renamed)).toBe(false);
    expect(
      tableOf('mark_contact', {
        ResultItem: [{ OptType: 3, ContactItem: bob, ResultCode: 50002, ResultInfo: 'x' }],
      }).rows,
    ).toEqual([['3 · both', 'One-to-one · bob', '50002 · A request parameter is wrong.', 'x']]);
    expect(
      tableOf('account_check', {
        ResultItem: [
          { UserID: 'UserID_1', ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' },
          { UserID: 'UserID_2', ResultCode: 0, ResultInfo: '', AccountStatus: 'NotImported' },
          { UserID: 'u3', ResultCode: 12345, ResultInfo: '?', AccountStatus: 'Imported' },
        ],
      }).rows,
    ).toEqual([
      ['UserID_1', 'Imported', '0 · success', ''],
      ['UserID_2', 'NotImported · import it with account_import', '0 · success', ''],
      ['u3', 'Imported', "12345 · not in this tool's catalogue: see ResultInfo", '?'],
    ]);
  });

  it('show FailAccounts’ strings as rows, and del_contact_group’s deleted groups', () => {
    expect(tableOf('multiaccount_import', { FailAccounts: ['test3', 'test4'] }).rows).toEqual([
      ['test3'],
      ['test4'],
    ]);
    const view = itemViewsFor('multiaccount_import')[0];
    expect(view && itemsPresent(view, { FailAccounts: [] })).toBe(true);
    expect(view && itemsPresent(view, {})).toBe(false);
    expect(
      tableOf('del_contact_group', { GroupItem: [{ GroupName: 'group_0001', GroupId: 1 }] }).rows,
    ).toEqual([['group_0001', '1']]);
  });

  it('name get_list’s marks (bit 0 rightmost) and its groups when the names are known', () => {
    const answer = {
      SessionItem: [
        { Type: 1, To_Account: 'user_0002', MsgTime: now, TopFlag: 0 },
        {
          Type: 2,
          GroupId: '@TGS#1B2AUI7RZ',
          MsgTime: now,
          TopFlag: 0,
          StandardMark: '111001',
          CustomMark: 'abcd',
          ContactGroupId: [1, 2],
        },
        {
          Type: 1,
          To_Account: 'user_0003',
          MsgTime: now,
          TopFlag: 1,
          StandardMark: `1${'0'.repeat(35)}1`,
          ContactGroupId: [1],
        },
      ],
    };
    const names = new Map([[1, 'Work']]);
    const t = tableOf('get_list', answer, 0, { account: 'alice', groupNames: names });
    expect(t.headers.slice(4)).toEqual(['StandardMark', 'CustomMark', 'ContactGroupId']);
    expect(t.rows.map((r) => r.slice(4))).toEqual([
      ['', '', ''],
      ['111001 · star, hide, bit 4, bit 5', 'abcd', 'Work (1), 2'],
      [`1${'0'.repeat(35)}1 · star, bit 36`, '', 'Work (1)'],
    ]);
    // Without marks in the answer (AssistFlags 7), no mark columns.
    expect(tableOf('get_list', { SessionItem: [answer.SessionItem[0]] }).headers).toEqual([
      'Type',
      'Peer or group ID',
      'Last message (MsgTime)',
      'Pinned',
    ]);
  });

  it('offer "Group…" and "Mark…" on each get_list row, for the account the list is of', () => {
    const view = itemViewsFor('get_list')[0];
    if (!view) throw new Error('get_list has a view');
    const items = [
      { Type: 1, To_Account: 'bob', MsgTime: 1, TopFlag: 0 },
      { Type: 2, GroupId: '@TGS#2J4SZEAEL', MsgTime: 1, TopFlag: 0 },
    ];
    const [one, two] = english(itemRowActions(view, items, { account: 'alice', groupNames: null }));
    expect(one).toEqual([
      {
        label: 'Group…',
        prepare: {
          endpointId: 'create_contact_group',
          body: {
            From_Account: 'alice',
            GroupContactItem: [{ GroupName: '', ContactItem: [bob] }],
          },
        },
      },
      {
        label: 'Mark…',
        prepare: {
          endpointId: 'mark_contact',
          body: {
            From_Account: 'alice',
            MarkItem: [{ OptType: 1, ContactItem: bob, SetMark: [0] }],
          },
        },
      },
      {
        label: 'Unread…',
        name: 'Unread count with bob',
        prepare: {
          endpointId: 'get_c2c_unread_msg_num',
          body: { To_Account: 'alice', Peer_Account: ['bob'] },
        },
      },
    ]);
    // A group is named ToGroupId on the group and mark pages, GroupId in get_list.
    expect(two?.[0]?.prepare.body).toMatchObject({
      GroupContactItem: [{ ContactItem: [{ Type: 2, ToGroupId: '@TGS#2J4SZEAEL' }] }],
    });
    // Prepared bodies pass their endpoint's rules once a group name is given.
    const body = structuredClone(one?.[0]?.prepare.body) as {
      GroupContactItem: { GroupName: string }[];
    };
    (body.GroupContactItem[0] as { GroupName: string }).GroupName = 'Trip';
    expect(validateBody(CREATE_CONTACT_GROUP, body).ok).toBe(true);
    expect(validateBody(MARK_CONTACT, one?.[1]?.prepare.body).ok).toBe(true);
    // With no account to act for (no From_Account), nothing is offered.
    expect(itemRowActions(view, items)).toEqual([[], []]);
  });

  it('prepare account_import from a 50001 answer’s request body', () => {
    expect(accountImportFor('{"From_Account":"dave","StartIndex":0}')).toEqual({
      endpointId: 'account_import',
      body: { UserID: 'dave' },
    });
    expect(accountImportFor('{"From_Account":""}')).toBeNull();
    expect(accountImportFor('not json')).toBeNull();
    expect(validateBody(ACCOUNT_IMPORT, { UserID: 'dave' }).ok).toBe(true);
    expect(analyzeBody(ACCOUNT_IMPORT, '{"UserID":"dave"}').validation?.ok).toBe(true);
  });
});
