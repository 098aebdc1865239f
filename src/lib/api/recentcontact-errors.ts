// The recentcontact service's own error codes, the same on every page of the group (get_list,
// delete, get_contact_group): written once here (get_list-seed.txt, "Error Codes").
import type { EndpointError } from './types';

/** 50001–50005, as the get_list page words them. */
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
