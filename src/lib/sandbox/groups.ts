// The conversation group commands as the sandbox models them: create_contact_group,
// update_contact_group and del_contact_group (docs/reference/session-apis.md §2–§4), over the
// store's groups (store.ts). Each reads its body through its description's rules (50002 for a
// bad field, named in ErrorInfo), then answers 50001 for a From_Account not imported, then
// the group limits: 51011 for an empty name or one over 32 bytes (the older pages and the error
// table; the newest English page says 64, and the form warns between the two), 51010 for a 21st
// group, 51009 for a group that does not exist (documented for delete; the sandbox answers it
// for update too), 51008 over 1000 grouped conversations.
//
// Where the pages are silent (each is the sandbox's assumption, listed in the README):
// - a name the account already uses is refused with 50002, on create and on rename;
// - every conversation asked for gets ResultCode 0: adding one twice, or removing one that is
//   not in the group, changes nothing and succeeds; a conversation need not be in the list.
import { CREATE_CONTACT_GROUP, DEL_CONTACT_GROUP, UPDATE_CONTACT_GROUP } from '../api/endpoints';
import { utf8Bytes } from '../api/body-rules';
import type { FieldIssue } from '../api/types';
import {
  conversationOf,
  readAccountBody,
  wireConversation,
  type CommandAnswer,
  type CommandContext,
} from './body';
import type { SandboxStore } from './store';

/** The group name limit the sandbox enforces (51011): the older pages' 32 bytes. */
export const GROUP_NAME_MAX_BYTES = 32;

/** 51011 for a group name refused by the description's rules (empty, or over its bytes). */
function nameCode(issue: FieldIssue): number | null {
  return /GroupName$/.test(issue.field ?? '') && (issue.kind === 'empty' || issue.kind === 'range')
    ? 51011
    : null;
}

/** 51011 for a name over the sandbox's limit; null when it is fine. */
function nameOverLimit(name: string): CommandAnswer | null {
  const bytes = utf8Bytes(name);
  return bytes > GROUP_NAME_MAX_BYTES
    ? {
        ok: false,
        code: 51011,
        info: `the group name is ${bytes} bytes; at most ${GROUP_NAME_MAX_BYTES}`,
      }
    : null;
}

type Body = Readonly<Record<string, unknown>>;
const list = (v: unknown): Body[] => (Array.isArray(v) ? (v as Body[]) : []);

/** Answers create_contact_group: the new group with its GroupId, one result per conversation. */
export function answerCreateContactGroup(
  store: SandboxStore,
  text: string,
  accounts: string,
  { now }: CommandContext,
): CommandAnswer {
  const read = readAccountBody(CREATE_CONTACT_GROUP, store, text, accounts, nameCode);
  if (!read.ok) return read;
  const from = read.from;
  const item = list(read.body['GroupContactItem'])[0] ?? {};
  const name = item['GroupName'] as string;
  const tooLong = nameOverLimit(name);
  if (tooLong) return tooLong;
  const conversations = list(item['ContactItem']).map(conversationOf);
  const made = store.createGroup(from, name, conversations, now);
  if (!made.ok) return made;
  return {
    ok: true,
    payload: {
      GroupResultItem: [
        {
          GroupItem: { GroupName: made.group.GroupName, GroupId: made.group.GroupId },
          ResultItem: conversations.map((c) => ({
            ContactItem: wireConversation(c),
            ResultCode: 0,
            ResultInfo: '',
          })),
        },
      ],
    },
  };
}

/** Answers update_contact_group: a rename (1) or a change of conversations (2). */
export function answerUpdateContactGroup(
  store: SandboxStore,
  text: string,
  accounts: string,
  { now }: CommandContext,
): CommandAnswer {
  const read = readAccountBody(UPDATE_CONTACT_GROUP, store, text, accounts, nameCode);
  if (!read.ok) return read;
  const from = read.from;
  const update = read.body['UpdateGroup'] as Body;
  const old = update['OldGroupName'] as string;
  if (update['UpdateGroupType'] === 1) {
    const name = update['NewGroupName'] as string;
    const tooLong = nameOverLimit(name);
    if (tooLong) return tooLong;
    const renamed = store.renameGroup(from, old, name);
    if (!renamed.ok) return renamed;
    return {
      ok: true,
      payload: {
        UpdateType: 1,
        UpdateGroupResult: {
          UpdateGroupType: 1,
          GroupName: renamed.group.GroupName,
          GroupId: renamed.group.GroupId,
          OldGroupName: old,
        },
      },
    };
  }
  const ops = list(update['ContactUpdateItem']).map((u) => ({
    op: u['ContactOptType'] === 2 ? (2 as const) : (1 as const),
    conversation: conversationOf(u['ContactItem']),
  }));
  const changed = store.updateMembers(from, old, ops, now);
  if (!changed.ok) return changed;
  return {
    ok: true,
    payload: {
      UpdateType: 1,
      UpdateGroupResult: {
        UpdateGroupType: 2,
        GroupName: changed.group.GroupName,
        GroupId: changed.group.GroupId,
        OldGroupName: old,
        ContactResultItem: ops.map(({ op, conversation }) => ({
          ContactOptType: op,
          ContactItem: wireConversation(conversation),
          ResultCode: 0,
          ResultInfo: '',
        })),
      },
    },
  };
}

/** Answers del_contact_group: the deleted group, as the page's sample answer lists it. */
export function answerDelContactGroup(
  store: SandboxStore,
  text: string,
  accounts: string,
): CommandAnswer {
  const read = readAccountBody(DEL_CONTACT_GROUP, store, text, accounts);
  if (!read.ok) return read;
  const from = read.from;
  const name = (read.body['GroupName'] as string[])[0] ?? '';
  const deleted = store.deleteGroup(from, name);
  if (!deleted.ok) return deleted;
  return {
    ok: true,
    payload: {
      GroupItem: [{ GroupName: deleted.group.GroupName, GroupId: deleted.group.GroupId }],
    },
  };
}
