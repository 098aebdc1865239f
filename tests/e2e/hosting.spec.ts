// The built site must work from any sub-path of a static host: every asset URL is relative.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { prescanEncoding } from './html-prescan';

const DIST = process.env.E2E_DIST ?? 'dist';

test('index.html refers to its assets by relative paths only', () => {
  const html = readFileSync(`${DIST}/index.html`, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThan(0);
  for (const ref of refs) expect(ref, ref).not.toMatch(/^\/|^https?:/);
});

test('the built page declares UTF-8 where the HTML prescan finds it: first in <head>', () => {
  const bytes = readFileSync(`${DIST}/index.html`);
  expect(prescanEncoding(bytes)).toBe('utf-8');
  const html = bytes.toString('utf8');
  expect(html).toMatch(/<head>\s*<meta charset="UTF-8" \/>/);
  // A meta policy governs only what comes after it: it must still precede every script and style.
  const csp = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(csp).toBeGreaterThan(0);
  expect(csp).toBeLessThan(html.search(/<script|<link rel="stylesheet"/));
  // The prescan itself: a charset pushed past byte 1,024 is not found, one in a comment neither.
  const enc = (s: string) => prescanEncoding(new TextEncoder().encode(s));
  expect(enc(`<head><meta name="x" content="${'a'.repeat(1024)}"><meta charset="utf-8">`)).toBe(
    null,
  );
  expect(enc('<!-- <meta charset="utf-8"> --><head>')).toBe(null);
  expect(enc('<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')).toBe(
    'utf-8',
  );
  expect(enc('<head><meta content="text/html; charset=utf-8">')).toBe(null);
  expect(enc("<html lang='en'><head><title>x</title><meta charset=windows-1252>")).toBe(
    'windows-1252',
  );
});

test('the app runs when served under a sub-path', async ({ page }) => {
  // Serve dist/ under /some/deep/path/ through routing, as a static host would.
  await page.route('http://subpath.test/**', async (route) => {
    const url = new URL(route.request().url());
    const prefix = '/some/deep/path/';
    if (!url.pathname.startsWith(prefix)) return route.fulfill({ status: 404, body: 'not found' });
    const rel = url.pathname.slice(prefix.length) || 'index.html';
    const types: Record<string, string> = {
      js: 'text/javascript',
      css: 'text/css',
      html: 'text/html',
    };
    try {
      const body = readFileSync(`${DIST}/${rel}`);
      await route.fulfill({
        status: 200,
        body,
        contentType: types[rel.split('.').pop() ?? ''] ?? 'application/octet-stream',
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.goto('http://subpath.test/some/deep/path/');
  await expect(page.getByRole('heading', { name: 'Chat REST Playground' })).toBeVisible();
  await page.getByLabel('SDKAppID').fill('1400000000');
  // The key is in the connection details, a chunk of its own: it loads from the sub-path too.
  await page.getByRole('button', { name: 'Key & options' }).click();
  await page.getByLabel('Secret key').fill('k');
  await expect(page.getByLabel('UserSig', { exact: true })).not.toHaveValue('');
});
