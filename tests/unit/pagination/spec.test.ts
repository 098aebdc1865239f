import { describe, expect, it } from 'vitest';
import { en, english } from '../i18n/texts';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import type { EndpointDescription } from '../../../src/lib/api/types';
import {
  itemKeyByFields,
  nextPageText,
  paginationSpecFor,
  type JsonObject,
  type PaginationSpec,
} from '../../../src/lib/pagination';

/** get_list's spec, read from its description (get_list-seed.txt: the four cursors). */
const GET_LIST_PAGINATION = paginationSpecFor(GET_LIST) as PaginationSpec;
const getListItemKey = GET_LIST_PAGINATION.itemKey;

/** nextPageText on a body given as an object (compact text): the result with the text parsed back. */
function nextPageBody(spec: PaginationSpec, body: JsonObject, response: unknown) {
  const r = nextPageText(spec, JSON.stringify(body), response);
  if (!r.ok) return r;
  expect(JSON.parse(r.text)).toEqual(r.body);
  return { ok: r.ok, complete: r.complete, body: r.body };
}

const answer = {
  SessionItem: [{ Type: 1, To_Account: 'id2', MsgTime: 1630997627, TopFlag: 1 }],
  CompleteFlag: 0,
  TimeStamp: 1631012800,
  StartIndex: 3,
  TopTimeStamp: 1631012799,
  TopStartIndex: 1,
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
  ErrorDisplay: '',
};

describe('nextPageText', () => {
  it('copies the four get_list cursors unchanged and keeps every other field', () => {
    const body = {
      From_Account: 'alice',
      TimeStamp: 0,
      StartIndex: 0,
      TopTimeStamp: 0,
      TopStartIndex: 0,
      AssistFlags: 63,
      Extra: 'kept',
    };
    const next = nextPageBody(GET_LIST_PAGINATION, body, answer);
    expect(next).toEqual({
      ok: true,
      complete: false,
      body: {
        From_Account: 'alice',
        TimeStamp: 1631012800,
        StartIndex: 3,
        TopTimeStamp: 1631012799,
        TopStartIndex: 1,
        AssistFlags: 63,
        Extra: 'kept',
      },
    });
    expect(body.TimeStamp).toBe(0);
  });

  it('says when the answer was the last page', () => {
    const next = nextPageBody(GET_LIST_PAGINATION, {}, { ...answer, CompleteFlag: 1 });
    expect(next.ok && next.complete).toBe(true);
  });

  it('refuses an answer without cursors (an error answer) or one that is not an object', () => {
    const error = {
      ActionStatus: 'FAIL',
      ErrorCode: 70001,
      ErrorInfo: 'expired',
      ErrorDisplay: '',
    };
    // An error answer has neither a complete flag nor cursors: the complete flag is read first.
    expect(nextPageBody(GET_LIST_PAGINATION, {}, error)).toMatchObject({
      ok: false,
      field: 'CompleteFlag',
    });
    expect(nextPageBody(GET_LIST_PAGINATION, {}, { ...error, CompleteFlag: 0 })).toMatchObject({
      ok: false,
      field: 'TimeStamp',
    });
    expect(nextPageBody(GET_LIST_PAGINATION, {}, [answer])).toMatchObject({ ok: false });
    expect(nextPageBody(GET_LIST_PAGINATION, {}, null)).toMatchObject({ ok: false });
    const { TopStartIndex: _dropped, ...partial } = answer;
    expect(nextPageBody(GET_LIST_PAGINATION, {}, partial)).toMatchObject({
      ok: false,
      field: 'TopStartIndex',
    });
  });

  it('works for a one-cursor spec with differently named fields', () => {
    const spec = {
      cursors: [{ requestField: 'StartIndex', responseField: 'NextStartIndex' }],
      completeField: 'CompleteFlag',
      itemsField: 'ContactItem',
      itemKey: String,
    };
    expect(
      nextPageBody(
        spec,
        { From_Account: 'u', StartIndex: 0 },
        { NextStartIndex: 100, CompleteFlag: 0 },
      ),
    ).toEqual({
      ok: true,
      complete: false,
      body: { From_Account: 'u', StartIndex: 100 },
    });
  });
});

