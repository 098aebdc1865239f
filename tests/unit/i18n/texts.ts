// Renders texts as the page would, through every table of a locale loaded at once: tests assert
// the real English sentence (and spot-check the Chinese one) of what lib code returns.
import benchEn from '../../../src/lib/i18n/messages/en/bench';
import benchZh from '../../../src/lib/i18n/messages/zh-CN/bench';
import coreEn from '../../../src/lib/i18n/messages/en/core';
import historyEn from '../../../src/lib/i18n/messages/en/history';
import inspectEn from '../../../src/lib/i18n/messages/en/inspect';
import shareEn from '../../../src/lib/i18n/messages/en/share';
import usersigEn from '../../../src/lib/i18n/messages/en/usersig';
import fieldsEn from '../../../src/lib/i18n/messages/en/fields';
import rulesEn from '../../../src/lib/i18n/messages/en/rules';
import answerEn from '../../../src/lib/i18n/messages/en/answer';
import compareEn from '../../../src/lib/i18n/messages/en/compare';
import errorsEn from '../../../src/lib/i18n/messages/en/errors';
import coreZh from '../../../src/lib/i18n/messages/zh-CN/core';
import historyZh from '../../../src/lib/i18n/messages/zh-CN/history';
import inspectZh from '../../../src/lib/i18n/messages/zh-CN/inspect';
import shareZh from '../../../src/lib/i18n/messages/zh-CN/share';
import usersigZh from '../../../src/lib/i18n/messages/zh-CN/usersig';
import fieldsZh from '../../../src/lib/i18n/messages/zh-CN/fields';
import rulesZh from '../../../src/lib/i18n/messages/zh-CN/rules';
import answerZh from '../../../src/lib/i18n/messages/zh-CN/answer';
import compareZh from '../../../src/lib/i18n/messages/zh-CN/compare';
import errorsZh from '../../../src/lib/i18n/messages/zh-CN/errors';
import sendEn from '../../../src/lib/i18n/messages/en/send';
import sendZh from '../../../src/lib/i18n/messages/zh-CN/send';
import type { Area, MessageTable, Msg, Text } from '../../../src/lib/i18n/message';
import { FORMATS } from '../../../src/lib/i18n/formats';
import { Translator } from '../../../src/lib/i18n/translator';

/** Every area's table, by locale. */
export const TABLES: Record<'en' | 'zh-CN', Record<Area, MessageTable>> = {
  en: {
    core: coreEn,
    inspect: inspectEn,
    history: historyEn,
    share: shareEn,
    usersig: usersigEn,
    fields: fieldsEn,
    rules: rulesEn,
    bench: benchEn,
    answer: answerEn,
    errors: errorsEn,
    compare: compareEn,
    send: sendEn,
  },
  'zh-CN': {
    core: coreZh,
    inspect: inspectZh,
    history: historyZh,
    share: shareZh,
    usersig: usersigZh,
    fields: fieldsZh,
    rules: rulesZh,
    bench: benchZh,
    answer: answerZh,
    errors: errorsZh,
    compare: compareZh,
    send: sendZh,
  },
};

export const EN = new Translator('en', TABLES.en, FORMATS);
export const ZH = new Translator('zh-CN', TABLES['zh-CN'], FORMATS);

/** `text` in English. */
export const en = (text: Text): string => EN.t(text);
/** `text` in Simplified Chinese. */
export const zh = (text: Text): string => ZH.t(text);

/** `T` with every message in it rendered: what the page would show. */
export type Rendered<T> = T extends Msg
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Rendered<U>[]
      : T extends object
        ? { [K in keyof T]: Rendered<T[K]> }
        : T;

const isMessage = (v: object): v is Msg => {
  const o = v as Record<string, unknown>;
  return (
    typeof o.key === 'string' &&
    /^(core|inspect|history|share|usersig|fields|rules|bench|answer|errors|compare|send)\./.test(
      o.key,
    ) &&
    Object.keys(o).every((k) => k === 'key' || k === 'params')
  );
};

function renderDeep(value: unknown, tr: Translator): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isMessage(value)) return tr.t(value);
  if (Array.isArray(value)) return value.map((v) => renderDeep(v, tr));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderDeep(v, tr)]));
}

/**
 * `value` with every message inside it (at any depth of plain objects and arrays) rendered in
 * English, so a test of lib code asserts the sentences a person reads.
 */
export function english<T>(value: T): Rendered<T> {
  return renderDeep(value, EN) as Rendered<T>;
}

/** The same in Simplified Chinese, for spot checks. */
export function chinese<T>(value: T): Rendered<T> {
  return renderDeep(value, ZH) as Rendered<T>;
}

/** `f` with its awaited result rendered in English: an async lib function as the page would word it. */
export function inEnglishAsync<A extends unknown[], R>(
  f: (...args: A) => Promise<R>,
): (...args: A) => Promise<Rendered<R>> {
  return async (...args) => english(await f(...args));
}

/** `f` with its result rendered in English: a lib function as the page would word it. */
export function inEnglish<A extends unknown[], R>(
  f: (...args: A) => R,
): (...args: A) => Rendered<R> {
  return (...args) => english(f(...args));
}
