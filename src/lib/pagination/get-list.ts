// get_list's paging as a PaginationSpec (get_list-seed.txt: copy TimeStamp, StartIndex,
// TopTimeStamp and TopStartIndex from each answer into the next request, until CompleteFlag 1).
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

/**
 * A conversation's identity in get_list's SessionItem: Type with To_Account (1, one-to-one) or
 * GroupId (2, group), as "1:alice" or "2:@TGS#2J4SZEAEL"; MsgTime and TopFlag do not count.
 */
export const getListItemKey: (item: unknown) => string = itemKeyByFields([
  'Type',
  'To_Account',
  'GroupId',
]);

/**
 * get_list's pagination. No cursor declares an order: the docs do not say which way TimeStamp
 * moves on the real service (the sandbox's model moves it down), so none is asserted.
 */
export const GET_LIST_PAGINATION: PaginationSpec = Object.freeze({
  cursors: Object.freeze([
    { requestField: 'TimeStamp', responseField: 'TimeStamp' },
    { requestField: 'StartIndex', responseField: 'StartIndex' },
    { requestField: 'TopTimeStamp', responseField: 'TopTimeStamp' },
    { requestField: 'TopStartIndex', responseField: 'TopStartIndex' },
  ]),
  completeField: 'CompleteFlag',
  itemsField: 'SessionItem',
  itemKey: getListItemKey,
});