describe('nextPageText on the body text', () => {
  it('replaces the cursor values in place and keeps the layout, the order and unknown fields', () => {
    const text =
      '{\n\t"TimeStamp": 0, "StartIndex": 0,\n\t"TopTimeStamp": 0,\n\t"TopStartIndex": 0,\n\t"From_Account": "alice",\n\t"X": {"y": [1]}\n}';
    const r = nextPageText(GET_LIST_PAGINATION, text, answer);
    if (!r.ok) throw new Error(en(r.message));
    expect(r.text).toBe(
      '{\n\t"TimeStamp": 1631012800, "StartIndex": 3,\n\t"TopTimeStamp": 1631012799,\n\t"TopStartIndex": 1,\n\t"From_Account": "alice",\n\t"X": {"y": [1]}\n}',
    );
    expect(r.body).toEqual({
      TimeStamp: 1631012800,
      StartIndex: 3,
      TopTimeStamp: 1631012799,
      TopStartIndex: 1,
      From_Account: 'alice',
      X: { y: [1] },
    });
  });

  it('adds a cursor the body lacks at its place in the description’s field order', () => {
    const text = '{\n  "From_Account": "alice",\n  "TimeStamp": 0,\n  "TopStartIndex": 0\n}';
    const r = nextPageText(GET_LIST_PAGINATION, text, answer);
    if (!r.ok) throw new Error(en(r.message));
    expect(Object.keys(r.body)).toEqual([
      'From_Account',
      'TimeStamp',
      'StartIndex',
      'TopTimeStamp',
      'TopStartIndex',
    ]);
    expect(r.body['StartIndex']).toBe(3);
  });

  it('refuses a cursor that is not a uint32, naming it, whichever cursor it is', () => {
    for (const [field, value] of [
      ['TimeStamp', '1631012800'],
      ['StartIndex', -1],
      ['TopTimeStamp', 2 ** 32],
      ['TopStartIndex', 0.5],
      ['StartIndex', null],
    ] as const) {
      const r = nextPageText(GET_LIST_PAGINATION, '{}', { ...answer, [field]: value });
      expect(r, `${field} ${String(value)}`).toMatchObject({ ok: false, field });
      expect(r.ok ? '' : en(r.message)).toMatch(
        `${field} is ${JSON.stringify(value)}, not a whole number`,
      );
    }
  });

  it('passes on the editor’s complaint about text that is not a JSON object', () => {
    expect(english(nextPageText(GET_LIST_PAGINATION, '{"a": ', answer))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/line 1, column/),
    });
    expect(nextPageText(GET_LIST_PAGINATION, '[]', answer)).toMatchObject({ ok: false });
  });
});

describe('getListItemKey', () => {
  it('keys a conversation by Type and To_Account or GroupId', () => {
    expect(getListItemKey({ Type: 1, To_Account: 'bob', MsgTime: 1, TopFlag: 0 })).toBe('1:bob');
    expect(getListItemKey({ Type: 2, GroupId: '@TGS#2J4SZEAEL', MsgTime: 1, TopFlag: 1 })).toBe(
      '2:@TGS#2J4SZEAEL',
    );
  });

  it('tells a user and a group of the same ID apart, and ignores MsgTime and TopFlag', () => {
    expect(getListItemKey({ Type: 1, To_Account: 'x' })).not.toBe(
      getListItemKey({ Type: 2, GroupId: 'x' }),
    );
    expect(getListItemKey({ Type: 1, To_Account: 'x', MsgTime: 1, TopFlag: 1 })).toBe(
      getListItemKey({ Type: 1, To_Account: 'x', MsgTime: 2, TopFlag: 0 }),
    );
  });

  it('keys items without any key field by their JSON, so identical ones still count as duplicates', () => {
    expect(getListItemKey({ MsgTime: 5 })).toBe('?:{"MsgTime":5}');
    expect(getListItemKey([1])).toBe('?:[1]');
    expect(getListItemKey(null)).toBe('?:null');
    expect(getListItemKey(undefined)).toBe('?:undefined');
    expect(getListItemKey('a')).toBe(getListItemKey('a'));
  });
});

