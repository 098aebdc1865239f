// v4/openim/get_c2c_unread_msg_num as the sandbox models it (trtc.io/document/41046), from the
// fixed counts of data.ts (SANDBOX_UNREAD).
//
// - No Peer_Account: AllC2CUnreadMsgNum, the total over To_Account's one-to-one conversations
//   (the page's first sample). With Peer_Account (even an empty array): C2CUnreadMsgNumList, one
//   entry per peer asked for, in the order asked (the second sample); a known user with no
//   conversation counts 0. Peers that do not exist go to ErrorList with ErrorCode 70107 ("70107
//   indicates that the account does not exist"); ErrorList is left out when it would be empty,
//   as in the page's samples.
// - Errors (openim's codes, from the page): a field of the wrong type, or a body that is JSON but
//   not an object, 90001 ("failed to parse the JSON request"); To_Account missing, empty or not
//   an account, 90003. More than 10 Peer_Account: the page gives the limit but no code for it;
//   70206, the public "invalid batch size in the request" (chat-rest-facts.md), is the one that
//   names it.
import { MAX_PEER_ACCOUNTS } from './app';
import type { CommandAnswer } from './body';
import { describeValue, readBodyObject, readUserId } from './body';
import type { SandboxStore } from './store';

/** A get_c2c_unread_msg_num body, parsed and checked; `peers` is null when none were asked for. */
export interface C2cUnreadRequest {
  To_Account: string;
  peers: string[] | null;
}

/** Parses a get_c2c_unread_msg_num body: not JSON → 60003; mistyped → 90001; no To_Account → 90003; over 10 peers → 70206. */
export function parseC2cUnreadBody(
  text: string,
): { ok: true; request: C2cUnreadRequest } | { ok: false; code: number; info: string } {
  const read = readBodyObject(text, 90001);
  if (!read.ok) return read;
  const { body } = read;
  const to = readUserId(body, 'To_Account');
  if (!to.ok) return { ok: false, code: to.problem === 'type' ? 90001 : 90003, info: to.info };
  const peers = body['Peer_Account'];
  if (peers === undefined) return { ok: true, request: { To_Account: to.value, peers: null } };
  if (!Array.isArray(peers)) {
    return {
      ok: false,
      code: 90001,
      info: `Peer_Account must be an array of UserIDs, got ${describeValue(peers)}`,
    };
  }
  const bad = peers.findIndex((p) => typeof p !== 'string');
  if (bad >= 0) {
    return {
      ok: false,
      code: 90001,
      info: `Peer_Account[${bad}] must be a string, got ${describeValue(peers[bad])}`,
    };
  }
  if (peers.length > MAX_PEER_ACCOUNTS) {
    return {
      ok: false,
      code: 70206,
      info: `Peer_Account has ${peers.length} UserIDs; at most ${MAX_PEER_ACCOUNTS} per request`,
    };
  }
  return { ok: true, request: { To_Account: to.value, peers: peers as string[] } };
}

/** Answers a get_c2c_unread_msg_num request from the store's unread counts. */
export function answerC2cUnread(
  store: SandboxStore,
  text: string,
  accounts: string,
): CommandAnswer {
  const parsed = parseC2cUnreadBody(text);
  if (!parsed.ok) return parsed;
  const { To_Account, peers } = parsed.request;
  if (!store.hasAccount(To_Account)) {
    return {
      ok: false,
      code: 90003,
      info: `To_Account ${JSON.stringify(To_Account)} does not exist (${accounts})`,
    };
  }
  if (peers === null) {
    return { ok: true, payload: { AllC2CUnreadMsgNum: store.totalUnread(To_Account) } };
  }
  const list: { Peer_Account: string; C2CUnreadMsgNum: number }[] = [];
  const errors: { Peer_Account: string; ErrorCode: number }[] = [];
  for (const peer of peers) {
    if (store.hasUser(peer)) {
      list.push({ Peer_Account: peer, C2CUnreadMsgNum: store.unreadFrom(To_Account, peer) });
    } else {
      errors.push({ Peer_Account: peer, ErrorCode: 70107 });
    }
  }
  return {
    ok: true,
    payload: { C2CUnreadMsgNumList: list, ...(errors.length > 0 && { ErrorList: errors }) },
  };
}
