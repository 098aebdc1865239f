// UserSig generation per call on both HMAC paths, in Chromium: the bench page runs the app's own
// genUserSig. Each path gets a new browser context, so its first call pays its own start-up.
import { chromium } from '@playwright/test';
import { launchOptions, type Cleanup } from './browser';
import { round, type Figure } from './figures';
import type { UserSigTimes } from './pages/api';
import { BENCH_PAGE_PATH } from './site';

/** First-call and warm figures for genUserSig through WebCrypto and @noble/hashes in Chromium. */
export async function measureUserSigBrowser(base: string, cleanup: Cleanup): Promise<Figure[]> {
  const browser = await chromium.launch(launchOptions());
  const close = cleanup.add(() => browser.close());
  const figures: Figure[] = [];
  try {
    for (const hmac of ['webcrypto', 'noble'] as const) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(new URL(BENCH_PAGE_PATH, base).href);
        await page.waitForFunction(() => window.benchApi !== undefined, undefined, {
          timeout: 10_000,
        });
        const times: UserSigTimes | null = await page.evaluate(
          (path) => window.benchApi?.userSig(path) ?? null,
          hmac,
        );
        if (times === null) throw new Error('the bench page offers no userSig()');
        figures.push({
          name: `UserSig first call, ${hmac} (Chromium)`,
          value: round(times.first, 2),
          unit: 'ms',
          note: `one call in a new context; clock step ${round(times.clockResolution, 3)} ms`,
        });
        figures.push({
          name: `UserSig warm, ${hmac} (Chromium)`,
          value: round(times.warm, 3),
          unit: 'ms',
          budget: 1,
          note: `median of ${times.batches} batch means, ${times.callsPerBatch} calls each`,
        });
      } finally {
        await context.close();
      }
    }
  } finally {
    await close();
  }
  return figures;
}
