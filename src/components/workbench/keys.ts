// The shortcut table (lib/keyboard) as the page shows it: aria-keyshortcuts on the controls, and
// the keys in the platform's words. The platform is read once, here, from the browser.
import {
  ariaKeyShortcuts,
  isApplePlatform,
  shortcut,
  shortcutLabel,
  type ShortcutId,
} from '../../lib/keyboard/shortcuts';

/** Cmd and ⌥⇧ on Apple's platforms, Ctrl and Alt+Shift elsewhere. */
export const IS_MAC = typeof navigator !== 'undefined' && isApplePlatform(navigator.platform);

/** A control's shortcut for its aria-keyshortcuts. */
export function keys(id: ShortcutId): string {
  return ariaKeyShortcuts(shortcut(id), IS_MAC);
}

/** The keys of a shortcut as a person reads them ("Ctrl+Enter", "⌥⇧N"). */
export function keyLabel(id: ShortcutId): string {
  return shortcutLabel(shortcut(id), IS_MAC);
}
