// The page's start (issue 18): the built index.html paints its header before any script runs
// (and, on a first visit, the first screen: prerender.spec.ts),
// preloads the active locale's core texts alongside the entry chunk (never the other locale's),
// sets <html lang> before the first paint, and says so, with a Reload, when the entry chunk or
// the core texts cannot be fetched (scripts/vite-locale-preload.ts, src/main.ts).
import type { Page } from '@playwright/test';
import { BOOT_FAILED } from '../../src/lib/boot/failure';
import { DEFAULT_PREFS, PREFS_KEY, serializePrefs } from '../../src/lib/prefs/prefs';
import { expect, test } from './fixtures';

// Chromium reports each refused download; nothing else may reach the console.
test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

/** The asset paths the page requested, in order. */
function requested(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    const m = /\/(assets\/[^?#]+)/.exec(r.url());
    if (m?.[1]) paths.push(m[1]);
  });
  return paths;
}

const send = (page: Page, name = 'Send') => page.getByRole('button', { name, exact: true });

for (const [locale, lang, other, sendName] of [
  ['en-US', 'en', 'zh-CN', 'Send'],
  ['zh-CN', 'zh-CN', 'en', '发送'],
] as const) {
  test.describe(`a ${locale} first visit`, () => {
    test.use({ locale });

    test(`preloads only the ${lang} core texts, before the entry has run`, async ({ page }) => {
      const paths = requested(page);
      await page.goto('./');
      await expect(send(page, sendName)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const preload = page.locator(`head link[rel="modulepreload"][href*="texts-${lang}-core-"]`);
      await expect(preload).toHaveCount(1);
      const core = paths.filter((p) => /texts-[\w-]+-core-/.test(p));
      expect(core).toHaveLength(1);
      expect(core[0]).toContain(`texts-${lang}-core-`);
      expect(paths.some((p) => p.includes(`texts-${other}-`))).toBe(false);
    });
  });
}

test('the header is in index.html, painted before any script; the app replaces it', async ({
  page,
}) => {
  // Remembered choices other than a first visit's: the prerendered first screen does not fit
  // (prerender.spec.ts), and index.html's header is what shows.
  const stored = serializePrefs({
    ...DEFAULT_PREFS,
    region: { kind: 'region', id: 'singapore', backup: false },
  });
  await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: PREFS_KEY,
    value: stored,
  });
  // Hold the entry back: what shows is index.html's own.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not 'domcontentloaded': it waits for the entry, a module script.
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Chat REST Playground' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  release();
  await expect(send(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByLabel('Region')).toHaveValue('singapore');
});

test('an entry chunk that cannot be fetched: the page says so in both languages, Reload brings it', async ({
  page,
}) => {
  let refuse = true;
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) =>
    refuse ? route.abort() : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(BOOT_FAILED);
  await expect(send(page)).toHaveCount(0);
  refuse = false;
  await alert.getByRole('button', { name: 'Reload · 重新加载' }).click();
  await expect(send(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('core texts that cannot be fetched: the same message and Reload, then the page in full', async ({
  page,
}) => {
  let refuse = true;
  await page.route(/\/assets\/texts-en-core-[\w-]+\.js$/, (route) =>
    refuse ? route.abort() : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(BOOT_FAILED);
  refuse = false;
  await alert.getByRole('button', { name: 'Reload · 重新加载' }).click();
  await expect(send(page)).toBeVisible();
});

test('a tab that gets no animation frames (opened in the background) still loads what is beside the form', async ({
  page,
}) => {
  // What the first screen asks to load waits for its first frame, or a second at most (main.ts).
  await page.addInitScript(() => {
    window.requestAnimationFrame = () => 0;
  });
  await page.goto('./');
  await expect(send(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Response', exact: true })).toBeVisible();
  await expect(page.getByTestId('sandbox-state')).toBeVisible();
});
