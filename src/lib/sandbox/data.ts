// The sandbox's seed: its accounts, their conversations and the group and mark data they start
// with, fixed and generated from a seed number (no Math.random, no clock). Every SandboxStore
// (store.ts) starts from a fresh copy, so one instance's changes never leak into another.
import { SANDBOX_APP, SANDBOX_EPOCH } from './app';

/** The conversation marks the newest English page documents (StandardMark, CustomMark, ContactGroupId). */
export interface ConversationMarks {
  /** A bit string such as "111001" (get_contact_group's sample). */
  StandardMark?: string;
  CustomMark?: string;
  ContactGroupId?: number[];
}

/**
 * One conversation as the sandbox stores it; the wire item is derived from it. In the seed it
 * carries its marks and groups (`marks`); the store keeps those apart (store.ts): they belong to
 * the conversation's ID, not to its place in the list, so they may exist for one not in it.
 */
export interface SandboxConversation {
  /** 1: one-to-one (the peer is a To_Account); 2: group (the peer is a GroupId). */
  Type: 1 | 2;
  /** To_Account for Type 1, GroupId for Type 2. */
  peer: string;
  /**
   * The last message's time in Unix seconds. An empty conversation has no message: it carries
   * the time it was created (contact added, group joined, history cleared), never 0, so that
   * TimeStamp 0 keeps its one meaning, "first page".
   */
  MsgTime: number;
  pinned: boolean;
  /** No message yet: listed only when AssistFlags bit 1 asks for empty conversations. */
  empty: boolean;
  marks?: ConversationMarks;
  /**
   * Unread messages from the peer (one-to-one only), as get_c2c_unread_msg_num counts them.
   * Absent means none. Kept on the conversation, so deleting it takes its count with it.
   */
  unread?: number;
}

/** One of an account's conversation groups, as get_contact_group's GroupItem lists it. */
export interface ContactGroup {
  GroupId: number;
  GroupName: string;
}

/** How alice's data is made; the tests read these instead of repeating the numbers. */
export const ALICE_SHAPE = Object.freeze({
  total: 250,
  oneToOne: 170,
  groups: 80,
  pinned: 20,
  empty: 10,
});

/**
 * Ranks (among alice's conversations with messages, newest first) that share one MsgTime: an
 * admin notice sent to many at the same second. Every page boundary of every AssistFlags value
 * 0 to 7 falls inside one of them, so paging must split runs of equal MsgTimes (that is what
 * StartIndex is for in this model); a unit test keeps it so.
 */
const TIE_RUNS: readonly (readonly [number, number])[] = [
  [84, 102],
  [184, 204],
];

/** The seed of alice's data. Never change it: tests and screenshots rely on the same data. */
const ALICE_SEED = 0x5eed_a11c;

