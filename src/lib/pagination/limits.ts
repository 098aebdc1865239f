// The limits of "Fetch all pages", apart from the runner (run.ts) so the Sender and the Send
// bar start from them without loading it: they are part of the first paint, the runner is not.

/** The most pages fetched unless told otherwise: 20,000 conversations at get_list's 100 a page. */
export const DEFAULT_MAX_PAGES = 200;

/** The most items collected unless told otherwise. */
export const DEFAULT_MAX_ITEMS = 50_000;
