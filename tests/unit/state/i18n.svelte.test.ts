import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES, LOCALES } from '../../../src/lib/i18n/locale';
import { msg } from '../../../src/lib/i18n/message';
import { I18n } from '../../../src/lib/state/i18n.svelte';

describe('I18n', () => {
  it('opens in its locale, sets <html lang>, and switches every area asked for at once', async () => {
    const root = { lang: '' };
    const started = await I18n.start('en', null, { root });
    if (!started.ok) throw new Error('core texts did not load');
    const i18n = started.value;
    expect(root.lang).toBe('en');
    expect(i18n.m('core.language.label')).toBe('Language');
    expect(() => i18n.t(msg('share.decode.empty'))).toThrow(/not loaded/);
    // Core texts are plain: Intl's formatters come with the first other table, not before.
    expect(() => i18n.fmt.number(1)).toThrow(/formatters are not loaded/);

    expect(await i18n.ensure(['share'])).toEqual({ ok: true, value: undefined });
    expect(i18n.fmt.number(1234567)).toBe('1,234,567');
    expect(i18n.t(msg('share.decode.empty'))).toBe('The address has no share link after its "#".');
    // Loaded once: asking again answers at once.
    expect(i18n.ensure(['share'])).toEqual({ ok: true, value: undefined });

    await i18n.choose('zh-CN');
    expect(i18n.locale).toBe('zh-CN');
    expect(i18n.chosen).toBe('zh-CN');
    expect(root.lang).toBe('zh-CN');
    expect(i18n.m('core.language.label')).toBe('语言');
    expect(i18n.t(msg('share.decode.empty'))).toBe('地址的“#”之后没有分享链接。');
    expect(i18n.fmt.number(1234567)).toBe('1,234,567');

    await i18n.choose('en');
    expect(i18n.m('core.language.label')).toBe('Language');
    expect(root.lang).toBe('en');
  });

  it('renders plain strings as they are, in every locale', async () => {
    const started = await I18n.start('zh-CN', 'zh-CN');
    if (!started.ok) throw new Error('core texts did not load');
    expect(started.value.t('ErrorInfo as the service sent it')).toBe(
      'ErrorInfo as the service sent it',
    );
  });

  it('lets a later choice win over a switch still loading', async () => {
    const root = { lang: '' };
    const started = await I18n.start('en', null, { root });
    if (!started.ok) throw new Error('core texts did not load');
    const i18n = started.value;
    const toChinese = i18n.choose('zh-CN');
    expect(i18n.switching).toBe('zh-CN');
    await i18n.choose('en');
    await toChinese;
    expect(i18n.switching).toBe(null);
    expect(i18n.locale).toBe('en');
    expect(root.lang).toBe('en');
    expect(i18n.m('core.language.label')).toBe('Language');
  });
});

describe('the language control', () => {
  // Its options are written out (no list to loop over on the first screen): they must stay the
  // locales, in order, each named in itself.
  it('lists every locale by its own name', () => {
    const source = readFileSync('src/components/LanguageControl.svelte', 'utf8');
    const options = [
      ...source.matchAll(/<option value="([^"]+)" lang="([^"]+)">([^<]+)<\/option>/g),
    ];
    expect(options.map((o) => [o[1], o[2], o[3]])).toEqual(
      LOCALES.map((l) => [l, l, LOCALE_NAMES[l]]),
    );
  });
});
