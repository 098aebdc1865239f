// Opening history with many stored entries: seed them into the app's IndexedDB through the bench
// page (same origin), close that browser, open the app in a new one on a copy of that profile (so
// the database is read from disk, as after any restart), let the page settle, click "History" in
// the header, and time until the first entry of the list has been painted.
import { cp } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { freshProfileDir, launchProfile, pageScript, throttleCpu, type Cleanup } from './browser';
import { medianOrNull, round, spread, type Figure } from './figures';
import { readProbe, waitForAppReady } from './loads';
import type { SeedResult } from './pages/api';
import { installProbe } from './probe';
import { BENCH_PAGE_PATH } from './site';

/** How long the list may take to show an entry before the run is called n/a. */
const OPEN_TIMEOUT_MS = 10_000;
const SEED_TIMEOUT_MS = 60_000;
/** How long no resource may finish loading before the page counts as settled. */
const QUIET_MS = 500;

/** One opening of history; ms from the click, null with a reason when not seen. */
export interface HistoryRun {
  /** Click → the first entry painted (the figure with the budget). */
  openMs: number | null;
  /** Click → the DOM change that added the first entry (confirmed visible by the next frame). */
  foundMs: number | null;
  countText: string | null;
  rows: number;
  reason?: string;
}

async function seed(page: Page, base: string, n: number): Promise<SeedResult> {
  await page.goto(new URL(BENCH_PAGE_PATH, base).href);
  await page.waitForFunction(() => window.benchApi !== undefined, undefined, { timeout: 10_000 });
  return page.evaluate(
    (count) =>
      window.benchApi?.seedHistory(count) ?? { ok: false as const, message: 'no bench page' },
    n,
  );
}

/**
 * Resolves once no resource has finished loading for QUIET_MS and the page has had an idle
 * moment: the editor is up and the idle-time downloads are done, as when a person reaches for
 * the History button. (Playwright's 'networkidle' never comes here: it waits for a worker
 * script request that it never sees finish.)
 */
export async function settle(page: Page, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() < end && Date.now() - quietSince < QUIET_MS) {
    const count = await page.evaluate(() => performance.getEntriesByType('resource').length);
    if (count !== last) {
      last = count;
      quietSince = Date.now();
    }
    await page.waitForTimeout(100);
  }
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })),
  );
}

/** A profile holding `n` seeded entries, made once; every run opens a copy of it. */
async function seedTemplate(
  base: string,
  n: number,
  cleanup: Cleanup,
): Promise<{ dir: string; seeded: SeedResult }> {
  const { dir } = await freshProfileDir(cleanup);
  const seeder = await launchProfile(dir, cleanup);
  try {
    seeder.page.setDefaultTimeout(SEED_TIMEOUT_MS);
    return { dir, seeded: await seed(seeder.page, base, n) };
  } finally {
    // Closed before any copy is made: the database is complete on disk and the profile unlocked.
    await seeder.close();
  }
}

async function historyOnce(
  base: string,
  template: string,
  rate: number,
  cleanup: Cleanup,
): Promise<HistoryRun> {
  const profile = await freshProfileDir(cleanup);
  const run: HistoryRun = { openMs: null, foundMs: null, countText: null, rows: 0 };
  try {
    await cp(template, profile.dir, { recursive: true });
    const { context, page, close } = await launchProfile(profile.dir, cleanup);
    try {
      await page.addInitScript({ content: pageScript(installProbe) });
      await throttleCpu(context, page, rate);
      await page.goto(base, { waitUntil: 'commit' });
      await waitForAppReady(page, 15_000 * rate);
      await settle(page, 10_000 * rate);
      const inHeader = page
        .getByRole('banner')
        .getByRole('button', { name: 'History', exact: true });
      const button = (await inHeader.count())
        ? inHeader.first()
        : page.getByRole('button', { name: 'History', exact: true }).first();
      if ((await button.count()) === 0) return { ...run, reason: 'no "History" button' };
      await button.click();
      await page
        .waitForFunction(() => window.__benchProbe?.history?.rowShownAt != null, undefined, {
          timeout: OPEN_TIMEOUT_MS * rate,
          polling: 50,
        })
        .catch(() => {});
      const { probe } = await readProbe(page);
      const h = probe?.history ?? null;
      if (h === null) return { ...run, reason: 'the click on "History" was not seen' };
      run.countText = h.countText;
      run.rows = h.rows;
      if (h.rowFoundAt === null || h.rowShownAt === null) {
        return {
          ...run,
          reason: `no entry (a list item with a button) showed in the History view within ${(OPEN_TIMEOUT_MS * rate) / 1000} s`,
        };
      }
      run.foundMs = h.rowFoundAt - h.clickAt;
      run.openMs = h.rowShownAt - h.clickAt;
      return run;
    } finally {
      await close();
    }
  } finally {
    await profile.remove();
  }
}

