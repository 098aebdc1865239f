// v4/im_open_login_svc/account_check ("Querying Accounts"): its fields and docs; its answer's
// ResultItem table is in account-check.views.ts beside it. Names and words are those of the
// English page (trtc.io/document/34956), session-apis.md §9.
import type { EndpointDescription } from '../types';
import { ACCOUNT_ERRORS, userIdField } from './shared';

/** Each account checked answers AccountStatus "Imported" or "NotImported". */
export const ACCOUNT_CHECK: EndpointDescription = {
  id: 'account_check', // never change: history and share links store it
  path: 'v4/im_open_login_svc/account_check',
  title: 'Querying Accounts',
  summary: 'This API is used to check whether accounts have been imported.',
  rateLimit: 100, // "Maximum call frequency: 100 calls per second"
  fields: [
    {
      name: 'CheckItem',
      type: 'object[]',
      required: true,
      minItems: 1,
      maxItems: 100,
      description: 'The accounts to check, at most 100 per call.',
      fields: [userIdField('UserID', 'UserID to check')],
    },
  ],
  // Its own error table was not visible (session-apis.md §9); the service's codes are those of
  // its sibling pages.
  errors: [...ACCOUNT_ERRORS],
};
