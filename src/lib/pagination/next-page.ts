// The one function that builds the next request from an answer, nextPageText: "Next page"
// (sender.nextPage, through api/pagination.ts) and "Fetch all pages" (run.ts) both call it, so the
// runner's pages go out exactly as Next page would build them. It edits the body TEXT in place:
// the person's layout, field order and unknown fields stay as they were; only the cursor values
// change (setFieldInBodyText). pageInfo, the reader under it, is the one rule for what a page is.
//
// Kept apart from spec.ts on purpose: spec.ts is read by the lazily loaded response viewer too,
// and with this code (and its import of the body editing) in it, Rolldown 1.2 moved the body modules
// out of the first chunk into one of its own.
import { parseBodyText } from '../api/body-parse';
import { scanJson } from '../api/json-scan';
import { setFieldInBodyText } from '../api/body-edit';
import { msg } from '../i18n/message';
import { isUint32, MAX_UINT32 } from '../json/value';
import { asJsonObject, type NextPageResult, type PageInfo, type PaginationSpec } from './spec';

// The value an answer has, as JSON; null for none (the message words "none").
function show(v: unknown): string | null {
  return v === undefined ? null : (JSON.stringify(v) ?? String(v));
}

/**
 * Reads the complete flag, the cursors and the item count from an answer. A cursor must be a
 * whole number from 0 to 4294967295: every documented cursor is a uint32 request field (the
 * TimeStamps are Unix seconds, the indexes positions), so anything else cannot build a request
 * the service takes, and the page says why instead of sending it. A missing cursor is refused
 * the same way: an error answer carries none.
 */
export function pageInfo(spec: PaginationSpec, response: unknown): PageInfo {
  const answer = asJsonObject(response);
  if (!answer) return { ok: false, message: msg('answer.np.notObject') };
  const { completeField, itemsField } = spec;
  const flag = answer[completeField];
  if (flag !== 0 && flag !== 1) {
    return {
      ok: false,
      field: completeField,
      message: msg('answer.np.flag', { field: completeField, got: show(flag) }),
    };
  }
  const cursors: Record<string, number> = {};
  for (const { requestField, responseField } of spec.cursors) {
    if (!(responseField in answer)) {
      return {
        ok: false,
        field: responseField,
        message: msg('answer.np.noCursor', { field: responseField }),
      };
    }
    const v = answer[responseField];
    if (!isUint32(v)) {
      return {
        ok: false,
        field: responseField,
        message: msg('answer.np.cursor', { field: responseField, got: show(v), max: MAX_UINT32 }),
      };
    }
    cursors[requestField] = v;
  }
  const items = answer[itemsField];
  return {
    ok: true,
    complete: flag === 1,
    cursors,
    itemCount: Array.isArray(items) ? items.length : null,
  };
}

/**
 * The body text for the page after `response`: each cursor's value replaced in place in `text`
 * (or added, in the description's field order, when the body lacks it), the rest of the text
 * unchanged. Fails, saying why, on an answer that is not a page or a body that is not an object.
 */
export function nextPageText(
  spec: PaginationSpec,
  text: string,
  response: unknown,
): NextPageResult {
  const page = pageInfo(spec, response);
  if (!page.ok) return page;
  let out = text;
  for (const [name, value] of Object.entries(page.cursors)) {
    const r = setFieldInBodyText(out, name, value, spec.endpoint);
    if (!r.ok) return r;
    out = r.text;
  }
  // setFieldInBodyText wrote into an object, so the text parses as one; read it as the service will.
  const parsed = parseBodyText(out, scanJson(out));
  const body = parsed.ok ? asJsonObject(parsed.value) : null;
  if (!body) return { ok: false, message: msg('answer.np.body') };
  return { ok: true, text: out, body, complete: page.complete };
}
