// Parts of the page that load on demand (issue 12, item 5): with every chunk but those
// index.html names refused, as after a dropped connection or a redeploy that removed the old
// hashed chunks, the page says what could not load where the person is looking, keeps what was
// typed, and loads it on the next try without a reload. Vite's vite:preloadError offers a
// reload that keeps the request and never the key or a UserSig.
import type { Page } from '@playwright/test';
import { KEPT_REQUEST_KEY } from '../../src/lib/prefs/kept-request';
import { editorReady, pasteIntoEditor, requestBody } from './helpers';
import { expect, test } from './fixtures';

// Chromium reports each refused download; nothing else may reach the console.
test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/] });

/** The signing code's chunks (its UserSig, HMAC), which the first sign loads at start. */
const SIGNING_CODE = /^assets\/(usersig|hmac)-[\w-]+\.js$/;
/**
 * The form's edits, which load right after the first paint: their chunk, and the draft's way
 * into it (state/draft-edits.ts, the module the draft imports).
 */
const EDITS_CHUNK = /^assets\/(form-edits|draft-edits)-[\w-]+\.js$/;
/** The edits with the body's scanner (api/json-scan.ts), which they and the body's rules share. */
const FORM_EDITS = /^assets\/(form-edits|draft-edits|json-scan)-[\w-]+\.js$/;
/** Either of them: the tests of other parts type in the form while those parts cannot load. */
const SIGNING_AND_EDITS = new RegExp(`${SIGNING_CODE.source}|${FORM_EDITS.source}`);

/**
 * Refuses every asset index.html does not name, until the returned function is called. Only
 * the first paint's script, stylesheet and texts get through, and what `allow` matches.
 */
async function blockOnDemandChunks(
  page: Page,
  allow?: RegExp,
): Promise<{ blocked: string[]; unblock: () => void }> {
  const html = await (await page.request.get('./')).text();
  // The files index.html loads (src= and href=); its boot script names each locale's core texts
  // in a string, which only the active locale's preload fetches (tests/e2e/boot.spec.ts).
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]),
  );
  expect(initial.size).toBe(2);
  // The active locale's first-screen texts come before the first paint (main.ts, docs/i18n.md):
  // they are part of the first screen, not something loaded on demand.
  const firstScreen = (path: string) =>
    initial.has(path) || /^assets\/texts-[\w-]+-core-/.test(path);
  const blocked: string[] = [];
  let blocking = true;
  await page.route('**/assets/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/(assets\/)/, '$1');
    if (!blocking || firstScreen(path) || allow?.test(path)) return route.continue();
    blocked.push(path);
    return route.abort();
  });
  return { blocked, unblock: () => (blocking = false) };
}

/** Refuses only the assets `chunks` matches, until the returned function is called. */
async function blockOnly(page: Page, chunks: RegExp): Promise<() => void> {
  let blocking = true;
  await page.route('**/assets/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/(assets\/)/, '$1');
    return blocking && chunks.test(path) ? route.abort() : route.continue();
  });
  return () => (blocking = false);
}

const sendBar = (page: Page) => page.getByRole('region', { name: 'Send' });
const send = (page: Page) => page.getByRole('button', { name: 'Send', exact: true });

