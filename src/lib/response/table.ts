// The answer's item table as a workbench: its columns (the view's that apply, then the optional
// fields that occur) read in the table's context (whose data, the groups' names), rows sorted by
// any column and filtered by text over the identity columns and by the facet columns' values, and
// what each row offers to do next. The panel makes no cell it does not show: the table holds the
// items and the panel asks for the cells of the rows in view (rowCells), so a 100,000-item answer
// costs its visible rows and one pass per sort or filter. Cells are plain strings: nothing from an answer is ever HTML.
import { cellText, numberOrText } from '../api/endpoints/cells';
import {
  NO_CONTEXT,
  type ItemColumn,
  type ItemView,
  type RowAction,
  type SortKey,
  type ViewContext,
} from '../api/response-views';
import type { Text } from '../i18n/message';
import { isPlainObject } from '../json/value';

/** Words a text in the page's language (the I18n model's `t`); lib code never picks one. */
export type Render = (text: Text) => string;

// For callers that read only the columns' shape (Compare's identity columns): a message shows
// as its key.
const keyOf: Render = (text) => (typeof text === 'string' ? text : text.key);

/** A column as the table uses it (the view's, or an optional field's), read in the table's context. */
export interface TableColumn {
  /**
   * The column whatever the language: its header's message key, or the wire name a header
   * that is not translated is. A sort is kept by it, so it survives a language switch.
   */
  id: string;
  header: string;
  cell: (item: Record<string, unknown>, now: number) => string;
  sortKey: (item: Record<string, unknown>) => SortKey;
  identity: boolean;
  facet: { blank: string } | null;
}

/** An answer's items as a table: its columns and the items that are objects, in answer order. */
export interface ItemTable {
  view: ItemView;
  columns: readonly TableColumn[];
  /** Rows refer to items by their position here; the "#" column shows it, counted from 1. */
  items: readonly Record<string, unknown>[];
  /** What the cells and row actions know beyond the answer. */
  context: ViewContext;
  /** Whether some row offers an action (the table then has an Actions column). */
  actions: boolean;
}

/** Ascending or descending, in the words of `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

/**
 * A sort by one column; column -1 is "#", the answer's own order. The table reads columns by
 * index; a TableQuery keeps them by id (`C` string), since columns shown only when present
 * come and go between answers.
 */
export interface TableSort<C = number> {
  column: C;
  direction: SortDirection;
}

/** What the rows are filtered by: text over the identity columns, a value per facet column. */
export interface TableFilter {
  text: string;
  /** Column index → the one facet value kept; a column not named keeps all its values. */
  facets: Readonly<Record<number, string>>;
}

/** No filter: every row. */
export const NO_FILTER: TableFilter = { text: '', facets: {} };

function resolve(c: ItemColumn, context: ViewContext, t: Render): TableColumn {
  const cell = (item: Record<string, unknown>, now: number) => t(c.cell(item, now, context));
  return {
    id: keyOf(c.header),
    header: t(c.header),
    cell,
    // Without a key of its own a column sorts by its text (read with now = 0: a text that
    // depends on the clock sorts by its stable part, and such columns declare a key anyway).
    sortKey: c.sortKey ?? ((item) => cell(item, 0)),
    identity: c.identity === true,
    facet: c.facet ? { blank: t(c.facet.blank) } : null,
  };
}

function optionalColumn(field: string): TableColumn {
  return {
    id: field,
    header: field,
    cell: (item) => cellText(item[field]),
    sortKey: (item) => {
      const v = item[field];
      return typeof v === 'object' && v !== null ? cellText(v) : numberOrText(v);
    },
    identity: false,
    facet: null,
  };
}

/**
 * The table of `items` under `view` in `context`: the view's columns (those shown only when
 * present, when some item carries their field), then the optional fields some item carries.
 * Headers and cells are worded with `t`, in the page's language.
 */
export function tableOf(
  view: ItemView,
  items: readonly unknown[],
  context: ViewContext = NO_CONTEXT,
  t: Render = keyOf,
): ItemTable {
  const objects = items.filter(isPlainObject);
  const has = (field: string) => objects.some((o) => field in o);
  const columns = view.columns.filter((c) => c.whenPresent === undefined || has(c.whenPresent));
  const optional = view.optionalFields.filter(has);
  const offers = view.rowActions;
  return {
    view,
    columns: [...columns.map((c) => resolve(c, context, t)), ...optional.map(optionalColumn)],
    items: objects,
    context,
    // Stops at the first row that offers one: get_list's rows all do once there is an account.
    actions: offers !== undefined && objects.some((o) => offers(o, context).length > 0),
  };
}

/** The cells of the item at `position`, one per column; `now` in Unix seconds. */
export function rowCells(table: ItemTable, position: number, now: number): string[] {
  const item = table.items[position];
  return item ? table.columns.map((c) => c.cell(item, now)) : [];
}

