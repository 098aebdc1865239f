// Compare: what changed between two answers of one endpoint. Items are matched by their identity
// (get_list's Type + To_Account or GroupId, the endpoint's pagination key; for other endpoints the
// view's key fields) and reported as added, removed or changed, with the fields that changed;
// the answers' other top-level fields (the cursors, CompleteFlag, ErrorCode) are compared
// beside them. One pass over each side with a Map: two 10,000-item answers take milliseconds.
import { msg, type Text } from '../i18n/message';
import { endpointById } from '../api/endpoints';
import { itemViewsFor, itemsOf, type ItemView } from '../api/response-views';
import { isPlainObject } from '../json/value';
import type { HistoryEntry } from '../history/entry';
import { itemKeyByFields } from '../pagination/from-description';
import type { Answered } from './exchange';
import { tableOf, type Render } from './table';

/** One side of a comparison: its items and the answer's other top-level fields. */
export interface ComparedAnswer {
  /** How the person knows it: "Send of 10:32:05", "History entry of …". */
  label: string;
  items: readonly unknown[];
  fields: Readonly<Record<string, unknown>>;
  /** Why part of it is missing (a history copy cut short), shown with the result. */
  note?: Text;
}

/** A field that differs: its value before and after (undefined: absent on that side). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** An item present on one side only. */
export interface SidedItem {
  key: string;
  /** Its name in words (the view's identity cells), or its key. */
  label: string;
  item: unknown;
}

/** An item on both sides whose fields differ. */
export interface ItemChange {
  key: string;
  label: string;
  fields: FieldChange[];
}

/** What changed from `before` to `after`. */
export interface AnswerDiff {
  added: SidedItem[];
  removed: SidedItem[];
  changed: ItemChange[];
  /** Items on both sides with every field equal. */
  same: number;
  /** Top-level fields other than the items that differ. */
  fields: FieldChange[];
}

/** How items are told apart and named. */
export interface ItemIdentity {
  /** The answer field that holds the items; null when the endpoint has none. */
  itemsField: string | null;
  /** An answer's items: the field's array, or where the view finds them (nested, made rows). */
  items: (answer: unknown) => unknown[];
  key: (item: unknown) => string;
  label: (item: unknown) => string;
}

// Differ on every request by design: a difference in them says nothing about the answer.
const IGNORED_FIELDS: ReadonlySet<string> = new Set(['RequestId']);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A short array of plain values (ContactGroupId) without a text of each.
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    if (a.every((x, i) => x === b[i])) return true;
  }
  // JSON values: equal text is equal value (key order is part of what the service sent).
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between two objects, in the order they first appear (before, then after). */
export function diffFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  ignored: ReadonlySet<string> = new Set(),
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field in before) {
    if (!Object.hasOwn(before, field) || ignored.has(field)) continue;
    const a = Object.hasOwn(after, field) ? after[field] : undefined;
    if (!same(before[field], a)) changes.push({ field, before: before[field], after: a });
  }
  for (const field in after) {
    if (!Object.hasOwn(after, field) || Object.hasOwn(before, field) || ignored.has(field))
      continue;
    changes.push({ field, before: undefined, after: after[field] });
  }
  return changes;
}

/**
 * Keys every item of a side; an item whose key was seen before on that side is told apart by
 * its sighting ("1:bob", then "1:bob #2"), so a duplicate matches the other side's duplicate.
 */
function keyed(items: readonly unknown[], key: (item: unknown) => string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const seen = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(n === 1 ? k : `${k} #${n}`, item);
  }
  return out;
}

/** What changed from `before` to `after`, items matched by `identity`. */
export function compareAnswers(
  before: ComparedAnswer,
  after: ComparedAnswer,
  identity: ItemIdentity,
): AnswerDiff {
  const was = keyed(before.items, identity.key);
  const now = keyed(after.items, identity.key);
  const added: SidedItem[] = [];
  const removed: SidedItem[] = [];
  const changed: ItemChange[] = [];
  let unchanged = 0;
  for (const [key, item] of was) {
    if (!now.has(key)) removed.push({ key, label: identity.label(item), item });
  }
  for (const [key, item] of now) {
    if (!was.has(key)) {
      added.push({ key, label: identity.label(item), item });
      continue;
    }
    const old = was.get(key);
    const fields =
      isPlainObject(old) && isPlainObject(item)
        ? diffFields(old, item)
        : same(old, item)
          ? []
          : [{ field: '(item)', before: old, after: item }];
    if (fields.length === 0) unchanged++;
    else changed.push({ key, label: identity.label(item), fields });
  }
  return {
    added,
    removed,
    changed,
    same: unchanged,
    fields: diffFields(before.fields, after.fields, IGNORED_FIELDS),
  };
}

