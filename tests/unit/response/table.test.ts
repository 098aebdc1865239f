// The answer table as a workbench: columns from the views, sort keys per column, the filter over
// the identity columns and the facets, all over the items without making every cell.
import { describe, expect, it } from 'vitest';
import { itemViewsFor } from '../../../src/lib/api/response-views';
import {
  facetOptions,
  nextSort,
  NO_FILTER,
  rowActions as actionsOf,
  rowCells,
  shownRows,
  tableOf as tableIn,
  type TableFilter,
} from '../../../src/lib/response/table';
import type { ItemView, ViewContext } from '../../../src/lib/api/response-views';
import { en, english } from '../i18n/texts';

// The table as a person reads it in English.
const rowActions = (...a: Parameters<typeof actionsOf>) => english(actionsOf(...a));
const tableOf = (view: ItemView, items: readonly unknown[], context?: ViewContext) =>
  tableIn(view, items, context, en);

const GET_LIST = itemViewsFor('get_list')[0];
if (!GET_LIST) throw new Error('get_list has a view');

const items = [
  { Type: 1, To_Account: 'user10', MsgTime: 300, TopFlag: 0 },
  { Type: 2, GroupId: '@TGS#group', MsgTime: 500, TopFlag: 1 },
  { Type: 1, To_Account: 'User2', MsgTime: 0, TopFlag: 0, StandardMark: '01' },
  { Type: 1, To_Account: 'carol', MsgTime: 'soon', TopFlag: 0 },
  'not an object',
  { Type: 1, To_Account: 'alice', TopFlag: 1 },
];
const table = tableOf(GET_LIST, items);
/** The peer or group ID of each row shown, in order. */
const order = (filter: TableFilter, sort: Parameters<typeof shownRows>[2]) =>
  Array.from(shownRows(table, filter, sort)).map((i) => rowCells(table, i, 0)[1]);

