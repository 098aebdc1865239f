import { decodeUserSig, verifyUserSig } from '../../src/lib/usersig';
import { VECTORS } from '../unit/fixtures/vectors';
import { expect, test } from './fixtures';
import { openKeyAndOptions } from './helpers';

const V = VECTORS[0]!;

test.describe('the UserSig signer', () => {
  test('signs a UserSig the server would accept, with its expiry and a countdown', async ({
    page,
  }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    await page.getByLabel('SDKAppID').fill(String(V.sdkappid));
    await page.getByLabel('Secret key').fill(V.key);
    await expect(page.getByLabel('Identifier')).toHaveValue('administrator');
    await page.getByLabel('Validity', { exact: true }).selectOption({ label: '7 days' });

    const box = page.getByLabel('UserSig', { exact: true });
    await expect(box).toHaveValue(/^[A-Za-z0-9*\-_]{100,}$/);
    const userSig = await box.inputValue();
    const verdict = await verifyUserSig(userSig, {
      key: V.key,
      sdkAppId: V.sdkappid,
      identifier: 'administrator',
    });
    expect(verdict.ok).toBe(true);
    const decoded = await decodeUserSig(userSig);
    expect(decoded.ok && decoded.fields.expire).toBe(7 * 86400);

    const expiry = page.getByTestId('usersig-expiry');
    await expect(expiry).toContainText('Expires');
    await expect(expiry).toContainText(/in 6 d 23 h 59 min \d+ s/);
  });

  test('signs with a custom validity and copies the UserSig', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await openKeyAndOptions(page);
    await page.getByLabel('SDKAppID').fill('20000001');
    await page.getByLabel('Secret key').fill('short-key');
    await page.getByLabel('Identifier').fill('管理员-ü');
    await page.getByLabel('Validity', { exact: true }).selectOption({ label: 'Custom…' });
    await page.getByLabel('Validity in seconds').fill('90');
    const box = page.getByLabel('UserSig', { exact: true });
    await expect(box).not.toHaveValue('');
    await expect(page.getByTestId('usersig-expiry')).toContainText(/in 1 min 2\d s|in 1 min 30 s/);

    await page.getByRole('button', { name: 'Copy UserSig' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toBe(await box.inputValue());
    const decoded = await decodeUserSig(clip);
    expect(decoded.ok && [decoded.fields.identifier, decoded.fields.expire]).toEqual([
      '管理员-ü',
      90,
    ]);
  });

  test('shows and hides the key, which starts hidden', async ({ page }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    const key = page.getByLabel('Secret key');
    await expect(key).toHaveAttribute('type', 'password');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(key).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide' }).click();
    await expect(key).toHaveAttribute('type', 'password');
  });

  test('explains bad input beside the field and keeps what was typed', async ({ page }) => {
    await page.goto('./');
    await openKeyAndOptions(page);
    const appId = page.getByLabel('SDKAppID');
    await appId.fill('14000x');
    await appId.blur();
    await expect(page.locator('#sdkappid-msg')).toHaveText(/digits only/);
    await expect(appId).toHaveValue('14000x');
    await expect(appId).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Secret key').fill('');
    await page.getByLabel('Secret key').blur();
    await expect(page.locator('#secret-key-msg')).toHaveText(/secret key/);
    await expect(page.getByLabel('UserSig', { exact: true })).toHaveValue('');

    await appId.fill('1400000000');
    await expect(page.locator('#sdkappid-msg')).toHaveText('');
  });

  test('signs through @noble/hashes where crypto.subtle is missing', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Crypto.prototype, 'subtle', {
        get: () => undefined,
        configurable: true,
      });
    });
    await page.goto('./');
    await openKeyAndOptions(page);
    expect(await page.evaluate(() => typeof crypto.subtle)).toBe('undefined');
    await page.getByLabel('SDKAppID').fill(String(V.sdkappid));
    await page.getByLabel('Secret key').fill(V.key);
    const box = page.getByLabel('UserSig', { exact: true });
    await expect(box).not.toHaveValue('');
    const verdict = await verifyUserSig(await box.inputValue(), {
      key: V.key,
      sdkAppId: V.sdkappid,
      identifier: 'administrator',
    });
    expect(verdict.ok).toBe(true);
  });
});
