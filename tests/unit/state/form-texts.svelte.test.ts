// The builder's texts: a failed download of their tables names the form's texts (not the
// language switch whose chunk brings them), in both languages, and Retry loads them.
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../../src/lib/lazy/lazy';
import { msg } from '../../../src/lib/i18n/message';
import { FormTexts } from '../../../src/lib/state/form-texts.svelte';
import type { I18n } from '../../../src/lib/state/i18n.svelte';
import { en, zh } from '../i18n/texts';

// The translator's loader as FormTexts sees it: fails once as the switch's chunk does, then loads.
function flakyI18n(): { i18n: I18n; asked: string[][] } {
  const asked: string[][] = [];
  const i18n = {
    ensure(areas: readonly string[]): Promise<LoadResult<void>> {
      asked.push([...areas]);
      const part = msg('core.part.language');
      return Promise.resolve(
        asked.length === 1
          ? {
              ok: false,
              failure: { part, message: msg('core.lazy.failed', { part }), cause: 'offline' },
            }
          : { ok: true, value: undefined },
      );
    },
  } as unknown as I18n;
  return { i18n, asked };
}

describe('FormTexts', () => {
  it('names the form’s texts when their tables cannot load, and loads them on Retry', async () => {
    const { i18n, asked } = flakyI18n();
    const texts = new FormTexts(i18n);
    await Promise.resolve();
    await Promise.resolve();
    expect(texts.ready).toBe(false);
    expect(texts.failure).not.toBeNull();
    const failure = texts.failure!;
    expect(en(failure.message)).toBe(
      'Could not load the form’s texts — check the connection and try again.',
    );
    expect(zh(failure.message)).toContain('表单文字');
    expect(failure.cause).toBe('offline');
    expect(await texts.load()).toBe(true);
    expect(texts.ready).toBe(true);
    expect(texts.failure).toBeNull();
    expect(asked).toEqual([
      ['fields', 'rules'],
      ['fields', 'rules'],
    ]);
  });
});
