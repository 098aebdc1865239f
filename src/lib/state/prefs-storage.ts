// Prefs in localStorage. Storage may be missing, blocked or full (a page inside another site's
// frame where third-party storage is blocked, privacy settings, a full quota), and where it is
// blocked even reading the `localStorage` property throws. The app then starts from the
// defaults, keeps everything typed, and says its choices are not remembered.
import { msg, type Msg } from '../i18n/message';
import { parsePrefs, PREFS_KEY, serializePrefs, type Prefs } from '../prefs/prefs';

/** Where prefs live: a getter, since merely reading `localStorage` throws where it is blocked. */
export type PrefsStorage = () => Storage | undefined;

function problemOf(error: unknown): Msg {
  const full = error instanceof DOMException && /quota/i.test(error.name);
  return msg(full ? 'core.storage.full' : 'core.storage.blocked');
}

/** The stored prefs (or the defaults), and why choices are not remembered ('' when they are). */
export function readPrefs(storage: PrefsStorage = () => globalThis.localStorage): {
  prefs: Prefs;
  problem: Msg | '';
} {
  try {
    const s = storage();
    if (!s) return { prefs: parsePrefs(null), problem: problemOf(null) };
    return { prefs: parsePrefs(s.getItem(PREFS_KEY)), problem: '' };
  } catch (error) {
    return { prefs: parsePrefs(null), problem: problemOf(error) };
  }
}

/** Stores prefs; answers why they could not be ('' when stored). Never throws: prefs are a convenience. */
export function writePrefs(
  prefs: Prefs,
  storage: PrefsStorage = () => globalThis.localStorage,
): Msg | '' {
  try {
    const s = storage();
    if (!s) return problemOf(null);
    s.setItem(PREFS_KEY, serializePrefs(prefs));
    return '';
  } catch (error) {
    return problemOf(error);
  }
}
