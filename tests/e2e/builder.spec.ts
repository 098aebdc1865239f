import {
  editorReady,
  editorText,
  openKeyAndOptions,
  pasteIntoEditor,
  requestBody,
} from './helpers';
import { expect, test } from './fixtures';

test.describe('the request builder', () => {
  test('typing in the form updates the JSON', async ({ page }) => {
    await page.goto('./');
    await editorReady(page);
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await page.getByLabel('TimeStamp', { exact: true }).fill('1631012800');
    await expect.poll(() => editorText(page)).toContain('"From_Account": "alice"');
    await expect.poll(() => editorText(page)).toContain('"TimeStamp": 1631012800');
    expect(await requestBody(page)).toEqual({
      From_Account: 'alice',
      TimeStamp: 1631012800,
      StartIndex: 0,
      TopTimeStamp: 0,
      TopStartIndex: 0,
      AssistFlags: 7,
    });
  });

  test('a value that is not valid yet waits in the form with a message, the JSON keeps the last one', async ({
    page,
  }) => {
    await page.goto('./');
    const ts = page.getByLabel('TimeStamp', { exact: true });
    await ts.fill('12a');
    await expect(ts).toHaveValue('12a');
    await expect(ts).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#msg-TimeStamp')).toContainText(/whole number/i);
    expect(((await requestBody(page)) as { TimeStamp: number }).TimeStamp).toBe(0);
    await ts.fill('4294967296');
    await expect(page.locator('#msg-TimeStamp')).toContainText(/4294967295/);
  });

  test('pasting JSON updates the form, keeping unknown fields with a warning', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    const pasted = JSON.stringify({
      From_Account: 'bob',
      TimeStamp: 5,
      StartIndex: 6,
      TopTimeStamp: 7,
      TopStartIndex: 8,
      AssistFlags: 15,
      Extra: true,
    });
    await pasteIntoEditor(page, context, pasted);
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('bob');
    await expect(page.getByLabel('TopStartIndex', { exact: true })).toHaveValue('8');
    await expect(page.getByLabel('AssistFlags', { exact: true })).toHaveValue('15');
    await expect(page.getByLabel('undocumented bit 3')).toBeChecked();
    await expect(page.getByText(/Extra/).first()).toBeVisible();
    expect(await page.getByTestId('request-body').textContent()).toBe(pasted);
  });

  test('broken JSON shows its error and stays as typed while the form keeps the last valid values', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await page.getByLabel('From_Account', { exact: true }).fill('carol');
    const broken = '{\n  "From_Account": "dave",\n  "TimeStamp": 0,,\n}';
    await pasteIntoEditor(page, context, broken);
    await expect(page.getByTestId('json-status')).toContainText('Line 3, column');
    await expect(page.getByTestId('form-stale')).toBeVisible();
    const from = page.getByLabel('From_Account', { exact: true });
    await expect(from).toHaveValue('carol');
    await expect(from).toBeDisabled();
    expect(await page.getByTestId('request-body').textContent()).toBe(broken);
    // Format cannot run on broken JSON and says why, losing nothing.
    await page.getByRole('button', { name: 'Format' }).click();
    await expect(page.getByTestId('json-status')).toContainText('Cannot format');
    expect(await page.getByTestId('request-body').textContent()).toBe(broken);
    // Sending is not blocked: the problem is listed beside Send, and the service answers it.
    await expect(page.getByTestId('send-advice')).toHaveText(
      /1 problem: sending shows what the service says/,
    );
    await page.getByTestId('send-advice').click();
    await expect(page.locator('#send-advice')).toContainText('JSON body has an error at line 3');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('outcome')).toContainText('ErrorCode 60003');
    expect(await page.getByTestId('request-body').textContent()).toBe(broken);
  });

  test('Format pretty-prints the body', async ({ page, context }) => {
    await page.goto('./');
    await pasteIntoEditor(
      page,
      context,
      '{"From_Account":"x","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":7}',
    );
    await expect(page.getByLabel('From_Account', { exact: true })).toHaveValue('x');
    await page.getByRole('button', { name: 'Format' }).click();
    await expect(page.getByTestId('request-body')).toHaveText(/^\{\n {2}"From_Account": "x",\n/);
  });

  test('toggling bits updates AssistFlags in the form and the JSON, and presets set it', async ({
    page,
  }) => {
    await page.goto('./');
    await editorReady(page);
    const flags = page.getByLabel('AssistFlags', { exact: true });
    await page.getByLabel('Empty conversations (bit 1)').uncheck();
    await expect(flags).toHaveValue('5');
    await expect.poll(() => editorText(page)).toContain('"AssistFlags": 5');
    await page.getByLabel('Pinned conversations (bit 0)').uncheck();
    await expect(flags).toHaveValue('4');
    await page.getByRole('button', { name: '63', exact: true }).click();
    await expect(flags).toHaveValue('63');
    for (const bit of [3, 4, 5])
      await expect(page.getByLabel(`undocumented bit ${bit}`)).toBeChecked();
    await page.getByLabel('undocumented bit 4').uncheck();
    await expect(flags).toHaveValue('47');
    await flags.fill('2147483655');
    await expect(page.getByLabel('undocumented bit 31')).toBeChecked();
    await expect(page.getByLabel('Pinned conversations (bit 0)')).toBeChecked();
    expect(((await requestBody(page)) as { AssistFlags: number }).AssistFlags).toBe(2147483655);
  });

  test('the URL keeps the UserSig masked until it is revealed', async ({ page }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    await expect(page.getByLabel('UserSig', { exact: true })).not.toHaveValue('');
    const userSig = await page.getByLabel('UserSig', { exact: true }).inputValue();
    expect(userSig.length).toBeGreaterThan(100);
    const url = page.getByTestId('request-url');
    await expect(url).toContainText('usersig=••••••');
    const masked = (await url.textContent()) ?? '';
    for (let i = 0; i + 8 <= userSig.length; i += 8)
      expect(masked).not.toContain(userSig.slice(i, i + 8));
    expect(masked).toMatch(/random=\d+&contenttype=json$/);
    await page.getByRole('button', { name: 'Reveal UserSig' }).click();
    await expect(url).toContainText(`usersig=${userSig}&random=`);
    await page.getByRole('button', { name: 'Hide UserSig' }).click();
    await expect(url).not.toContainText(userSig.slice(0, 20));
  });

  test('copy as code uses a placeholder unless the real UserSig is asked for', async ({ page }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    await expect(page.getByLabel('UserSig', { exact: true })).not.toHaveValue('');
    const userSig = await page.getByLabel('UserSig', { exact: true }).inputValue();
    const code = page.getByTestId('code-preview');
    await expect(code).toContainText('YOUR_USERSIG');
    expect(await code.textContent()).not.toContain(userSig.slice(0, 30));
    await page.getByLabel('Put the real UserSig in the copy').check();
    await expect(code).toContainText(userSig);
    await expect(page.getByText(/works as a password until/)).toBeVisible();
    await page.getByLabel('Copy as').selectOption({ label: 'Python program' });
    await expect(code).toContainText('TLSSigAPIv2');
    expect(await code.textContent()).not.toContain(userSig.slice(0, 30));
  });

  test('regions: every region with its domain, the backup domain, and a checked custom host', async ({
    page,
  }) => {
    await page.goto('./');
    const region = page.getByLabel('Region', { exact: true });
    await expect(region).toHaveValue('sandbox');
    const options = await region.locator('option').allTextContents();
    for (const domain of [
      'console.tim.qq.com',
      'adminapisgp.im.qcloud.com',
      'adminapikr.im.qcloud.com',
      'adminapijpn.im.qcloud.com',
      'adminapiger.im.qcloud.com',
      'adminapiind.im.qcloud.com',
      'adminapiusa.im.qcloud.com',
      'adminapiidn.im.qcloud.com',
      'adminapiksa.im.qcloud.com',
    ]) {
      expect(
        options.some((o) => o.includes(domain)),
        domain,
      ).toBe(true);
    }
    await region.selectOption({ label: 'Singapore — adminapisgp.im.qcloud.com' });
    await expect(page.getByTestId('request-url')).toContainText(
      'https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list?',
    );
    // Leaving the sandbox takes its public key away.
    await expect(page.getByLabel('Secret key')).toHaveValue('');
    await page.getByLabel('Use backup domain').check();
    await expect(page.getByText('Sends to https://adminapisgp.my-imcloud.com')).toBeVisible();

    await region.selectOption({ label: 'Custom host…' });
    const host = page.getByLabel('Custom host');
    await host.fill('http://example.com');
    await expect(page.locator('#custom-host-msg')).toContainText('https');
    await host.fill('localhost:8787');
    await expect(page.locator('#custom-host-msg')).toHaveText('');
    await expect(page.getByTestId('request-url')).toContainText('http://localhost:8787/v4/');
  });

  test('the last region, SDKAppID and identifier come back on reload, the key does not', async ({
    page,
  }) => {
    await page.goto('./');
    await page
      .getByLabel('Region', { exact: true })
      .selectOption({ label: 'Tokyo — adminapijpn.im.qcloud.com' });
    await page.getByLabel('SDKAppID').fill('1400123456');
    await page.getByLabel('Secret key').fill('do-not-remember-me');
    await page.getByLabel('Identifier').fill('ops_admin');
    await page.reload();
    await expect(page.getByLabel('Region', { exact: true })).toHaveValue('tokyo');
    await expect(page.getByLabel('SDKAppID')).toHaveValue('1400123456');
    await expect(page.getByLabel('Identifier')).toHaveValue('ops_admin');
    await expect(page.getByLabel('Secret key')).toHaveValue('');
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toContain('do-not-remember-me');
  });

  test('works on a narrow screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto('./');
    await editorReady(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await expect(page.getByLabel('From_Account', { exact: true })).toBeVisible();
  });
});
