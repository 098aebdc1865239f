// v4/recentcontact/delete as the sandbox models it (trtc.io/document/43088). The conversation
// leaves the account's list at once, so the account's next get_list pages no longer carry it.
//
// Errors, in the order they are checked: the body's fields (50002, each named in ErrorInfo,
// ToGroupId's casing pointed out), then From_Account (50001). A conversation that does not exist
// (or is already deleted) answers OK: the page documents no error for it, 50001 is about an
// account that was never imported, and answering OK makes a retried delete harmless. An unknown
// To_Account is the same case: there is no conversation with them to delete.
//
// ClearRamble (0 or 1; absent is accepted) also clears the roaming messages. The sandbox keeps
// no messages, and the conversation's unread count goes with it either way.
import type { CommandAnswer } from './body';
import { describeValue, notImported, readBodyObject, readUserId } from './body';
import type { SandboxStore } from './store';

/** A delete request body, parsed and checked. */
export interface DeleteRequest {
  From_Account: string;
  Type: 1 | 2;
  /** To_Account for Type 1, ToGroupid for Type 2. */
  peer: string;
  ClearRamble: 0 | 1 | null;
}

const fail = (info: string) => ({
  ok: false as const,
  code: 50002,
  info: `invalid request: ${info}`,
});

/** Parses a delete body as the service does: not JSON → 60003; a bad field → 50002. */
export function parseDeleteBody(
  text: string,
): { ok: true; request: DeleteRequest } | { ok: false; code: number; info: string } {
  const read = readBodyObject(text, 50002);
  if (!read.ok) return read;
  const { body } = read;
  const from = readUserId(body, 'From_Account');
  if (!from.ok) return fail(from.info);
  const type = body['Type'];
  if (type === undefined) return fail('Type is missing');
  if (type !== 1 && type !== 2) {
    return fail(`Type must be 1 (one-to-one) or 2 (group), got ${describeValue(type)}`);
  }
  // The peer's field depends on Type; the service spells the group one ToGroupid.
  const peerField = type === 1 ? 'To_Account' : 'ToGroupid';
  const peer = readUserId(body, peerField);
  if (!peer.ok) {
    const lookalike = Object.keys(body).find(
      (k) => k !== peerField && k.toLowerCase() === peerField.toLowerCase(),
    );
    const casing = lookalike
      ? ` (the body has ${lookalike}: the service spells it ${peerField})`
      : '';
    return fail(
      `${peer.info}${peer.problem === 'missing' ? `; it is required when Type is ${type}` : ''}${casing}`,
    );
  }
  const clear = body['ClearRamble'];
  if (clear !== undefined && clear !== 0 && clear !== 1) {
    return fail(`ClearRamble must be 0 or 1, got ${describeValue(clear)}`);
  }
  return {
    ok: true,
    request: {
      From_Account: from.value,
      Type: type,
      peer: peer.value,
      ClearRamble: clear === undefined ? null : clear,
    },
  };
}

/** Answers a delete request against the store, deleting the conversation when there is one. */
export function answerDelete(store: SandboxStore, text: string, accounts: string): CommandAnswer {
  const parsed = parseDeleteBody(text);
  if (!parsed.ok) return parsed;
  const { request } = parsed;
  if (!store.hasAccount(request.From_Account)) return notImported(request.From_Account, accounts);
  store.deleteConversation(request.From_Account, request.Type, request.peer);
  // The page's sample answer carries the outcome fields only.
  return { ok: true, payload: {} };
}
