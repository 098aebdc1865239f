// The limits of "Fetch all pages", apart from the runner (run.ts) so the Sender and the Send
// bar show them without loading it: they are part of the first paint, the runner is not.

/** The most pages fetched unless told otherwise: 20,000 conversations at get_list's 100 a page. */
export const DEFAULT_MAX_PAGES = 200;

/** The most items collected unless told otherwise. */
export const DEFAULT_MAX_ITEMS = 50_000;

/** The highest page and item limits a person may set; the memory budget still applies. */
export const MAX_PAGES_LIMIT = 10_000;
export const MAX_ITEMS_LIMIT = 1_000_000;
