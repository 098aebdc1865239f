// The sandbox's state and its transitions: which accounts are imported, each account's
// conversations, its conversation groups and the marks of its conversations. The commands read
// and change it only through these verbs, which keep the documented limits
// (docs/reference/session-apis.md §1, §5, §9); every change counts a revision, so the page
// knows when to save it (page.ts), and the whole state serialises to a versioned record
// (state.ts).
//
// THE MODEL (where the docs are silent, a choice of this sandbox; the README lists them):
// - Group and mark data belong to a conversation's ID ("1:bob", "2:@TGS#…"), not to its place in
//   the list: a conversation may be grouped or marked without being in the list (the page leaves
//   it open), deleting a conversation keeps them, and deleting a group keeps the marks.
// - A group's GroupId is the smallest positive integer the account's groups do not use (the
//   samples start at 1), so a deleted group's number is given to the next one.
// - Group names are unique per account: the groups are named by name in update and delete.
// - StandardMark is a 64-bit set (a BigInt); on the wire a bit string with bit 0 rightmost, like
//   a binary numeral ("1001" is star and hide), no leading zeros, absent when no bit is set.
// - CustomMark "" clears it; absent on the wire when empty.
// - Timestamp is the time of the conversation's last group or mark change, from the service's
//   clock; the seed's data carries its conversation's MsgTime.
import {
  compareConversations,
  createSandboxAccounts,
  createSandboxContactGroups,
  type ContactGroup,
  type ConversationMarks,
  type SandboxConversation,
} from './data';

/** The most conversation groups per account: a 21st is refused with 51010. */
export const MAX_GROUPS = 20;
/** The most conversations in groups, and separately with marks, per account (51008). */
export const MAX_GROUPED = 1000;
export const MAX_MARKED = 1000;

/** A conversation as the group and mark pages name one: Type, and the peer it has. */
export interface ConversationRef {
  Type: 1 | 2;
  peer: string;
}

/** A conversation's ID in the store: "1:bob", "2:@TGS#2J4SZEAEL". */
export function conversationKey(c: ConversationRef): string {
  return `${c.Type}:${c.peer}`;
}

function refOf(key: string): ConversationRef {
  const at = key.indexOf(':');
  return { Type: key.slice(0, at) === '2' ? 2 : 1, peer: key.slice(at + 1) };
}

/** A conversation group: its number, its name and its conversations in the order they joined. */
export interface GroupState {
  GroupId: number;
  GroupName: string;
  members: string[];
}

/** A conversation's marks: the standard bits, the custom mark, when they last changed (Unix s). */
export interface MarkState {
  standard: bigint;
  custom: string;
  updated: number;
}

/** One account's data. */
export interface AccountState {
  conversations: SandboxConversation[];
  groups: GroupState[];
  /** Marks and the time of the last group or mark change, by conversation key. */
  marks: Map<string, MarkState>;
}

/** The whole state of a sandbox: imported accounts and each account's data. */
export interface StoreState {
  imported: Set<string>;
  accounts: Map<string, AccountState>;
}

/** A conversation's group and mark data as the answers give it (get_contact_group's ContactItem). */
export interface ContactEntry extends ConversationRef {
  StandardMark?: string;
  CustomMark?: string;
  ContactGroupId?: number[];
  Timestamp: number;
}

/** A refusal with the service's code and ErrorInfo. */
export interface Refusal {
  ok: false;
  code: number;
  info: string;
}

const refuse = (code: number, info: string): Refusal => ({ ok: false, code, info });

/** The standard marks as the wire writes them: a bit string, bit 0 rightmost; "" when none. */
export function standardMarkText(bits: bigint): string {
  return bits === 0n ? '' : bits.toString(2);
}

/** A bit string read back (the seed's "111001", a saved state's); null when it is not one. */
export function parseStandardMark(text: string): bigint | null {
  if (!/^[01]{1,64}$/.test(text)) return null;
  return BigInt(`0b${text}`);
}

