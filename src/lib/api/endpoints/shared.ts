// What the endpoint modules share: the services' error codes, the UserID field every body here
// starts with, and the conversation object and name limits of the group and mark pages. Written
// once so that an endpoint of the same service reads like its siblings. (The cells of their
// answer tables are in cells.ts, loaded with the viewer.)
import { msg, type Text } from '../../i18n/message';
import type { EndpointError, FieldDescription } from '../types';
import { RECENTCONTACT_ERRORS, userIdField } from './shared-first';

// get_list's part (the first screen's endpoint) is in shared-first.ts: what is here loads with
// the other endpoints' descriptions.
export { RECENTCONTACT_ERRORS, userIdField } from './shared-first';

/**
 * The conversation group and mark pages' own codes, after the service's 50001–50005: the full
 * table of the delete page (www.tencentcloud.com/zh/document/product/1047/53441; the other pages'
 * tables start the same and were cut off), docs/reference/session-apis.md §1.
 */
export const CONVERSATION_GROUP_ERRORS: readonly EndpointError[] = [
  ...RECENTCONTACT_ERRORS,
  { code: 51006, meaning: 'Mark change: the number of conversations is empty or over 100.' },
  {
    code: 51007,
    meaning:
      'Converting a group ID to a group code failed (internal, or the chat group was disbanded).',
  },
  { code: 51008, meaning: 'Over 1000 conversations in conversation groups, or with marks.' },
  { code: 51009, meaning: 'The conversation group to delete does not exist.' },
  { code: 51010, meaning: 'More than 20 conversation groups.' },
  { code: 51011, meaning: 'The group name is over 32 bytes.' },
  { code: 51012, meaning: 'The pinned-conversation limit is exceeded.' },
  {
    code: 51013,
    meaning: 'The app lacks the edition required for standard marks or conversation groups.',
  },
];

/**
 * A conversation as the group and mark pages describe it (their ContactItem): Type, then the
 * peer in the field its type uses. Note `ToGroupId` (capital I) here, where get_list answers
 * `GroupId` and delete takes `ToGroupid` (session-apis.md §1).
 */
export const CONTACT_ITEM_FIELDS: readonly FieldDescription[] = [
  {
    name: 'Type',
    // "Integer" (some English tables say String; the samples send a number).
    type: 'uint32',
    required: true,
    default: 1,
    enum: [1, 2],
    enumLabels: [msg('fields.contact.Type.1'), msg('fields.contact.Type.2')],
    description: msg('fields.contact.Type'),
  },
  {
    name: 'To_Account',
    type: 'string',
    required: false,
    requiredWhen: { field: 'Type', equals: 1 },
    default: '',
    nonEmpty: true,
    description: msg('fields.contact.To_Account'),
  },
  {
    name: 'ToGroupId',
    type: 'string',
    required: false,
    requiredWhen: { field: 'Type', equals: 2 },
    default: '',
    nonEmpty: true,
    description: msg('fields.contact.ToGroupId'),
  },
];

/** One conversation object (mark_contact's and update_contact_group's ContactItem). */
export function contactItemField(description: Text): FieldDescription {
  return {
    name: 'ContactItem',
    type: 'object',
    required: true,
    fields: CONTACT_ITEM_FIELDS,
    description,
  };
}

/**
 * A conversation group's name: non-empty, and at most 32 bytes on the older pages, in the error
 * table (51011) and in the client SDK docs, 64 on the newest English page (session-apis.md §2).
 * Over 64 is an error; 33 to 64 a warning, and the sandbox refuses it (51011) as the older pages
 * say, so a name that passes the sandbox passes either reading.
 */
export function groupNameField(name: string, description: Text): FieldDescription {
  return {
    name,
    type: 'string',
    required: true,
    default: '',
    nonEmpty: true,
    maxBytes: 64,
    warnBytes: 32,
    description,
  };
}

/**
 * The account service's codes (im_open_login_svc), as account_import's page lists them and
 * multiaccount_import's repeats (session-apis.md §9).
 */
export const ACCOUNT_ERRORS: readonly EndpointError[] = [
  { code: 40006, meaning: 'Internal error while setting the profile. Try again.' },
  { code: 40601, meaning: 'A profile value (Nick, FaceUrl) is over 500 bytes.' },
  { code: 70169, meaning: 'Internal timeout. Try again.' },
  { code: 70202, meaning: 'Internal timeout. Try again.' },
  {
    code: 70398,
    meaning: 'The number of accounts is over the plan’s limit (the free plan allows 100).',
  },
  {
    code: 70399,
    meaning: 'A deleted account cannot be imported again for some time (non-trial apps).',
  },
  { code: 70402, meaning: 'A parameter is not valid.' },
  { code: 70403, meaning: 'The request needs app admin permissions.' },
  { code: 70500, meaning: 'Internal server error.' },
];

/** A UserID as the account pages take it: required, non-empty, at most 32 bytes. */
export function accountIdField(description: Text): FieldDescription {
  return { ...userIdField('UserID', description), maxBytes: 32 };
}

/** The optional profile fields account_import and AccountList take (Nick, FaceUrl). */
export const PROFILE_FIELDS: readonly FieldDescription[] = [
  {
    name: 'Nick',
    type: 'string',
    required: false,
    default: '',
    startsAbsent: true,
    maxBytes: 500,
    description: msg('fields.account.Nick'),
  },
  {
    name: 'FaceUrl',
    type: 'string',
    required: false,
    default: '',
    startsAbsent: true,
    maxBytes: 500,
    description: msg('fields.account.FaceUrl'),
  },
];
