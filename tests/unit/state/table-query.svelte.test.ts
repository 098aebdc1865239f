// A table's sort and filter, kept by column header across answers whose columns come and go
// (get_list's mark columns appear only when some conversation has marks).
import { describe, expect, it } from 'vitest';
import { itemViewsFor } from '../../../src/lib/api/response-views';
import { rowCells, shownRows, tableOf as tableIn } from '../../../src/lib/response/table';
import type { ItemView } from '../../../src/lib/api/response-views';
import { en, zh } from '../i18n/texts';
import { TableQuery } from '../../../src/lib/state/table-query.svelte';

// The table as a person reads it in English.
const tableOf = (view: ItemView, items: readonly unknown[]) => tableIn(view, items, undefined, en);

const GET_LIST = itemViewsFor('get_list')[0];
if (!GET_LIST) throw new Error('get_list has a view');

const plain = tableOf(GET_LIST, [
  { Type: 1, To_Account: 'bob', MsgTime: 2, TopFlag: 1 },
  { Type: 1, To_Account: 'amy', MsgTime: 1, TopFlag: 0 },
]);
const marked = tableOf(GET_LIST, [
  { Type: 1, To_Account: 'bob', MsgTime: 2, TopFlag: 1, CustomMark: 'b' },
  { Type: 2, GroupId: '@TGS#g', MsgTime: 3, TopFlag: 0, ContactGroupId: [1] },
  { Type: 1, To_Account: 'amy', MsgTime: 1, TopFlag: 0, CustomMark: 'a' },
]);
const peers = (t: typeof plain, q: TableQuery) =>
  Array.from(shownRows(t, q.filterIn(t), q.sortIn(t))).map((i) => rowCells(t, i, 0)[1]);

describe('a table query', () => {
  it('sorts by a header wherever that column is, and by nothing where it is absent', () => {
    const q = new TableQuery();
    q.sortBy('ContactGroupId');
    expect(marked.columns.map((c) => c.header).indexOf('ContactGroupId')).toBe(5);
    expect(q.sortIn(marked)).toEqual({ column: 5, direction: 'ascending' });
    // No column 5 in the plain table, and no other column takes its place.
    expect(q.sortIn(plain)).toBeNull();
    expect(peers(plain, q)).toEqual(['bob', 'amy']);
    q.sortBy('ContactGroupId');
    expect(q.sortIn(marked)?.direction).toBe('descending');
    q.sortBy('CustomMark');
    expect(peers(marked, q)).toEqual(['amy', 'bob', '@TGS#g']);
    q.sortBy('#');
    expect(q.sortIn(plain)).toEqual({ column: -1, direction: 'ascending' });
  });

  it('filters by a facet’s header and by text; a facet the table lacks hides nothing', () => {
    const q = new TableQuery();
    q.setFacet('Pinned', 'Pinned');
    expect(q.filtering).toBe(true);
    expect(peers(plain, q)).toEqual(['bob']);
    expect(peers(marked, q)).toEqual(['bob']);
    q.setFacet('Pinned', null);
    q.setFacet('Type', 'Group');
    expect(peers(marked, q)).toEqual(['@TGS#g']);
    q.setFacet('Type', null);
    q.setFacet('No such column', 'x');
    expect(peers(plain, q)).toEqual(['bob', 'amy']);
    q.setFacet('No such column', null);
    expect(q.filtering).toBe(false);
    q.text = 'AM';
    expect(peers(marked, q)).toEqual(['amy']);
  });

  it('keeps a sort by a translated column across a language switch', () => {
    const items = [
      { Type: 1, To_Account: 'bob', MsgTime: 2, TopFlag: 1 },
      { Type: 1, To_Account: 'amy', MsgTime: 1, TopFlag: 0 },
    ];
    const english = tableOf(GET_LIST, items);
    const chinese = tableIn(GET_LIST, items, undefined, zh);
    const peer = english.columns[1];
    if (!peer) throw new Error('get_list has a peer column');
    expect(peer.header).toBe('Peer or group ID');
    // Another header in Chinese, the same column.
    expect(chinese.columns[1]?.header).not.toBe(peer.header);
    expect(chinese.columns[1]?.id).toBe(peer.id);
    const q = new TableQuery();
    q.sortBy(peer.id);
    expect(q.sortIn(english)).toEqual({ column: 1, direction: 'ascending' });
    expect(q.sortIn(chinese)).toEqual({ column: 1, direction: 'ascending' });
    expect(peers(chinese, q)).toEqual(['amy', 'bob']);
  });
});
