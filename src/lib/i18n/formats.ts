// The locale's formatters (Intl.NumberFormat, DateTimeFormat, PluralRules) that messages word
// their parameters with. Not on the first screen: core messages are plain text, so these come
// with the first other table (lib/i18n/areas.ts), keeping the entry small (issue 15).
import { formatDuration, formatLocal, formatNumber, pluralCategory } from '../time/format';
import type { Locale } from './locale';

/** The formatting functions a Translator words numbers, dates, durations and plurals with. */
export interface Formats {
  number(n: number, locale: Locale): string;
  date(unixSeconds: number, locale: Locale): string;
  duration(seconds: number, locale: Locale): string;
  plural(n: number, locale: Locale): Intl.LDMLPluralRule;
}

/** The platform's Intl formatters. */
export const FORMATS: Formats = {
  number: formatNumber,
  date: formatLocal,
  duration: formatDuration,
  plural: pluralCategory,
};
