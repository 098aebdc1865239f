// Pathological pastes (issue 14.4): each gets its answer (a report, or the size cap's message)
// while the page keeps taking keystrokes. The inspector runs in a worker; the page's longest
// task while each paste is read is printed (PerformanceObserver 'longtask'), not asserted: the
// machine's load decides it, the report gives the figures.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openInspectView } from './helpers';

const URL_BASE = 'https://console.tim.qq.com/v4/recentcontact/get_list';

/** The pastes the hostile-input suite froze the page with, built in the page (megabytes). */
const PASTES = {
  'heredoc markers': `'curl ${URL_BASE} ' + '<<A '.repeat(50000) + '\\nx\\n'`,
  'query parameters': `'${URL_BASE}?' + Array.from({ length: 200000 }, (_, i) => 'p' + i + '=' + i).join('&')`,
  'query parameters, under the cap': `'${URL_BASE}?' + 'a=1&'.repeat(200000)`,
  'backslash continuations': `'curl' + ' \\\\\\n'.repeat(100000) + ' ${URL_BASE}'`,
  'caret continuations': `'curl' + ' ^\\n'.repeat(100000) + ' ${URL_BASE}'`,
  'a 5 MB UserSig': `'eJ' + 'A'.repeat(5000000)`,
} as const;

const EXPECTED: Record<keyof typeof PASTES, RegExp> = {
  'heredoc markers': /read as a curl command/,
  'query parameters': /The paste is 2\.8 MB; the inspector reads up to 1 MB/,
  'query parameters, under the cap': /only the first 1,000 were read/,
  'backslash continuations': /read as a curl command/,
  'caret continuations': /read as a curl command/,
  'a 5 MB UserSig': /The paste is 5\.0 MB; the inspector reads up to 1 MB/,
};

async function openInspect(page: Page) {
  const panel = await openInspectView(page);
  // Monaco loads after the first paint whatever the view: let it settle, so its own long tasks
  // are not counted as the paste's.
  await page.getByTestId('json-editor').locator('.monaco-editor').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  return panel;
}

for (const [name, expr] of Object.entries(PASTES) as [keyof typeof PASTES, string][]) {
  test(`a paste of ${name} is answered, and the page takes keystrokes meanwhile`, async ({
    page,
  }) => {
    const panel = await openInspect(page);
    // Paste as a person does: the whole text at once, as an insertFromPaste input.
    // Built in a task of its own first, so its making is not counted as the paste's.
    await page.evaluate((expression) => {
      (window as unknown as { pasted: string }).pasted = (0, eval)(expression) as string;
    }, expr);
    await page.evaluate(() => {
      const w = window as unknown as { longest: number; frame: number; pasted: string };
      const text = w.pasted;
      w.longest = 0;
      w.frame = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask' });
      // A frame's rendering (laying out the pasted text) is not a task: counted apart.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.frame = Math.max(w.frame, e.duration);
      }).observe({ type: 'long-animation-frame' });
      const box = document.getElementById('inspect-input') as HTMLTextAreaElement;
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    });
    // A keystroke while the paste is read: the key field takes it.
    const key = panel.getByLabel('Secret key');
    await key.press('k');
    await expect(key).toHaveValue('k');
    await expect(panel).toContainText(EXPECTED[name], { timeout: 30_000 });
    // The box shows only the beginning of a paste this long, and says so.
    await expect(panel.getByTestId('inspect-cut')).toContainText('all of it is read');
    await expect(panel.getByLabel('UserSig, request URL or curl command')).toHaveJSProperty(
      'readOnly',
      true,
    );
    await page.waitForTimeout(300);
    const { longest, frame } = await page.evaluate(() => {
      const w = window as unknown as { longest: number; frame: number };
      return { longest: w.longest, frame: w.frame };
    });
    const figures = `longest task ${Math.round(longest)} ms, longest frame ${Math.round(frame)} ms`;
    test.info().annotations.push({ type: 'blocking', description: figures });
    console.log(`hostile paste "${name}": ${figures}`);
  });
}
