// Compare: items matched by identity, reported as added, removed or changed with their fields,
// and the answers' other top-level fields beside them.
import { describe, expect, it } from 'vitest';
import {
  compareAnswers,
  comparedOf,
  comparedOfEntry,
  comparedOfSource,
  unreadableReason as reasonIn,
  diffFields,
  identityFor as identityIn,
  valueText as valueIn,
} from '../../../src/lib/response/compare';
import type { Exchange } from '../../../src/lib/response/exchange';
import { SandboxService } from '../../../src/lib/sandbox';
import { parseOutcome } from '../../../src/lib/transport';
import { NOW_MS, call, firstPage, listUrl, sign } from '../sandbox/helpers';
import { en, inEnglish } from '../i18n/texts';

// Compare as a person reads it in English: items named by their cells, reasons in words.
const identityFor = (endpointId: string) => identityIn(endpointId, en);
const unreadableReason = inEnglish(reasonIn);
const valueText = inEnglish(valueIn);

const GET_LIST = identityFor('get_list');

function exchangeOf(body: string): Exchange {
  return {
    endpointId: 'get_list',
    body: '{}',
    via: 'sandbox',
    startedAt: 0,
    result: { ok: true, response: { status: 200, body, headers: {} }, durationMs: 1, sizeBytes: 1 },
    outcome: parseOutcome(body, 200),
    explanation: null,
  };
}

