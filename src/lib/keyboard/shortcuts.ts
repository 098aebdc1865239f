// The workbench's keyboard shortcuts, once: the key handler matches events against this table
// and the help popover lists it, so what is listed is what works. None takes a key from Monaco:
// Ctrl/Cmd+Enter means nothing to it (the editor lets it through), and the Alt+Shift letters
// here are none of its own (Shift+Alt+A, F, I and O are: block comment, format, cursors at line
// ends, organise imports; read from monaco-editor 0.57's keybinding registrations). Letters are
// matched by KeyboardEvent.code, since on a Mac Option+Shift+N types "˜" as the key.

/** What a shortcut does. */
export type ShortcutId =
  'send' | 'next-page' | 'fetch-all' | 'focus-editor' | 'toggle-history' | 'help';

/** One shortcut: its keys (what it does is `bench.sc.<id>` in the tables, for the help). */
export interface Shortcut {
  id: ShortcutId;
  /** KeyboardEvent.code of the key (`KeyN`), or its KeyboardEvent.key (`Enter`, `?`). */
  code?: string;
  key?: string;
  /** Ctrl on Windows and Linux, Cmd on a Mac (either is taken everywhere, as browsers do). */
  primary: boolean;
  altShift: boolean;
  /** Also while typing in a field or the editor (false: `?` is a character there). */
  inFields: boolean;
}

/** Every shortcut, in the order the help lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'send',
    key: 'Enter',
    primary: true,
    altShift: false,
    inFields: true,
  },
  {
    id: 'next-page',
    code: 'KeyN',
    primary: false,
    altShift: true,
    inFields: true,
  },
  {
    id: 'fetch-all',
    code: 'KeyP',
    primary: false,
    altShift: true,
    inFields: true,
  },
  {
    id: 'focus-editor',
    code: 'KeyE',
    primary: false,
    altShift: true,
    inFields: true,
  },
  {
    id: 'toggle-history',
    code: 'KeyH',
    primary: false,
    altShift: true,
    inFields: true,
  },
  {
    id: 'help',
    key: '?',
    primary: false,
    altShift: false,
    inFields: false,
  },
];

/** The keys of an event that a shortcut reads. */
export type KeyPress = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'
>;

/** The shortcut a key press means, or null; `inField`: the focus is in a text field or the editor. */
export function matchShortcut(e: KeyPress, { inField }: { inField: boolean }): ShortcutId | null {
  const primary = e.ctrlKey || e.metaKey;
  for (const s of SHORTCUTS) {
    if (inField && !s.inFields) continue;
    if (s.code !== undefined ? e.code !== s.code : e.key !== s.key) continue;
    if (primary !== s.primary) continue;
    if (s.altShift ? !(e.altKey && e.shiftKey) : e.altKey) continue;
    // `?` is typed with Shift on most layouts; Enter with Shift is another key.
    if (!s.altShift && s.key === 'Enter' && e.shiftKey) continue;
    return s.id;
  }
  return null;
}

/** Whether the platform string (navigator.platform) is Apple's: Cmd and ⌥⇧ instead of Ctrl and Alt+Shift. */
export function isApplePlatform(platform: string): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

function keyName(s: Shortcut): string {
  return s.code !== undefined ? s.code.replace(/^Key/, '') : (s.key ?? '');
}

/** The keys as the help and the buttons show them: "Ctrl+Enter", "⌘Enter", "Alt+Shift+N", "⌥⇧N". */
export function shortcutLabel(s: Shortcut, mac: boolean): string {
  const key = keyName(s);
  if (mac) return `${s.primary ? '⌘' : ''}${s.altShift ? '⌥⇧' : ''}${key}`;
  return [s.primary && 'Ctrl', s.altShift && 'Alt', s.altShift && 'Shift', key]
    .filter(Boolean)
    .join('+');
}

/** The keys in aria-keyshortcuts' syntax ("Control+Enter", "Meta+Enter", "Alt+Shift+N"). */
export function ariaKeyShortcuts(s: Shortcut, mac: boolean): string {
  return [
    s.primary && (mac ? 'Meta' : 'Control'),
    s.altShift && 'Alt',
    s.altShift && 'Shift',
    keyName(s),
  ]
    .filter(Boolean)
    .join('+');
}

/** The shortcut with this id (the table has every id). */
export function shortcut(id: ShortcutId): Shortcut {
  const s = SHORTCUTS.find((x) => x.id === id);
  if (!s) throw new Error(`unreachable: no shortcut ${id}`);
  return s;
}
