// How an endpoint pages, as data: which answer fields feed which request fields, which field says
// "done", where the items are. get_list uses four cursors; get_contact_group's StartIndex ←
// NextStartIndex is a one-cursor spec of the same shape.

/** A JSON object as it comes from JSON.parse: fields are unknown until read. */
export type JsonObject = Record<string, unknown>;

/** One cursor: the answer's `responseField` is copied unchanged into the next request's `requestField`. */
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
}

/** The outcome of nextPageBody: the next request's body, or why the answer cannot continue. */
export type NextPageResult =
  | { ok: true; body: JsonObject; /** The answer said it was the last page. */ complete: boolean }
  | { ok: false; message: string; field?: string };

/** The value as a JSON object, or null when it is anything else (array, null, primitive). */
export function asJsonObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

/** The body for "Next page": `body` with every cursor copied from `response`; other fields kept as they are. */
export function nextPageBody(
  spec: PaginationSpec,
  body: JsonObject,
  response: unknown,
): NextPageResult {
  const answer = asJsonObject(response);
  if (!answer) return { ok: false, message: 'The answer is not a JSON object.' };
  const next: JsonObject = { ...body };
  for (const { requestField, responseField } of spec.cursors) {
    if (!(responseField in answer)) {
      return {
        ok: false,
        field: responseField,
        message: `The answer has no ${responseField}, so there is no cursor to continue from (an error answer carries none).`,
      };
    }
    // Copied unchanged, whatever its type: the service defines the cursor, not the client.
    next[requestField] = answer[responseField];
  }
  return { ok: true, body: next, complete: answer[spec.completeField] === 1 };
}
