// mark_contact's answer as a table: each conversation marked (ResultItem) with its operation and
// per-item ResultCode explained. Loaded with the response viewer, not with the first paint.
import { msg } from '../../i18n/message';
import type { EndpointViews } from '../response-views';
import { codeCell, RESULT_COLUMNS } from './cells';
import { MARK_CONTACT } from './mark-contact';

const OPERATIONS = {
  1: msg('answer.op.standardMarks'),
  2: msg('answer.op.customMark'),
  3: msg('answer.op.both'),
};

/** The answer table. */
export const VIEWS: EndpointViews = {
  endpointId: MARK_CONTACT.id,
  views: [
    {
      itemsField: 'ResultItem',
      columns: [
        {
          header: msg('answer.col.operation', { field: 'OptType' }),
          cell: (i) => codeCell(i.OptType, OPERATIONS),
          facet: { blank: msg('answer.cell.none') },
        },
        ...RESULT_COLUMNS,
      ],
      summaryFields: [],
      optionalFields: [],
      keyFields: ['ContactItem'],
    },
  ],
};
