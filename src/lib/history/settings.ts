// History's own settings, stored in the same database so every tab prunes to the same limit.

/** The settings format version. */
export const SETTINGS_VERSION = 1;
/** How many unstarred entries history keeps unless the person changes it. */
export const DEFAULT_MAX_UNSTARRED = 1000;
/** The smallest and largest limit a person may choose. */
export const MIN_MAX_UNSTARRED = 1;
/** The largest limit: beyond it the summary index stops being small enough to read at once. */
export const MAX_MAX_UNSTARRED = 50_000;

/** History's settings as stored. */
export interface HistorySettings {
  v: typeof SETTINGS_VERSION;
  /** At most this many unstarred entries are kept; the oldest go first. Starred ones always stay. */
  maxUnstarred: number;
}

/** The settings a new history starts with. */
export const DEFAULT_SETTINGS: HistorySettings = {
  v: SETTINGS_VERSION,
  maxUnstarred: DEFAULT_MAX_UNSTARRED,
};

/** True when `n` is a limit a person may choose. */
export function isValidMaxUnstarred(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_MAX_UNSTARRED && n <= MAX_MAX_UNSTARRED;
}

/** Reads stored settings; missing or damaged ones read as the defaults. */
export function parseSettings(raw: unknown): HistorySettings {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
  const o = raw as Record<string, unknown>;
  if (o.v !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  const n = o.maxUnstarred;
  return typeof n === 'number' && isValidMaxUnstarred(n)
    ? { v: SETTINGS_VERSION, maxUnstarred: n }
    : DEFAULT_SETTINGS;
}
