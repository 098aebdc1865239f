// v4/im_open_login_svc/account_check ("Querying Accounts"): its fields and docs; its answer's
// ResultItem table is in account-check.views.ts beside it. Names and words are those of the
// English page (trtc.io/document/34956), session-apis.md §9.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { ACCOUNT_ERRORS, userIdField } from './shared';

/** Each account checked answers AccountStatus "Imported" or "NotImported". */
export const ACCOUNT_CHECK: EndpointDescription = {
  id: 'account_check', // never change: history and share links store it
  path: 'v4/im_open_login_svc/account_check',
  title: 'Querying Accounts',
  summary: msg('fields.sum.account_check'),
  rateLimit: 100, // "Maximum call frequency: 100 calls per second"
  fields: [
    {
      name: 'CheckItem',
      type: 'object[]',
      required: true,
      minItems: 1,
      maxItems: 100,
      description: msg('fields.check.CheckItem'),
      fields: [userIdField('UserID', msg('fields.check.UserID'))],
    },
  ],
  // Its own error table was not visible (session-apis.md §9); the service's codes are those of
  // its sibling pages.
  errors: [...ACCOUNT_ERRORS],
};