describe('the table of an answer', () => {
  it('has the view’s columns, then the optional fields that occur, and only object items', () => {
    expect(table.columns.map((c) => c.header)).toEqual([
      'Type',
      'Peer or group ID',
      'Last message (MsgTime)',
      'Pinned',
      'StandardMark',
    ]);
    expect(table.items).toHaveLength(5);
    expect(rowCells(table, 1, 0)[0]).toBe('Group');
    // StandardMark's bits named (bit 0 rightmost is the star).
    expect(rowCells(table, 2, 0)).toEqual([
      'One-to-one',
      'User2',
      '— (no message yet)',
      '',
      '01 · star',
    ]);
    expect(rowCells(table, 99, 0)).toEqual([]);
    // Without the account the list is of, no row offers an action.
    expect(table.actions).toBe(false);
    expect(rowActions(table, 0)).toEqual([]);
  });

  it('offers each row its actions in the table’s context: a group’s row no unread count', () => {
    const mine = tableOf(GET_LIST, items, { account: 'alice', groupNames: null });
    expect(mine.actions).toBe(true);
    expect(rowActions(mine, 0).map((a) => a.label)).toEqual(['Group…', 'Mark…', 'Unread…']);
    expect(rowActions(mine, 0)[2]).toEqual({
      label: 'Unread…',
      name: 'Unread count with user10',
      prepare: {
        endpointId: 'get_c2c_unread_msg_num',
        body: { To_Account: 'alice', Peer_Account: ['user10'] },
      },
    });
    expect(rowActions(mine, 1).map((a) => a.label)).toEqual(['Group…', 'Mark…']);
    expect(rowActions(mine, 99)).toEqual([]);
  });

  it('shows every row in the answer’s order without a sort or filter', () => {
    expect(order(NO_FILTER, null)).toEqual(['user10', '@TGS#group', 'User2', 'carol', 'alice']);
    expect(order(NO_FILTER, { column: -1, direction: 'descending' })).toEqual([
      'alice',
      'carol',
      'User2',
      '@TGS#group',
      'user10',
    ]);
  });

  it('sorts a time by its number, text after numbers, a missing value last both ways', () => {
    const asc = order(NO_FILTER, { column: 2, direction: 'ascending' });
    expect(asc).toEqual(['User2', 'user10', '@TGS#group', 'carol', 'alice']);
    const desc = order(NO_FILTER, { column: 2, direction: 'descending' });
    expect(desc).toEqual(['carol', '@TGS#group', 'user10', 'User2', 'alice']);
  });

  it('sorts text in natural order, ignoring case, ties in the answer’s order', () => {
    expect(order(NO_FILTER, { column: 1, direction: 'ascending' })).toEqual([
      '@TGS#group',
      'alice',
      'carol',
      'User2',
      'user10',
    ]);
    // Type: Group before One-to-one; the four one-to-one rows keep their order.
    expect(order(NO_FILTER, { column: 0, direction: 'ascending' })).toEqual([
      '@TGS#group',
      'user10',
      'User2',
      'carol',
      'alice',
    ]);
    // Pinned: the pinned ones first, the blank ("not pinned") last in both directions.
    expect(order(NO_FILTER, { column: 3, direction: 'descending' }).slice(0, 2)).toEqual([
      '@TGS#group',
      'alice',
    ]);
  });

  it('filters by text over the identity column, case-insensitively, and by facets', () => {
    expect(order({ text: ' USER ', facets: {} }, null)).toEqual(['user10', 'User2']);
    expect(order({ text: 'one-to-one', facets: {} }, null)).toEqual([]);
    expect(order({ text: '', facets: { 0: 'Group' } }, null)).toEqual(['@TGS#group']);
    expect(order({ text: '', facets: { 3: '' } }, null)).toEqual(['user10', 'User2', 'carol']);
    expect(order({ text: 'a', facets: { 3: 'Pinned' } }, null)).toEqual(['alice']);
  });

  it('offers each facet’s values with their counts, the blank one named', () => {
    expect(facetOptions(table, 3)).toEqual([
      { value: '', label: 'Not pinned', count: 3 },
      { value: 'Pinned', label: 'Pinned', count: 2 },
    ]);
    expect(facetOptions(table, 0).map((o) => [o.label, o.count])).toEqual([
      ['One-to-one', 4],
      ['Group', 1],
    ]);
    expect(facetOptions(table, 1)).toEqual([]);
  });

  it('a header click sorts ascending, then descending, then ascending again', () => {
    const a = nextSort(null, 2);
    expect(a).toEqual({ column: 2, direction: 'ascending' });
    const d = nextSort(a, 2);
    expect(d).toEqual({ column: 2, direction: 'descending' });
    expect(nextSort(d, 2)).toEqual(a);
    expect(nextSort(d, 1)).toEqual({ column: 1, direction: 'ascending' });
  });

  it('sorts and filters the family’s tables: by UserID, by ResultCode’s number and values', () => {
    const view = itemViewsFor('account_check')[0];
    if (!view) throw new Error('account_check has a view');
    const t = tableOf(view, [
      { UserID: 'u10', ResultCode: 70107, AccountStatus: 'NotImported' },
      { UserID: 'u2', ResultCode: 0, AccountStatus: 'Imported' },
      { UserID: 'x', ResultCode: 9, AccountStatus: 'Imported' },
    ]);
    const ids = (filter: TableFilter, sort: Parameters<typeof shownRows>[2]) =>
      Array.from(shownRows(t, filter, sort)).map((i) => rowCells(t, i, 0)[0]);
    const code = t.columns.findIndex((c) => c.header === 'ResultCode');
    expect(ids(NO_FILTER, { column: code, direction: 'ascending' })).toEqual(['u2', 'x', 'u10']);
    expect(ids({ text: 'U', facets: {} }, null)).toEqual(['u10', 'u2']);
    expect(facetOptions(t, code).map((o) => [o.label, o.count])).toEqual([
      ['70107 · The UserID does not exist: it has not been imported.', 1],
      ['0 · success', 1],
      ["9 · not in this tool's catalogue: see ResultInfo", 1],
    ]);
    expect(ids({ text: '', facets: { [code]: '0 · success' } }, null)).toEqual(['u2']);
  });

  it('sorts and filters 100,000 rows', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      Type: 1,
      To_Account: `user${(i * 7919) % 100_000}`,
      MsgTime: (i * 104_729) % 1_000_003,
      TopFlag: i % 50 === 0 ? 1 : 0,
    }));
    const big = tableOf(GET_LIST, many);
    const rows = shownRows(big, NO_FILTER, { column: 2, direction: 'ascending' });
    expect(rows).toHaveLength(100_000);
    for (let r = 1; r < rows.length; r++) {
      expect((many[rows[r - 1] ?? 0]?.MsgTime ?? 0) <= (many[rows[r] ?? 0]?.MsgTime ?? 0)).toBe(
        true,
      );
    }
    expect(shownRows(big, { text: 'user9999', facets: {} }, null).length).toBe(11);
    expect(shownRows(big, { text: '', facets: { 3: 'Pinned' } }, null).length).toBe(2000);
  });
});
