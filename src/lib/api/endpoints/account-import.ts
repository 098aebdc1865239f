// v4/im_open_login_svc/account_import ("Importing a Single Account"): its fields, docs and error
// codes. Its answer is the outcome fields only, so it has no table view. Names and words are
// those of the English page (trtc.io/document/34953), session-apis.md §9.
import type { EndpointDescription } from '../types';
import { ACCOUNT_ERRORS, accountIdField, PROFILE_FIELDS } from './shared';

/**
 * Importing an ID that exists creates no second one. What every first-time caller of
 * recentcontact meets, 50001 "has not been imported", is fixed here.
 */
export const ACCOUNT_IMPORT: EndpointDescription = {
  id: 'account_import', // never change: history and share links store it
  path: 'v4/im_open_login_svc/account_import',
  title: 'Importing a Single Account',
  summary: 'This API is used to import one account (UserID) into Chat.',
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [accountIdField('UserID, at most 32 bytes'), ...PROFILE_FIELDS],
  errors: [...ACCOUNT_ERRORS],
};
