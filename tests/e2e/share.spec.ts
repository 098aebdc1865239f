// Share links (issue 6), driven as a person does: copy a link in one page, open it in a fresh
// browser context, and find the same request there with nothing sent. Bad and hostile links are
// crafted here with the library's own encoder and must open as a notice and nothing else.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import type { RequestSnapshot } from '../../src/lib/api/types';
import { encodeShareFragment, packShareFragment, SHARE_R1_DEFAULTS } from '../../src/lib/share';
import { SANDBOX_APP } from '../../src/lib/sandbox/app';
import { decodeUserSig, genUserSig } from '../../src/lib/usersig';
import { expect, test } from './fixtures';
import { openKeyAndOptions } from './helpers';

const DEFAULT_BODY = JSON.parse(SHARE_R1_DEFAULTS.body) as Record<string, unknown>;

/** The default request with some body fields changed, in the editor's two-space layout. */
const bodyWith = (fields: Record<string, unknown>) =>
  JSON.stringify({ ...DEFAULT_BODY, ...fields }, null, 2);

/** A link's fragment made as the app makes them; fails the test if the encoder refuses. */
async function fragmentOf(snapshot: RequestSnapshot, userSig?: string): Promise<string> {
  const made = await encodeShareFragment(snapshot, {
    defaults: SHARE_R1_DEFAULTS,
    ...(userSig !== undefined ? { userSig } : {}),
  });
  if (!made.ok) throw new Error(made.message.key);
  return made.fragment;
}

/** Every http(s) request a page makes, to prove that opening a link sends nothing anywhere. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

function offSite(urls: string[], baseURL: string): string[] {
  const site = new URL(baseURL).origin;
  return urls.filter((u) => /^https?:/.test(u) && new URL(u).origin !== site);
}

/**
 * Opens `url` in a new browser context, which shares nothing (storage, clipboard, cookies) with
 * the page that made the link; records its requests and fails on console errors, as the
 * fixture does for its own page.
 */
async function openFresh(browser: Browser, baseURL: string, url: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const requests = recordRequests(page);
  await page.goto(url);
  return { context, page, requests, errors };
}

const notice = (page: Page) => page.getByTestId('link-notice');

/**
 * Waits until the page has done what it does by itself after loading: Monaco, which arrives
 * after the first paint, is up. A request sent by itself would have gone by then.
 */
async function settled(page: Page) {
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible({
    timeout: 15_000,
  });
}

/** The request as the Exact request panel shows it, parsed. */
async function shownBody(page: Page): Promise<unknown> {
  return JSON.parse((await page.getByTestId('request-body').textContent()) ?? '');
}

/** The builder holds the default request (sandbox, default body), as on a first visit. */
async function expectDefaultRequest(page: Page) {
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('sandbox');
  await expect(page.getByLabel('Identifier', { exact: true })).toHaveValue('administrator');
  // On the sandbox a new request asks about its sample account.
  await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue(
    SANDBOX_APP.sampleAccount,
  );
  await expect(page.getByLabel('AssistFlags', { exact: true })).toHaveValue('7');
  expect(await shownBody(page)).toEqual({
    ...DEFAULT_BODY,
    From_Account: SANDBOX_APP.sampleAccount,
  });
}

