// v4/im_open_login_svc/account_import ("Importing a Single Account"): its fields, docs and error
// codes. Its answer is the outcome fields only, so it has no table view. Names and words are
// those of the English page (trtc.io/document/34953), session-apis.md §9.
import { msg } from '../../i18n/message';
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
  summary: msg('fields.sum.account_import'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [accountIdField(msg('fields.account.UserID')), ...PROFILE_FIELDS],
  errors: [...ACCOUNT_ERRORS],
};
