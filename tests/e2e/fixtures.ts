// Every e2e test fails on a console error, an uncaught exception or a CSP violation. A test that
// provokes a network failure on purpose may allow the browser's own report of it, by pattern.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageErrors: string[]; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        errors.push(`console.error: ${text}`);
      });
      page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
      // Chromium logs CSP refusals too, but the event is the one sure signal: report it loudly.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
        });
      });
      await use(errors);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
