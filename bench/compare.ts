// Compare of two large answers, in Chromium on the built bench page (bench/pages/compare.ts):
// the app's compare module parses both answers' JSON, reads them as sides and matches them.
import { chromium } from '@playwright/test';
import { launchOptions, type Cleanup } from './browser';
import { medianOrNull, round, spread, type Figure } from './figures';
import type { CompareTimes } from './pages/api';
import { BENCH_PAGE_PATH } from './site';

/** The most a Compare of two 10,000-item answers may take (issue 18). */
export const COMPARE_BUDGET_MS = 200;

/** Times `runs` Compares of two `items`-item get_list answers; the figures and the raw times. */
export async function measureCompare(
  base: string,
  items: number,
  runs: number,
  cleanup: Cleanup,
): Promise<{ figures: Figure[]; raw: CompareTimes }> {
  const browser = await chromium.launch(launchOptions());
  const close = cleanup.add(() => browser.close());
  try {
    const page = await browser.newPage();
    await page.goto(new URL(BENCH_PAGE_PATH, base).href);
    await page.waitForFunction(() => window.benchApi !== undefined, undefined, { timeout: 10_000 });
    const raw = await page.evaluate(
      ([n, r]) => {
        if (!window.benchApi) throw new Error('the bench page offers no compare()');
        return window.benchApi.compare(n, r);
      },
      [items, runs] as const,
    );
    const { counts, expected } = raw;
    const right = (Object.keys(expected) as (keyof typeof expected)[]).every(
      (k) => counts[k] === expected[k],
    );
    const found = `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed, ${counts.same} the same, ${counts.fields} top-level field`;
    const name = `Compare, two ${items.toLocaleString('en')}-item answers`;
    return {
      raw,
      figures: [
        {
          name: `${name} (parse, read, match)`,
          value: medianOrNull(raw.runs, 1),
          unit: 'ms',
          budget: COMPARE_BUDGET_MS,
          note: `${spread(raw.runs, 1)}; first (cold) ${round(raw.first, 1)} ms; ${right ? found : `WRONG: ${found}, made with ${JSON.stringify(expected)}`}`,
        },
        {
          name: `${name}: the matching alone`,
          value: medianOrNull(raw.matchRuns, 1),
          unit: 'ms',
          note: spread(raw.matchRuns, 1),
        },
      ],
    };
  } finally {
    await close();
  }
}
