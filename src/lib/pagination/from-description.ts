// The bridge from an endpoint description (its module in src/lib/api/endpoints) to the runner:
// the cursors are the fields with `cursorFrom`, the complete and items fields and the item key
// come from its `pagination`. One description, so "Next page" and "Fetch all pages" cannot
// disagree.
import type { EndpointDescription } from '../api/types';
import { asJsonObject, type PaginationSpec } from './spec';

/**
 * An item key made of the values of the named fields the item has, joined by ":" in the order
 * given ("1:alice"). An item that is not an object, or has none of the fields, keys by its JSON,
 * so two identical malformed items still count as a duplicate.
 */
export function itemKeyByFields(fields: readonly string[]): (item: unknown) => string {
  return (item) => {
    const o = asJsonObject(item);
    const parts = o ? fields.filter((f) => o[f] !== undefined).map((f) => keyPart(o[f])) : [];
    return parts.length > 0 ? parts.join(':') : `?:${JSON.stringify(item) ?? String(item)}`;
  };
}

function keyPart(value: unknown): string {
  // Strings bare (IDs read best that way), anything else as JSON: [1,2] stays one part.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

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
    endpoint: desc,
  };
}