/** What historyRuns measured: the seeding, and each opening. */
export interface HistoryResult {
  entries: number;
  seeded: SeedResult;
  runs: HistoryRun[];
}

/**
 * `runs` openings of history holding `n` entries. The entries are seeded once, into a profile
 * of their own; each run starts a new browser on a fresh copy of that profile.
 */
export async function historyRuns(
  base: string,
  n: number,
  rate: number,
  runs: number,
  cleanup: Cleanup,
): Promise<HistoryResult> {
  const { dir, seeded } = await seedTemplate(base, n, cleanup);
  const results: HistoryRun[] = [];
  if (!seeded.ok) return { entries: n, seeded, runs: results };
  for (let i = 0; i < runs; i++) {
    const run = await historyOnce(base, dir, rate, cleanup);
    results.push(run);
    // The same reason every time (no History list yet): the other runs would only repeat it.
    if (run.reason && i === 0) break;
  }
  return { entries: n, seeded, runs: results };
}

/** The history figures: the opening against its budget, and what the view showed. */
export function historyFigures(result: HistoryResult, rate: number): Figure[] {
  const { entries, seeded, runs } = result;
  const cpu = rate === 1 ? '' : `, CPU ${rate}x slower`;
  const open = runs.map((r) => r.openMs);
  const found = runs.map((r) => r.foundMs);
  const reasons = [
    ...new Set([
      ...(seeded.ok ? [] : [`seeding failed: ${seeded.message}`]),
      ...runs.flatMap((r) => (r.reason ? [r.reason] : [])),
    ]),
  ];
  const counts = [...new Set(runs.flatMap((r) => (r.countText ? [r.countText] : [])))];
  const rows = [...new Set(runs.map((r) => r.rows))];
  const noteOf = (xs: readonly (number | null)[]) =>
    xs.every((x) => x === null)
      ? `n/a (${reasons.join('; ') || 'nothing measured'})`
      : `${spread(xs)}${reasons.length ? `; also: ${reasons.join('; ')}` : ''}`;
  const name = `history, ${entries.toLocaleString('en')} entries`;
  return [
    {
      name: `open ${name}: first entry painted${cpu}`,
      value: medianOrNull(open, 0),
      unit: 'ms',
      ...(rate === 1 ? { budget: 100 } : { budget: 100 * rate, info: true }),
      note: noteOf(open),
    },
    {
      name: `open ${name}: first entry in the DOM${cpu}`,
      value: medianOrNull(found, 0),
      unit: 'ms',
      note: `${noteOf(found)}; count shown: ${counts.length ? counts.map((c) => `"${c}"`).join(', ') : 'none'}; rows: ${rows.join(', ')}`,
    },
    {
      name: `seed ${name} (bench page, one bulk write)`,
      value: seeded.ok ? round(seeded.ms, 0) : null,
      unit: 'ms',
      note: seeded.ok ? `stored: ${seeded.stored}` : `n/a (${seeded.message})`,
    },
  ];
}
