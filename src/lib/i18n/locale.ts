// The two locales the app speaks, and how a first visit picks one from the browser's languages.
// Chinese readers get Simplified Chinese whatever their region (zh, zh-CN, zh-TW, zh-HK, zh-Hans,
// ...): the Chinese documentation the texts follow is written in Simplified Chinese (issue 15).

/** A locale the app has texts for. Also the value of `<html lang>`. */
export type Locale = 'en' | 'zh-CN';

/** Every locale, in the order the language control lists them. */
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** The locale when nothing else decides: English. */
export const DEFAULT_LOCALE: Locale = 'en';

/** A stored or typed value read as a locale; null when it is not one of ours. */
export function parseLocale(value: unknown): Locale | null {
  return value === 'en' || value === 'zh-CN' ? value : null;
}

/**
 * The locale for the browser's languages (navigator.languages, most wanted first): the first one
 * whose primary subtag is one we speak (`zh-TW` reads as Chinese, `en-GB` as English); English
 * when none is.
 */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}

/** The locale a page opens in: the remembered choice, else the browser's languages. */
export function initialLocale(chosen: Locale | null, languages: readonly string[]): Locale {
  return chosen ?? detectLocale(languages);
}

/** Each locale's name in its own language, as the language control lists it in every locale. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
};