/** What a mark change asks for one conversation (mark_contact's MarkItem, parsed). */
export interface MarkChange {
  OptType: 1 | 2 | 3;
  conversation: ConversationRef;
  SetMark: readonly number[];
  ClearMark: readonly number[];
  /** Absent: "" (cleared), with OptType 2 or 3. */
  CustomMark: string;
}

/** The seed as a state: its accounts imported, their one-to-one peers too, marks set apart. */
export function seedState(
  accounts: Map<string, SandboxConversation[]> = createSandboxAccounts(),
  contactGroups: Map<string, ContactGroup[]> = createSandboxContactGroups(),
): StoreState {
  const imported = new Set<string>();
  const states = new Map<string, AccountState>();
  for (const [id, list] of accounts) {
    imported.add(id);
    const conversations: SandboxConversation[] = [];
    const marks = new Map<string, MarkState>();
    const groups: GroupState[] = (contactGroups.get(id) ?? []).map((g) => ({
      GroupId: g.GroupId,
      GroupName: g.GroupName,
      members: [],
    }));
    for (const c of [...list].sort(compareConversations)) {
      // The peers of one-to-one conversations exchanged messages: they exist, so they are imported.
      if (c.Type === 1) imported.add(c.peer);
      const { marks: seeded, ...conversation } = c;
      conversations.push(conversation);
      if (seeded) seedMarks(seeded, conversationKey(c), c.MsgTime, marks, groups);
    }
    states.set(id, { conversations, groups, marks });
  }
  return { imported, accounts: states };
}

function seedMarks(
  m: ConversationMarks,
  key: string,
  time: number,
  marks: Map<string, MarkState>,
  groups: GroupState[],
): void {
  marks.set(key, {
    standard: m.StandardMark === undefined ? 0n : (parseStandardMark(m.StandardMark) ?? 0n),
    custom: m.CustomMark ?? '',
    updated: time,
  });
  for (const id of m.ContactGroupId ?? []) groups.find((g) => g.GroupId === id)?.members.push(key);
}

/** The imported accounts, conversations, groups and marks of one sandbox; mutable per instance. */
export class SandboxStore {
  #state: StoreState;
  #revision = 0;

  constructor(
    accounts: Map<string, SandboxConversation[]> = createSandboxAccounts(),
    contactGroups: Map<string, ContactGroup[]> = createSandboxContactGroups(),
  ) {
    this.#state = seedState(accounts, contactGroups);
  }

  /** A store holding a state (one read back from storage, state.ts). */
  static fromState(state: StoreState): SandboxStore {
    const store = new SandboxStore(new Map(), new Map());
    store.#state = state;
    return store;
  }

  /** Counts every change, so a caller can tell whether a request changed anything. */
  get revision(): number {
    return this.#revision;
  }

  /** The state as it is (for serialising: state.ts). Not to be changed by the caller. */
  get state(): Readonly<StoreState> {
    return this.#state;
  }

  /** Back to the seed: the data the sandbox starts with. */
  reset(): void {
    this.#state = seedState();
    this.#revision++;
  }

  /** Whether the UserID has been imported (the seed's accounts and peers, and those imported since). */
  isImported(userId: string): boolean {
    return this.#state.imported.has(userId);
  }

  /** Whether the account may be asked for (imported); others get 50001 or 70107. */
  hasAccount(account: string): boolean {
    return this.isImported(account);
  }

  /** Whether a user exists at all: imported. */
  hasUser(userId: string): boolean {
    return this.isImported(userId);
  }

