// account_check's answer as a table: each UserID with AccountStatus and its per-item ResultCode
// explained (ResultItem). Loaded with the response viewer, not with the first paint.
import { msg } from '../../i18n/message';
import type { EndpointViews } from '../response-views';
import { ACCOUNT_CHECK } from './account-check';
import { cellText, RESULT_CODE_COLUMN } from './cells';

/** The answer table. */
export const VIEWS: EndpointViews = {
  endpointId: ACCOUNT_CHECK.id,
  views: [
    {
      itemsField: 'ResultItem',
      columns: [
        { header: 'UserID', cell: (i) => cellText(i.UserID), identity: true },
        {
          header: 'AccountStatus',
          cell: (i) =>
            i.AccountStatus === 'Imported'
              ? 'Imported'
              : i.AccountStatus === 'NotImported'
                ? msg('answer.cell.notImported')
                : cellText(i.AccountStatus),
          facet: { blank: msg('answer.cell.none') },
        },
        RESULT_CODE_COLUMN,
        { header: 'ResultInfo', cell: (i) => cellText(i.ResultInfo) },
      ],
      summaryFields: [],
      optionalFields: [],
      keyFields: ['UserID'],
    },
  ],
};
