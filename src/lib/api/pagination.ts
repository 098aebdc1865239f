// "Next page" for an endpoint: its PaginationSpec (derived from the description's `cursorFrom`
// fields and `pagination`, paginationSpecFor) read by the one page reader and cursor copier in
// src/lib/pagination/next-page.ts, the same ones "Fetch all pages" uses (chat-rest-facts.md,
// "get_list semantics": copy each cursor the answer hands back, until the complete flag is 1).
import { paginationSpecFor } from '../pagination/from-description';
import { nextPageText, pageInfo } from '../pagination/next-page';
import type { NextPageResult, PageInfo } from '../pagination/spec';
import { msg } from '../i18n/message';
import type { EndpointDescription } from './types';

export type { PageInfo } from '../pagination/spec';

const notPaging = (desc: EndpointDescription) => ({
  ok: false as const,
  message: msg('answer.np.noPaging', { id: desc.id }),
});

/** Reads the complete flag, the cursors and the item count from a parsed response. */
export function readPage(desc: EndpointDescription, response: unknown): PageInfo {
  const spec = paginationSpecFor(desc);
  return spec ? pageInfo(spec, response) : notPaging(desc);
}

/**
 * The body text for the page after `response`: each cursor's value replaced in place, the rest
 * of the text (other fields, unknown ones, layout) unchanged.
 */
export function nextPageBodyText(
  desc: EndpointDescription,
  text: string,
  response: unknown,
): NextPageResult {
  const spec = paginationSpecFor(desc);
  return spec ? nextPageText(spec, text, response) : notPaging(desc);
}
