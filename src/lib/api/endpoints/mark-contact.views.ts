// mark_contact's answer as a table: each conversation marked (ResultItem) with its operation and
// per-item ResultCode explained. Loaded with the response viewer, not with the first paint.
import type { EndpointViews } from '../response-views';
import { codeCell, RESULT_COLUMNS } from './cells';
import { MARK_CONTACT } from './mark-contact';

const OPERATIONS = { 1: 'standard marks', 2: 'custom mark', 3: 'both' };

/** The answer table. */
export const VIEWS: EndpointViews = {
  endpointId: MARK_CONTACT.id,
  views: [
    {
      itemsField: 'ResultItem',
      columns: [
        {
          header: 'Operation (OptType)',
          cell: (i) => codeCell(i.OptType, OPERATIONS),
          facet: { blank: '(none)' },
        },
        ...RESULT_COLUMNS,
      ],
      summaryFields: [],
      optionalFields: [],
      keyFields: ['ContactItem'],
    },
  ],
};