/** The main view of an endpoint's answers, if it has one. */
function mainView(endpointId: string): ItemView | null {
  return itemViewsFor(endpointId)[0] ?? null;
}

/**
 * How an endpoint's items are told apart: the main view's key fields, else its pagination's
 * (get_list: Type, To_Account, GroupId), else the whole item; named by the view's identity cells,
 * worded with `t` (the page's language; the keys of the words when only the items are wanted).
 */
export function identityFor(endpointId: string, t?: Render): ItemIdentity {
  const view = mainView(endpointId);
  const pagination = endpointById(endpointId)?.pagination;
  const itemsField = view?.itemsField ?? pagination?.itemsField ?? null;
  const key = itemKeyByFields(view?.keyFields ?? pagination?.itemKeyFields ?? []);
  const named = view ? tableOf(view, [], undefined, t).columns.filter((c) => c.identity) : [];
  return {
    itemsField,
    items: (answer) => {
      if (view) return itemsOf(view, answer);
      const own = isPlainObject(answer) && itemsField !== null ? answer[itemsField] : undefined;
      return Array.isArray(own) ? own : [];
    },
    key,
    label: (item) => {
      const name = isPlainObject(item) ? named.map((c) => c.cell(item, 0)).join(' · ') : '';
      return name === '' ? key(item) : name;
    },
  };
}

/** An answer (a parsed JSON value) as one side of a comparison. */
export function comparedOf(
  answer: unknown,
  itemsField: string | null,
  label: string,
  items?: readonly unknown[],
): ComparedAnswer {
  const object = isPlainObject(answer) ? answer : {};
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(object)) if (k !== itemsField) fields[k] = v;
  const own = itemsField === null ? undefined : object[itemsField];
  return { label, items: items ?? (Array.isArray(own) ? own : []), fields };
}

/** A value as a short text for the comparison: JSON, cut at `max` characters; "absent" for none. */
export function valueText(value: unknown, max = 120): Text {
  if (value === undefined) return msg('compare.absent');
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The last exchange or run of an endpoint, as one side of a comparison; null without an answer. */
export function comparedOfAnswer(answered: Answered, label: string): ComparedAnswer | null {
  const { itemsField, items } = identityFor(
    answered.kind === 'run' ? answered.run.endpointId : answered.exchange.endpointId,
  );
  if (answered.kind === 'run') {
    const pages = answered.run.result.pages;
    const last = pages[pages.length - 1]?.response ?? null;
    return last === null ? null : comparedOf(last, itemsField, label, answered.run.result.items);
  }
  const o = answered.exchange.outcome;
  return o?.ok ? comparedOf(o.json, itemsField, label, items(o.json)) : null;
}

/** Where one side of a comparison comes from: an answer of this tab, or a history entry. */
export type CompareSource = { label: string } & (
  | { kind: 'answer'; answered: Answered }
  | { kind: 'entry'; entry: Pick<HistoryEntry, 'endpoint' | 'pages'> }
);

/** One side of a comparison from its source; null when it holds no answer that can be read. */
export function comparedOfSource(source: CompareSource): ComparedAnswer | null {
  return source.kind === 'answer'
    ? comparedOfAnswer(source.answered, source.label)
    : comparedOfEntry(source.entry, source.label);
}

/**
 * Why a side has no answer to compare (comparedOfSource answered null), in words: a history
 * copy of a large answer is cut, and the start of a JSON text is not JSON.
 */
export function unreadableReason(source: CompareSource): Text {
  const cut = source.kind === 'entry' && source.entry.pages.some((p) => p.cut !== null);
  return cut
    ? msg('compare.cut', { label: source.label })
    : msg('compare.unreadable', { label: source.label });
}

/**
 * A history entry as one side of a comparison: its pages' answers read again, a run's items
 * collected over its pages. A page history cut short, or whose answer is not JSON, is left out,
 * and the note says so; null when no page can be read.
 */
export function comparedOfEntry(
  entry: Pick<HistoryEntry, 'endpoint' | 'pages'>,
  label: string,
): ComparedAnswer | null {
  const identity = identityFor(entry.endpoint);
  const { itemsField } = identity;
  const items: unknown[] = [];
  let last: unknown = null;
  let unread = 0;
  for (const page of entry.pages) {
    let json: unknown;
    try {
      json = page.cut ? undefined : JSON.parse(page.response);
    } catch {
      json = undefined;
    }
    if (!isPlainObject(json)) {
      unread++;
      continue;
    }
    last = json;
    // One by one: spreading 100,000 items into push() would pass them all as arguments.
    for (const item of identity.items(json)) items.push(item);
  }
  if (last === null) return null;
  const compared = comparedOf(last, itemsField, label, items);
  return unread === 0
    ? compared
    : {
        ...compared,
        note: msg('compare.unreadPages', { label, unread, pages: entry.pages.length }),
      };
}
