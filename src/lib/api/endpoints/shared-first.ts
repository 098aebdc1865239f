// What get_list (the first screen's endpoint) shares with its siblings: the recentcontact
// service's error codes and the UserID field. Apart from shared.ts, which loads with the other
// endpoints' descriptions (issue 18), and re-exports these.
import type { Text } from '../../i18n/message';
import type { EndpointError, FieldDescription } from '../types';

/**
 * The recentcontact service's own error codes, the same on every page of the group (get_list,
 * delete, get_contact_group): 50001–50005, as the get_list page words them
 * (get_list-seed.txt, "Error Codes").
 */
export const RECENTCONTACT_ERRORS: readonly EndpointError[] = [
  {
    code: 50001,
    meaning:
      'The requested UserID has not been imported into the Tencent Cloud Chat backend. Please import.',
  },
  {
    code: 50002,
    meaning: 'Incorrect request parameter. Check your request according to the error description.',
  },
  { code: 50003, meaning: 'The request requires app admin permissions.' },
  { code: 50004, meaning: 'Internal server error. Please try again.' },
  { code: 50005, meaning: 'Network timeout. Try again later.' },
];

/**
 * A required, non-empty UserID field (From_Account, To_Account) with its page's words. It starts
 * empty: the tool cannot guess whose data is wanted (the pages' samples say "id1"), and an empty
 * UserID is refused before sending.
 */
export function userIdField(name: string, description: Text): FieldDescription {
  return { name, type: 'string', required: true, default: '', nonEmpty: true, description };
}
