// Human renderings of times and durations, through Intl so they follow the person's locale.

// Building an Intl formatter costs milliseconds (about 20 ms for the first one at start-up);
// using one costs microseconds. One per locale, made on first use.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateFormat(locale?: string): Intl.DateTimeFormat {
  const id = locale ?? '';
  let f = dateFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long' });
    dateFormats.set(id, f);
  }
  return f;
}

function relativeFormat(locale?: string): Intl.RelativeTimeFormat {
  const id = locale ?? '';
  let f = relativeFormats.get(id);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(id, f);
  }
  return f;
}

/** A Unix time in seconds as a local date and time, with the time zone named. */
export function formatLocal(unixSeconds: number, locale?: string): string {
  return dateFormat(locale).format(new Date(unixSeconds * 1000));
}

/** A duration in seconds as "2 d 3 h 4 min 5 s", dropping leading zero units. */
export function formatDuration(totalSeconds: number): string {
  let s = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  const parts: string[] = [];
  const units: [number, string][] = [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
  ];
  for (const [size, name] of units) {
    if (s >= size || parts.length > 0) {
      parts.push(`${Math.floor(s / size)} ${name}`);
      s %= size;
    }
  }
  parts.push(`${s} s`);
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
