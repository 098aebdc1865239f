// The catalogues: every key in both locales, no empty message, and the same shape of message
// (a fixed text or a function of parameters) on both sides. npm run check already refuses a
// missing key (Translation<typeof en>); this also catches an empty or whitespace-only text.
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../src/lib/i18n/message';
import { TABLES, en, zh } from './texts';
import { msg } from '../../../src/lib/i18n/message';

describe('the message tables', () => {
  it.each(AREAS)('%s has the same keys in English and Chinese', (area) => {
    expect(Object.keys(TABLES['zh-CN'][area]).sort()).toEqual(Object.keys(TABLES.en[area]).sort());
  });

  it.each(AREAS)('%s keys all start with their area', (area) => {
    for (const key of Object.keys(TABLES.en[area])) expect(key.startsWith(`${area}.`)).toBe(true);
  });

  it.each(['en', 'zh-CN'] as const)('no %s message is empty', (locale) => {
    for (const area of AREAS) {
      for (const [key, m] of Object.entries(TABLES[locale][area])) {
        if (typeof m === 'string') expect(m.trim(), key).not.toBe('');
        else expect(typeof m, key).toBe('function');
      }
    }
  });

  it.each(AREAS)(
    '%s: a message is a function in Chinese exactly where it is in English',
    (area) => {
      const zhTable = TABLES['zh-CN'][area] as Record<string, unknown>;
      for (const [key, m] of Object.entries(TABLES.en[area])) {
        expect(typeof zhTable[key], key).toBe(typeof m);
      }
    },
  );

  it('renders parameters and wire names in both', () => {
    expect(en(msg('share.set.sdkAppId', { value: '1400000000' }))).toBe('SDKAppID: 1400000000');
    expect(zh(msg('share.set.sdkAppId', { value: '1400000000' }))).toBe('SDKAppID：1400000000');
    expect(zh(msg('share.decode.truncated'))).toMatch(/不完整/);
  });
});
