// Shared steps for e2e tests: they drive the page as a person does (labels and roles).
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { SANDBOX_APP } from '../../src/lib/sandbox/app';
import { expect } from './fixtures';

/** Waits until Monaco has replaced the plain text box. */
export async function editorReady(page: Page) {
  await expect(page.getByTestId('json-editor').locator('.monaco-editor')).toBeVisible({
    timeout: 15_000,
  });
}

/**
 * Replaces the JSON editor's text by a clipboard paste: typing into Monaco is mangled by its
 * auto-closed brackets and quotes (STYLE.md rule 14).
 */
export async function pasteIntoEditor(page: Page, context: BrowserContext, text: string) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await editorReady(page);
  await page.getByTestId('json-editor').locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
export async function editorText(page: Page): Promise<string> {
  const text = await page.getByTestId('json-editor').locator('.view-lines').innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** The exact request body as shown under "Exact request". */
export async function requestBody(page: Page): Promise<unknown> {
  return JSON.parse((await page.getByTestId('request-body').textContent()) ?? '');
}

/**
 * Opens the connection strip's "Key & options" (the secret key, the validity, the UserSig) when
 * it is closed, as it starts on the sandbox, whose values are filled in.
 */
export async function openKeyAndOptions(page: Page) {
  const toggle = page.getByRole('button', { name: 'Key & options' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByLabel('Secret key')).toBeVisible();
}

/**
 * Points the builder at `host` as a custom host and signs for the sandbox's app there (a local
 * `npm run sandbox`, or a stand-in for it); the page is already open.
 */
export async function useSandboxAppAt(page: Page, host: string) {
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Custom host…' });
  await page.getByLabel('Custom host').fill(host);
  await page.getByLabel('SDKAppID').fill(String(SANDBOX_APP.sdkAppId));
  await page.getByLabel('Secret key').fill(SANDBOX_APP.key);
  await page.getByLabel('Identifier').fill(SANDBOX_APP.admin);
}

/** Types a From_Account and presses Send. */
export async function sendFor(page: Page, fromAccount: string) {
  await page.getByLabel('From_Account', { exact: true }).fill(fromAccount);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

/** Opens the page pointed at a custom host, signed with the sandbox's public values. */
export async function useCustomHost(page: Page, host: string) {
  await page.goto('./');
  await useSandboxAppAt(page, host);
}

/** Opens the page on the Inspect view; the Inspect panel. */
export async function openInspectView(page: Page) {
  await page.goto('./');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Inspect' })
    .click();
  const panel = page.getByRole('region', { name: 'Inspect' });
  await expect(panel.getByRole('heading', { name: 'Inspect' })).toBeVisible();
  return panel;
}

/** Opens the History view; its entries, newest first, once there are `count` of them. */
export async function historyEntries(page: Page, count: number) {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'History' })
    .click();
  const entries = page.getByRole('list', { name: 'Requests, newest first' }).getByRole('listitem');
  await expect(entries).toHaveCount(count);
  return entries;
}

/** The Compare toggle of a history entry. */
export function compareToggle(entry: Locator): Locator {
  return entry.getByRole('button', { name: /^Compare/ });
}

/** Serious and critical axe violations on the page as it stands, described for a failure message. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