test.describe('chunks that load on demand', () => {
  test('a send whose code cannot load says so beside Send, and the next one goes through', async ({
    page,
  }) => {
    // The UserSig is signed and the form edits: what fails is the send itself.
    const chunks = await blockOnDemandChunks(page, SIGNING_AND_EDITS);
    await page.goto('./');
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await send(page).click();

    await expect(sendBar(page).getByRole('alert')).toHaveText(
      /Could not load the sending code — check the connection and try again\.\s*Retry/,
    );
    // The panels below say so in their place; the stale-deploy notice offers a reload.
    await expect(page.getByRole('region', { name: 'Response' })).toContainText(
      'Could not load the Response panel — check the connection and try again.',
    );
    await expect(page.getByTestId('reload-notice')).toBeVisible();
    expect(chunks.blocked.some((p) => /send-kit-.*\.js$/.test(p))).toBe(true);
    // Nothing typed was lost.
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('alice');

    // A mark on this page's window: it is still there only if the page was not reloaded.
    await page.evaluate(() => ((window as unknown as { mark: number }).mark = 12));
    chunks.unblock();
    await send(page).click();
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
    await expect(sendBar(page).getByRole('alert')).toHaveCount(0);
    // The Response panel's stylesheet was fetched again with it, not left out.
    await expect(page.getByTestId('outcome')).toHaveCSS('border-left-width', '4px');
    expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(12);

    // A panel that could not load has its own Retry, in its place.
    const exact = page.getByRole('region', { name: 'Exact request' });
    await exact.getByRole('button', { name: 'Retry' }).click();
    expect(await requestBody(page)).toMatchObject({ From_Account: 'alice' });
  });

  test('Retry beside Send tries the same send again', async ({ page }) => {
    const chunks = await blockOnDemandChunks(page, SIGNING_AND_EDITS);
    await page.goto('./');
    await page.getByLabel('From_Account', { exact: true }).fill('bob');
    await send(page).click();
    const failed = sendBar(page).getByRole('alert');
    await expect(failed).toContainText('Could not load the sending code');
    chunks.unblock();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
  });

  test('signing code that cannot load says so in the connection strip, with Retry; then Send sends', async ({
    page,
  }) => {
    const chunks = await blockOnDemandChunks(page);
    await page.goto('./');
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    const strip = page.getByRole('region', { name: 'Connection' });
    await expect(page.getByTestId('usersig-status')).toHaveText(
      'No UserSig: the signing code did not load',
    );
    const failed = strip.getByRole('alert').filter({ hasText: 'signing code' });
    await expect(failed).toHaveText(
      /Could not load the signing code — check the connection and try again\.\s*Retry/,
    );
    expect(chunks.blocked.some((p) => SIGNING_CODE.test(p))).toBe(true);

    chunks.unblock();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('usersig-status')).toHaveText(/^UserSig expires in /);
    await expect(failed).toHaveCount(0);
    await send(page).click();
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('alice');
  });

  test('with only the signing code missing, Send refuses and says why beside it, with Retry', async ({
    page,
  }) => {
    const unblock = await blockOnly(page, SIGNING_CODE);
    await page.goto('./');
    await page.getByLabel('From_Account', { exact: true }).fill('bob');
    const problem = sendBar(page)
      .getByRole('listitem')
      .filter({ hasText: 'No UserSig can be made' });
    await expect(problem).toHaveText(
      /No UserSig can be made: Could not load the signing code — check the connection and try again\.\s*Retry/,
    );
    await send(page).click();
    await expect(sendBar(page).getByRole('alert')).toContainText('Not sent');
    await expect(page.getByTestId('outcome')).toHaveCount(0);

    unblock();
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect(problem).toHaveCount(0);
    await send(page).click();
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
  });

  test('without the editor the form and a plain text box still edit the body; Retry brings Monaco', async ({
    page,
  }) => {
    const chunks = await blockOnDemandChunks(page, FORM_EDITS);
    await page.goto('./');
    const editorFailed = page
      .getByRole('alert')
      .filter({ hasText: 'Could not load the JSON editor — check the connection and try again.' });
    await expect(editorFailed).toBeVisible();

    const plain = page.getByRole('textbox', { name: 'JSON body' });
    await plain.fill('{"From_Account": "carol", "TimeStamp": 0, "StartIndex": 0}');
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('carol');
    await page.getByLabel('From_Account', { exact: true }).fill('bob');
    await expect(plain).toHaveValue(/"From_Account": "bob"/);

    chunks.unblock();
    await editorFailed.getByRole('button', { name: 'Retry' }).click();
    await editorReady(page);
    await expect(editorFailed).toHaveCount(0);
    await expect(page.getByTestId('json-editor')).toContainText('"bob"');
  });

  test('the reload offered after a failed chunk keeps the request, never the key or the UserSig', async ({
    page,
  }) => {
    const KEY = 'c0ffee00deadbeef5ec7e7'.padEnd(64, '0123456789abcdef');
    // What the reload kept, read before the page puts it back (and deletes it).
    await page.addInitScript((key) => {
      (window as unknown as { kept: string | null }).kept = sessionStorage.getItem(key);
    }, KEPT_REQUEST_KEY);
    const chunks = await blockOnDemandChunks(page, FORM_EDITS);
    await page.goto('./');
    const notice = page.getByTestId('reload-notice');
    await expect(notice).toContainText('never the key or the UserSig');
    // The key and the UserSig are in the connection details, which load on demand: the network
    // comes back before they are opened (the notice stays up).
    chunks.unblock();
    await page
      .getByLabel('Region', { exact: true })
      .selectOption({ label: 'Singapore — adminapisgp.im.qcloud.com' });
    await page.getByLabel('SDKAppID').fill('1400123456');
    await page.getByLabel('Secret key').fill(KEY);
    await page.getByLabel('Identifier').fill('ops_admin');
    const userSig = page.getByLabel('UserSig', { exact: true });
    await expect(userSig).not.toHaveValue('');
    const sig = await userSig.inputValue();
    await page.getByLabel('From_Account', { exact: true }).fill('dave');

    await expect(notice).toContainText('never the key or the UserSig');
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload' }).click(),
    ]);

    const kept = await page.evaluate(() => (window as unknown as { kept: string | null }).kept);
    expect(JSON.parse(kept ?? 'null')).toMatchObject({
      v: 1,
      region: { kind: 'region', id: 'singapore', backup: false },
      sdkAppId: '1400123456',
      identifier: 'ops_admin',
      endpoint: 'get_list',
    });
    expect(kept).toContain('dave');
    expect(kept).not.toContain(KEY);
    expect(kept).not.toContain(sig);
    expect(kept?.toLowerCase()).not.toContain('usersig');

    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('dave');
    await expect(page.getByLabel('Region', { exact: true })).toHaveValue('singapore');
    await expect(page.getByLabel('Identifier')).toHaveValue('ops_admin');
    await expect(page.getByLabel('Secret key')).toHaveValue('');
    // Read once, then gone; and no storage holds the key.
    const storage = await page.evaluate(() => ({
      kept: sessionStorage.getItem('chat-rest-playground.kept-request'),
      all: JSON.stringify(sessionStorage) + JSON.stringify(localStorage),
    }));
    expect(storage.kept).toBeNull();
    expect(storage.all).not.toContain(KEY);
    expect(storage.all).not.toContain(sig);
  });

  test("another endpoint's description that cannot load says so under the picker; Retry makes the same choice", async ({
    page,
  }) => {
    const chunks = await blockOnDemandChunks(page, FORM_EDITS);
    await page.goto('./');
    const picker = page.getByLabel('Endpoint', { exact: true });
    await page.getByLabel('From_Account', { exact: true }).fill('carol');
    await picker.selectOption('delete');

    const request = page.getByRole('region', { name: 'Request' });
    // The editor and other parts say their own failures in the same region.
    const failed = request.getByRole('alert').filter({ hasText: 'endpoint descriptions' });
    await expect(failed).toHaveText(
      /Could not load the endpoint descriptions — check the connection and try again\.\s*Retry/,
    );
    // The builder stays on get_list, with what was typed.
    await expect(picker).toHaveValue('get_list');
    await expect(page.getByTestId('endpoint-path')).toHaveText('POST /v4/recentcontact/get_list');
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('carol');
    expect(chunks.blocked.some((p) => /endpoints-.*\.js$/.test(p))).toBe(true);

    chunks.unblock();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('endpoint-path')).toHaveText('POST /v4/recentcontact/delete');
    await expect(picker).toHaveValue('delete');
    await expect(failed).toHaveCount(0);
  });

  test('the body checks that cannot load say so under the editor; the form still edits, Retry checks', async ({
    page,
  }) => {
    const chunks = await blockOnDemandChunks(page, FORM_EDITS);
    await page.goto('./');
    const request = page.getByRole('region', { name: 'Request' });
    const failed = request.getByRole('alert').filter({ hasText: 'body checks' });
    await expect(failed).toHaveText(
      /Could not load the body checks — check the connection and try again\.\s*Retry/,
    );
    expect(chunks.blocked.some((p) => /body-rules-.*\.js$/.test(p))).toBe(true);
    // The form reads and edits the body without them.
    await page.getByLabel('From_Account', { exact: true }).fill('carol');
    const plain = page.getByRole('textbox', { name: 'JSON body' });
    await expect(plain).toHaveValue(/"From_Account": "carol"/);
    await plain.fill('{"From_Account": "carol", "TimeStamp": 0, "StartIndex": 0, "Bogus": 1}');
    await expect(request.getByText(/Bogus/)).toHaveCount(0);

    chunks.unblock();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(failed).toHaveCount(0);
    // Checked now: the name get_list does not describe is pointed out.
    await expect(request.locator('.msg.warn').filter({ hasText: 'Bogus' })).toBeVisible();
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('carol');
  });

  test('before the body checks are in, a syntax error is placed where the browser stopped; then explained', async ({
    page,
  }) => {
    // Only the checks' code (which brings the scanner) is refused; the status line's words come.
    const unblock = await blockOnly(page, /^assets\/body-rules-[\w-]+\.js$/);
    await page.goto('./');
    const failed = page.getByRole('alert').filter({ hasText: 'body checks' });
    await expect(failed).toBeVisible();
    const broken = '{\n  "From_Account": "carol",\n}';
    await pasteIntoEditor(page, page.context(), broken);
    const status = page.getByTestId('json-status');
    // V8 stops at the "}" after the comma: line 3, column 1.
    await expect(status).toHaveText('Line 3, column 1: The body is not valid JSON.');
    expect(await page.getByTestId('request-body').textContent()).toBe(broken);

    unblock();
    await failed.getByRole('button', { name: 'Retry' }).click();
    await expect(failed).toHaveCount(0);
    // The scanner's words, at the comma it blames.
    await expect(status).toContainText(/^Line 2, column 26: .*trailing comma/i);
    expect(await page.getByTestId('request-body').textContent()).toBe(broken);
  });

  test("the form's edits that cannot load say so under the editor; what was typed stays, and Retry writes it and sends it", async ({
    page,
  }) => {
    const unblock = await blockOnly(page, EDITS_CHUNK);
    await page.goto('./');
    const request = page.getByRole('region', { name: 'Request' });
    const failed = request.getByRole('alert').filter({ hasText: 'editing code' });
    await expect(failed).toHaveText(
      /Could not load the form’s editing code — check the connection and try again\.\s*Retry/,
    );
    const from = page.getByLabel('From_Account', { exact: true });
    await from.fill('bob');
    // Not written into the body yet, and not lost from the input.
    const plain = page.getByTestId('json-editor');
    await expect(plain).toContainText('"From_Account": "alice"');
    await expect(from).toHaveValue('bob');
    // A Send now would go with the body as it was: it says why it waits instead.
    await send(page).click();
    await expect(sendBar(page).getByRole('alert')).toContainText(
      'Could not load the form’s editing code',
    );
    await expect(page.getByTestId('outcome')).toHaveCount(0);

    unblock();
    await sendBar(page).getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
    expect(await requestBody(page)).toMatchObject({ From_Account: 'bob' });
    await expect(failed).toHaveCount(0);
    await expect(from).toHaveValue('bob');
  });

  test('the other views that cannot load: the builder shows nothing of it, History says so, Retry opens it', async ({
    page,
  }) => {
    const unblock = await blockOnly(page, /^assets\/OtherViews-[\w-]+\.js$/);
    await page.goto('./');
    await editorReady(page);
    // The builder works, and shows no failure of a view it does not show; only the reload offered
    // for any part that could not be downloaded.
    const viewsFailed = page.getByText('Could not load the Inspect and History views');
    await expect(page.getByTestId('reload-notice')).toBeVisible();
    await expect(viewsFailed.filter({ visible: true })).toHaveCount(0);
    await send(page).click();
    await expect(page.getByTestId('outcome')).toContainText('OK');

    await page.getByRole('button', { name: 'History', exact: true }).click();
    const failed = page.getByRole('region', { name: 'History' });
    await expect(failed).toContainText(
      'Could not load the Inspect and History views — check the connection and try again.',
    );
    unblock();
    await failed.getByRole('button', { name: 'Retry' }).click();
    // The send made while the view could not load is there.
    await expect(page.getByRole('heading', { name: 'History', level: 2 })).toBeVisible();
    await expect(page.getByTestId('history-count')).toHaveText(/^1 entry/);
    await page.getByRole('button', { name: 'Builder', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  });

  test('the Response panel needs neither the send kit nor the body checks: refused, it still loads', async ({
    page,
  }) => {
    // Both load later than the panel (the kit once the page is idle after the editor), and the
    // panel once brought them along: refusing either made it fail.
    const unblock = await blockOnly(page, /^assets\/(send-kit|body-rules)-[\w-]+\.js$/);
    await page.goto('./');
    await editorReady(page);
    const response = page.getByRole('region', { name: 'Response' });
    await expect(response.getByRole('heading', { name: 'Response', level: 2 })).toBeVisible();
    await expect(response).toContainText('Press Send');
    await expect(response.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    // Send says what it is missing, beside Send; then, allowed, it goes and the panel answers.
    await send(page).click();
    await expect(sendBar(page).getByRole('alert')).toContainText('Could not load');
    unblock();
    await sendBar(page).getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('outcome')).toContainText('OK');
  });
});
