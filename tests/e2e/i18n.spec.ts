// The page's language (issue 15): a Chinese browser gets Simplified Chinese, the language control
// switches at once without losing what was typed, the choice survives a reload, an English
// browser gets English, and only the active locale's texts are downloaded.
import { VECTORS } from '../unit/fixtures/vectors';
import { expect, test } from './fixtures';
import { seriousViolations } from './helpers';

const V = VECTORS[0]!; // long expired: the verdict is 70001 whatever the key

test.describe('in a zh-CN browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the page is Chinese, the inspector judges in Chinese, and axe is clean', async ({
    page,
  }) => {
    const texts: string[] = [];
    page.on('request', (r) => {
      if (/\/(core|inspect|share|history|usersig)-[^/]*\.js$/.test(r.url())) texts.push(r.url());
    });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByLabel('语言')).toHaveValue('zh-CN');
    const views = page.getByRole('navigation', { name: '视图' });
    await views.getByRole('button', { name: '检查' }).click();
    const panel = page.getByRole('region', { name: '检查' });
    await panel.getByLabel('UserSig、请求 URL 或 curl 命令').fill(V.userSigNodeSdk);
    const verdict = panel.getByTestId('inspect-verdict');
    await expect(verdict).toContainText('拒绝 70001');
    await expect(verdict).toContainText('已于');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('switching to English keeps what was typed, and a reload keeps English', async ({
    page,
  }) => {
    await page.goto('./');
    const views = page.getByRole('navigation', { name: '视图' });
    await views.getByRole('button', { name: '检查' }).click();
    const input = page.getByLabel('UserSig、请求 URL 或 curl 命令');
    await input.fill(V.userSigNodeSdk);
    await expect(page.getByTestId('inspect-verdict')).toContainText('拒绝 70001');

    await page.getByLabel('语言').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Language')).toHaveValue('en');
    // The same paste, judged again in English: nothing typed was lost.
    await expect(page.getByLabel('UserSig, request URL or curl command')).toHaveValue(
      V.userSigNodeSdk,
    );
    await expect(page.getByTestId('inspect-verdict')).toContainText('REJECTED 70001');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  });
});

test.describe('in an en-US browser', () => {
  test.use({ locale: 'en-US' });

  test('the page is English and never downloads the Chinese texts', async ({ page }) => {
    const chinese: string[] = [];
    page.on('request', (r) => {
      if (/zh-CN/.test(r.url())) chinese.push(r.url());
    });
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Language')).toHaveValue('en');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'History' })
      .click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
    expect(chinese).toEqual([]);

    // Choosing Chinese downloads them then, and the header follows.
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '历史记录' })).toBeVisible();
    expect(chinese.length).toBeGreaterThan(0);
  });
});
