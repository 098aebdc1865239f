// How an endpoint pages, as data: which answer fields feed which request fields, which field says
// "done", where the items are. get_list uses four cursors; get_contact_group's StartIndex ←
// NextStartIndex is a one-cursor spec of the same shape.
// The one reader of an answer and the one cursor copier are in next-page.ts.
import type { EndpointDescription } from '../api/types';
import type { Text } from '../i18n/message';

/** A JSON object as it comes from JSON.parse: fields are unknown until read. */
export type JsonObject = Record<string, unknown>;

/**
 * One cursor: the answer's `responseField` is copied unchanged into the next request's
 * `requestField`. Its value must be a uint32 (pageInfo, next-page.ts).
 */
export interface CursorSpec {
  requestField: string;
  responseField: string;
  /**
   * The direction the answers' values must move in, when the endpoint documents one; moving the
   * other way is reported as an anomaly. Omitted: no direction is checked.
   */
  order?: 'ascending' | 'descending';
}

/** Everything the runner needs to page through an endpoint. */
export interface PaginationSpec {
  cursors: readonly CursorSpec[];
  /** The answer field that is 1 on the last page (0 while more remain). */
  completeField: string;
  /** The answer field holding the page's items (an array; a missing one counts as empty). */
  itemsField: string;
  /** A stable identity of one item, to find the same item twice. */
  itemKey(item: unknown): string;
  /** The description the spec is read from: a cursor missing from the body goes in at its place. */
  endpoint?: EndpointDescription;
}

/** Why an answer cannot continue: the reason in words, and the answer field at fault, if one is. */
export interface PageFailure {
  ok: false;
  message: Text;
  field?: string;
}

/** What one answer says about paging. */
export type PageInfo =
  | {
      ok: true;
      /** True on the last page (the complete flag is 1). */
      complete: boolean;
      /** Request field name → the value to send for the next page, in the spec's order. */
      cursors: Record<string, number>;
      /** How many items the page holds, or null when the items field is absent. */
      itemCount: number | null;
    }
  | PageFailure;

/** The outcome of nextPageText (next-page.ts): the next request's body, text and parsed, or why there is none. */
export type NextPageResult =
  | {
      ok: true;
      text: string;
      body: JsonObject;
      /** The answer said it was the last page. */
      complete: boolean;
    }
  | PageFailure;

/** The value as a JSON object, or null when it is anything else (array, null, primitive). */
export function asJsonObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}
