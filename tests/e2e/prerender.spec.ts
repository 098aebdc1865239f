// The first screen in the built index.html (scripts/vite-prerender.ts, issue 18): a first visit
// sees the connection strip, the form and Send before the entry chunk has run; the app then
// hydrates that DOM (the same elements, not a new copy), keeps what was typed into it and sends
// for a Send clicked before it ran. A visit whose page would differ (remembered choices, another
// language's screen, a link) shows index.html's header until the app mounts, as before.
import type { Page } from '@playwright/test';
import { PREFS_KEY } from '../../src/lib/prefs/prefs';
import { expect, test } from './fixtures';

/** Holds the entry chunk back until the returned function is called. */
async function holdEntry(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const sendButton = (page: Page, name = 'Send') => page.getByRole('button', { name, exact: true });

test('a first visit shows the first screen before any script of ours has run', async ({ page }) => {
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(sendButton(page)).toBeVisible();
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', 'en');
  await expect(page.getByLabel('Region')).toHaveValue('sandbox');
  await expect(page.getByLabel('From_Account', { exact: true })).toBeVisible();
  // The app has not run: the editor's place holds its placeholder, nothing is live yet.
  expect(await page.evaluate(() => performance.getEntriesByName('app-live').length)).toBe(0);
  const early = await sendButton(page).elementHandle();
  release();
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible();
  // Hydrated: the button painted before the entry ran is the app's own.
  expect(await early?.evaluate((b) => b.isConnected)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByName('app-live').length)).toBe(1);
  await expect(page.locator('template')).toHaveCount(0);
});

for (const locale of ['en-US', 'zh-CN']) {
  test(`${locale}: every field shows the same before and after the app takes over`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const release = await holdEntry(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
    const fields = '#app :is(input, select, textarea, button)';
    await expect(page.locator(fields).first()).toBeVisible();
    const shown = () =>
      page.evaluate(() => {
        const kept = (window as unknown as { __kept: HTMLInputElement[] }).__kept;
        return kept.map((e) => ({
          id: e.id || (e.tagName === 'BUTTON' ? e.textContent?.trim() : e.tagName),
          connected: e.isConnected,
          value: e.tagName === 'BUTTON' ? e.textContent?.trim() : e.value,
          disabled: e.disabled,
        }));
      });
    await page.evaluate((selector) => {
      (window as unknown as { __kept: Element[] }).__kept = [
        ...document.querySelectorAll(selector),
      ];
    }, fields);
    const before = await shown();
    // The JSON body's text, the form's inputs, the connection strip's and Send's.
    expect(before.length).toBeGreaterThan(10);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('app-live').length === 1, null, {
      polling: 'raf',
    });
    const after = await shown();
    // Monaco replaces the plain text box in time; until then it is the one prerendered.
    expect(after.filter((f) => f.connected).length).toBeGreaterThan(10);
    for (const [i, field] of after.entries()) {
      if (field.connected) expect(field, `field ${before[i]?.id}`).toEqual(before[i]);
    }
    await context.close();
  });
}

test('the first screen’s styles come inside index.html: no stylesheet is fetched for them', async ({
  page,
}) => {
  const sheets: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'stylesheet') sheets.push(r.url());
  });
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(sendButton(page)).toBeVisible();
  // app.css's h1 (1.35rem of the root's 15px), not the browser's 2em.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-size', '20.25px');
  expect(sheets).toEqual([]);
  release();
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible();
  // The lazy parts' own stylesheets still come as files.
  expect(sheets.some((u) => /\/assets\/index-[\w-]+\.css$/.test(u))).toBe(false);
  expect(sheets.length).toBeGreaterThan(0);
});

test('text typed and Send clicked before the app ran are kept: the send happens', async ({
  page,
}) => {
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  // Not the sandbox's sample account (alice), which the screen shows: bob has 3 conversations.
  await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('alice');
  await page.getByLabel('From_Account', { exact: true }).fill('bob');
  await sendButton(page).click();
  release();
  await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('bob');
  // Sent once: the recent sends hold one entry.
  await page.getByRole('button', { name: 'Recent sends' }).click();
  const recent = page.getByRole('complementary', { name: 'Recent sends' }).getByRole('listitem');
  await expect(recent).toHaveCount(1);
});

test('Ctrl+Enter pressed before the app ran sends once it is live', async ({ page }) => {
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  const account = page.getByLabel('From_Account', { exact: true });
  await account.fill('bob');
  await account.press('Control+Enter');
  release();
  await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
});

test('a region chosen before the app ran stays chosen, with what that choice does', async ({
  page,
}) => {
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  await page.getByLabel('Region').selectOption('singapore');
  release();
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible();
  await expect(page.getByLabel('Region')).toHaveValue('singapore');
  // Away from the sandbox: its public SDKAppID goes, as it does when chosen in the live app.
  await expect(page.getByLabel('SDKAppID')).toHaveValue('');
});

test('a Chinese first visit gets the Chinese screen, hydrated in place', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const release = await holdEntry(page);
  await page.goto('./', { waitUntil: 'commit' });
  await expect(sendButton(page, '发送')).toBeVisible();
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', 'zh-CN');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);
  const early = await sendButton(page, '发送').elementHandle();
  release();
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible();
  expect(await early?.evaluate((b) => b.isConnected)).toBe(true);
  await context.close();
});

test('a second visit with nothing changed is still a first screen; a changed choice is not', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', 'en');
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible();
  // The app stored the first visit's choices; the same choices show the same screen.
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', 'en');

  await page.getByLabel('Region').selectOption('singapore');
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', PREFS_KEY))
    .toContain('singapore');
  const release = await holdEntry(page);
  await page.reload({ waitUntil: 'commit' });
  // The prerendered screen says "Sandbox": the header alone shows until the app mounts.
  await expect(page.getByRole('heading', { level: 1, name: 'Chat REST Playground' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  release();
  await expect(page.getByLabel('Region')).toHaveValue('singapore');
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered', /.*/);
});

test('a link in the hash is opened by a mounted app, not the first visit’s screen', async ({
  page,
}) => {
  const release = await holdEntry(page);
  await page.goto('./#share=not-a-link', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Chat REST Playground' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  release();
  await expect(sendButton(page)).toBeVisible();
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered', /.*/);
});
