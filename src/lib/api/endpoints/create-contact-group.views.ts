// create_contact_group's answer as a table: each conversation put in the new group, with the
// group (GroupResultItem's GroupItem) and its per-item ResultCode explained. Loaded with the
// response viewer (response-views.ts finds the file by its name), not with the first paint.
import { isPlainObject } from '../../json/value';
import type { EndpointViews, ItemView } from '../response-views';
import { cellText, RESULT_COLUMNS } from './cells';
import { CREATE_CONTACT_GROUP } from './create-contact-group';

/** Each GroupResultItem's ResultItem, one row per conversation, carrying its group. */
function results(answer: Readonly<Record<string, unknown>>): unknown[] | null {
  const groups = answer['GroupResultItem'];
  if (!Array.isArray(groups)) return null;
  return groups.filter(isPlainObject).flatMap((g) => {
    const rows = Array.isArray(g['ResultItem']) ? g['ResultItem'].filter(isPlainObject) : [];
    // A group made with no conversations still says which group it is.
    return rows.length > 0
      ? rows.map((r) => ({ ...r, GroupItem: g['GroupItem'] }))
      : [{ GroupItem: g['GroupItem'] }];
  });
}

const groupOf = (i: Record<string, unknown>): Record<string, unknown> =>
  isPlainObject(i['GroupItem']) ? i['GroupItem'] : {};

/** The conversations of the new group and how each went. */
export const GROUP_RESULT_VIEW: ItemView = {
  itemsField: 'GroupResultItem',
  items: results,
  columns: [
    { header: 'GroupName', cell: (i) => cellText(groupOf(i)['GroupName']), identity: true },
    { header: 'GroupId', cell: (i) => cellText(groupOf(i)['GroupId']) },
    ...RESULT_COLUMNS,
  ],
  summaryFields: [],
  optionalFields: [],
  keyFields: ['GroupItem', 'ContactItem'],
};

/** The answer tables. */
export const VIEWS: EndpointViews = {
  endpointId: CREATE_CONTACT_GROUP.id,
  views: [GROUP_RESULT_VIEW],
};
