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

/** Narrows to a finite number that is zero or more. */
export function asNonNegative(value: unknown, path: string): number {
  const n = asNumber(value, path);
  if (n < 0) throw new ShapeError(`${path} is negative`);
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