  /**
   * Imports a UserID: it exists from now on, with an empty conversation list. Importing one that
   * exists changes nothing ("creates no second internal ID").
   */
  importAccount(userId: string): void {
    if (this.#state.imported.has(userId)) return;
    this.#state.imported.add(userId);
    this.#revision++;
  }

  /** How many UserIDs are imported. */
  get importedCount(): number {
    return this.#state.imported.size;
  }

  /** The accounts that have data of their own (a conversation list), in insertion order. */
  accountsWithData(): string[] {
    return [...this.#state.accounts.keys()];
  }

  /** The UserIDs imported beyond the seed, in the order they came. */
  importedSince(seed: ReadonlySet<string>): string[] {
    return [...this.#state.imported].filter((id) => !seed.has(id));
  }

  #account(account: string): AccountState {
    let a = this.#state.accounts.get(account);
    if (!a) {
      a = { conversations: [], groups: [], marks: new Map() };
      this.#state.accounts.set(account, a);
    }
    return a;
  }

  /** Unread messages from `peer` in the account's one-to-one conversation (0 when there is none). */
  unreadFrom(account: string, peer: string): number {
    const c = this.conversations(account).find((x) => x.Type === 1 && x.peer === peer);
    return c?.unread ?? 0;
  }

  /** Unread messages over all of the account's one-to-one conversations. */
  totalUnread(account: string): number {
    return this.conversations(account).reduce(
      (n, c) => n + (c.Type === 1 ? (c.unread ?? 0) : 0),
      0,
    );
  }

  /** The account's conversations in list order (empty for an account without any). */
  conversations(account: string): readonly SandboxConversation[] {
    return this.#state.accounts.get(account)?.conversations ?? [];
  }

  /** Removes one conversation; false when there was none. Its group and mark data stay. */
  deleteConversation(account: string, type: 1 | 2, peer: string): boolean {
    const list = this.#state.accounts.get(account)?.conversations;
    const at = list?.findIndex((c) => c.Type === type && c.peer === peer) ?? -1;
    if (!list || at < 0) return false;
    list.splice(at, 1);
    this.#revision++;
    return true;
  }

  /** The account's conversation groups, by GroupId (none for an account without any). */
  contactGroups(account: string): readonly ContactGroup[] {
    const groups = this.#state.accounts.get(account)?.groups ?? [];
    return [...groups]
      .sort((a, b) => a.GroupId - b.GroupId)
      .map((g) => ({ GroupId: g.GroupId, GroupName: g.GroupName }));
  }

  /** The numbers of the groups a conversation is in, ascending. */
  #groupIds(a: AccountState, key: string): number[] {
    return a.groups
      .filter((g) => g.members.includes(key))
      .map((g) => g.GroupId)
      .sort((x, y) => x - y);
  }

  /** A conversation's data as the answers give it, or null when it has none. */
  #entry(a: AccountState, key: string): ContactEntry | null {
    const m = a.marks.get(key);
    const ids = this.#groupIds(a, key);
    const standard = m ? standardMarkText(m.standard) : '';
    const custom = m?.custom ?? '';
    if (!m && ids.length === 0) return null;
    // In one literal so the keys come in the sample's order, Timestamp last.
    return {
      ...refOf(key),
      ...(standard !== '' && { StandardMark: standard }),
      ...(custom !== '' && { CustomMark: custom }),
      ...(ids.length > 0 && { ContactGroupId: ids }),
      Timestamp: m?.updated ?? 0,
    };
  }

