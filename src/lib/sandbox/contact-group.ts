// v4/recentcontact/get_contact_group as the sandbox models it
// (tencentcloud.com/document/product/1047/53440), from the fixed data of data.ts.
//
// THE MODEL (the docs describe the fields, not the algorithm behind them):
// - ContactItem lists the account's conversations that have group or mark data (the marks
//   get_list shows with AssistFlags 63), in conversation-list order: Type, To_Account or
//   ToGroupId (this answer's spelling), StandardMark, CustomMark, ContactGroupId, and Timestamp,
//   the time of its last group or mark change (the seed's data: its conversation's MsgTime).
//   Conversations grouped or marked but not in the list come after those in it (store.ts).
// - StartIndex is an offset into that list; a page holds CONTACT_GROUP_PAGE_SIZE at most.
//   NextStartIndex is the offset after the page; on the last page CompleteFlag is 1 and
//   NextStartIndex 0, as in the page's sample answer (two items, CompleteFlag 1,
//   NextStartIndex 0). A StartIndex past the end answers an empty, complete page.
// - GroupItem, the account's conversation groups (GroupName, GroupId), comes whole on every
//   page: it is the dictionary ContactGroupId points into (at most 20 groups), not paged.
// - A conversation deleted between pages shifts the offsets: the item after it is skipped. That
//   is what an offset cursor does; get_list's keyset cursors do not have the problem.
// Errors: a bad field 50002 (named in ErrorInfo), then an unknown From_Account 50001.
import { isUint32 } from '../json/value';
import { CONTACT_GROUP_PAGE_SIZE } from './app';
import type { CommandAnswer } from './body';
import { describeValue, notImported, readBodyObject, readUserId } from './body';
import type { ContactEntry, SandboxStore } from './store';

/** A get_contact_group body, parsed and checked. */
export interface ContactGroupRequest {
  From_Account: string;
  StartIndex: number;
}

/** One item of ContactItem, field names and order as in the page's sample answer. */
export interface ContactItem {
  Type: 1 | 2;
  To_Account?: string;
  ToGroupId?: string;
  StandardMark?: string;
  CustomMark?: string;
  ContactGroupId?: number[];
  Timestamp: number;
}

/** A page of the answer: items, groups, the completion flag and the next cursor. */
export interface ContactGroupPage {
  ContactItem: ContactItem[];
  GroupItem: { GroupName: string; GroupId: number }[];
  CompleteFlag: 0 | 1;
  NextStartIndex: number;
}

const fail = (info: string) => ({
  ok: false as const,
  code: 50002,
  info: `invalid request: ${info}`,
});

/** Parses a get_contact_group body: not JSON → 60003; a missing or mistyped field → 50002. */
export function parseContactGroupBody(
  text: string,
): { ok: true; request: ContactGroupRequest } | { ok: false; code: number; info: string } {
  const read = readBodyObject(text, 50002);
  if (!read.ok) return read;
  const { body } = read;
  const from = readUserId(body, 'From_Account');
  if (!from.ok) return fail(from.info);
  const start = body['StartIndex'];
  if (start === undefined) return fail('StartIndex is missing');
  if (!isUint32(start)) {
    return fail(`StartIndex must be an integer from 0 to 4294967295, got ${describeValue(start)}`);
  }
  return { ok: true, request: { From_Account: from.value, StartIndex: start } };
}

/** An entry as the answer's item: the peer in this answer's spelling (ToGroupId), Timestamp last. */
export function toContactItem(e: ContactEntry): ContactItem {
  const { Type, peer, Timestamp, ...data } = e;
  return {
    Type,
    ...(Type === 1 ? { To_Account: peer } : { ToGroupId: peer }),
    ...data,
    Timestamp,
  };
}

/** One page of an account's conversation group data, following the model above. */
export function contactGroupPage(
  store: SandboxStore,
  request: ContactGroupRequest,
): ContactGroupPage {
  const all = store.contactEntries(request.From_Account);
  const taken = all.slice(request.StartIndex, request.StartIndex + CONTACT_GROUP_PAGE_SIZE);
  const complete = request.StartIndex + taken.length >= all.length;
  return {
    ContactItem: taken.map(toContactItem),
    GroupItem: store
      .contactGroups(request.From_Account)
      .map((g) => ({ GroupName: g.GroupName, GroupId: g.GroupId })),
    CompleteFlag: complete ? 1 : 0,
    NextStartIndex: complete ? 0 : request.StartIndex + taken.length,
  };
}

/** Answers a get_contact_group request from the store. */
export function answerContactGroup(
  store: SandboxStore,
  text: string,
  accounts: string,
): CommandAnswer {
  const parsed = parseContactGroupBody(text);
  if (!parsed.ok) return parsed;
  const from = parsed.request.From_Account;
  if (!store.hasAccount(from)) return notImported(from, accounts);
  return { ok: true, payload: contactGroupPage(store, parsed.request) };
}