/** A deterministic pseudo-random generator (mulberry32) in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Word lists for peer IDs, ten to a line (one per line would run to a hundred lines).
// prettier-ignore
const FIRST_NAMES = [
  'wei', 'mei', 'jun', 'hao', 'lin', 'yu', 'xin', 'tao', 'min', 'jie',
  'maria', 'lucas', 'sofia', 'noah', 'emma', 'liam', 'olivia', 'mateo', 'ana', 'ivan',
  'kenji', 'yuki', 'haruto', 'sakura', 'minjun', 'seoyeon', 'arjun', 'priya', 'omar', 'layla',
  'tom', 'nina', 'felix', 'clara', 'hugo', 'lena', 'oscar', 'mila', 'jonas', 'elif',
] as const;

// prettier-ignore
const SURNAMES = [
  'chen', 'wang', 'li', 'zhang', 'liu', 'huang', 'garcia', 'silva', 'mueller', 'rossi',
  'tanaka', 'sato', 'kim', 'park', 'sharma', 'khan', 'novak', 'dubois', 'jensen', 'costa',
] as const;

// prettier-ignore
const GROUP_WORDS = [
  'design', 'atlas', 'ops', 'support', 'launch', 'billing', 'mobile', 'growth', 'infra', 'qa',
  'hiking', 'book-club', 'family', 'alumni', 'football', 'parents', 'trip', 'neighbours',
] as const;

const GROUP_PREFIXES = ['team', 'proj', 'club', 'chat'] as const;
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const STANDARD_MARKS = ['1', '10', '11', '100', '101', '1000', '111001'] as const;
const CUSTOM_MARKS = ['vip', 'follow-up', 'invoice pending', 'weekly sync', 'abcd'] as const;

function makeMarks(next: () => number): ConversationMarks | undefined {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const marks: ConversationMarks = {};
  if (next() < 0.12) marks.StandardMark = pick(STANDARD_MARKS);
  if (next() < 0.08) marks.CustomMark = pick(CUSTOM_MARKS);
  if (next() < 0.1) {
    const ids = [1, 2, 3, 4, 5].filter(() => next() < 0.4);
    marks.ContactGroupId = ids.length > 0 ? ids : [1];
  }
  return Object.keys(marks).length > 0 ? marks : undefined;
}

function aliceConversations(): SandboxConversation[] {
  const next = mulberry32(ALICE_SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;

  // Peers with realistic, distinct IDs. bob and carol are alice's contacts too.
  const users = new Set<string>(['bob', 'carol']);
  while (users.size < ALICE_SHAPE.oneToOne) {
    const first = pick(FIRST_NAMES);
    const style = next();
    const id =
      style < 0.4
        ? `${first}.${pick(SURNAMES)}`
        : style < 0.7
          ? `${first}_${pick(SURNAMES)}${Math.floor(next() * 100)}`
          : style < 0.9
            ? `${first}${1970 + Math.floor(next() * 40)}`
            : `user_${Math.floor(next() * 0xffffff)
                .toString(16)
                .padStart(6, '0')}`;
    if (id !== SANDBOX_APP.admin && id !== 'alice') users.add(id);
  }
  const groups = new Set<string>();
  while (groups.size < ALICE_SHAPE.groups) {
    if (next() < 0.5) {
      // The shape of IDs the service generates for groups created without one: @TGS#, 9 chars.
      let id = `@TGS#${1 + Math.floor(next() * 3)}`;
      for (let i = 0; i < 8; i++) id += ID_CHARS[Math.floor(next() * ID_CHARS.length)];
      groups.add(id);
    } else {
      groups.add(`${pick(GROUP_PREFIXES)}-${pick(GROUP_WORDS)}-${Math.floor(next() * 90) + 10}`);
    }
  }

  // A seeded shuffle (Fisher-Yates) mixes one-to-one and group conversations; bob stays newest.
  const peers: { Type: 1 | 2; peer: string }[] = [
    ...[...users].filter((u) => u !== 'bob').map((peer) => ({ Type: 1 as const, peer })),
    ...[...groups].map((peer) => ({ Type: 2 as const, peer })),
  ];
  for (let i = peers.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [peers[i], peers[j]] = [peers[j]!, peers[i]!];
  }
  peers.unshift({ Type: 1, peer: 'bob' });

  // Which ones are empty and which are pinned (disjoint; never bob, rank 0).
  const nonBob = Array.from({ length: peers.length - 1 }, (_, i) => i + 1);
  for (let i = nonBob.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [nonBob[i], nonBob[j]] = [nonBob[j]!, nonBob[i]!];
  }
  const emptyAt = new Set(nonBob.slice(0, ALICE_SHAPE.empty));
  const pinnedAt = new Set(nonBob.slice(ALICE_SHAPE.empty, ALICE_SHAPE.empty + ALICE_SHAPE.pinned));

  // MsgTimes, newest first, spread over about three months before the epoch. The first is the
  // conversation with bob, 90 minutes before the epoch, as in bob's own list.
  const result: SandboxConversation[] = [];
  let time = SANDBOX_EPOCH - 5400;
  let rank = 0; // rank among conversations with messages
  for (const [i, { Type, peer }] of peers.entries()) {
    const marks = makeMarks(next);
    if (emptyAt.has(i)) {
      // Created some time in the last four months; no message since.
      const created = SANDBOX_EPOCH - 3600 - Math.floor(next() * 120 * 86400);
      result.push({
        Type,
        peer,
        MsgTime: created,
        pinned: false,
        empty: true,
        ...(marks && { marks }),
      });
      continue;
    }
    if (rank > 0) {
      const inRun = TIE_RUNS.some(([from, to]) => rank > from && rank <= to);
      // Gaps skewed short (the product of two uniforms), mean 11 hours, at least 1 s so only
      // the tie runs share a second. Only + and * here: Math.log may differ in the last bit
      // between engines, and the data must be the same in every browser and in Node.
      if (!inRun) time -= 1 + Math.floor(next() * next() * 160_000);
    }
    result.push({
      Type,
      peer,
      MsgTime: time,
      pinned: pinnedAt.has(i),
      empty: false,
      ...(marks && { marks }),
    });
    rank++;
  }
  return result;
}

function bobConversations(): SandboxConversation[] {
  return [
    {
      Type: 1,
      peer: 'alice',
      MsgTime: SANDBOX_EPOCH - 5400,
      pinned: true,
      empty: false,
      marks: { StandardMark: '1', ContactGroupId: [1] },
    },
    {
      Type: 2,
      peer: '@TGS#2J4SZEAEL',
      MsgTime: SANDBOX_EPOCH - 3 * 86400,
      pinned: false,
      empty: false,
    },
    // Added carol, never wrote: empty, listed only with AssistFlags bit 1.
    { Type: 1, peer: 'carol', MsgTime: SANDBOX_EPOCH - 20 * 86400, pinned: false, empty: true },
  ];
}

/**
 * Unread one-to-one messages, account → peer → count: alice has 2 from bob and 5 from carol
 * (7 in all), bob 1 from alice; carol and the admin account have none. Fixed, so the README and
 * the tests can name them.
 */
