// v4/recentcontact/get_list as the sandbox models it: the body's rules and the paging.
//
// THE CURSOR MODEL (a model: the docs describe the fields, not the algorithm behind them).
// - A list is ordered newest MsgTime first; conversations sharing a MsgTime are ordered by Type,
//   then by To_Account/GroupId.
// - A cursor is a pair (TimeStamp, StartIndex): "continue after the conversation at MsgTime
//   TimeStamp that is the StartIndex-th (1-based) of those sharing that MsgTime". The next page
//   starts with the conversations at TimeStamp from index StartIndex on, then the older ones.
//   StartIndex is what lets a page boundary split a run of equal MsgTimes.
// - TimeStamp 0 means "from the top"; StartIndex then skips that many conversations. No
//   conversation has MsgTime 0 (empty ones carry their creation time), so 0 is never ambiguous.
// - Pinned conversations are a second list with its own cursor (TopTimeStamp, TopStartIndex).
//   A page is filled from the pinned list first, then from the ordinary list, PAGE_SIZE at most.
// - An answer's cursors point after the last conversation it returned from each list; a list
//   that contributed nothing keeps the request's cursor. CompleteFlag is 1 when both lists are
//   exhausted. Copying the four cursors into the next request unchanged, from all zeros until
//   CompleteFlag 1, returns every conversation exactly once.
// - Keyset cursors survive deletions between pages: nothing is skipped or repeated unless a
//   deleted conversation shared the MsgTime of the cursor.
//
// ASSISTFLAGS (get_list-seed.txt, "Request fields"; chat-rest-facts.md, "get_list semantics"):
// - bit 0 (1), support pinned conversations. Set: pinned ones come first with TopFlag 1, paged by
//   the Top cursors. Clear: the client said it does not understand pinning, so pinned ones are
//   listed as ordinary ones, in MsgTime order, with TopFlag 0, and the Top cursors answer 0.
//   Nothing is hidden from such a client, which is what a capability flag should mean.
// - bit 1 (2), return empty conversations. Clear: conversations with no message are left out.
// - bit 2 (4), paginate pinned conversations. Set: at most TOP_PAGE_SIZE pinned ones per page.
//   Clear: all pinned ones come on the first page (the service allows at most 50, error 51012).
// - bits 3 to 5 (8, 16, 32) are documented only together, as the value 63 of the newest English
//   page, which adds StandardMark, CustomMark and ContactGroupId. When all three are set, items
//   of conversations that have marks carry them; otherwise those bits are accepted and ignored,
//   like every higher bit.
import { isUint32 } from '../json/value';
import { PAGE_SIZE, TOP_PAGE_SIZE } from './app';
import { describeValue, notImported, readBodyObject, readUserId, type CommandAnswer } from './body';
import type { ConversationMarks, SandboxConversation } from './data';
import type { SandboxStore } from './store';

/** A get_list request body, parsed and checked. */
export interface GetListRequest {
  From_Account: string;
  TimeStamp: number;
  StartIndex: number;
  TopTimeStamp: number;
  TopStartIndex: number;
  AssistFlags: number;
}

/** The outcome of parsing a body: the request, or the service's error code and ErrorInfo. */
export type ParseGetListResult =
  { ok: true; request: GetListRequest } | { ok: false; code: number; info: string };

/** One item of SessionItem, field names and order as in the doc's sample response. */
export interface SessionItem {
  Type: 1 | 2;
  To_Account?: string;
  GroupId?: string;
  MsgTime: number;
  TopFlag: 0 | 1;
  StandardMark?: string;
  CustomMark?: string;
  ContactGroupId?: number[];
}

/** A page of the answer: the items, the completion flag and the four cursors. */
export interface GetListPage {
  SessionItem: SessionItem[];
  CompleteFlag: 0 | 1;
  TimeStamp: number;
  StartIndex: number;
  TopTimeStamp: number;
  TopStartIndex: number;
}

/** AssistFlags bits, as masks (chat-rest-facts.md: a public Java SDK mistakes them for indices). */
export const ASSIST_FLAG = Object.freeze({
  PINNED: 1,
  EMPTY: 2,
  PINNED_PAGES: 4,
  /** Bits 3 to 5 together: the marks of the newest English page (AssistFlags 63). */
  MARKS: 8 | 16 | 32,
});

const UINT_FIELDS = [
  'TimeStamp',
  'StartIndex',
  'TopTimeStamp',
  'TopStartIndex',
  'AssistFlags',
] as const;

/**
 * Parses a get_list body as the service does: not JSON → 60003; a missing or mistyped field →
 * 50002. All six fields are required; unknown extra fields are ignored.
 */
export function parseGetListBody(text: string): ParseGetListResult {
  const read = readBodyObject(text, 50002);
  if (!read.ok) return read;
  const d = read.body;
  const from = readUserId(d, 'From_Account');
  if (!from.ok) return { ok: false, code: 50002, info: `invalid request: ${from.info}` };
  const numbers: Partial<Record<(typeof UINT_FIELDS)[number], number>> = {};
  for (const name of UINT_FIELDS) {
    const v = d[name];
    if (v === undefined)
      return { ok: false, code: 50002, info: `invalid request: ${name} is missing` };
    if (!isUint32(v)) {
      return {
        ok: false,
        code: 50002,
        info: `invalid request: ${name} must be an integer from 0 to 4294967295, got ${describeValue(v)}`,
      };
    }
    numbers[name] = v;
  }
  return {
    ok: true,
    request: {
      From_Account: from.value,
      TimeStamp: numbers.TimeStamp ?? 0,
      StartIndex: numbers.StartIndex ?? 0,
      TopTimeStamp: numbers.TopTimeStamp ?? 0,
      TopStartIndex: numbers.TopStartIndex ?? 0,
      AssistFlags: numbers.AssistFlags ?? 0,
    },
  };
}

