import { describe, expect, it } from 'vitest';
import { formatDuration, formatLocal, formatRelative } from '../../../src/lib/time/format';

describe('time formatting', () => {
  it.each([
    [0, '0 s'],
    [59, '59 s'],
    [60, '1 min 0 s'],
    [3661, '1 h 1 min 1 s'],
    [15552000, '180 d 0 h 0 min 0 s'],
    [-90, '1 min 30 s'],
  ])('formats %i seconds as %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });

  it('says how long ago or how soon, in the given locale', () => {
    expect(formatRelative(1000, 1000 + 3 * 3600, 'en')).toBe('3 hours ago');
    expect(formatRelative(1000 + 300, 1000, 'en')).toBe('in 5 minutes');
    expect(formatRelative(1000, 1000, 'en')).toBe('now');
  });

  it('formats a local date and time with the same formatter each call', () => {
    const a = formatLocal(1700000000, 'en-GB');
    expect(a).toMatch(/2023/);
    expect(formatLocal(1700000000, 'en-GB')).toBe(a);
    expect(formatLocal(1700000000, 'en-US')).not.toBe(a);
  });
});
