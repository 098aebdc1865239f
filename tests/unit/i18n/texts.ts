// Renders texts as the page would, through every table of a locale loaded at once: tests assert
// the real English sentence (and spot-check the Chinese one) of what lib code returns.
import coreEn from '../../../src/lib/i18n/messages/en/core';
import historyEn from '../../../src/lib/i18n/messages/en/history';
import inspectEn from '../../../src/lib/i18n/messages/en/inspect';
import shareEn from '../../../src/lib/i18n/messages/en/share';
import usersigEn from '../../../src/lib/i18n/messages/en/usersig';
import coreZh from '../../../src/lib/i18n/messages/zh-CN/core';
import historyZh from '../../../src/lib/i18n/messages/zh-CN/history';
import inspectZh from '../../../src/lib/i18n/messages/zh-CN/inspect';
import shareZh from '../../../src/lib/i18n/messages/zh-CN/share';
import usersigZh from '../../../src/lib/i18n/messages/zh-CN/usersig';
import type { Area, MessageTable, Text } from '../../../src/lib/i18n/message';
import { Translator } from '../../../src/lib/i18n/translator';

/** Every area's table, by locale. */
export const TABLES: Record<'en' | 'zh-CN', Record<Area, MessageTable>> = {
  en: {
    core: coreEn,
    inspect: inspectEn,
    history: historyEn,
    share: shareEn,
    usersig: usersigEn,
  },
  'zh-CN': {
    core: coreZh,
    inspect: inspectZh,
    history: historyZh,
    share: shareZh,
    usersig: usersigZh,
  },
};

export const EN = new Translator('en', TABLES.en);
export const ZH = new Translator('zh-CN', TABLES['zh-CN']);

/** `text` in English. */
export const en = (text: Text): string => EN.t(text);
/** `text` in Simplified Chinese. */
export const zh = (text: Text): string => ZH.t(text);