export const SANDBOX_UNREAD: Readonly<Record<string, Readonly<Record<string, number>>>> =
  Object.freeze({
    alice: Object.freeze({ bob: 2, carol: 5 }),
    bob: Object.freeze({ alice: 1 }),
  });

function withUnread(account: string, list: SandboxConversation[]): SandboxConversation[] {
  const counts = SANDBOX_UNREAD[account] ?? {};
  return list.map((c) => {
    const n = c.Type === 1 ? counts[c.peer] : undefined;
    return n === undefined ? c : { ...c, unread: n };
  });
}

/**
 * A fresh copy of every sandbox account and its conversations: alice 250 (20 pinned, 10 empty),
 * bob 3 (1 pinned, 1 empty), carol none, and the admin account, which has none either.
 */
export function createSandboxAccounts(): Map<string, SandboxConversation[]> {
  return new Map<string, SandboxConversation[]>([
    ['alice', withUnread('alice', aliceConversations())],
    ['bob', withUnread('bob', bobConversations())],
    ['carol', []],
    [SANDBOX_APP.admin, []],
  ]);
}

/**
 * A fresh copy of every account's conversation groups: alice's five (the ContactGroupId numbers
 * her conversations' marks use) and bob's one; carol and the admin account have none.
 */
export function createSandboxContactGroups(): Map<string, ContactGroup[]> {
  return new Map<string, ContactGroup[]>([
    [
      'alice',
      [
        { GroupId: 1, GroupName: 'Work' },
        { GroupId: 2, GroupName: 'Family' },
        { GroupId: 3, GroupName: 'Friends' },
        { GroupId: 4, GroupName: 'Projects' },
        { GroupId: 5, GroupName: 'Read later' },
      ],
    ],
    ['bob', [{ GroupId: 1, GroupName: 'Close friends' }]],
  ]);
}

/** The order of a conversation list: newest MsgTime first, ties by Type then peer. */
export function compareConversations(a: SandboxConversation, b: SandboxConversation): number {
  if (a.MsgTime !== b.MsgTime) return b.MsgTime - a.MsgTime;
  if (a.Type !== b.Type) return a.Type - b.Type;
  return a.peer < b.peer ? -1 : a.peer > b.peer ? 1 : 0;
}
