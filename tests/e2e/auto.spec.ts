// Auto (issue 17.4): a host the browser cannot reach directly is reached through the proxy
// instead, and the answer says so. Only the unsigned probe ever went direct: the request itself
// went once, through the proxy. (The direct failure is an aborted request: a page sees it as the
// same bare TypeError as a CORS block, and Playwright's fulfilled responses skip CORS checks.)
import { PROBE_USERSIG } from '../../src/lib/transport/probe';
import { sendFor, useSandboxAppAt } from './helpers';
import { expect, test } from './fixtures';

const SANDBOX_ORIGIN = process.env.E2E_SANDBOX_ORIGIN ?? 'http://127.0.0.1:8787';

// Chromium reports the failed direct probe.
test.use({ allowedConsoleErrors: [/net::ERR_FAILED/] });

test('Auto falls back from a failing direct send to the proxy, and remembers it', async ({
  page,
}) => {
  const direct: string[] = [];
  await page.route(`${SANDBOX_ORIGIN}/**`, (route) => {
    direct.push(new URL(route.request().url()).searchParams.get('usersig') ?? '');
    return route.abort('failed');
  });
  await page.goto('./');
  await useSandboxAppAt(page, SANDBOX_ORIGIN);
  await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();

  await sendFor(page, 'alice');
  const outcome = page.getByTestId('outcome');
  await expect(outcome).toContainText('OK');
  await expect(outcome).toContainText('via proxy');
  await expect(outcome).toContainText('so this went through the proxy');
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
  expect(direct).toEqual([PROBE_USERSIG]);

  // Remembered per host: the next send goes through the proxy without asking again.
  await sendFor(page, 'bob');
  await expect(outcome).toContainText('as the last time');
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
  expect(direct).toEqual([PROBE_USERSIG]);
});

test('when neither way works, the answer gives both reasons and offers curl and the proxy help', async ({
  page,
}) => {
  await page.route(`${SANDBOX_ORIGIN}/**`, (route) => route.abort('failed'));
  await page.route('**/proxy/**', (route) => route.abort('failed'));
  await page.goto('./');
  await useSandboxAppAt(page, SANDBOX_ORIGIN);
  await sendFor(page, 'alice');
  const outcome = page.getByTestId('outcome');
  await expect(outcome).toContainText('Neither way reached');
  await expect(outcome).toContainText('the request itself was not sent');
  await expect(outcome.getByRole('button', { name: 'Copy as curl' })).toBeVisible();
  await expect(outcome.getByRole('link', { name: 'Download chat-rest-proxy.mjs' })).toBeVisible();
  await expect(outcome.getByTestId('proxy-command')).toHaveText('node chat-rest-proxy.mjs');
});
