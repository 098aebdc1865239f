// Prefs in localStorage. Storage may be missing or refuse (private modes, a full quota):
// the app then simply starts from the defaults.
import { parsePrefs, PREFS_KEY, serializePrefs, type Prefs } from '../prefs/prefs';

/** The stored prefs, or the defaults. */
export function readPrefs(storage: Storage | undefined = globalThis.localStorage): Prefs {
  try {
    return parsePrefs(storage?.getItem(PREFS_KEY) ?? null);
  } catch {
    return parsePrefs(null);
  }
}

/** Stores prefs; a refusal is ignored (they are a convenience). */
export function writePrefs(
  prefs: Prefs,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(PREFS_KEY, serializePrefs(prefs));
  } catch {
    // Quota or privacy settings: nothing to do, the next visit starts from the defaults.
  }
}
