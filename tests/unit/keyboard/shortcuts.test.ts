// The shortcut table: what each key press means, in and out of text fields, and how the keys
// are written for the help and for aria-keyshortcuts.
import { describe, expect, it } from 'vitest';
import {
  ariaKeyShortcuts,
  isApplePlatform,
  matchShortcut,
  shortcut,
  shortcutLabel,
  SHORTCUTS,
  type KeyPress,
} from '../../../src/lib/keyboard/shortcuts';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: 'Enter',
  code: 'Enter',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});
const isSend = (e: KeyPress) => matchShortcut(e, { inField: true }) === 'send';

describe('the send shortcut', () => {
  it('is Ctrl+Enter or Cmd+Enter, and nothing else', () => {
    expect(isSend(press({ ctrlKey: true }))).toBe(true);
    expect(isSend(press({ metaKey: true }))).toBe(true);
    expect(isSend(press({}))).toBe(false);
    expect(isSend(press({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSend(press({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSend(press({ ctrlKey: true, key: 'a', code: 'KeyA' }))).toBe(false);
  });
});

describe('matchShortcut', () => {
  const altShift = (code: string, key = code.replace('Key', '')) =>
    press({ code, key, altKey: true, shiftKey: true });

  it('reads the Alt+Shift letters by their code, so a Mac’s Option characters match too', () => {
    expect(matchShortcut(altShift('KeyN'), { inField: true })).toBe('next-page');
    // Option+Shift+N on a Mac: the key is "˜", the code is still KeyN.
    expect(matchShortcut(altShift('KeyN', '˜'), { inField: true })).toBe('next-page');
    expect(matchShortcut(altShift('KeyP'), { inField: false })).toBe('fetch-all');
    expect(matchShortcut(altShift('KeyE'), { inField: false })).toBe('focus-editor');
    expect(matchShortcut(altShift('KeyH'), { inField: true })).toBe('toggle-history');
  });

  it('needs both Alt and Shift, and no Ctrl or Cmd', () => {
    expect(
      matchShortcut(press({ code: 'KeyN', key: 'N', shiftKey: true }), { inField: false }),
    ).toBeNull();
    expect(
      matchShortcut(press({ code: 'KeyN', key: 'n', altKey: true }), { inField: false }),
    ).toBeNull();
    expect(
      matchShortcut(
        press({ code: 'KeyN', key: 'N', altKey: true, shiftKey: true, ctrlKey: true }),
        {
          inField: false,
        },
      ),
    ).toBeNull();
  });

  it('leaves Monaco’s own Shift+Alt letters alone (block comment, format, cursors, imports)', () => {
    for (const code of ['KeyA', 'KeyF', 'KeyI', 'KeyO'])
      expect(matchShortcut(altShift(code), { inField: true })).toBeNull();
    const taken = new Set(['KeyA', 'KeyF', 'KeyI', 'KeyO']);
    for (const s of SHORTCUTS) if (s.altShift) expect(taken.has(s.code ?? '')).toBe(false);
  });

  it('opens the help with "?" outside text fields only, where it is a character', () => {
    const question = press({ key: '?', code: 'Slash', shiftKey: true });
    expect(matchShortcut(question, { inField: false })).toBe('help');
    expect(matchShortcut(question, { inField: true })).toBeNull();
    expect(
      matchShortcut(press({ key: '?', code: 'Slash', altKey: true }), { inField: false }),
    ).toBeNull();
  });
});

describe('how the keys are written', () => {
  it('for people, per platform', () => {
    expect(shortcutLabel(shortcut('send'), false)).toBe('Ctrl+Enter');
    expect(shortcutLabel(shortcut('send'), true)).toBe('⌘Enter');
    expect(shortcutLabel(shortcut('next-page'), false)).toBe('Alt+Shift+N');
    expect(shortcutLabel(shortcut('next-page'), true)).toBe('⌥⇧N');
    expect(shortcutLabel(shortcut('help'), false)).toBe('?');
  });

  it('in aria-keyshortcuts’ syntax', () => {
    expect(ariaKeyShortcuts(shortcut('send'), false)).toBe('Control+Enter');
    expect(ariaKeyShortcuts(shortcut('send'), true)).toBe('Meta+Enter');
    expect(ariaKeyShortcuts(shortcut('toggle-history'), true)).toBe('Alt+Shift+H');
  });

  it('knows Apple’s platforms', () => {
    expect(isApplePlatform('MacIntel')).toBe(true);
    expect(isApplePlatform('iPhone')).toBe(true);
    expect(isApplePlatform('Linux x86_64')).toBe(false);
    expect(isApplePlatform('Win32')).toBe(false);
  });

  it('has one entry per id, every id reachable', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(shortcut(id).id).toBe(id);
  });
});
