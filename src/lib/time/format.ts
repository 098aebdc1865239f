// Every Intl formatter the app uses, keyed by locale: dates and times, relative times, durations,
// numbers and plural categories. The one place for them (docs/i18n.md): message texts format
// through these, with the chosen locale, so "1,234" and "1 分 5 秒" follow the language control.

// Building an Intl formatter costs milliseconds (about 20 ms for the first one at start-up);
// using one costs microseconds. One per locale, made on first use.
function memo<F>(make: (locale: string | undefined) => F): (locale?: string) => F {
  const made = new Map<string, F>();
  return (locale) => {
    const id = locale ?? '';
    let f = made.get(id);
    if (!f) {
      f = make(locale);
      made.set(id, f);
    }
    return f;
  };
}

const dateFormat = memo(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' }),
);
const relativeFormat = memo((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const numberFormat = memo((locale) => new Intl.NumberFormat(locale));
const pluralRules = memo((locale) => new Intl.PluralRules(locale));

const shortDateFormat = memo(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
);

/** A time in milliseconds as a short local date and time with seconds: "14 Nov 2023, 10:31:05". */
export function formatShortLocal(ms: number, locale?: string): string {
  return shortDateFormat(locale).format(new Date(ms));
}

/** A Unix time in seconds as a local date and time, with the time zone named. */
export function formatLocal(unixSeconds: number, locale?: string): string {
  return dateFormat(locale).format(new Date(unixSeconds * 1000));
}

// Short unit names; in Chinese a space between the number and the unit, as in the other texts
// (docs/i18n.md, "Chinese texts").
const DURATION_UNITS: Record<'en' | 'zh', readonly [string, string, string, string]> = {
  en: ['d', 'h', 'min', 's'],
  zh: ['天', '小时', '分', '秒'],
};

/** A duration in seconds as "2 d 3 h 4 min 5 s" ("2 天 3 小时 4 分 5 秒"), dropping leading zero units. */
export function formatDuration(totalSeconds: number, locale?: string): string {
  const [d, h, min, sec] = DURATION_UNITS[locale?.startsWith('zh') ? 'zh' : 'en'];
  let s = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  const parts: string[] = [];
  const units: [number, string][] = [
    [86400, d],
    [3600, h],
    [60, min],
  ];
  for (const [size, name] of units) {
    if (s >= size || parts.length > 0) {
      parts.push(`${Math.floor(s / size)} ${name}`);
      s %= size;
    }
  }
  parts.push(`${s} ${sec}`);
  return parts.join(' ');
}

/** "3 hours ago" or "in 5 minutes", relative to now (both in seconds). */
export function formatRelative(unixSeconds: number, nowSeconds: number, locale?: string): string {
  const diff = unixSeconds - nowSeconds;
  const abs = Math.abs(diff);
  const rtf = relativeFormat(locale);
  const steps: [number, Intl.RelativeTimeFormatUnit][] = [
    [31536000, 'year'],
    [2592000, 'month'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of steps) {
    if (abs >= size) return rtf.format(Math.trunc(diff / size), unit);
  }
  return rtf.format(diff, 'second');
}

/** A number with the locale's grouping: 1,234,567 in both English and Chinese. */
export function formatNumber(n: number, locale?: string): string {
  return numberFormat(locale).format(n);
}

/** The plural category of `n` in `locale` (Intl.PluralRules): English has one and other, Chinese only other. */
export function pluralCategory(n: number, locale?: string): Intl.LDMLPluralRule {
  return pluralRules(locale).select(n);
}
