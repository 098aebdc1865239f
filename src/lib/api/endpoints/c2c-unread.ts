// v4/openim/get_c2c_unread_msg_num ("Querying Unread One-to-One Message Count"): its fields,
// docs and error codes; the tables of its answer are in c2c-unread.views.ts beside it. Names,
// required flags and words are those of the endpoint's English page (trtc.io/document/41046,
// also tencentcloud.com/document/product/1047/41046); chat-rest-facts.md ("Related endpoints in
// the same group") agrees on the fields.
import { msg } from '../../i18n/message';
import type { EndpointDescription } from '../types';
import { userIdField } from './shared';

/**
 * The page's two samples: To_Account alone answers AllC2CUnreadMsgNum (the total over all
 * one-to-one conversations); with Peer_Account it answers C2CUnreadMsgNumList, one count per
 * peer, and ErrorList for peers that failed (ErrorCode 70107: the account does not exist).
 */
export const GET_C2C_UNREAD_MSG_NUM: EndpointDescription = {
  id: 'get_c2c_unread_msg_num', // never change: history and share links store it
  path: 'v4/openim/get_c2c_unread_msg_num',
  title: 'Querying Unread One-to-One Message Count',
  summary: msg('fields.sum.get_c2c_unread_msg_num'),
  rateLimit: 200, // "Maximum call frequency: 200 calls per second"
  fields: [
    userIdField('To_Account', msg('fields.c2c.To_Account')),
    {
      name: 'Peer_Account',
      type: 'string[]',
      required: false,
      default: [],
      maxItems: 10, // "The array can contain up to 10 UserID values."
      // The first sample (the total) sends no Peer_Account, so a new request has none.
      startsAbsent: true,
      description: msg('fields.c2c.Peer_Account'),
    },
  ],
  // The page's own table (openim's codes). Its English wording is not in the reference files;
  // these are the page's meanings in plain words.
  errors: [
    {
      code: 90001,
      meaning: 'Failed to parse the JSON request. Check that the request is valid JSON.',
    },
    {
      code: 90003,
      meaning:
        'The To_Account field is missing from the JSON request, or the To_Account account does not exist.',
    },
    {
      code: 90008,
      meaning:
        'The From_Account field is missing from the JSON request, or the From_Account account does not exist.',
    },
  ],
};
