import { SANDBOX_APP } from '../../src/lib/sandbox/app';
import { openKeyAndOptions, sendFor, useSandboxAppAt } from './helpers';
import { expect, test } from './fixtures';

const SANDBOX_ORIGIN = process.env.E2E_SANDBOX_ORIGIN ?? 'http://127.0.0.1:8787';

test.describe('sending', () => {
  // Chromium itself reports the refused connection of the unreachable-host test.
  test.use({ allowedConsoleErrors: [/net::ERR_CONNECTION_REFUSED/] });

  test('the default sandbox send for alice shows a table of her first page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('sandbox-note')).toContainText('public sandbox values');
    await sendFor(page, 'alice');
    await expect(page.getByTestId('outcome')).toContainText('OK');
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 0');
    const rows = page.getByTestId('items-table').locator('tbody tr');
    await expect(rows).toHaveCount(100);
    await expect(rows.first()).toContainText('Pinned');
    await expect(page.getByText('CompleteFlag', { exact: true })).toBeVisible();
    await page.getByRole('tab', { name: 'JSON' }).click();
    await expect(page.getByTestId('response-json')).toContainText('"SessionItem"');
  });

  test('Next page copies the cursors, and Fetch all pages ends with 250 conversations', async ({
    page,
  }) => {
    await page.goto('./');
    await sendFor(page, 'alice');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByLabel('StartIndex', { exact: true })).not.toHaveValue('0');
    await expect(page.getByLabel('TimeStamp', { exact: true })).not.toHaveValue('0');

    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    const summary = page.getByTestId('run-summary');
    await expect(summary).toContainText('complete');
    await expect(summary).toContainText('3 page(s), 250 conversation(s)');
    await expect(summary).not.toContainText('duplicate');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(250);

    // Without bit 1 the ten empty conversations are left out.
    await page.getByLabel('Empty conversations (bit 1)').uncheck();
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    await expect(summary).toContainText('240 conversation(s)');
  });

  test('a wrong key is answered 70009, explained, pointing at the key', async ({ page }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    await page.getByLabel('Secret key').fill('not-the-sandbox-key');
    await sendFor(page, 'alice');
    await expect(page.getByTestId('outcome')).toContainText('FAIL');
    const explain = page.getByTestId('explanation');
    await expect(explain).toContainText('70009');
    // The key's field is in the connection details: going there opens them.
    await page.getByRole('button', { name: 'Key & options' }).click();
    await expect(page.getByLabel('Secret key')).toHaveCount(0);
    await explain.getByRole('button', { name: 'Check the secret key' }).click();
    await expect(page.getByLabel('Secret key')).toBeFocused();
  });

  test('an expired UserSig is answered 70001, explained, with a fresh one a click away', async ({
    page,
  }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    await page.getByLabel('Validity', { exact: true }).selectOption({ label: 'Custom…' });
    await page.getByLabel('Validity in seconds').fill('1');
    await expect(page.getByTestId('usersig-expiry')).toContainText('Expires');
    await page.waitForTimeout(2100);
    await sendFor(page, 'bob');
    const explain = page.getByTestId('explanation');
    await expect(explain).toContainText('70001');
    await page.getByLabel('Validity in seconds').fill('3600');
    await explain.getByRole('button', { name: 'Sign a fresh UserSig' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('outcome')).toContainText('OK');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
  });

  test('an unknown From_Account is 50001 and an unknown SDKAppID 70020 pointing at the region', async ({
    page,
  }) => {
    await page.goto('./');
    await sendFor(page, 'mallory');
    await expect(page.getByTestId('explanation')).toContainText('50001');
    await page.getByLabel('SDKAppID').fill('1400000001');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('explanation')).toContainText('70020');
    await page.getByTestId('explanation').getByRole('button', { name: 'Check the region' }).click();
    await expect(page.getByLabel('Region', { exact: true })).toBeFocused();
  });

  test('Ctrl+Enter sends from anywhere on the page', async ({ page }) => {
    await page.goto('./');
    const from = page.getByLabel('From_Account', { exact: true });
    await from.fill('bob');
    await from.press('Control+Enter');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
  });

  test('Direct sending reaches `npm run sandbox` on 127.0.0.1', async ({ page }) => {
    await page.goto('./');
    await useSandboxAppAt(page, SANDBOX_ORIGIN);
    // Auto is the default now (issue 17); this test is about the explicit Direct way.
    await page.getByLabel('Direct from this browser').check();
    const sent = page.waitForRequest((r) =>
      r.url().startsWith(`${SANDBOX_ORIGIN}/v4/recentcontact/get_list?`),
    );
    await sendFor(page, 'alice');
    const request = await sent;
    expect(request.method()).toBe('POST');
    expect(JSON.parse(request.postData() ?? '')).toMatchObject({ From_Account: 'alice' });
    await expect(page.getByTestId('outcome')).toContainText('OK');
    await expect(page.getByTestId('outcome')).toContainText('via direct');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
  });

  test('a direct send that cannot reach its host says so and offers curl and the proxy', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom host…' });
    // A closed port on loopback: the fetch fails the way a CORS refusal does.
    await page.getByLabel('Custom host').fill('http://127.0.0.1:65010');
    await page.getByLabel('SDKAppID').fill('1400000000');
    await page.getByLabel('Secret key').fill('k');
    await page.getByLabel('Direct from this browser').check();
    await sendFor(page, 'alice');
    const outcome = page.getByTestId('outcome');
    await expect(outcome).toContainText('FAIL');
    await expect(outcome).toContainText(/could not reach|cross-origin/);
    await expect(outcome.getByRole('button', { name: 'Copy as curl' })).toBeVisible();
    await expect(outcome.getByRole('button', { name: 'Send via the proxy' })).toBeVisible();
  });

  test('the proxy forwards to the local sandbox and refuses a host outside its list', async ({
    page,
    request,
  }) => {
    const refused = await request.post('./proxy/example.com/v4/recentcontact/get_list?sdkappid=1', {
      data: '{}',
    });
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ proxyError: 'host-not-allowed' });

    await page.goto('./');
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom host…' });
    await page.getByLabel('Custom host').fill('https://example.com');
    await page.getByLabel('SDKAppID').fill('1400000000');
    await page.getByLabel('Secret key').fill('k');
    await page.getByLabel('Proxy', { exact: true }).check();
    await sendFor(page, 'alice');
    await expect(page.getByTestId('outcome')).toContainText('FAIL');
    await expect(page.getByTestId('outcome')).toContainText(/example\.com/);

    await page.getByLabel('Custom host').fill(SANDBOX_ORIGIN);
    await page.getByLabel('SDKAppID').fill(String(SANDBOX_APP.sdkAppId));
    await page.getByLabel('Secret key').fill(SANDBOX_APP.key);
    await page.getByLabel('Identifier').fill(SANDBOX_APP.admin);
    const viaProxy = page.waitForRequest((r) => r.url().includes('/proxy/http:127.0.0.1'));
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await viaProxy;
    await expect(page.getByTestId('outcome')).toContainText('via proxy');
    await expect(page.getByTestId('outcome')).toContainText('OK');
  });
});