/** The conversations after the cursor (TimeStamp, StartIndex) in a list sorted newest first. */
function after(list: readonly SandboxConversation[], timeStamp: number, startIndex: number) {
  if (timeStamp === 0) return list.slice(startIndex);
  let first = list.findIndex((c) => c.MsgTime <= timeStamp);
  if (first < 0) return [];
  let tie = 0;
  while (tie < startIndex && list[first + tie]?.MsgTime === timeStamp) tie++;
  first += tie;
  return list.slice(first);
}

/** The cursor after `last`: its MsgTime and its 1-based position among those sharing it. */
function cursorAfter(list: readonly SandboxConversation[], last: SandboxConversation) {
  const at = list.indexOf(last);
  let firstOfTie = at;
  while (firstOfTie > 0 && list[firstOfTie - 1]?.MsgTime === last.MsgTime) firstOfTie--;
  return { timeStamp: last.MsgTime, startIndex: at - firstOfTie + 1 };
}

function toItem(c: SandboxConversation, topFlag: 0 | 1, marks?: ConversationMarks): SessionItem {
  const item: SessionItem =
    c.Type === 1
      ? { Type: 1, To_Account: c.peer, MsgTime: c.MsgTime, TopFlag: topFlag }
      : { Type: 2, GroupId: c.peer, MsgTime: c.MsgTime, TopFlag: topFlag };
  if (marks) {
    if (marks.StandardMark !== undefined) item.StandardMark = marks.StandardMark;
    if (marks.CustomMark !== undefined) item.CustomMark = marks.CustomMark;
    if (marks.ContactGroupId !== undefined) item.ContactGroupId = [...marks.ContactGroupId];
  }
  return item;
}

/**
 * One page of an account's conversations for a request, following the cursor model above;
 * `marksOf` gives a conversation's group and mark data (shown with AssistFlags 63).
 */
export function getListPage(
  conversations: readonly SandboxConversation[],
  request: GetListRequest,
  marksOf: (c: SandboxConversation) => ConversationMarks | undefined = () => undefined,
): GetListPage {
  const flags = request.AssistFlags;
  const pinnedApart = (flags & ASSIST_FLAG.PINNED) !== 0;
  const withEmpty = (flags & ASSIST_FLAG.EMPTY) !== 0;
  const pinnedPaged = (flags & ASSIST_FLAG.PINNED_PAGES) !== 0;
  const withMarks = (flags & ASSIST_FLAG.MARKS) === ASSIST_FLAG.MARKS;

  const visible = withEmpty ? conversations : conversations.filter((c) => !c.empty);
  const pinned = pinnedApart ? visible.filter((c) => c.pinned) : [];
  const ordinary = pinnedApart ? visible.filter((c) => !c.pinned) : visible;

  const pinnedRest = pinnedApart ? after(pinned, request.TopTimeStamp, request.TopStartIndex) : [];
  const pinnedTaken = pinnedRest.slice(
    0,
    Math.min(PAGE_SIZE, pinnedPaged ? TOP_PAGE_SIZE : PAGE_SIZE),
  );
  const ordinaryRest = after(ordinary, request.TimeStamp, request.StartIndex);
  const ordinaryTaken = ordinaryRest.slice(0, PAGE_SIZE - pinnedTaken.length);

  const lastPinned = pinnedTaken[pinnedTaken.length - 1];
  const lastOrdinary = ordinaryTaken[ordinaryTaken.length - 1];
  const top = !pinnedApart
    ? { timeStamp: 0, startIndex: 0 }
    : lastPinned
      ? cursorAfter(pinned, lastPinned)
      : { timeStamp: request.TopTimeStamp, startIndex: request.TopStartIndex };
  const plain = lastOrdinary
    ? cursorAfter(ordinary, lastOrdinary)
    : { timeStamp: request.TimeStamp, startIndex: request.StartIndex };
  const complete =
    pinnedTaken.length === pinnedRest.length && ordinaryTaken.length === ordinaryRest.length;

  return {
    SessionItem: [
      ...pinnedTaken.map((c) => toItem(c, 1, withMarks ? marksOf(c) : undefined)),
      ...ordinaryTaken.map((c) => toItem(c, 0, withMarks ? marksOf(c) : undefined)),
    ],
    CompleteFlag: complete ? 1 : 0,
    TimeStamp: plain.timeStamp,
    StartIndex: plain.startIndex,
    TopTimeStamp: top.timeStamp,
    TopStartIndex: top.startIndex,
  };
}

/** Answers a get_list request from the store: the page its cursors point to. */
export function answerGetList(store: SandboxStore, text: string, accounts: string): CommandAnswer {
  const parsed = parseGetListBody(text);
  if (!parsed.ok) return parsed;
  const { request } = parsed;
  if (!store.hasAccount(request.From_Account)) return notImported(request.From_Account, accounts);
  const from = request.From_Account;
  const page = getListPage(store.conversations(from), request, (c) => store.marksOf(from, c));
  return { ok: true, payload: page };
}