test.describe('share links', () => {
  test('a copied link opens the same request in a fresh browser, sending nothing', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const requests = recordRequests(page);
    await page.goto('./');
    await page.getByLabel('Region', { exact: true }).selectOption('singapore');
    await page.getByLabel('SDKAppID', { exact: true }).fill('1400012345');
    await page.getByLabel('Identifier', { exact: true }).fill('ops_admin');
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await page.getByLabel('AssistFlags', { exact: true }).fill('15');
    // The share code is not part of the first paint: it arrives with the first "Copy link".
    expect(requests.filter((u) => /\/assets\/link-[^/]*\.js$/.test(u))).toEqual([]);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
    expect(requests.filter((u) => /\/assets\/link-[^/]*\.js$/.test(u))).toHaveLength(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(link);
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe(new URL('./', baseURL).href);
    const fragment = url.hash.slice(1);
    expect(fragment).toMatch(/^r1\.[pd]\.[A-Za-z0-9_-]+$/);
    // A typical get_list request makes a short link (issue 6, "Size").
    expect(fragment.length).toBeLessThanOrEqual(200);
    await expect(page.getByTestId('share-link-length')).toContainText(
      `${link.length} characters, ${fragment.length} of them after`,
    );
    // Changing the request after copying says the link no longer matches.
    await page.getByLabel('From_Account', { exact: true }).fill('bob');
    await expect(page.getByText('The request has changed since')).toBeVisible();

    const fresh = await openFresh(browser, baseURL!, link);
    const p = fresh.page;
    await expect(notice(p)).toContainText('Loaded from a link');
    await expect(notice(p)).toContainText('Nothing has been sent.');
    await expect(p.getByTestId('link-set').getByRole('listitem')).toHaveText([
      'Region: Singapore',
      'SDKAppID: 1400012345',
      'Identifier: ops_admin',
      'From_Account: alice',
      'AssistFlags: 15',
    ]);
    await expect(p.getByLabel('Region', { exact: true })).toHaveValue('singapore');
    await expect(p.getByLabel('SDKAppID', { exact: true })).toHaveValue('1400012345');
    await expect(p.getByLabel('Identifier', { exact: true })).toHaveValue('ops_admin');
    await expect(p.getByLabel('Secret key', { exact: true })).toHaveValue('');
    await expect(p.getByLabel('From_Account', { exact: true })).toHaveValue('alice');
    await expect(p.getByLabel('AssistFlags', { exact: true })).toHaveValue('15');
    expect(await shownBody(p)).toEqual({ ...DEFAULT_BODY, From_Account: 'alice', AssistFlags: 15 });
    // The link leaves the address bar once read.
    expect(p.url()).toBe(new URL('./', baseURL).href);

    // It asks for the key, which no link carries, and takes the person there.
    await expect(notice(p)).toContainText('A link never carries the secret key');
    await expect(notice(p)).toContainText('for SDKAppID 1400012345');
    await p.getByRole('button', { name: 'Enter the secret key' }).click();
    await expect(p.getByLabel('Secret key', { exact: true })).toBeFocused();

    // Nothing was sent: no answer, and no request left the site.
    await settled(p);
    await expect(p.getByText('Press Send (or Ctrl+Enter) to see the answer here')).toBeVisible();
    await expect(p.getByTestId('outcome')).toHaveCount(0);
    expect(offSite(fresh.requests, baseURL!)).toEqual([]);

    await p.getByRole('button', { name: 'Dismiss the link notice' }).click();
    await expect(notice(p)).toHaveCount(0);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  test('an included UserSig comes with a warning and its expiry, and opens decoded but unused', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByLabel('Region', { exact: true }).selectOption('singapore');
    await page.getByLabel('SDKAppID', { exact: true }).fill('1400012345');
    await page.getByLabel('Secret key', { exact: true }).fill('a-test-key');
    const box = page.getByLabel('UserSig', { exact: true });
    await expect(box).not.toHaveValue('');
    const userSig = await box.inputValue();
    const decoded = await decodeUserSig(userSig);
    if (!decoded.ok) throw new Error(decoded.message.key);

    await page.getByLabel('Include UserSig').check();
    const warning = page.getByTestId('share-usersig-warning');
    await expect(warning).toContainText('works as a password');
    await expect(warning).toContainText('as “administrator” on');
    await expect(warning).toContainText('SDKAppID 1400012345');
    await expect(warning).toContainText(
      /until it expires on .+\(in (23 h 59 min|1 d 0 h 0 min) \d+ s\)/,
    );
    await expect(warning.locator('time')).toHaveAttribute(
      'datetime',
      new Date(decoded.fields.expiresAt * 1000).toISOString(),
    );
    await expect(page.getByLabel('Include UserSig')).toHaveAttribute(
      'aria-describedby',
      'share-usersig-warning',
    );

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
    await expect(page.getByTestId('share-link-length')).toContainText('carries the UserSig');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).not.toContain('a-test-key');

    const fresh = await openFresh(browser, baseURL!, link);
    const p = fresh.page;
    await expect(notice(p)).toContainText('Loaded from a link');
    await expect(notice(p)).toContainText('This link carries a UserSig');
    await expect(p.getByTestId('link-set')).toContainText('UserSig: included');
    const shown = p.getByTestId('link-usersig');
    await expect(shown).toContainText(/Identifier\s*administrator/);
    await expect(shown).toContainText(/SDKAppID\s*1400012345/);
    await expect(shown).toContainText(/\(in (23 h 59 min|1 d 0 h 0 min) \d+ s\)/);
    await expect(shown.locator('time')).toHaveAttribute(
      'datetime',
      new Date(decoded.fields.expiresAt * 1000).toISOString(),
    );
    await expect(p.getByLabel('UserSig from the link')).toHaveValue(userSig);
    // Shown, not used: without the key there is no UserSig in the signer, and nothing is sent.
    await expect(p.getByLabel('UserSig', { exact: true })).toHaveValue('');
    await expect(notice(p)).toContainText('the browser may still list the visited address');
    expect(p.url()).toBe(new URL('./', baseURL).href);
    expect(offSite(fresh.requests, baseURL!)).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  test('an expired UserSig for someone else is shown as such', async ({ page }) => {
    const userSig = await genUserSig(
      { sdkAppId: 1400099999, key: 'k', identifier: 'mallory', expire: 60 },
      { now: () => Date.UTC(2024, 0, 1) },
    );
    const fragment = await fragmentOf(
      {
        region: { kind: 'region', id: 'tokyo', backup: false },
        sdkAppId: '1400012345',
        identifier: 'administrator',
        endpoint: 'get_list',
        body: SHARE_R1_DEFAULTS.body,
      },
      userSig,
    );
    await page.goto(`./#${fragment}`);
    const shown = page.getByTestId('link-usersig');
    await expect(shown).toContainText(/Identifier\s*mallory/);
    await expect(shown).toContainText(/\(expired .+ ago\)/);
    await expect(shown).toContainText('signed for SDKAppID 1400099999, not 1400012345');
    await expect(shown).toContainText('signed for identifier "mallory", not "administrator"');
  });

  test('markup and script in a link stay inert text', async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    const img = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=1</script>';
    const fragment = await fragmentOf({
      region: { kind: 'region', id: 'singapore', backup: false },
      sdkAppId: '1400012345',
      identifier: img,
      endpoint: 'get_list',
      body: bodyWith({ From_Account: script }),
    });
    await page.goto(`./#${fragment}`);
    await expect(notice(page)).toContainText('Loaded from a link');
    await expect(notice(page)).toContainText('The identifier contains markup');
    await expect(notice(page)).toContainText('The body contains markup');
    await expect(page.getByTestId('link-set')).toContainText(`Identifier: ${img}`);
    await expect(page.getByLabel('Identifier', { exact: true })).toHaveValue(img);
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue(script);
    await settled(page);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('img')).toHaveCount(0);
    expect(requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
    expect(offSite(requests, baseURL!)).toEqual([]);
  });

  test('a custom host is pointed out prominently', async ({ page }) => {
    const fragment = await fragmentOf({
      region: { kind: 'custom', host: 'https://collector.example' },
      sdkAppId: '1400012345',
      identifier: 'administrator',
      endpoint: 'get_list',
      body: SHARE_R1_DEFAULTS.body,
    });
    await page.goto(`./#${fragment}`);
    await expect(notice(page)).toContainText('Custom host: https://collector.example');
    await expect(notice(page).locator('.serious')).toContainText(
      'whoever runs it receives the UserSig',
    );
    await expect(page.getByLabel('Custom host', { exact: true })).toHaveValue(
      'https://collector.example',
    );
  });

  const tooLarge = `r1.p.${'A'.repeat(20 * 1024)}`;
  const BAD_LINKS: [string, () => Promise<string>, RegExp][] = [
    [
      'a truncated link',
      async () => {
        const full = await fragmentOf({
          region: { kind: 'region', id: 'singapore', backup: false },
          sdkAppId: '1400012345',
          identifier: 'ops_admin',
          endpoint: 'get_list',
          body: bodyWith({ From_Account: 'alice' }),
        });
        return full.slice(0, Math.floor(full.length / 2));
      },
      /incomplete|damaged/,
    ],
    ['a link of an unknown version', async () => 'r2.p.e30', /share format r2/],
    ['a 20 KB link', async () => tooLarge, /too large to open safely/],
    ['a damaged link', async () => 'r1.d.____', /damaged/],
    ['a link with wrong types', () => packShareFragment('{"a":5}', 'p'), /wrong form/],
    ['a link with unknown fields', () => packShareFragment('{"zz":1}', 'p'), /does not know/],
  ];

  for (const [name, make, message] of BAD_LINKS) {
    test(`${name} gives a clear notice and the default request`, async ({ page, baseURL }) => {
      await page.goto(`./#${await make()}`);
      await expect(notice(page)).toContainText('This link could not be opened');
      await expect(notice(page)).toContainText(message);
      await expect(notice(page)).toContainText('Nothing was loaded from it');
      await expectDefaultRequest(page);
      expect(page.url()).toBe(new URL('./', baseURL).href);
    });
  }

  test('an ordinary anchor is left alone, with no notice', async ({ page, baseURL }) => {
    const kit = page.waitForResponse(/\/assets\/link-[^/]*\.js$/);
    await page.goto('./#section');
    // Reading it needed the share code; a page without any fragment does not load it at all.
    await kit;
    await settled(page);
    await expect(notice(page)).toHaveCount(0);
    expect(page.url()).toBe(new URL('./#section', baseURL).href);
    await expectDefaultRequest(page);
  });

  test('a link pasted into the address bar of an open tab opens there', async ({ page }) => {
    await page.goto('./');
    const fragment = await fragmentOf({
      region: { kind: 'sandbox' },
      sdkAppId: '',
      identifier: 'administrator',
      endpoint: 'get_list',
      body: bodyWith({ From_Account: 'carol' }),
    });
    await page.evaluate((f) => (location.hash = f), fragment);
    await expect(notice(page)).toContainText('Loaded from a link');
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('carol');
    // The sandbox needs no key: the notice does not ask for one.
    await expect(notice(page)).not.toContainText('secret key');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`the share bar and a link notice pass axe (${scheme})`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.emulateMedia({ colorScheme: scheme });
      const userSig = await genUserSig({
        sdkAppId: 1400012345,
        key: 'k',
        identifier: 'ops_admin',
        expire: 600,
      });
      const fragment = await fragmentOf(
        {
          region: { kind: 'custom', host: 'https://collector.example' },
          sdkAppId: '1400012345',
          identifier: 'ops_admin',
          endpoint: 'get_list',
          body: bodyWith({ From_Account: '<b>alice</b>' }),
        },
        userSig,
      );
      await page.goto(`./#${fragment}`);
      await expect(page.getByTestId('link-usersig')).toBeVisible();
      await page.getByLabel('Secret key', { exact: true }).fill('k');
      await expect(page.getByLabel('UserSig', { exact: true })).not.toHaveValue('');
      await page.getByLabel('Include UserSig').check();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(page.getByLabel('Share link', { exact: true })).toBeVisible();
      const results = await new AxeBuilder({ page })
        .include('section[aria-labelledby="share-title"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target)}`),
      ).toEqual([]);
    });
  }

  test('a UserSig pasted into the body is refused where the person is looking', async ({
    page,
  }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    const box = page.getByLabel('UserSig', { exact: true });
    await expect(box).not.toHaveValue('');
    await page.getByLabel('From_Account', { exact: true }).fill(await box.inputValue());
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The body holds a UserSig' }),
    ).toBeVisible();
    await expect(page.getByLabel('Share link', { exact: true })).toHaveCount(0);
  });

  test('the secret key pasted into the body is refused the same way', async ({ page }) => {
    // A common slip: the key in a field meant for an ID. The page knows the key: it looks for it.
    const key = 'LEAK-CANARY-5ec7e7-0d41-4b6a-9f55-KEY';
    await page.goto('./');
    await openKeyAndOptions(page);
    await page.getByLabel('Secret key').fill(key);
    await page.getByLabel('From_Account', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(
      page.getByRole('alert').filter({
        hasText:
          'The body holds the secret key, and a link would hand it to everyone who opens it.',
      }),
    ).toBeVisible();
    await expect(page.getByLabel('Share link', { exact: true })).toHaveCount(0);
  });
});
