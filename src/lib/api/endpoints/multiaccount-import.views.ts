// multiaccount_import's answer as a table: the UserIDs that could not be imported (FailAccounts,
// an array of strings, one row each; the page gives no reason per account). Loaded with the
// response viewer, not with the first paint.
import { msg } from '../../i18n/message';
import type { EndpointViews } from '../response-views';
import { cellText } from './cells';
import { MULTIACCOUNT_IMPORT } from './multiaccount-import';

/** The answer table. */
export const VIEWS: EndpointViews = {
  endpointId: MULTIACCOUNT_IMPORT.id,
  views: [
    {
      itemsField: 'FailAccounts',
      items: (answer) => {
        const list = answer['FailAccounts'];
        return Array.isArray(list) ? list.map((UserID: unknown) => ({ UserID })) : null;
      },
      columns: [
        { header: msg('answer.col.notImported'), cell: (i) => cellText(i.UserID), identity: true },
      ],
      summaryFields: [],
      optionalFields: [],
      keyFields: ['UserID'],
    },
  ],
};