/** What the item at `position` offers to do next (get_list's "Group…", "Mark…", "Unread…"). */
export function rowActions(table: ItemTable, position: number): RowAction[] {
  const item = table.items[position];
  return item ? (table.view.rowActions?.(item, table.context) ?? []) : [];
}

/**
 * The items of an answer as table rows of strings, every cell made at once: for a few items (the
 * panel makes only the cells of the rows it shows, with rowCells).
 */
export function itemTable(
  view: ItemView,
  items: readonly unknown[],
  now: number,
  context: ViewContext = NO_CONTEXT,
  t: Render = keyOf,
): { headers: string[]; rows: string[][] } {
  const table = tableOf(view, items, context, t);
  return {
    headers: table.columns.map((c) => c.header),
    rows: table.items.map((_, at) => rowCells(table, at, now)),
  };
}

/** What each row of itemTable offers, in the same order (empty lists when the view offers none). */
export function itemRowActions(
  view: ItemView,
  items: readonly unknown[],
  context: ViewContext = NO_CONTEXT,
): RowAction[][] {
  const table = tableOf(view, items, context);
  return table.items.map((_, at) => rowActions(table, at));
}

// What a sort or a filter reads of every item, made once per table and column: re-sorting or
// typing in the filter costs a comparison pass, not a pass of cells.
const memo = new WeakMap<ItemTable, Map<string, unknown[]>>();
function perItem<T>(table: ItemTable, id: string, make: (item: Record<string, unknown>) => T): T[] {
  let byId = memo.get(table);
  if (!byId) memo.set(table, (byId = new Map()));
  let values = byId.get(id) as T[] | undefined;
  if (!values) byId.set(id, (values = table.items.map(make)));
  return values;
}

/** The text the filter searches in one item: its identity cells, lower-cased. */
function haystacks(table: ItemTable): string[] {
  const named = table.columns.filter((c) => c.identity);
  // A view that names no identity column is searched over all its columns.
  const searched = named.length > 0 ? named : table.columns;
  return perItem(table, 'search', (item) =>
    searched
      .map((c) => c.cell(item, 0))
      .join('\n')
      .toLowerCase(),
  );
}

function facetValues(table: ItemTable, column: number): string[] {
  const c = table.columns[column];
  return perItem(table, `facet:${column}`, (item) => (c ? c.cell(item, 0) : ''));
}

/** The values a facet column takes, in first-seen order, with how many items have each. */
export function facetOptions(
  table: ItemTable,
  column: number,
): { value: string; label: string; count: number }[] {
  const facet = table.columns[column]?.facet;
  if (!facet) return [];
  const counts = new Map<string, number>();
  for (const v of facetValues(table, column)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({
    value,
    label: value === '' ? facet.blank : value,
    count,
  }));
}

// Natural order for text ("user2" before "user10"), the person's locale, case and accents
// ignored at first; one collator for every sort (making one costs more than many comparisons).
let collator: Intl.Collator | null = null;
const collate = (a: string, b: string) =>
  (collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(a, b);

function sortKeys(table: ItemTable, column: number): SortKey[] {
  const c = table.columns[column];
  return perItem(table, `sort:${column}`, (item) => (c ? c.sortKey(item) : null));
}

/**
 * The positions of the items to show, in order: those that pass the filter, sorted (stably: ties
 * keep the answer's order). A value-less key (null or '') goes last whichever the direction;
 * numbers come before text.
 */
export function shownRows(
  table: ItemTable,
  filter: TableFilter,
  sort: TableSort | null,
): Int32Array {
  const n = table.items.length;
  const needle = filter.text.trim().toLowerCase();
  const facets = Object.entries(filter.facets)
    .filter(([, v]) => v !== undefined)
    .map(([c, v]) => [facetValues(table, Number(c)), v] as const);
  const hay = needle === '' ? null : haystacks(table);
  let rows = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (hay && !(hay[i] ?? '').includes(needle)) continue;
    if (facets.some(([values, v]) => values[i] !== v)) continue;
    rows[count++] = i;
  }
  rows = rows.slice(0, count);
  if (!sort || sort.column < 0) {
    return sort?.direction === 'descending' ? rows.reverse() : rows;
  }
  const keys = sortKeys(table, sort.column);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const blank = (k: SortKey) => k === null || k === '';
  const valued = Array.from(rows).filter((i) => !blank(keys[i] ?? null));
  const blanks = Array.from(rows).filter((i) => blank(keys[i] ?? null));
  valued.sort((a, b) => {
    const x = keys[a] ?? null;
    const y = keys[b] ?? null;
    let d: number;
    if (typeof x === 'number' && typeof y === 'number') d = x - y;
    else if (typeof x === 'number') d = -1;
    else if (typeof y === 'number') d = 1;
    else d = collate(x ?? '', y ?? '');
    return d !== 0 ? d * sign : a - b;
  });
  return Int32Array.from([...valued, ...blanks]);
}

/** The sort after a click on a column's header: ascending first, then the other way. */
export function nextSort<C>(current: TableSort<C> | null, column: C): TableSort<C> {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}
