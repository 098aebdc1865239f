// Narrowing helpers for data read back from IndexedDB or an imported file (STYLE.md rule 10).
// A mismatch throws ShapeError inside a parser; `attempt` turns it into a failure value at the
// parser's boundary, so the path in the message ("entry.pages[2].outcome.errorCode") tells a
// person what is wrong with a file without any caller handling exceptions.

/** A value did not have the expected shape; only ever caught by `attempt`. */
export class ShapeError extends Error {}

/** Runs a parser that throws ShapeError and returns its value or the reason it failed. */
export function attempt<T>(parse: () => T): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Narrows to a plain object (not null, not an array). */
export function asRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ShapeError(`${path} is not an object`);
  }
  return value as Record<string, unknown>;
}

/** Narrows to an array. */
export function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(`${path} is not an array`);
  return value;
}

/** Narrows to a string. */
export function asString(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(`${path} is not a string`);
  return value;
}

/** Narrows to a finite number (NaN and Infinity do not survive JSON anyway). */
export function asNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ShapeError(`${path} is not a number`);
  }
  return value;
}

/**
 * The last time value a Date can hold, in milliseconds from the epoch (ECMA-262, "Time Values
 * and Time Range"): one past it makes `new Date(t)` invalid and every date format throw.
 */
export const MAX_TIME_MS = 8.64e15;

/** No send or "Fetch all pages" run lasts a year: a longer duration is damage, not a record. */
export const MAX_DURATION_MS = 365 * 24 * 3600 * 1000;

/** Narrows to a time in milliseconds from the epoch that a Date can show: 0 to MAX_TIME_MS. */
export function asTime(value: unknown, path: string): number {
  const n = asNumber(value, path);
  if (n < 0 || n > MAX_TIME_MS) {
    throw new ShapeError(`${path} is not a date JavaScript can show (0 to 8.64e15 ms)`);
  }
  return n;
}

/** Narrows to a duration in milliseconds: zero or more, at most MAX_DURATION_MS. */
export function asDuration(value: unknown, path: string): number {
  const n = asNumber(value, path);
  if (n < 0) throw new ShapeError(`${path} is negative`);
  if (n > MAX_DURATION_MS) throw new ShapeError(`${path} is over a year`);
  return n;
}

/** Narrows to a size or a count: a whole number from 0 to 2^53 (Number.MAX_SAFE_INTEGER). */
export function asCount(value: unknown, path: string): number {
  const n = asNumber(value, path);
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new ShapeError(`${path} is not a whole number from 0 to 2^53`);
  }
  return n;
}

/** Narrows to an HTTP status as fetch reports one: a whole number from 0 to 999. */
export function asHttpStatus(value: unknown, path: string): number {
  const n = asNumber(value, path);
  if (!Number.isInteger(n) || n < 0 || n > 999) {
    throw new ShapeError(`${path} is not an HTTP status (0 to 999)`);
  }
  return n;
}

/** Narrows to a boolean. */
export function asBoolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new ShapeError(`${path} is not true or false`);
  return value;
}

/** Narrows to one of the given strings. */
export function asOneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new ShapeError(`${path} is not one of ${options.join(', ')}`);
  }
  return value as T;
}

/** Null stays null; anything else goes through `parse`. */
export function asNullable<T>(
  value: unknown,
  path: string,
  parse: (value: unknown, path: string) => T,
): T | null {
  return value === null ? null : parse(value, path);
}
