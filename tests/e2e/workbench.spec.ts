// The workbench (issue 13): the request and its answer on one screen with Send always in reach,
// Send that sends anything (the body's problems are advice, the service answers them), a first
// Send that works on the sandbox, the recent sends beside the request, and the keyboard.
import type { Page } from '@playwright/test';
import { SANDBOX_APP } from '../../src/lib/sandbox/app';
import { expect, test } from './fixtures';
import {
  editorReady,
  pasteIntoEditor,
  sendFor,
  seriousViolations,
  useSandboxAppAt,
} from './helpers';

const SANDBOX_ORIGIN = process.env.E2E_SANDBOX_ORIGIN ?? 'http://127.0.0.1:8787';

const sendButton = (page: Page) => page.getByRole('button', { name: 'Send', exact: true });
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const outcome = (page: Page) => page.getByTestId('outcome');

/** Points the builder at `npm run sandbox` on loopback, sent directly from the page. */
async function directToLocalSandbox(page: Page) {
  await useSandboxAppAt(page, SANDBOX_ORIGIN);
  await page.getByLabel('Direct from this browser').check();
  await expect(page.getByLabel('UserSig', { exact: true })).not.toHaveValue('');
}

test.describe('one screen', () => {
  for (const [width, height] of [
    [1280, 800],
    [400, 860],
  ] as const) {
    test(`at ${width}×${height}, Send is on the first screen and the outcome is in view after it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await editorReady(page);
      await expect(sendButton(page)).toBeInViewport({ ratio: 1 });
      await sendButton(page).click();
      await expect(outcome(page)).toContainText('ErrorCode 0');
      await expect(outcome(page)).toBeInViewport();
      // Nothing scrolls sideways.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(1);
      if (width >= 1100) {
        // Side by side: the page itself does not scroll, the panes do, each on its own.
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        expect(
          await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
        ).toBeLessThanOrEqual(1);
        await page.getByRole('heading', { name: 'Exact request' }).scrollIntoViewIfNeeded();
        await expect(outcome(page)).not.toBeInViewport();
        await expect(sendButton(page)).toBeInViewport({ ratio: 1 });
        // The next send brings its outcome back into view.
        await sendButton(page).click();
        await expect(outcome(page)).toBeInViewport();
      } else {
        // Stacked: Send stays at the bottom of the screen while the request scrolls.
        await page.evaluate(() => window.scrollTo(0, 0));
        await field(page, 'AssistFlags').scrollIntoViewIfNeeded();
        await expect(sendButton(page)).toBeInViewport({ ratio: 1 });
      }
    });
  }
});

test('the Response panel stays mounted through the sends: the first one does not build it again', async ({
  page,
}) => {
  await page.goto('./');
  await editorReady(page);
  const panel = page.locator('section[aria-labelledby="response-title"]');
  await expect(panel).toContainText('Press Send');
  // The panel's element as it is before any send; a panel mounted again is another element.
  const before = await panel.elementHandle();
  for (const n of [1, 2]) {
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('ErrorCode 0');
    expect(await before?.evaluate((el) => el.isConnected), `after send ${n}`).toBe(true);
  }
});

test.describe('Send anything', () => {
  test('broken JSON goes out byte for byte and is answered 60003, in the page and by `npm run sandbox`', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    const broken = '{"From_Account": "alice", "TimeStamp": 0,, }';
    await pasteIntoEditor(page, context, broken);
    await expect(page.getByTestId('send-advice')).toHaveText(
      /1 problem: sending shows what the service says/,
    );
    await expect(sendButton(page)).toBeEnabled();
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('FAIL');
    await expect(outcome(page)).toContainText('ErrorCode 60003');

    // The same text to a real server on loopback: exactly those bytes on the wire.
    await directToLocalSandbox(page);
    const sent = page.waitForRequest((r) => r.url().startsWith(`${SANDBOX_ORIGIN}/v4/`));
    await sendButton(page).click();
    expect((await sent).postData()).toBe(broken);
    await expect(outcome(page)).toContainText('via direct');
    await expect(outcome(page)).toContainText('ErrorCode 60003');
  });

  test('a body without the cursors is answered 50002, and the missing fields are listed beside Send', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await pasteIntoEditor(page, context, '{"From_Account": "alice", "AssistFlags": 7}');
    const advice = page.getByTestId('send-advice');
    await expect(advice).toHaveText(/4 problems: sending shows what the service says/);
    await expect(advice).toHaveAttribute('aria-expanded', 'false');
    await advice.click();
    await expect(advice).toHaveAttribute('aria-expanded', 'true');
    const list = page.locator('#send-advice');
    for (const name of ['TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex'])
      await expect(list).toContainText(`${name} is missing`);
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('ErrorCode 50002');
    await expect(page.getByTestId('explanation')).toContainText('50002');
    // Pressing Send shows the fields' own errors beside them too.
    await expect(page.locator('[data-field="TimeStamp"]')).toContainText('TimeStamp is missing');
  });

  test('a mistyped field goes too (50002); a value still being typed is listed, not sent', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await pasteIntoEditor(
      page,
      context,
      '{"From_Account": "alice", "TimeStamp": "0", "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 7}',
    );
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('ErrorCode 50002');
    await pasteIntoEditor(
      page,
      context,
      '{"From_Account": "alice", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 7}',
    );
    await field(page, 'StartIndex').fill('12a');
    await expect(page.getByTestId('send-advice')).toHaveText(/1 problem/);
    await page.getByTestId('send-advice').click();
    await expect(page.locator('#send-advice')).toContainText(
      'StartIndex: what is typed in the form is not in the body',
    );
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('ErrorCode 0');
  });

  test('only what makes a request impossible blocks it, and Send says so with a way to fix it', async ({
    page,
  }) => {
    await page.goto('./');
    await field(page, 'Region').selectOption({ label: 'Custom host…' });
    await expect(page.getByLabel('Custom host')).toBeVisible();
    await page.getByLabel('SDKAppID').fill('1400000000');
    await page.getByLabel('Secret key').fill('');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') requests.push(r.url());
    });
    await sendButton(page).click();
    const alert = page.getByRole('region', { name: 'Send' }).getByRole('alert');
    await expect(alert).toContainText('Not sent:');
    await expect(alert).toContainText('Custom host:');
    await expect(alert).toContainText('No UserSig can be made: Enter the app’s secret key');
    expect(requests).toEqual([]);
    await alert.getByRole('listitem').filter({ hasText: 'secret key' }).getByRole('button').click();
    await expect(page.getByLabel('Secret key')).toBeFocused();
  });

  test('Fetch all pages needs a body that parses, and says why; Send still sends it', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await pasteIntoEditor(page, context, '{"From_Account": "alice",');
    await page.getByRole('button', { name: 'Fetch all pages' }).click();
    await expect(page.getByRole('region', { name: 'Send' }).getByRole('alert')).toContainText(
      "Fetch all pages copies each answer's cursors into the body, so it needs a JSON object",
    );
    // Nothing went out: no run, no answer.
    await expect(page.getByTestId('run-summary')).toHaveCount(0);
    await expect(outcome(page)).toHaveCount(0);
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('ErrorCode 60003');
  });
});

test.describe('a useful first Send', () => {
  // Chromium reports the real host refused on purpose below.
  test.use({ allowedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED/] });
  test('on the sandbox, From_Account holds its sample account and no field shows an error', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(field(page, 'From_Account')).toHaveValue(SANDBOX_APP.sampleAccount);
    await expect(field(page, 'From_Account')).not.toHaveAttribute('aria-invalid', 'true');
    await sendButton(page).click();
    await expect(outcome(page)).toContainText('ErrorCode 0');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
  });

  test('leaving the sandbox takes the sample away, only where it is still the sample', async ({
    page,
  }) => {
    await page.goto('./');
    const from = field(page, 'From_Account');
    await field(page, 'Region').selectOption('singapore');
    await expect(from).toHaveValue('');
    // An empty required field the person has not touched shows no error yet...
    await expect(from).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#msg-From_Account')).toHaveText('');
    // ...until they leave it, or press Send.
    await from.focus();
    await from.blur();
    await expect(from).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#msg-From_Account')).toContainText('From_Account is empty');

    await field(page, 'Region').selectOption('sandbox');
    await expect(from).toHaveValue(SANDBOX_APP.sampleAccount);
    await from.fill('bob');
    await field(page, 'Region').selectOption('singapore');
    await expect(from).toHaveValue('bob');
    await field(page, 'Region').selectOption('sandbox');
    await expect(from).toHaveValue('bob');
  });

  test('Send shows every field’s error, touched or not', async ({ page }) => {
    await page.goto('./');
    await field(page, 'Region').selectOption('singapore');
    await page.getByLabel('SDKAppID').fill('1400000001');
    await page.getByLabel('Secret key').fill('k');
    // Direct only: Auto would fall back to the page's proxy, whose 502 (no way to the internet
    // here) may land in the console after the assertion.
    await page.getByLabel('Direct from this browser').check();
    await page.route('https://adminapisgp.im.qcloud.com/**', (route) =>
      route.abort('internetdisconnected'),
    );
    await expect(page.locator('#msg-From_Account')).toHaveText('');
    await sendButton(page).click();
    await expect(page.locator('#msg-From_Account')).toContainText('From_Account is empty');
  });
});

test.describe('recent sends beside the request', () => {
  test('lists the newest sends: load, re-send and star, with the full History a click away', async ({
    page,
  }) => {
    await page.goto('./');
    await sendFor(page, 'bob');
    await expect(outcome(page)).toContainText('ErrorCode 0');
    await sendFor(page, 'carol');
    await expect(outcome(page)).toContainText('ErrorCode 0');
    const toggle = page.getByRole('button', { name: 'Recent sends' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const drawer = page.getByRole('complementary', { name: 'Recent sends' });
    const rows = drawer.getByRole('listitem');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('carol');
    await expect(rows.nth(1)).toContainText('bob');

    await rows
      .nth(1)
      .getByRole('button', { name: /^Load into the builder/ })
      .click();
    await expect(field(page, 'From_Account')).toHaveValue('bob');
    await rows
      .nth(1)
      .getByRole('button', { name: /^Re-send/ })
      .click();
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(3);
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('bob');

    const star = rows.first().getByRole('button', { name: /^Star/ });
    await expect(star).toHaveAttribute('aria-pressed', 'false');
    await star.click();
    await expect(star).toHaveAttribute('aria-pressed', 'true');

    await drawer.getByRole('button', { name: /^All history/ }).click();
    await expect(
      page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'History' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByRole('list', { name: 'Requests, newest first' }).getByRole('listitem').first(),
    ).toHaveClass(/starred/);
  });
});

test.describe('the keyboard', () => {
  test('Next page, Fetch all, the editor and the recent sends each have a key, listed under "?"', async ({
    page,
  }) => {
    await page.goto('./');
    await editorReady(page);
    await expect(sendButton(page)).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
    await expect(page.getByRole('button', { name: 'Next page' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+Shift+N',
    );
    await field(page, 'From_Account').press('Control+Enter');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);

    // From a form field: Next page copies the cursors in.
    await field(page, 'From_Account').press('Alt+Shift+N');
    await expect(field(page, 'StartIndex')).not.toHaveValue('0');
    await page.getByRole('button', { name: 'Reset to defaults' }).click();

    // From the editor itself: Fetch all pages.
    await page.keyboard.press('Alt+Shift+E');
    await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toHaveClass(/focused/);
    await page.keyboard.press('Alt+Shift+P');
    await expect(page.getByTestId('run-summary')).toContainText('3 page(s), 250 conversation(s)');

    await page.keyboard.press('Alt+Shift+H');
    await expect(page.getByRole('complementary', { name: 'Recent sends' })).toBeVisible();
    await page.keyboard.press('Alt+Shift+H');
    await expect(page.getByRole('complementary', { name: 'Recent sends' })).toHaveCount(0);

    // "?" outside text fields opens the list; in a field it is a character.
    await field(page, 'From_Account').fill('a');
    await field(page, 'From_Account').press('Shift+Slash');
    await expect(field(page, 'From_Account')).toHaveValue('a?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
    await page.getByRole('heading', { name: 'Request', exact: true }).click();
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    for (const keys of ['Ctrl+Enter', 'Alt+Shift+N', 'Alt+Shift+P', 'Alt+Shift+E', 'Alt+Shift+H'])
      await expect(help).toContainText(keys);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Keyboard shortcuts/ })).toBeFocused();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the recent sends and the shortcut help pass axe (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await sendFor(page, 'bob');
    await expect(outcome(page)).toContainText('ErrorCode 0');
    await page.getByRole('button', { name: 'Recent sends' }).click();
    await expect(
      page.getByRole('complementary', { name: 'Recent sends' }).getByRole('listitem'),
    ).toHaveCount(1);
    await page.getByRole('button', { name: /Keyboard shortcuts/ }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.getByRole('button', { name: 'Key & options' }).click();
    await expect(page.getByLabel('Secret key')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
