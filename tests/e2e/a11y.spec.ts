import type { Page } from '@playwright/test';
import { editorReady, sendFor, seriousViolations } from './helpers';
import { expect, test } from './fixtures';

async function openView(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    // axe reads every node of a page holding Monaco and a 100-row table: give it time on 2 cores.
    test.setTimeout(120_000);

    test('the builder, before and after a send, has no serious or critical violation', async ({
      page,
    }) => {
      await page.goto('./');
      await editorReady(page);
      expect(await seriousViolations(page)).toEqual([]);
      await sendFor(page, 'alice');
      await expect(page.getByTestId('items-table')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('Compare and the folding JSON view have no serious or critical violation', async ({
      page,
    }) => {
      await page.goto('./');
      await sendFor(page, 'bob');
      await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
      await page.getByLabel('Empty conversations (bit 1)').uncheck();
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(2);
      await page.getByRole('button', { name: 'Compare', exact: true }).click();
      await expect(page.getByTestId('compare-counts')).toContainText('1 removed');
      await page.getByRole('tab', { name: 'JSON' }).click();
      // A small answer opens unfolded: fold the first item, so both kinds of line are checked.
      const json = page.getByTestId('response-json');
      await json.getByRole('button', { name: 'Fold', exact: true }).nth(2).click();
      await expect(json.getByRole('button', { name: 'Unfold', exact: true })).toHaveCount(1);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the Inspect and History views have no serious or critical violation', async ({
      page,
    }) => {
      await page.goto('./');
      await openView(page, 'Inspect');
      expect(await seriousViolations(page)).toEqual([]);
      await openView(page, 'History');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test('the UI follows the system’s light or dark preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const light = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  );
  expect(light).not.toBe(dark);
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  expect(luminance(dark)).toBeLessThan(60);
  expect(luminance(light)).toBeGreaterThan(200);
});

test('a sandbox send with the keyboard alone, focus always visible', async ({ page }) => {
  await page.goto('./');
  await editorReady(page);
  /** Tabs until the focused element matches, checking every stop shows a focus ring. */
  async function tabTo(matches: (el: { id: string; text: string; tag: string }) => boolean) {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const el = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        if (!a || a === document.body) return null;
        const style = getComputedStyle(a);
        return {
          id: a.id,
          text: (a.textContent ?? '').trim(),
          tag: a.tagName,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          monaco: !!a.closest('.monaco-editor'),
        };
      });
      if (!el) continue;
      // Monaco draws its own cursor and focus border; every other stop must show our ring.
      if (!el.monaco)
        expect(el.outline, `focus ring on ${el.tag}#${el.id} "${el.text}"`).toBe(true);
      if (matches(el)) return;
    }
    throw new Error('focus never reached the target');
  }
  await tabTo((el) => el.id === 'field-From_Account');
  await page.keyboard.type('bob');
  await tabTo((el) => el.tag === 'BUTTON' && el.text === 'Send');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
});
