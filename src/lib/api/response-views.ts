// How an endpoint's answer reads as a table: the items field and its columns, as data, so the
// response viewer stays generic. Cells are plain strings: nothing from an answer is ever HTML.
//
// Each endpoint's tables are in `endpoints/<module>.views.ts`, beside its module, and found here
// by that name: they are bundled with the response viewer, which loads after the first paint,
// while the endpoint modules load with it. A new endpoint's tables need no list updated.
import type { PreparedRequest } from './prepare';
import type { Text } from '../i18n/message';
import { isPlainObject } from '../json/value';

/** What a column sorts by: numbers numerically, text in natural order, null (no value) last. */
export type SortKey = number | string | null;

/**
 * What a table knows beyond the answer: whose data it is (the request's From_Account) and the
 * names of that account's conversation groups, when the sandbox or an earlier answer gave them.
 */
export interface ViewContext {
  account: string | null;
  groupNames: ReadonlyMap<number, string> | null;
}

/** A table that knows nothing beyond its answer. */
export const NO_CONTEXT: ViewContext = Object.freeze({ account: null, groupNames: null });

/** One column of an item table. */
export interface ItemColumn {
  /** A wire name as it is, or words to translate (answer.col.*). */
  header: Text;
  /** The cell's text for an item; `now` in Unix seconds. Worded by the table (lib/response/table.ts). */
  cell: (item: Record<string, unknown>, now: number, context: ViewContext) => Text;
  /** Shown only when some item carries this field (get_list's marks, which come with 63). */
  whenPresent?: string;
  /** What the column sorts by when its text would sort wrongly (times, counts); default its text. */
  sortKey?: (item: Record<string, unknown>) => SortKey;
  /** The column names the item (a peer or group ID): the text filter searches it, Compare names items by it. */
  identity?: boolean;
  /** Offer a filter by this column's values; `blank` names the empty one ("Not pinned"). */
  facet?: { blank: Text };
}

/**
 * What a row offers to do next: its words, and the request it prepares in the builder (never
 * sent by itself). get_list's rows offer "Group…", "Mark…" and "Unread…" for their conversation.
 */
export interface RowAction {
  label: Text;
  /** The button's accessible name when its words alone do not say which row ("Unread count with bob"). */
  name?: Text;
  prepare: PreparedRequest;
}

/** A table view of an answer's items, and the answer fields worth showing beside it. */
export interface ItemView {
  /** The answer field the items are in (the table's name); see `items` for nested ones. */
  itemsField: string;
  /**
   * Where the items are when they are not the field's own array: nested (update_contact_group's
   * UpdateGroupResult.ContactResultItem), flattened (each ResultItem of GroupResultItem), or
   * made rows (FailAccounts' strings). Null when the answer has none.
   */
  items?: (answer: Readonly<Record<string, unknown>>) => unknown[] | null;
  columns: readonly ItemColumn[];
  /** Answer fields shown as a summary list (cursors, flags). */
  summaryFields: readonly string[];
  /** Optional columns shown only when some item carries them, the value as it came. */
  optionalFields: readonly string[];
  /**
   * The fields that identify an item, for Compare; absent, the endpoint's pagination key fields
   * (the main view of a paging endpoint), else the item's whole JSON.
   */
  keyFields?: readonly string[];
  /** What each row offers (buttons beside it); none when absent. */
  rowActions?: (item: Record<string, unknown>, context: ViewContext) => RowAction[];
}

/** An endpoint's table views, the main one (its paged items, if it pages) first. */
export interface EndpointViews {
  /** The endpoint they are for (its description's id). */
  endpointId: string;
  views: readonly ItemView[];
}

const VIEWS_BY_ID: ReadonlyMap<string, readonly ItemView[]> = new Map(
  Object.values(
    import.meta.glob<EndpointViews>('./endpoints/*.views.ts', { eager: true, import: 'VIEWS' }),
  ).map((v) => [v.endpointId, v.views]),
);

/**
 * Every table view of an endpoint's answers, the main one first; empty when it has none (delete
 * answers the outcome fields only; raw mode shows the outcome and the JSON).
 */
export function itemViewsFor(endpointId: string): readonly ItemView[] {
  return VIEWS_BY_ID.get(endpointId) ?? [];
}

/** The items of an answer (its field's array, or what the view's `items` finds), or an empty list. */
export function itemsOf(view: ItemView, answer: unknown): unknown[] {
  if (!isPlainObject(answer)) return [];
  if (view.items) return view.items(answer) ?? [];
  const v = answer[view.itemsField];
  return Array.isArray(v) ? v : [];
}

/** Whether the answer has this view's items at all (a table, even an empty one, is shown). */
export function itemsPresent(view: ItemView, answer: unknown): boolean {
  if (!isPlainObject(answer)) return false;
  return view.items ? view.items(answer) !== null : Array.isArray(answer[view.itemsField]);
}