describe('compare two answers', () => {
  it('bob with AssistFlags 7, then 5: carol (the empty conversation) is removed', async () => {
    const service = new SandboxService({ now: () => NOW_MS });
    const url = listUrl({ usersig: await sign() });
    const seven = await call(service, url, firstPage('bob', 7));
    const five = await call(service, url, firstPage('bob', 5));
    const diff = compareAnswers(
      comparedOf(seven, GET_LIST.itemsField, 'AssistFlags 7'),
      comparedOf(five, GET_LIST.itemsField, 'AssistFlags 5'),
      GET_LIST,
    );
    expect(diff.removed.map((r) => [r.key, r.label])).toEqual([['1:carol', 'carol']]);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([]);
    expect(diff.same).toBe(2);
    // The answers' RequestIds differ on every call: they are not reported.
    expect(diff.fields.map((f) => f.field)).not.toContain('RequestId');
  });

  it('reports changed items with each changed field, before and after, and top-level fields', () => {
    const before = comparedOf(
      {
        ActionStatus: 'OK',
        CompleteFlag: 0,
        TimeStamp: 5,
        RequestId: 'a',
        SessionItem: [
          { Type: 1, To_Account: 'bob', MsgTime: 10, TopFlag: 0 },
          { Type: 2, GroupId: 'g1', MsgTime: 5 },
          { Type: 1, To_Account: 'dan', MsgTime: 1 },
        ],
      },
      'SessionItem',
      'before',
    );
    const after = comparedOf(
      {
        ActionStatus: 'OK',
        CompleteFlag: 1,
        RequestId: 'b',
        SessionItem: [
          { Type: 1, To_Account: 'bob', MsgTime: 20, TopFlag: 1 },
          { Type: 2, GroupId: 'g1', MsgTime: 5 },
          { Type: 1, To_Account: 'eve', MsgTime: 2, CustomMark: { a: 1 } },
        ],
      },
      'SessionItem',
      'after',
    );
    const diff = compareAnswers(before, after, GET_LIST);
    expect(diff.added.map((a) => a.label)).toEqual(['eve']);
    expect(diff.removed.map((a) => a.label)).toEqual(['dan']);
    expect(diff.changed).toEqual([
      {
        key: '1:bob',
        label: 'bob',
        fields: [
          { field: 'MsgTime', before: 10, after: 20 },
          { field: 'TopFlag', before: 0, after: 1 },
        ],
      },
    ]);
    expect(diff.same).toBe(1);
    expect(diff.fields).toEqual([
      { field: 'CompleteFlag', before: 0, after: 1 },
      { field: 'TimeStamp', before: 5, after: undefined },
    ]);
  });

  it('matches a repeated item with the other side’s repeat, and compares nested values by JSON', () => {
    const item = { Type: 1, To_Account: 'bob', CustomMark: ['x'] };
    const a = comparedOf({ SessionItem: [item, item] }, 'SessionItem', 'a');
    const b = comparedOf(
      { SessionItem: [item, { ...item, CustomMark: ['y'] }, item] },
      'SessionItem',
      'b',
    );
    const diff = compareAnswers(a, b, GET_LIST);
    expect(diff.changed.map((c) => [c.key, c.fields.map((f) => f.field)])).toEqual([
      ['1:bob #2', ['CustomMark']],
    ]);
    expect(diff.added.map((x) => x.key)).toEqual(['1:bob #3']);
    expect(diffFields({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });

  it('other endpoints match by their view’s key fields, or the whole item', () => {
    const unread = identityFor('get_c2c_unread_msg_num');
    expect(unread.itemsField).toBe('C2CUnreadMsgNumList');
    const diff = compareAnswers(
      comparedOf(
        { C2CUnreadMsgNumList: [{ Peer_Account: 'bob', C2CUnreadMsgNum: 2 }] },
        unread.itemsField,
        'a',
      ),
      comparedOf(
        { C2CUnreadMsgNumList: [{ Peer_Account: 'bob', C2CUnreadMsgNum: 3 }] },
        unread.itemsField,
        'b',
      ),
      unread,
    );
    expect(diff.changed.map((c) => c.label)).toEqual(['bob']);
    const none = identityFor('delete');
    expect(none.itemsField).toBeNull();
    const d = compareAnswers(
      comparedOf({ ErrorCode: 0 }, null, 'a'),
      comparedOf({ ErrorCode: 70107 }, null, 'b'),
      none,
    );
    expect(d.fields).toEqual([{ field: 'ErrorCode', before: 0, after: 70107 }]);
  });

  it('the family’s nested items: where the view finds them, matched by its key fields', () => {
    const create = identityFor('create_contact_group');
    const answer = (code: number) => ({
      ActionStatus: 'OK',
      GroupResultItem: [
        {
          GroupItem: { GroupName: 'Trip', GroupId: 3 },
          ResultItem: [
            { ContactItem: { Type: 1, To_Account: 'bob' }, ResultCode: 0, ResultInfo: '' },
            { ContactItem: { Type: 1, To_Account: 'zed' }, ResultCode: code, ResultInfo: '' },
          ],
        },
      ],
    });
    const side = (code: number, label: string) =>
      comparedOf(answer(code), create.itemsField, label, create.items(answer(code)));
    expect(side(0, 'a').items).toHaveLength(2);
    expect(side(0, 'a').fields).toEqual({ ActionStatus: 'OK' });
    const diff = compareAnswers(side(0, 'a'), side(51008, 'b'), create);
    expect(diff.changed.map((c) => [c.label, c.fields.map((f) => f.field)])).toEqual([
      ['Trip · One-to-one · zed', ['ResultCode']],
    ]);
    expect(diff.same).toBe(1);
    // A history entry of update_contact_group: its one row (UpdateGroupResult), by GroupId.
    const update = (name: string) =>
      JSON.stringify({ UpdateGroupResult: { UpdateGroupType: 1, GroupName: name, GroupId: 1 } });
    const page = (response: string) => ({
      body: '{}',
      outcome: { kind: 'transport' as const, failure: 'network', message: '', durationMs: 0 },
      response,
      cut: null,
    });
    const before = comparedOfEntry(
      { endpoint: 'update_contact_group', pages: [page(update('a'))] },
      'x',
    );
    const after = comparedOfEntry(
      { endpoint: 'update_contact_group', pages: [page(update('b'))] },
      'y',
    );
    expect(before?.items).toHaveLength(1);
    const renamed =
      before && after ? compareAnswers(before, after, identityFor('update_contact_group')) : null;
    expect(renamed?.changed.map((c) => [c.key, c.label, c.fields.map((f) => f.field)])).toEqual([
      ['1', 'b', ['GroupName']],
    ]);
  });

  it('two 10,000-item answers', () => {
    const make = (n: number, shift: number) =>
      Array.from({ length: n }, (_, i) => ({
        Type: 1,
        To_Account: `user${i + shift}`,
        MsgTime: i % 3 === 0 ? i + 1 : i,
        TopFlag: 0,
      }));
    const before = comparedOf({ SessionItem: make(10_000, 0) }, 'SessionItem', 'a');
    const after = comparedOf(
      { SessionItem: make(10_000, 100).map((x, i) => ({ ...x, MsgTime: i + 100 })) },
      'SessionItem',
      'b',
    );
    const diff = compareAnswers(before, after, GET_LIST);
    expect(diff.added).toHaveLength(100);
    expect(diff.removed).toHaveLength(100);
    expect(diff.changed.length + diff.same).toBe(9_900);
  });

  it('an exchange, a run and a history entry become sides; what cannot be read says so', () => {
    const body = JSON.stringify({
      ActionStatus: 'OK',
      CompleteFlag: 1,
      SessionItem: [{ Type: 1, To_Account: 'a' }],
    });
    const side = comparedOfSource({
      kind: 'answer',
      answered: { kind: 'exchange', exchange: exchangeOf(body) },
      label: 'x',
    });
    expect(side?.items).toHaveLength(1);
    expect(side?.fields).toEqual({ ActionStatus: 'OK', CompleteFlag: 1 });
    expect(
      comparedOfSource({
        kind: 'answer',
        answered: { kind: 'exchange', exchange: exchangeOf('<html>') },
        label: 'x',
      }),
    ).toBeNull();

    const page = (response: string, cut = false) => ({
      body: '{}',
      outcome: { kind: 'transport' as const, failure: 'network', message: '', durationMs: 0 },
      response,
      cut: cut ? { fullBytes: 999_999, note: 'cut' } : null,
    });
    const p1 = JSON.stringify({
      CompleteFlag: 0,
      TimeStamp: 1,
      SessionItem: [{ Type: 1, To_Account: 'a' }],
    });
    const p2 = JSON.stringify({
      CompleteFlag: 1,
      TimeStamp: 2,
      SessionItem: [{ Type: 1, To_Account: 'b' }],
    });
    const run = comparedOfEntry({ endpoint: 'get_list', pages: [page(p1), page(p2)] }, 'entry');
    expect(run?.items).toHaveLength(2);
    expect(run?.fields).toEqual({ CompleteFlag: 1, TimeStamp: 2 });
    expect(run?.note).toBeUndefined();
    const partial = comparedOfEntry(
      { endpoint: 'get_list', pages: [page(p1), page('{"Comp', true)] },
      'entry',
    );
    expect(partial?.items).toHaveLength(1);
    expect(en(partial?.note ?? '')).toMatch(/1 of 2 page\(s\) could not be read/);
    expect(comparedOfEntry({ endpoint: 'get_list', pages: [page('')] }, 'entry')).toBeNull();
    // Why, in words: a capped copy is named as such.
    const capped = { endpoint: 'get_list', pages: [page('{"SessionItem":[{"Ty', true)] };
    expect(comparedOfEntry(capped, 'entry')).toBeNull();
    expect(unreadableReason({ kind: 'entry', entry: capped, label: 'the entry' })).toBe(
      'the entry: history kept only the start of its large answer, which cannot be read as JSON',
    );
    expect(
      unreadableReason({
        kind: 'entry',
        entry: { endpoint: 'get_list', pages: [page('')] },
        label: 'x',
      }),
    ).toBe('x has no answer that can be read');
  });

  it('shows values as short JSON', () => {
    expect(valueText(undefined)).toBe('(absent)');
    expect(valueText('a')).toBe('"a"');
    expect(valueText('x'.repeat(200), 10)).toBe(`"${'x'.repeat(9)}…`);
  });
});
