// v4/im_open_login_svc/multiaccount_import ("Importing Multiple Accounts"): its two body forms,
// docs and error codes; its answer's FailAccounts table is in multiaccount-import.views.ts beside
// it. Names and words are those of the English page (trtc.io/document/34954), session-apis.md §9.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { ACCOUNT_ERRORS, accountIdField, PROFILE_FIELDS } from './shared';

/**
 * Two body forms: the old `Accounts` (UserIDs only) and the new `AccountList` (objects with
 * UserID, Nick, FaceUrl, which also updates an existing account). Exactly one is sent; a new
 * request starts with the new form.
 */
export const MULTIACCOUNT_IMPORT: EndpointDescription = {
  id: 'multiaccount_import', // never change: history and share links store it
  path: 'v4/im_open_login_svc/multiaccount_import',
  title: 'Importing Multiple Accounts',
  summary: msg('fields.sum.multiaccount_import'),
  rateLimit: 100, // "Maximum call frequency: 100 calls per second"
  fields: [
    {
      name: 'Accounts',
      type: 'string[]',
      required: false,
      default: [],
      startsAbsent: true,
      maxItems: 100,
      maxBytes: 32,
      description: msg('fields.multi.Accounts'),
    },
    {
      name: 'AccountList',
      type: 'object[]',
      required: false,
      minItems: 1,
      maxItems: 100,
      description: msg('fields.multi.AccountList'),
      fields: [accountIdField(msg('fields.account.UserID')), ...PROFILE_FIELDS],
    },
  ],
  exactlyOneOf: ['Accounts', 'AccountList'],
  errors: [...ACCOUNT_ERRORS],
};
