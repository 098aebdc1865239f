// The bridge from an endpoint description (src/lib/api) to the runner: the cursors are the
// fields with `cursorFrom`, the complete and items fields and the item key come from its
// `pagination`. One description, so "Next page" and "Fetch all pages" cannot disagree.
import type { EndpointDescription } from '../api/types';
import { itemKeyByFields } from './get-list';
import type { PaginationSpec } from './spec';

/** The PaginationSpec of an endpoint, or null when it does not page (no pagination or no cursor). */
export function paginationSpecFor(desc: EndpointDescription): PaginationSpec | null {
  if (!desc.pagination) return null;
  const cursors = desc.fields.flatMap((f) =>
    f.cursorFrom === undefined ? [] : [{ requestField: f.name, responseField: f.cursorFrom }],
  );
  if (cursors.length === 0) return null;
  const { completeField, itemsField, itemKeyFields } = desc.pagination;
  return {
    cursors,
    completeField,
    itemsField,
    // Without key fields an item is its whole JSON: only identical items count as duplicates.
    itemKey: itemKeyByFields(itemKeyFields ?? []),
  };
}
