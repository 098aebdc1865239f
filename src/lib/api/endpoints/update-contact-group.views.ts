// update_contact_group's answer as tables: the group as it is now (UpdateGroupResult), and for a
// change of conversations each one with its per-item ResultCode explained (ContactResultItem).
// Loaded with the response viewer, not with the first paint.
import { isPlainObject } from '../../json/value';
import { msg } from '../../i18n/message';
import type { EndpointViews, ItemView } from '../response-views';
import { cellText, codeCell, RESULT_COLUMNS } from './cells';
import { UPDATE_CONTACT_GROUP } from './update-contact-group';

const result = (answer: Readonly<Record<string, unknown>>) =>
  isPlainObject(answer['UpdateGroupResult']) ? answer['UpdateGroupResult'] : null;

/** The group after the update: one row. */
const GROUP_VIEW: ItemView = {
  itemsField: 'UpdateGroupResult',
  items: (answer) => {
    const r = result(answer);
    return r ? [r] : null;
  },
  columns: [
    {
      header: msg('answer.col.update'),
      cell: (i) =>
        codeCell(i.UpdateGroupType, {
          1: msg('answer.op.rename'),
          2: msg('answer.op.conversations'),
        }),
    },
    { header: 'OldGroupName', cell: (i) => cellText(i.OldGroupName) },
    { header: 'GroupName', cell: (i) => cellText(i.GroupName), identity: true },
    { header: 'GroupId', cell: (i) => cellText(i.GroupId) },
  ],
  summaryFields: ['UpdateType'],
  optionalFields: [],
  keyFields: ['GroupId'],
};

/** Each conversation added or removed, and how it went. */
const CONTACT_RESULT_VIEW: ItemView = {
  itemsField: 'ContactResultItem',
  items: (answer) => {
    const list = result(answer)?.['ContactResultItem'];
    return Array.isArray(list) ? list : null;
  },
  columns: [
    {
      header: msg('answer.col.operation', { field: 'ContactOptType' }),
      cell: (i) =>
        codeCell(i.ContactOptType, { 1: msg('answer.op.add'), 2: msg('answer.op.remove') }),
      facet: { blank: msg('answer.cell.none') },
    },
    ...RESULT_COLUMNS,
  ],
  summaryFields: [],
  optionalFields: [],
  keyFields: ['ContactItem'],
};

/** The answer tables. */
export const VIEWS: EndpointViews = {
  endpointId: UPDATE_CONTACT_GROUP.id,
  views: [GROUP_VIEW, CONTACT_RESULT_VIEW],
};
