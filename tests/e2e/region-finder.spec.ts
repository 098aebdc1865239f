// "Find my region" (issue 17.3) against three sandboxes standing in for three regions: the
// China and Frankfurt domains lead to sandboxes where the app does not live (70020), the
// Singapore domain to the one that hosts it; every other domain cannot be reached. A 70020
// answer offers the finder, which picks Singapore, and the switch takes the builder there.
import type { Page, Route } from '@playwright/test';
import { SANDBOX_APP } from '../../src/lib/sandbox/app';
import { PROBE_USERSIG } from '../../src/lib/transport/probe';
import { sendFor } from './helpers';
import { expect, test } from './fixtures';

const SANDBOX_ORIGIN = process.env.E2E_SANDBOX_ORIGIN ?? 'http://127.0.0.1:8787';
const [ELSEWHERE_A, ELSEWHERE_B] = (process.env.E2E_ELSEWHERE_ORIGINS ?? '').split(',');
const STAND_INS: Record<string, string | undefined> = {
  'console.tim.qq.com': ELSEWHERE_A,
  'adminapisgp.im.qcloud.com': SANDBOX_ORIGIN,
  'adminapiger.im.qcloud.com': ELSEWHERE_B,
};

// Chromium reports the aborted requests (the unreachable domains, the absent proxy).
test.use({ allowedConsoleErrors: [/net::ERR_FAILED/] });

/** Routes every https request to its stand-in sandbox, or fails it; records the probes. */
async function standIns(page: Page): Promise<{ usersigs: string[] }> {
  const usersigs: string[] = [];
  await page.route(/^https:\/\//, async (route: Route) => {
    const url = new URL(route.request().url());
    usersigs.push(url.searchParams.get('usersig') ?? '');
    const to = STAND_INS[url.host];
    if (!to) return route.abort('failed');
    const response = await route.fetch({ url: `${to}${url.pathname}${url.search}` });
    return route.fulfill({ response });
  });
  // No proxy here: Auto's second try fails at once, as with no proxy running.
  await page.route('**/proxy/**', (route) => route.abort('failed'));
  return { usersigs };
}

test('a 70020 answer offers Find my region, which picks the region that knows the app', async ({
  page,
}) => {
  const seen = await standIns(page);
  await page.goto('./');
  await page.getByLabel('Region', { exact: true }).selectOption('china');
  await page.getByLabel('SDKAppID').fill(String(SANDBOX_APP.sdkAppId));
  await page.getByLabel('Secret key').fill(SANDBOX_APP.key);
  await page.getByLabel('Identifier').fill(SANDBOX_APP.admin);
  await sendFor(page, 'alice');
  await expect(page.getByTestId('outcome')).toContainText('ErrorCode 70020');

  await page.getByTestId('explanation').getByRole('button', { name: 'Find my region' }).click();
  const verdict = page.getByTestId('finder-verdict');
  await expect(verdict).toContainText('Singapore knows it', { timeout: 20_000 });
  const table = page.getByTestId('finder-table');
  await expect(
    table.getByRole('row', { name: /Singapore adminapisgp\.im\.qcloud\.com knows it \(70003\)/ }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /^China console\.tim\.qq\.com not here \(70020\)/ }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /Frankfurt adminapiger\.im\.qcloud\.com not here/ }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /Tokyo adminapijpn\.im\.qcloud\.com no answer/ }),
  ).toBeVisible();
  // A main domain knows the app: no backup domain was asked.
  await expect(table.getByRole('row', { name: /\(backup\).*not asked/ })).toHaveCount(8);

  await verdict.getByRole('button', { name: 'Switch to Singapore' }).click();
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('singapore');
  await expect(verdict).toContainText('(in use)');

  // The probes carried the deliberately invalid UserSig; the real one went only with the send.
  const probes = seen.usersigs.filter((u) => u === PROBE_USERSIG).length;
  const real = seen.usersigs.filter((u) => u !== PROBE_USERSIG);
  expect(probes).toBeGreaterThanOrEqual(9);
  expect(real).toHaveLength(1);

  await sendFor(page, 'alice');
  await expect(page.getByTestId('outcome')).toContainText('OK');
  await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
});
