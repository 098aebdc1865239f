// The sandbox's state as a stored record, and read back (STYLE.md rule 8: every stored format has
// `v` and reads its older versions). The page keeps its sandbox in IndexedDB with it (page.ts),
// so a group made before a reload is still there. It holds the simulated app's data only: no key,
// no UserSig, nothing secret. Reading is strict: a record that does not check out is refused as a
// whole (the page then starts from the seed and says so), never half-loaded.
import { msg, type Msg } from '../i18n/message';
import { isPlainObject, isUint32 } from '../json/value';
import type { SandboxConversation } from './data';
import { parseStandardMark, standardMarkText, type AccountState, type StoreState } from './store';

/** The version this code writes. Never reuse a number: a stored record names its own. */
export const SANDBOX_STATE_VERSION = 1;

/** One account's data, as stored. */
export interface SavedAccount {
  id: string;
  conversations: SandboxConversation[];
  groups: { GroupId: number; GroupName: string; members: string[] }[];
  /** Marks by conversation key; `standard` is the wire's bit string ("" for none). */
  marks: { key: string; standard: string; custom: string; updated: number }[];
}

/** The stored record, version 1. */
export interface SavedSandboxV1 {
  v: 1;
  imported: string[];
  accounts: SavedAccount[];
}

/** The state as a plain record IndexedDB (or JSON) can hold: no BigInt, no Map, no Set. */
export function serializeState(state: Readonly<StoreState>): SavedSandboxV1 {
  return {
    v: SANDBOX_STATE_VERSION,
    imported: [...state.imported],
    accounts: [...state.accounts].map(([id, a]) => ({
      id,
      conversations: a.conversations.map((c) => ({ ...c })),
      groups: a.groups.map((g) => ({ ...g, members: [...g.members] })),
      marks: [...a.marks].map(([key, m]) => ({
        key,
        standard: standardMarkText(m.standard),
        custom: m.custom,
        updated: m.updated,
      })),
    })),
  };
}

/** What reading a stored record gave: the state, or why it was refused. */
export type SavedStateRead = { ok: true; state: StoreState } | { ok: false; reason: Msg };

const isString = (v: unknown): v is string => typeof v === 'string';
const KEY = /^[12]:/;

function parseConversation(v: unknown): SandboxConversation | null {
  if (!isPlainObject(v)) return null;
  const { Type, peer, MsgTime, pinned, empty, unread } = v;
  if ((Type !== 1 && Type !== 2) || !isString(peer) || !isUint32(MsgTime)) return null;
  if (typeof pinned !== 'boolean' || typeof empty !== 'boolean') return null;
  if (unread !== undefined && !isUint32(unread)) return null;
  return { Type, peer, MsgTime, pinned, empty, ...(unread !== undefined && { unread }) };
}

function parseAccount(v: unknown): [string, AccountState] | null {
  if (!isPlainObject(v) || !isString(v['id'])) return null;
  const { conversations, groups, marks } = v;
  if (!Array.isArray(conversations) || !Array.isArray(groups) || !Array.isArray(marks)) return null;
  const state: AccountState = { conversations: [], groups: [], marks: new Map() };
  for (const c of conversations) {
    const parsed = parseConversation(c);
    if (!parsed) return null;
    state.conversations.push(parsed);
  }
  for (const g of groups) {
    if (!isPlainObject(g) || !isUint32(g['GroupId']) || !isString(g['GroupName'])) return null;
    const members = g['members'];
    if (!Array.isArray(members) || !members.every((m) => isString(m) && KEY.test(m))) return null;
    state.groups.push({ GroupId: g['GroupId'], GroupName: g['GroupName'], members });
  }
  for (const m of marks) {
    if (!isPlainObject(m) || !isString(m['key']) || !KEY.test(m['key'])) return null;
    const { standard, custom, updated } = m;
    if (!isString(standard) || !isString(custom) || !isUint32(updated)) return null;
    const bits = standard === '' ? 0n : parseStandardMark(standard);
    if (bits === null) return null;
    state.marks.set(m['key'], { standard: bits, custom, updated });
  }
  return [v['id'], state];
}

/** Reads a stored record back into a state; anything that does not check out is refused. */
export function parseSavedState(value: unknown): SavedStateRead {
  if (!isPlainObject(value)) return { ok: false, reason: msg('bench.sbn.record') };
  if (value['v'] !== SANDBOX_STATE_VERSION) {
    return {
      ok: false,
      reason: msg('bench.sbn.version', { v: JSON.stringify(value['v']) ?? 'undefined' }),
    };
  }
  const { imported, accounts } = value;
  if (!Array.isArray(imported) || !imported.every(isString) || !Array.isArray(accounts)) {
    return { ok: false, reason: msg('bench.sbn.damaged') };
  }
  const state: StoreState = { imported: new Set(imported), accounts: new Map() };
  for (const a of accounts) {
    const parsed = parseAccount(a);
    if (!parsed) return { ok: false, reason: msg('bench.sbn.damaged') };
    state.accounts.set(parsed[0], parsed[1]);
  }
  return { ok: true, state };
}