  /**
   * The account's conversations with group or mark data: those in its list first, in list
   * order, then those not in it, by key. get_contact_group pages this list.
   */
  contactEntries(account: string): ContactEntry[] {
    const a = this.#state.accounts.get(account);
    if (!a) return [];
    const keys = new Set([...a.marks.keys(), ...a.groups.flatMap((g) => g.members)]);
    const listed = a.conversations.map(conversationKey).filter((k) => keys.has(k));
    const rest = [...keys].filter((k) => !listed.includes(k)).sort();
    return [...listed, ...rest].flatMap((k) => this.#entry(a, k) ?? []);
  }

  /** One conversation's group and mark data, or null when it has none. */
  contactEntry(account: string, c: ConversationRef): ContactEntry | null {
    const a = this.#state.accounts.get(account);
    return a ? this.#entry(a, conversationKey(c)) : null;
  }

  /** How many of the account's conversations are in groups, and how many carry marks. */
  counts(account: string): { grouped: number; marked: number; groups: number } {
    const a = this.#state.accounts.get(account);
    if (!a) return { grouped: 0, marked: 0, groups: 0 };
    return {
      grouped: new Set(a.groups.flatMap((g) => g.members)).size,
      marked: [...a.marks.values()].filter((m) => m.standard !== 0n || m.custom !== '').length,
      groups: a.groups.length,
    };
  }

  /** Touches the conversations' Timestamp (a group change is a change of their data). */
  #touch(a: AccountState, keys: readonly string[], now: number): void {
    for (const k of keys) {
      const m = a.marks.get(k);
      a.marks.set(k, { standard: m?.standard ?? 0n, custom: m?.custom ?? '', updated: now });
    }
  }

