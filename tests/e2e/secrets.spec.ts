// With a distinctive key, use every feature, then look everywhere the key or a UserSig could
// have gone: the address bar, storage of every kind, cookies, every request the page made,
// downloaded files and what the default copies put on the clipboard.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sendFor } from './helpers';

const KEY = 'LEAK-CANARY-3b9f2c7e-0d41-4b6a-9f55-KEY';
const SANDBOX_ORIGIN = process.env.E2E_SANDBOX_ORIGIN ?? 'http://127.0.0.1:8787';

/** Everything the page keeps: localStorage, sessionStorage and every IndexedDB record. */
async function dumpStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const asPromise = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const out: unknown[] = [{ ...localStorage }, { ...sessionStorage }];
    for (const { name, version } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await asPromise(indexedDB.open(name, version));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        out.push({
          db: name,
          store: storeName,
          keys: await asPromise(store.getAllKeys()),
          values: await asPromise(store.getAll()),
        });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}

/** Fails when any piece of `secret` (8 characters or more) appears in `haystack`. */
function expectAbsent(haystack: string, secret: string, where: string) {
  expect(haystack.includes(secret), `${where} holds the whole secret`).toBe(false);
  for (let i = 0; i + 16 <= secret.length; i += 8) {
    expect(haystack.includes(secret.slice(i, i + 16)), `${where} holds a piece of the secret`).toBe(
      false,
    );
  }
}

/** Opens the page and signs for a custom loopback host (npm run sandbox) with the distinctive key. */
async function signForLoopbackSandbox(page: Page) {
  await page.goto('./');
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom host…' });
  await page.getByLabel('Custom host').fill(SANDBOX_ORIGIN);
  await page.getByLabel('SDKAppID').fill('1400000000');
  await page.getByLabel('Secret key').fill(KEY);
  await page.getByLabel('Identifier').fill('administrator');
}

test('the key and UserSigs go nowhere, whatever the person does', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  context.on('request', (r) => {
    requests.push(
      `${r.method()} ${r.url()}\n${JSON.stringify(r.headers())}\n${r.postData() ?? ''}`,
    );
  });
  const clipboard: string[] = [];
  const readClipboard = async () =>
    clipboard.push(await page.evaluate(() => navigator.clipboard.readText()));
  const userSigs = new Set<string>();
  const userSigBox = page.getByLabel('UserSig', { exact: true });
  const noteUserSig = async () => {
    await expect(userSigBox).not.toHaveValue('');
    userSigs.add(await userSigBox.inputValue());
  };

  // Sign: a custom loopback host (npm run sandbox), our own app, the distinctive key.
  await signForLoopbackSandbox(page);
  await noteUserSig();

  // Send directly, then through the proxy, then fetch all pages (the sandbox answers 70009).
  await sendFor(page, 'alice');
  await expect(page.getByTestId('outcome')).toContainText('70009');
  await page.getByLabel('Proxy', { exact: true }).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('outcome')).toContainText('via proxy');
  await page.getByRole('button', { name: 'Fetch all pages' }).click();
  await expect(page.getByTestId('run-summary')).toContainText('error');
  await page.getByLabel('Validity', { exact: true }).selectOption({ label: '180 days' });
  await noteUserSig();

  // Copy as code and the masked URL, with the defaults.
  await page.getByRole('button', { name: 'Copy code' }).click();
  await readClipboard();
  await page.getByLabel('Copy as').selectOption({ label: 'Node.js program' });
  await page.getByRole('button', { name: 'Copy code' }).click();
  await readClipboard();
  await page.getByRole('button', { name: 'Copy masked URL' }).click();
  await readClipboard();

  // Share link, with the defaults (no UserSig).
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByLabel('Share link', { exact: true })).not.toHaveValue('');
  await readClipboard();

  // History: the entries are there; export them.
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  const exported = readFileSync(await (await downloading).path(), 'utf8');
  expect(exported).toContain('alice');

  // Inspect the UserSig with the key.
  await nav.getByRole('button', { name: 'Inspect' }).click();
  const panel = page.getByRole('region', { name: 'Inspect' });
  await panel.getByLabel('UserSig, request URL or curl command').fill([...userSigs].at(-1) ?? '');
  await panel.getByLabel('Secret key').fill(KEY);
  await expect(panel.getByTestId('inspect-verdict')).toContainText('ACCEPTED');

  // Reload, and the page comes back without the key.
  await page.reload();
  await expect(page.getByLabel('Secret key')).toHaveValue('');
  await nav.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();

  const storage = await dumpStorage(page);
  const cookies = JSON.stringify(await context.cookies());
  const places: [string, string][] = [
    ['the address bar', page.url()],
    ['storage (localStorage, sessionStorage, IndexedDB)', storage],
    ['cookies', cookies],
    ['the exported file', exported],
    ['the clipboard after the default copies', clipboard.join('\n')],
  ];
  expect(storage.length).toBeGreaterThan(1000);
  for (const [where, text] of places) {
    expectAbsent(text, KEY, where);
    for (const sig of userSigs) expectAbsent(text, sig, where);
  }
  // Requests carry the UserSig (that is their job) but never the key.
  expect(requests.length).toBeGreaterThan(3);
  expectAbsent(requests.join('\n'), KEY, 'the requests the page made');
});

test('the key pasted into the body is scrubbed from history and exports, and refused in a link', async ({
  page,
}) => {
  // A common slip: the key in a field meant for an ID. Nothing shapes it; the page knows its text.
  await signForLoopbackSandbox(page);
  await sendFor(page, KEY);
  await expect(page.getByTestId('outcome')).toContainText('70009');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The body holds the secret key' }),
  ).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(page.getByText('[secret removed]').first()).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  const exported = readFileSync(await (await downloading).path(), 'utf8');
  expect(exported).toContain('[secret removed]');
  expectAbsent(exported, KEY, 'the exported file');
  expectAbsent(await dumpStorage(page), KEY, 'storage');
});
