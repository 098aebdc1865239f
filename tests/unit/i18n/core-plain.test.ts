import { describe, expect, it } from 'vitest';
import { Translator } from '../../../src/lib/i18n/translator';
import { TABLES } from './texts';

// The first screen has no formatters (lib/i18n/formats.ts loads with the first other table):
// every core message must render with a Translator that has none.
describe('core texts', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`render in ${locale} without the formatters`, () => {
      const bare = new Translator(locale, { core: TABLES[locale].core });
      for (const [key, m] of Object.entries(TABLES[locale].core)) {
        const out =
          typeof m === 'string'
            ? m
            : (m as unknown as (p: unknown, f: Translator) => string)(
                {
                  part: 'x',
                  failure: 'y',
                  error: 'e',
                  why: 'w',
                  missing: ['m'],
                  parts: [[1, 'h']],
                  how: 'h',
                  s: 1,
                  base: 'b',
                  pages: 1,
                  items: 2,
                  scheme: 'ftp',
                  authority: 'a',
                },
                bare,
              );
        expect(out, key).not.toBe('');
      }
    });
  }
});