  /** Forgets the data of conversations that have neither marks nor groups any more. */
  #prune(a: AccountState, keys: readonly string[]): void {
    for (const k of keys) {
      const m = a.marks.get(k);
      if (m && m.standard === 0n && m.custom === '' && this.#groupIds(a, k).length === 0) {
        a.marks.delete(k);
      }
    }
  }

  #tooManyGrouped(a: AccountState, adding: readonly string[]): Refusal | null {
    const all = new Set([...a.groups.flatMap((g) => g.members), ...adding]);
    return all.size > MAX_GROUPED
      ? refuse(
          51008,
          `the conversations in groups would be ${all.size}, over the limit of ${MAX_GROUPED}`,
        )
      : null;
  }

  /**
   * Creates a group holding the given conversations: 51010 for a 21st group, 50002 for a name
   * the account already uses (the sandbox's rule), 51008 over 1000 grouped conversations.
   * The name's own checks (51011) are the command's.
   */
  createGroup(
    account: string,
    name: string,
    conversations: readonly ConversationRef[],
    now: number,
  ): { ok: true; group: ContactGroup } | Refusal {
    const a = this.#account(account);
    if (a.groups.length >= MAX_GROUPS) {
      return refuse(51010, `${account} already has ${MAX_GROUPS} conversation groups`);
    }
    if (a.groups.some((g) => g.GroupName === name)) {
      return refuse(50002, `a conversation group named ${JSON.stringify(name)} already exists`);
    }
    const members = [...new Set(conversations.map(conversationKey))];
    const over = this.#tooManyGrouped(a, members);
    if (over) return over;
    let id = 1;
    while (a.groups.some((g) => g.GroupId === id)) id++;
    a.groups.push({ GroupId: id, GroupName: name, members });
    this.#touch(a, members, now);
    this.#revision++;
    return { ok: true, group: { GroupId: id, GroupName: name } };
  }

  #group(account: string, name: string): GroupState | Refusal {
    const g = this.#state.accounts.get(account)?.groups.find((x) => x.GroupName === name);
    return g ?? refuse(51009, `the conversation group ${JSON.stringify(name)} does not exist`);
  }

  /** Renames a group: 51009 when it does not exist, 50002 when the new name is taken. */
  renameGroup(
    account: string,
    from: string,
    to: string,
  ): { ok: true; group: ContactGroup } | Refusal {
    const g = this.#group(account, from);
    if ('ok' in g) return g;
    const a = this.#account(account);
    if (to !== from && a.groups.some((x) => x.GroupName === to)) {
      return refuse(50002, `a conversation group named ${JSON.stringify(to)} already exists`);
    }
    g.GroupName = to;
    this.#revision++;
    return { ok: true, group: { GroupId: g.GroupId, GroupName: g.GroupName } };
  }

  /**
   * Adds (1) and removes (2) conversations of a group, in order; adding one that is in it, or
   * removing one that is not, changes nothing. 51009 when the group does not exist, 51008 over
   * 1000 grouped conversations (then nothing changes).
   */
  updateMembers(
    account: string,
    name: string,
    ops: readonly { op: 1 | 2; conversation: ConversationRef }[],
    now: number,
  ): { ok: true; group: ContactGroup } | Refusal {
    const g = this.#group(account, name);
    if ('ok' in g) return g;
    const a = this.#account(account);
    const members = [...g.members];
    for (const { op, conversation } of ops) {
      const key = conversationKey(conversation);
      const at = members.indexOf(key);
      if (op === 1 && at < 0) members.push(key);
      if (op === 2 && at >= 0) members.splice(at, 1);
    }
    const over = this.#tooManyGrouped({ ...a, groups: a.groups.filter((x) => x !== g) }, members);
    if (over) return over;
    const touched = [...new Set([...g.members, ...members])];
    g.members = members;
    this.#touch(a, touched, now);
    this.#prune(a, touched);
    this.#revision++;
    return { ok: true, group: { GroupId: g.GroupId, GroupName: g.GroupName } };
  }

  /** Deletes a group (51009 when there is none); its conversations keep their marks. */
  deleteGroup(account: string, name: string): { ok: true; group: ContactGroup } | Refusal {
    const g = this.#group(account, name);
    if ('ok' in g) return g;
    const a = this.#account(account);
    a.groups = a.groups.filter((x) => x !== g);
    this.#prune(a, g.members);
    this.#revision++;
    return { ok: true, group: { GroupId: g.GroupId, GroupName: g.GroupName } };
  }

  /**
   * Applies mark changes, all or none: 51008 when the conversations with marks would be over
   * 1000. Per item, ClearMark is applied before SetMark (so a bit in both ends up set), and the
   * custom mark replaces the old one with OptType 2 or 3.
   */
  mark(account: string, changes: readonly MarkChange[], now: number): { ok: true } | Refusal {
    const a = this.#account(account);
    const next = new Map(a.marks);
    for (const ch of changes) {
      const key = conversationKey(ch.conversation);
      const m = next.get(key) ?? { standard: 0n, custom: '', updated: now };
      let standard = m.standard;
      if (ch.OptType !== 2) {
        for (const b of ch.ClearMark) standard &= ~(1n << BigInt(b));
        for (const b of ch.SetMark) standard |= 1n << BigInt(b);
      }
      const custom = ch.OptType === 1 ? m.custom : ch.CustomMark;
      next.set(key, { standard, custom, updated: now });
    }
    const marked = [...next.values()].filter((m) => m.standard !== 0n || m.custom !== '').length;
    if (marked > MAX_MARKED) {
      return refuse(
        51008,
        `the conversations with marks would be ${marked}, over the limit of ${MAX_MARKED}`,
      );
    }
    a.marks = next;
    this.#prune(
      a,
      changes.map((c) => conversationKey(c.conversation)),
    );
    this.#revision++;
    return { ok: true };
  }

  /** The marks get_list shows with AssistFlags 63 for a conversation; undefined when it has none. */
  marksOf(account: string, c: ConversationRef): ConversationMarks | undefined {
    const e = this.contactEntry(account, c);
    if (!e) return undefined;
    const marks: ConversationMarks = {
      ...(e.StandardMark !== undefined && { StandardMark: e.StandardMark }),
      ...(e.CustomMark !== undefined && { CustomMark: e.CustomMark }),
      ...(e.ContactGroupId !== undefined && { ContactGroupId: e.ContactGroupId }),
    };
    return Object.keys(marks).length > 0 ? marks : undefined;
  }

  /** The names of the account's groups by GroupId (what ContactGroupId's numbers mean). */
  groupNames(account: string): Map<number, string> {
    return new Map(this.contactGroups(account).map((g) => [g.GroupId, g.GroupName]));
  }
}
