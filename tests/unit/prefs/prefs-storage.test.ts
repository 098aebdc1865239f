import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, PREFS_KEY, type Prefs } from '../../../src/lib/prefs/prefs';
import { readPrefs, writePrefs } from '../../../src/lib/state/prefs-storage';
import { en, zh } from '../i18n/texts';

/** A Storage over a Map, as a browser's localStorage behaves when it works. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const blocked = () => {
  // What Chromium throws on reading `localStorage` where third-party storage is blocked.
  throw new DOMException(
    "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
    'SecurityError',
  );
};

const CHOICES: Prefs = { ...DEFAULT_PREFS, sdkAppId: '1400000001', identifier: 'ops' };

describe('prefs in localStorage', () => {
  it('round-trips where storage works, with no problem to tell', () => {
    const storage = memoryStorage();
    expect(writePrefs(CHOICES, () => storage)).toBe('');
    expect(readPrefs(() => storage)).toEqual({ prefs: CHOICES, problem: '' });
    expect(storage.getItem(PREFS_KEY)).toContain('1400000001');
  });

  it('starts from the defaults and says why where even reading the property throws', () => {
    const read = readPrefs(blocked);
    expect(read.prefs).toEqual(DEFAULT_PREFS);
    expect(en(read.problem)).toMatch(
      /^Your choices are not remembered after a reload: this browser blocks storage here/,
    );
    expect(writePrefs(CHOICES, blocked)).toEqual(read.problem);
    expect(readPrefs(() => undefined).problem).toEqual(read.problem);
  });

  it('says storage is full when a write is refused for quota, and never throws', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('', 'QuotaExceededError');
    };
    expect(en(writePrefs(CHOICES, () => storage))).toMatch(/not remembered .* storage is full\.$/);
    expect(zh(writePrefs(CHOICES, () => storage))).toBe(
      '刷新后不会记住你的选择：本站的存储空间已满。',
    );
    expect(readPrefs(() => storage)).toEqual({ prefs: DEFAULT_PREFS, problem: '' });
  });
});
