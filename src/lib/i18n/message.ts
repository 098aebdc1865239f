// Localisable text without a locale. Library code (pure, testable, possibly in a worker) never
// picks a language: it returns a message descriptor, a key and its typed parameters, and the
// page renders it with the active locale's table (state/i18n.svelte.ts). A plain string is text
// that is not localised yet (or is data: a host name, a server's ErrorInfo): it renders as it
// is, in every locale, which is how parts still in English keep working (docs/i18n.md).
import type { Locale } from './locale';
import type BenchEn from './messages/en/bench';
import type CoreEn from './messages/en/core';
import type HistoryEn from './messages/en/history';
import type InspectEn from './messages/en/inspect';
import type ShareEn from './messages/en/share';
import type UserSigEn from './messages/en/usersig';
import type FieldsEn from './messages/en/fields';
import type RulesEn from './messages/en/rules';
import type AnswerEn from './messages/en/answer';
import type CompareEn from './messages/en/compare';
import type ErrorsEn from './messages/en/errors';
import type SendEn from './messages/en/send';

/**
 * The parts of the app whose texts load together, one table per locale each. `core` comes with
 * the first screen; the others with the chunk that shows them.
 */
export const AREAS = [
  'core',
  'inspect',
  'history',
  'share',
  'usersig',
  'fields',
  'rules',
  'bench',
  'answer',
  'errors',
  'compare',
  'send',
] as const;
export type Area = (typeof AREAS)[number];

/** What a message function may use to word its parameters: the locale's formatters. */
export interface Fmt {
  readonly locale: Locale;
  /** A nested text (a message inside a message, or a plain string). */
  t(text: Text): string;
  /** 1,234 */
  number(n: number): string;
  /** A Unix time in seconds as a local date and time with its zone. */
  date(unixSeconds: number): string;
  /** "1 h 5 min 0 s" / "1 小时 5 分 0 秒" */
  duration(seconds: number): string;
  /** The form for `n` (Intl.PluralRules); `other` is the one every locale has. */
  plural(n: number, forms: PluralForms): string;
}

/** Forms of a word by plural category; Chinese needs only `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One message: a fixed text, or a function of typed parameters worded with the formatters. */
export type Message = string | ((params: never, f: Fmt) => string);

/** A table of messages, every key prefixed with its area: `inspect.verdict.accepted`. */
export type MessageTable<A extends Area = Area> = Record<`${A}.${string}`, Message>;

/**
 * What another locale's table of an area must be: the same keys as English, each a string
 * where English has one and a function of the same parameters where English has one. A key
 * missing, added or with other parameters fails `npm run check`.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K];
};

/** Every English message of every area: the keys and parameter types of the whole app. */
type All = typeof CoreEn &
  typeof InspectEn &
  typeof HistoryEn &
  typeof ShareEn &
  typeof UserSigEn &
  typeof FieldsEn &
  typeof RulesEn &
  typeof BenchEn &
  typeof AnswerEn &
  typeof ErrorsEn &
  typeof CompareEn &
  typeof SendEn;

/** A message key. */
export type MessageKey = keyof All & string;

/** The parameters a key takes; never for a fixed text. */
export type ParamsOf<K extends MessageKey> = All[K] extends (p: infer P, f: Fmt) => string
  ? P
  : never;

/** A message descriptor: the key and its parameters. Plain data: it crosses a worker's postMessage. */
export interface Msg {
  readonly key: MessageKey;
  readonly params?: unknown;
}

/** Text to show: a message to render in the active locale, or a string shown as it is. */
export type Text = string | Msg;

/** The message `key` with its parameters, checked against the English table's types. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [ParamsOf<K>]
): Msg {
  return params.length === 0 ? { key } : { key, params: params[0] };
}

/** True for a message descriptor, false for a plain string. */
export function isMsg(text: Text): text is Msg {
  return typeof text !== 'string';
}

/** The area a key belongs to: the part before its first dot. */
export function areaOf(key: MessageKey): Area {
  return key.slice(0, key.indexOf('.')) as Area;
}