describe('itemKeyByFields', () => {
  it('joins the values of the fields an item has, in the order given', () => {
    const key = itemKeyByFields(['Type', 'To_Account', 'ToGroupId']);
    expect(key({ ToGroupId: 'g1', Type: 2, Timestamp: 5 })).toBe('2:g1');
    expect(key({ Type: 1, To_Account: 'teacher4' })).toBe('1:teacher4');
  });
});

describe('paginationSpecFor', () => {
  const field = (name: string, cursorFrom?: string) => ({
    name,
    type: 'uint32' as const,
    required: true,
    default: 0,
    description: '',
    ...(cursorFrom === undefined ? {} : { cursorFrom }),
  });
  const contactGroup: EndpointDescription = {
    id: 'get_contact_group',
    path: 'v4/recentcontact/get_contact_group',
    title: '',
    summary: '',
    fields: [field('From_Account'), field('StartIndex', 'NextStartIndex')],
    errors: [],
    pagination: {
      completeField: 'CompleteFlag',
      itemsField: 'ContactItem',
      itemKeyFields: ['Type', 'To_Account', 'ToGroupId'],
    },
  };

  it('takes the cursors from the fields with cursorFrom, the rest from pagination', () => {
    const spec = paginationSpecFor(contactGroup);
    expect(spec?.cursors).toEqual([
      { requestField: 'StartIndex', responseField: 'NextStartIndex' },
    ]);
    expect(spec?.completeField).toBe('CompleteFlag');
    expect(spec?.itemsField).toBe('ContactItem');
    expect(spec?.itemKey({ Type: 2, ToGroupId: '@TGS#1N3RSUYG2' })).toBe('2:@TGS#1N3RSUYG2');
  });

  it('keys by the whole item when the description names no key fields', () => {
    const { itemKeyFields: _none, ...bare } = contactGroup.pagination ?? {
      completeField: '',
      itemsField: '',
    };
    const spec = paginationSpecFor({ ...contactGroup, pagination: bare });
    expect(spec?.itemKey({ a: 1 })).toBe('?:{"a":1}');
  });

  it('is null for an endpoint that does not page', () => {
    const { pagination: _none, ...single } = contactGroup;
    expect(paginationSpecFor(single)).toBeNull();
    expect(paginationSpecFor({ ...contactGroup, fields: [field('From_Account')] })).toBeNull();
  });

  it('gives get_list the four cursors of get_list-seed.txt, each copied under its own name', () => {
    expect(GET_LIST_PAGINATION.cursors).toEqual([
      { requestField: 'TimeStamp', responseField: 'TimeStamp' },
      { requestField: 'StartIndex', responseField: 'StartIndex' },
      { requestField: 'TopTimeStamp', responseField: 'TopTimeStamp' },
      { requestField: 'TopStartIndex', responseField: 'TopStartIndex' },
    ]);
    expect(GET_LIST_PAGINATION.completeField).toBe('CompleteFlag');
    expect(GET_LIST_PAGINATION.itemsField).toBe('SessionItem');
    expect(GET_LIST_PAGINATION.endpoint).toBe(GET_LIST);
  });

  it('matches GET_LIST_PAGINATION for a get_list-shaped description', () => {
    const getList: EndpointDescription = {
      ...contactGroup,
      fields: [
        field('From_Account'),
        ...GET_LIST_PAGINATION.cursors.map((c) => field(c.requestField, c.responseField)),
        field('AssistFlags'),
      ],
      pagination: {
        completeField: 'CompleteFlag',
        itemsField: 'SessionItem',
        itemKeyFields: ['Type', 'To_Account', 'GroupId'],
      },
    };
    const spec = paginationSpecFor(getList);
    expect(spec?.cursors).toEqual(GET_LIST_PAGINATION.cursors);
    const item = { Type: 2, GroupId: 'team-qa-52', MsgTime: 1, TopFlag: 1 };
    expect(spec?.itemKey(item)).toBe(GET_LIST_PAGINATION.itemKey(item));
  });
});
