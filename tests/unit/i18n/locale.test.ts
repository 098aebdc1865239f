import { describe, expect, it } from 'vitest';
import { detectLocale, initialLocale, parseLocale } from '../../../src/lib/i18n/locale';

describe('the locale of a first visit', () => {
  it.each([
    [['zh'], 'zh-CN'],
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['zh-HK'], 'zh-CN'],
    [['zh_Hans'], 'zh-CN'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('follows %j: %s', (languages, locale) => {
    expect(detectLocale(languages)).toBe(locale);
  });

  it('lets a remembered choice win over the browser', () => {
    expect(initialLocale('en', ['zh-CN'])).toBe('en');
    expect(initialLocale(null, ['zh-CN'])).toBe('zh-CN');
  });

  it('reads only the locales it speaks', () => {
    expect(parseLocale('zh-CN')).toBe('zh-CN');
    expect(parseLocale('en')).toBe('en');
    for (const v of ['zh', 'EN', '', null, 1, {}]) expect(parseLocale(v)).toBeNull();
  });
});
