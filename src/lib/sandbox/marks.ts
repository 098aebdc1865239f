// mark_contact and search_contact_group as the sandbox models them (docs/reference/
// session-apis.md §5, §6), over the store's marks (store.ts). Bodies are read through their
// descriptions' rules (50002 for a bad field), then 50001 for a From_Account not imported.
// mark_contact answers 51006 for an empty MarkItem or one over 100, and 51008 when the
// conversations with marks would be over 1000 (then nothing changes).
//
// Where the pages are silent (the sandbox's assumptions, listed in the README):
// - SetMark's numbers are bit indexes 0 to 63 (bit 0 the star); others are 50002;
// - ClearMark is applied before SetMark, so a bit in both ends up set;
// - OptType 1 leaves the custom mark alone, and OptType 2 the standard marks; with 2 or 3 the
//   custom mark is replaced, an absent or empty CustomMark clearing it;
// - search_contact_group answers every conversation asked for, a conversation without group
//   or mark data with its Type and peer only, and GroupItem lists all the account's groups.
import { MARK_CONTACT, SEARCH_CONTACT_GROUP } from '../api/endpoints';
import type { FieldIssue } from '../api/types';
import {
  conversationOf,
  readAccountBody,
  wireConversation,
  type CommandAnswer,
  type CommandContext,
} from './body';
import type { MarkChange, SandboxStore } from './store';

type Body = Readonly<Record<string, unknown>>;

/** 51006 for a MarkItem list that is empty or over 100 ("mark change: count empty or over 100"). */
function countCode(issue: FieldIssue): number | null {
  return issue.field === 'MarkItem' && (issue.kind === 'empty' || issue.kind === 'too-many')
    ? 51006
    : null;
}

const numbers = (v: unknown): number[] => (Array.isArray(v) ? (v as number[]) : []);

/** Answers mark_contact: the changes applied, one result per MarkItem. */
export function answerMarkContact(
  store: SandboxStore,
  text: string,
  accounts: string,
  { now }: CommandContext,
): CommandAnswer {
  const read = readAccountBody(MARK_CONTACT, store, text, accounts, countCode);
  if (!read.ok) return read;
  const from = read.from;
  const changes: MarkChange[] = (read.body['MarkItem'] as Body[]).map((m) => ({
    OptType: m['OptType'] as 1 | 2 | 3,
    conversation: conversationOf(m['ContactItem']),
    SetMark: numbers(m['SetMark']),
    ClearMark: numbers(m['ClearMark']),
    CustomMark: typeof m['CustomMark'] === 'string' ? m['CustomMark'] : '',
  }));
  const done = store.mark(from, changes, now);
  if (!done.ok) return done;
  return {
    ok: true,
    payload: {
      ResultItem: changes.map((c) => ({
        OptType: c.OptType,
        ContactItem: wireConversation(c.conversation),
        ResultCode: 0,
        ResultInfo: '',
      })),
    },
  };
}

/** Answers search_contact_group: each conversation asked for with its data, and the groups. */
export function answerSearchContactGroup(
  store: SandboxStore,
  text: string,
  accounts: string,
): CommandAnswer {
  const read = readAccountBody(SEARCH_CONTACT_GROUP, store, text, accounts);
  if (!read.ok) return read;
  const from = read.from;
  const items = (read.body['ContactItem'] as unknown[]).map((item) => {
    const c = conversationOf(item);
    const entry = store.contactEntry(from, c);
    if (!entry) return wireConversation(c);
    const { Type: _type, peer: _peer, ...data } = entry;
    return { ...wireConversation(c), ...data };
  });
  return {
    ok: true,
    payload: { ContactResultItem: items, GroupItem: store.contactGroups(from).map(groupItem) },
  };
}

/** A group as GroupItem lists it: GroupName first, as the samples write it. */
export function groupItem(g: { GroupName: string; GroupId: number }) {
  return { GroupName: g.GroupName, GroupId: g.GroupId };
}
