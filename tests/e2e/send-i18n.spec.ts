// A send failure in the page's language (issue 15): in a zh-CN browser a direct send to a host
// that does not answer says why and what to do in Chinese; switching to English words the same
// failure in English without sending again; History keeps the failure's descriptor, so its
// details follow the active language.
import { expect, test } from './fixtures';

// A closed port on loopback: the fetch fails the way a CORS refusal does, and Chromium says so.
const HOST = '127.0.0.1:65010';

test.describe('a failed send in a zh-CN browser', () => {
  test.use({ locale: 'zh-CN', allowedConsoleErrors: [/net::ERR_CONNECTION_REFUSED/] });

  test('shows the failure and its hint in Chinese, then in English without re-sending, and in History', async ({
    page,
  }) => {
    let sent = 0;
    page.on('request', (r) => {
      if (r.url().startsWith(`http://${HOST}/`)) sent++;
    });
    await page.goto('./');
    await page.getByLabel('地域', { exact: true }).selectOption({ label: '自定义主机…' });
    await page.getByLabel('自定义主机', { exact: true }).fill(`http://${HOST}`);
    await page.getByLabel('SDKAppID').fill('1400000000');
    await page.getByLabel('密钥', { exact: true }).fill('k');
    await page.getByLabel('由本浏览器直接调用').check();
    await page.getByLabel('From_Account', { exact: true }).fill('alice');
    await page.getByRole('button', { name: '发送', exact: true }).click();

    const outcome = page.getByTestId('outcome');
    await expect(outcome).toContainText(`浏览器无法访问 ${HOST}`);
    await expect(outcome).toContainText('CORS');
    await expect(outcome).toContainText('将请求复制为 curl 命令');
    expect(sent).toBe(1);

    await page.getByLabel('语言').selectOption('en');
    await expect(outcome).toContainText(`The browser could not reach ${HOST}`);
    await expect(outcome).toContainText('Copy the request as a curl command');
    await expect(outcome).not.toContainText('浏览器无法访问');
    expect(sent).toBe(1);

    // History, in English, then back in Chinese: the same entry in each language.
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'History' })
      .click();
    const list = page.getByRole('list', { name: 'Requests, newest first' });
    const row = list.getByRole('listitem').first();
    await expect(row).toContainText(`The browser could not reach ${HOST}`);
    await row.getByRole('button', { name: /^Details/ }).click();
    await expect(row).toContainText(`No response: The browser could not reach ${HOST}`);

    await page.getByLabel('Language').selectOption('zh-CN');
    const zhRow = page
      .getByRole('list', { name: '请求（最新的在前）' })
      .getByRole('listitem')
      .first();
    await expect(zhRow).toContainText(`浏览器无法访问 ${HOST}`);
    await expect(zhRow).toContainText(`没有应答：浏览器无法访问 ${HOST}`);
    await expect(zhRow).not.toContainText('could not reach');
    expect(sent).toBe(1);
  });
});
