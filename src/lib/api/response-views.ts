// How an endpoint's answer reads as a table: the items field and its columns, as data, so the
// response viewer stays generic. Cells are plain strings: nothing from an answer is ever HTML.
//
// Each endpoint's tables are in `endpoints/<module>.views.ts`, beside its module, and found here
// by that name: they are bundled with the response viewer, which loads after the first paint,
// while the endpoint modules load with it. A new endpoint's tables need no list updated.
import { cellText } from './endpoints/cells';
import { isPlainObject } from '../json/value';

/** What a column sorts by: numbers numerically, text in natural order, null (no value) last. */
export type SortKey = number | string | null;

/** One column of an item table. */
export interface ItemColumn {
  header: string;
  /** The cell's text for an item; `now` in Unix seconds. */
  cell: (item: Record<string, unknown>, now: number) => string;
  /** What the column sorts by when its text would sort wrongly (times, counts); default its text. */
  sortKey?: (item: Record<string, unknown>) => SortKey;
  /** The column names the item (a peer or group ID): the text filter searches it, Compare names items by it. */
  identity?: boolean;
  /** Offer a filter by this column's values; `blank` names the empty one ("Not pinned"). */
  facet?: { blank: string };
}

/**
 * A button a view offers on each row: it loads a request about that item into the builder (it
 * never sends it), such as another endpoint's request for the row's peer.
 */
export interface ItemAction {
  label: string;
  /** The button's accessible name for one item ("Unread count with bob"). */
  name: (item: Record<string, unknown>) => string;
  /** Whether the item offers the action; every item when absent. */
  offers?: (item: Record<string, unknown>) => boolean;
  /** The request to load: an endpoint id and its body, from the item and the request's account. */
  request: (
    item: Record<string, unknown>,
    asked: { fromAccount: string | null },
  ) => { endpointId: string; body: Record<string, unknown> };
}

/** A table view of an answer's items, and the answer fields worth showing beside it. */
export interface ItemView {
  itemsField: string;
  columns: readonly ItemColumn[];
  /** Answer fields shown as a summary list (cursors, flags). */
  summaryFields: readonly string[];
  /** Optional columns shown only when some item carries them. */
  optionalFields: readonly string[];
  /**
   * The fields that identify an item, for Compare; absent, the endpoint's pagination key fields
   * (the main view of a paging endpoint), else the item's whole JSON.
   */
  keyFields?: readonly string[];
  /** Buttons on each row; none when absent. */
  actions?: readonly ItemAction[];
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

/** The items of an answer as table rows of strings, with the optional columns that occur. */
export function itemTable(
  view: ItemView,
  items: readonly unknown[],
  now: number,
): { headers: string[]; rows: string[][] } {
  const objects = items.filter(isPlainObject);
  const optional = view.optionalFields.filter((f) => objects.some((o) => f in o));
  return {
    headers: [...view.columns.map((c) => c.header), ...optional],
    rows: objects.map((o) => [
      ...view.columns.map((c) => c.cell(o, now)),
      ...optional.map((f) => cellText(o[f])),
    ]),
  };
}

/** The items array of an answer, or an empty list. */
export function itemsOf(view: ItemView, answer: unknown): unknown[] {
  if (!isPlainObject(answer)) return [];
  const v = answer[view.itemsField];
  return Array.isArray(v) ? v : [];
}
