// The Inspect view (issue 7): paste a UserSig, a URL or a curl command and see what the server
// will say; load a pasted request into the builder.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { curlCommand } from '../../src/lib/api/codegen';
import { buildExactRequest } from '../../src/lib/api/url';
import { genUserSig } from '../../src/lib/usersig';
import { VECTORS } from '../unit/fixtures/vectors';
import { expect, test } from './fixtures';
import { openInspectView, openKeyAndOptions } from './helpers';

const V = VECTORS[0]!; // administrator, SDKAppID 1400000000, signed 2023-11-14 for 180 days: long expired
const GET_LIST_BODY =
  '{"From_Account":"alice","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":7}';

async function openInspect(page: Page) {
  const panel = await openInspectView(page);
  return {
    panel,
    paste: panel.getByLabel('UserSig, request URL or curl command'),
    key: panel.getByLabel('Secret key'),
    verdict: panel.getByTestId('inspect-verdict'),
  };
}

function freshUserSig(): Promise<string> {
  return genUserSig({ sdkAppId: V.sdkappid, key: V.key, identifier: V.identifier, expire: 86400 });
}

test.describe('the inspector', () => {
  test("shows the fields of the official SDK's UserSig, and when it expired", async ({ page }) => {
    const { panel, paste, key, verdict } = await openInspect(page);
    await paste.fill(V.userSigNodeSdk);

    const fields = panel.getByTestId('usersig-fields');
    await expect(fields).toContainText('2.0');
    await expect(fields).toContainText('administrator');
    await expect(fields).toContainText('1400000000');
    // Dates show in the browser's locale and time zone: ask it how it writes these two.
    const [issued, expires] = await page.evaluate(
      (times: number[]) => {
        const f = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });
        return times.map((s) => f.format(new Date(s * 1000)));
      },
      [V.time, V.expiresAt],
    );
    await expect(fields).toContainText(issued!);
    await expect(fields).toContainText(expires!);
    await expect(fields).toContainText('180 d');
    await expect(fields).toContainText(`${V.userSigNodeSdk.length} characters`);
    await expect(panel.getByTestId('usersig-validity')).toHaveText(/Expired \d+ d .* ago/);

    // Expiry needs no key; with the right one it is still 70001.
    await expect(verdict).toHaveRole('status');
    await expect(verdict).toContainText('REJECTED 70001');
    await expect(verdict).toContainText(`expired on ${expires}`);
    await key.fill(V.key);
    await expect(verdict).toContainText('REJECTED 70001');
  });

  test('a fresh UserSig: KEY NEEDED without a key, 70009 with a wrong one, ACCEPTED with the right one', async ({
    page,
  }) => {
    const { panel, paste, key, verdict } = await openInspect(page);
    await paste.fill(await freshUserSig());
    await expect(verdict).toContainText('KEY NEEDED');
    await expect(panel.getByText('What can be told without the key')).toBeVisible();
    await expect(panel.getByTestId('usersig-validity')).toHaveText(/Valid for another 23 h 59 min/);

    await key.fill('not-the-key');
    await expect(verdict).toContainText('REJECTED 70009');
    await expect(verdict).toContainText(/another key/);

    await key.fill(V.key);
    await expect(verdict).toContainText('ACCEPTED');
    await expect(key).toHaveAttribute('type', 'password');
    await panel.getByRole('button', { name: 'Show' }).click();
    await expect(key).toHaveAttribute('type', 'text');
  });

  test("takes the builder's key when asked", async ({ page }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    await page.getByLabel('SDKAppID').fill(String(V.sdkappid));
    await page.getByLabel('Secret key').fill(V.key);
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Inspect' })
      .click();
    const panel = page.getByRole('region', { name: 'Inspect' });
    await panel.getByLabel('UserSig, request URL or curl command').fill(await freshUserSig());
    await panel.getByRole('button', { name: "Use the builder's key" }).click();
    await expect(panel.getByLabel('Secret key')).toHaveValue(V.key);
    await expect(panel.getByTestId('inspect-verdict')).toContainText('ACCEPTED');
  });

  test('shows the userbuf as hex and as text', async ({ page }) => {
    const withBuf = VECTORS.find((v) => v.userbufUtf8 === 'abc')!;
    const { panel, paste } = await openInspect(page);
    await paste.fill(withBuf.userSigNodeSdk);
    const fields = panel.getByTestId('usersig-fields');
    await expect(fields).toContainText('3 bytes');
    await expect(fields).toContainText('hex 616263');
    await expect(fields).toContainText('text abc');
  });

  test('explains a UserSig cut short, step by step, with where it ends', async ({ page }) => {
    const { panel, paste, verdict } = await openInspect(page);
    await paste.fill(V.userSigNodeSdk.slice(0, 120));
    await expect(verdict).toContainText('REJECTED 70003');
    await expect(panel.getByTestId('usersig-cut-short')).toContainText('Cut short?');
    const steps = panel.getByRole('list', { name: 'Decoding steps' });
    await expect(steps.getByRole('listitem').filter({ hasText: 'failed here' })).toContainText(
      'zlib',
    );
    await expect(steps.getByRole('listitem').filter({ hasText: 'passed' })).toHaveCount(2);
    await expect(panel.locator('figure pre')).toContainText('^');
  });

  test('points at a character out of place', async ({ page }) => {
    const { panel, paste } = await openInspect(page);
    const bad = V.userSigNodeSdk.slice(0, 30) + '/' + V.userSigNodeSdk.slice(31);
    await paste.fill(bad);
    await expect(panel.getByTestId('usersig-problem')).toContainText('Character 31 is "/"');
    await expect(panel.locator('figure pre')).toContainText(`${bad.slice(20, 31)}`);
    await expect(panel.getByText(/^This is standard base64/)).toBeVisible();
  });

  test('refuses a curl command that reads its body from stdin, saying why', async ({ page }) => {
    const { panel, paste } = await openInspect(page);
    await paste.fill(`curl 'https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list' -d @-`);
    await expect(panel.getByTestId('inspect-unreadable')).toContainText('standard input');
  });

  test('names a URL whose identifier differs from the UserSig’s, without a key', async ({
    page,
  }) => {
    const { panel, paste, verdict } = await openInspect(page);
    const userSig = await freshUserSig();
    await paste.fill(
      `https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list?sdkappid=${V.sdkappid}&identifier=bob&usersig=${userSig}&random=1&contenttype=json`,
    );
    await expect(verdict).toContainText('REJECTED 70013');
    await expect(
      panel.getByRole('list', { name: 'The URL and the UserSig disagree' }),
    ).toContainText('identifier="bob"');
    await expect(panel.getByTestId('request-region')).toHaveText('Singapore');
  });

  test('loads a pasted curl command into the builder', async ({ page }) => {
    const { panel, paste, verdict } = await openInspect(page);
    const userSig = await freshUserSig();
    const command = curlCommand({
      request: buildExactRequest(
        {
          origin: 'https://adminapisgp.im.qcloud.com',
          path: 'v4/recentcontact/get_list',
          sdkAppId: String(V.sdkappid),
          identifier: V.identifier,
          userSig,
          random: 1234567,
        },
        GET_LIST_BODY,
      ),
      userSig: { mode: 'real', expiresAt: Math.floor(Date.now() / 1000) + 86400 },
    });
    await paste.fill(command);
    await expect(verdict).toContainText('KEY NEEDED');
    const checks = panel.getByTestId('request-checks');
    await expect(checks.getByRole('listitem').filter({ hasText: 'random' })).toContainText('OK');
    await expect(checks.getByRole('listitem').filter({ hasText: 'contenttype' })).toContainText(
      'OK',
    );
    await expect(panel.getByTestId('request-region')).toHaveText('Singapore');

    await panel.getByRole('button', { name: 'Load into builder' }).click();

    await expect(page.getByRole('heading', { name: 'Connection' })).toBeVisible();
    await expect(page.getByTestId('inspect-loaded')).toContainText(
      'Loaded into the builder: Singapore',
    );
    await expect(page.getByTestId('inspect-loaded')).toContainText('UserSig was not copied');
    const region = page.getByLabel('Region');
    await expect(region).toHaveValue('singapore');
    await expect(region.locator('option:checked')).toHaveText(/Singapore/);
    await expect(page.getByLabel('SDKAppID')).toHaveValue(String(V.sdkappid));
    await expect(page.getByLabel('Identifier')).toHaveValue(V.identifier);
    await expect(page.getByLabel('From_Account')).toHaveValue('alice');
    // The builder signs its own: another app's key is never carried over, so it asks for one.
    await expect(page.getByLabel('Secret key')).toBeFocused();
    await expect(page.getByLabel('UserSig', { exact: true })).not.toHaveValue(userSig);
  });

  test("loads a browser's Copy as cURL, then goes back to the inspector", async ({ page }) => {
    const { panel, paste } = await openInspect(page);
    const userSig = await freshUserSig();
    // As Chrome's "Copy as cURL (bash)" writes a cross-origin text/plain POST.
    await paste.fill(
      [
        `curl 'https://adminapisgp.my-imcloud.com/v4/recentcontact/get_list?sdkappid=${V.sdkappid}&identifier=${V.identifier}&usersig=${userSig}&random=99&contenttype=json' \\`,
        "  -H 'accept: */*' \\",
        "  -H 'content-type: text/plain;charset=UTF-8' \\",
        "  -H 'origin: http://127.0.0.1:4173' \\",
        `  --data-raw '${GET_LIST_BODY.replace('alice', 'bob')}'`,
      ].join('\n'),
    );
    await expect(panel.getByTestId('request-region')).toHaveText('Singapore (backup domain)');
    await panel.getByRole('button', { name: 'Load into builder' }).click();
    await expect(page.getByLabel('Region')).toHaveValue('singapore');
    await expect(page.getByLabel('From_Account')).toHaveValue('bob');
    await page
      .getByTestId('inspect-loaded')
      .getByRole('button', { name: 'Back to the inspector' })
      .click();
    await expect(page.getByTestId('inspect-loaded')).toHaveCount(0);
    await expect(paste).toBeFocused();
    await expect(paste).toHaveValue(/--data-raw/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no serious or critical axe violation with results shown (${scheme})`, async ({
      page,
    }) => {
      test.setTimeout(90_000); // axe takes a few seconds a run, and this makes three
      await page.emulateMedia({ colorScheme: scheme });
      const { paste, verdict } = await openInspect(page);
      const pastes: [string, string][] = [
        [V.userSigNodeSdk, 'REJECTED 70001'],
        [V.userSigNodeSdk.slice(0, 120), 'REJECTED 70003'],
        [
          `curl 'https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list?sdkappid=1&identifier=x&usersig=${V.userSigNodeSdk}&random=1' -d '{"Extra":1}'`,
          'REJECTED 70014',
        ],
      ];
      for (const [text, expected] of pastes) {
        await paste.fill(text);
        await expect(verdict).toContainText(expected);
        const results = await new AxeBuilder({ page })
          .include('section[aria-labelledby="inspect-title"]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious, expected).toEqual([]);
      }
    });
  }
});
