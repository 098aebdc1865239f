// "Next page": copy each cursor the response hands back into the request, unchanged, until the
// complete flag is 1 (chat-rest-facts.md, "get_list semantics"). Generic over any endpoint whose
// description names its cursors (cursorFrom) and its complete flag.
import type { EndpointDescription } from './types';
import { isPlainObject, isUint32, MAX_UINT32 } from '../json/value';
import { setFieldInBodyText } from './body-edit';

/** What one response says about paging. */
export type PageInfo =
  | {
      ok: true;
      /** True on the last page (the complete flag is 1). */
      complete: boolean;
      /** Request field name → the value to send for the next page, in the description's order. */
      cursors: Record<string, number>;
      /** How many items the page holds, or null when the items field is absent. */
      itemCount: number | null;
    }
  | { ok: false; message: string };

/** Reads the complete flag, the cursors and the item count from a parsed response. */
export function readPage(desc: EndpointDescription, response: unknown): PageInfo {
  if (!desc.pagination) return { ok: false, message: `${desc.id} does not page.` };
  if (!isPlainObject(response)) return { ok: false, message: 'The response is not a JSON object.' };
  const { completeField, itemsField } = desc.pagination;
  const flag = response[completeField];
  if (flag !== 0 && flag !== 1) {
    return {
      ok: false,
      message: `The response has no ${completeField} of 0 or 1 (it has ${show(flag)}), so it is not a page: check ActionStatus and ErrorCode.`,
    };
  }
  const cursors: Record<string, number> = {};
  for (const f of desc.fields) {
    if (!f.cursorFrom) continue;
    const v = response[f.cursorFrom];
    if (!isUint32(v)) {
      return {
        ok: false,
        message: `The response's ${f.cursorFrom} is ${show(v)}, not a whole number from 0 to ${MAX_UINT32}: the next page cannot be built from it.`,
      };
    }
    cursors[f.name] = v;
  }
  const items = response[itemsField];
  return {
    ok: true,
    complete: flag === 1,
    cursors,
    itemCount: Array.isArray(items) ? items.length : null,
  };
}

/**
 * The body text for the page after `response`: each cursor's value replaced in place, the rest
 * of the text (other fields, unknown ones, layout) unchanged.
 */
export function nextPageBodyText(
  desc: EndpointDescription,
  text: string,
  response: unknown,
): { ok: true; text: string; complete: boolean } | { ok: false; message: string } {
  const page = readPage(desc, response);
  if (!page.ok) return page;
  let out = text;
  for (const [name, value] of Object.entries(page.cursors)) {
    const r = setFieldInBodyText(out, name, value, desc);
    if (!r.ok) return r;
    out = r.text;
  }
  return { ok: true, text: out, complete: page.complete };
}

function show(v: unknown): string {
  return v === undefined ? 'none' : JSON.stringify(v);
}
