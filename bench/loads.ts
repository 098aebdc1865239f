// Page loads: each in a new browser on a new, empty profile, optionally with the CPU slowed
// through the DevTools protocol. The probe (./probe.ts) records when Send can be clicked and
// when the editor arrives; the page's own paint timing gives first contentful paint.
import type { Page } from '@playwright/test';
import { freshProfileDir, launchProfile, pageScript, throttleCpu, type Cleanup } from './browser';
import { medianOrNull, round, spread, type Check, type Figure } from './figures';
import { installProbe, type LongTask, type ProbeState } from './probe';

/** How long one load may take to show both Send and the editor, at 1x CPU. */
const LOAD_TIMEOUT_MS = 15_000;
/** Long tasks are counted until this long after the editor arrived (Monaco's start-up). */
const SETTLE_MS = 500;

/** What one load showed; times in ms since navigation started, null when not seen. */
export interface LoadRun {
  fcp: number | null;
  send: number | null;
  /**
   * When the app had taken over the page (main.ts's 'app-live' mark): on a first visit the
   * prerendered Send shows before it, and a click on it then is sent at this point.
   */
  live: number | null;
  editor: number | null;
  /** The longest task that started before Send could be clicked; 0 when there was none. */
  longestBeforeSend: number | null;
  /** The longest task after Send could be clicked, until the editor arrived (and SETTLE_MS more). */
  longestAfterSend: LongTask | null;
  longTasks: LongTask[];
}

/** What the probe and the paint timing hold, read from the page. */
export async function readProbe(
  page: Page,
): Promise<{ probe: ProbeState | null; fcp: number | null; live: number | null }> {
  return page.evaluate(() => {
    window.__benchFlush?.();
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const live = performance.getEntriesByName('app-live')[0];
    return {
      probe: window.__benchProbe ?? null,
      fcp: paint ? paint.startTime : null,
      live: live ? live.startTime : null,
    };
  });
}

/**
 * Resolves once the probe has seen Send clickable and (unless `editor` is false: the blank page
 * has none) the editor, or after `timeout`.
 */
export async function waitForAppReady(page: Page, timeout: number, editor = true): Promise<void> {
  await page
    .waitForFunction(
      (needEditor) => {
        const p = window.__benchProbe;
        return p !== undefined && p.sendAt !== null && (!needEditor || p.editorAt !== null);
      },
      editor,
      { timeout, polling: 100 },
    )
    .catch(() => {
      // Reported as n/a: the figures say what was and was not seen.
    });
}

function longest(tasks: readonly LongTask[]): LongTask | null {
  return tasks.reduce<LongTask | null>(
    (a, t) => (a === null || t.duration > a.duration ? t : a),
    null,
  );
}

async function loadOnce(
  url: string,
  rate: number,
  cleanup: Cleanup,
  withEditor = true,
): Promise<LoadRun> {
  const profile = await freshProfileDir(cleanup);
  const { context, page, close } = await launchProfile(profile.dir, cleanup);
  try {
    await page.addInitScript({ content: pageScript(installProbe) });
    await throttleCpu(context, page, rate);
    await page.goto(url, { waitUntil: 'commit' });
    await waitForAppReady(page, LOAD_TIMEOUT_MS * rate, withEditor);
    await page.waitForTimeout(SETTLE_MS);
    const { probe, fcp, live } = await readProbe(page);
    const tasks = probe?.longTasks ?? [];
    const send = probe?.sendAt ?? null;
    const editor = probe?.editorAt ?? null;
    const until = editor === null ? Infinity : editor + SETTLE_MS;
    return {
      fcp,
      send,
      live,
      editor,
      longestBeforeSend:
        send === null ? null : (longest(tasks.filter((t) => t.start < send))?.duration ?? 0),
      longestAfterSend:
        send === null ? null : longest(tasks.filter((t) => t.start >= send && t.start < until)),
      longTasks: tasks,
    };
  } finally {
    await close();
    await profile.remove();
  }
}

/** `runs` fresh-profile loads of `url` with the CPU slowed `rate` times, one after another. */
export async function loadRuns(
  url: string,
  rate: number,
  runs: number,
  cleanup: Cleanup,
): Promise<LoadRun[]> {
  const results: LoadRun[] = [];
  let timedOut = 0;
  for (let i = 0; i < runs; i++) {
    const run = await loadOnce(url, rate, cleanup);
    results.push(run);
    // Two loads in a row that never showed Send or the editor: the app is broken, and each
    // further load would only wait out its timeout again.
    timedOut = run.send === null || run.editor === null ? timedOut + 1 : 0;
    if (timedOut === 2) break;
  }
  return results;
}

/** Loads of the app and of the blank page, paired: the i-th of each ran one after the other. */
export interface PairedRuns {
  app: LoadRun[];
  blank: LoadRun[];
}

/**
 * `runs` pairs of fresh-profile loads, the app's and the blank page's in turn (which goes first
 * alternates, so a machine slowing down or speeding up weighs on both alike).
 */
export async function loadPairs(
  appUrl: string,
  blankUrl: string,
  rate: number,
  runs: number,
  cleanup: Cleanup,
): Promise<PairedRuns> {
  const pairs: PairedRuns = { app: [], blank: [] };
  let timedOut = 0;
  for (let i = 0; i < runs; i++) {
    const loadApp = () => loadOnce(appUrl, rate, cleanup);
    const loadBlank = () => loadOnce(blankUrl, rate, cleanup, false);
    let app: LoadRun;
    if (i % 2 === 0) {
      app = await loadApp();
      pairs.blank.push(await loadBlank());
    } else {
      pairs.blank.push(await loadBlank());
      app = await loadApp();
    }
    pairs.app.push(app);
    // Two app loads in a row that never showed Send or the editor: the app is broken, and each
    // further load would only wait out its timeout again.
    timedOut = app.send === null || app.editor === null ? timedOut + 1 : 0;
    if (timedOut === 2) break;
  }
  return pairs;
}

/** The median of the pairs' ratios app ÷ blank, over the pairs where both were measured. */
export function medianRatio(
  pairs: PairedRuns,
  pick: (r: LoadRun) => number | null,
): { ratio: number | null; of: number; spread: string } {
  const ratios: number[] = [];
  pairs.app.forEach((app, i) => {
    const a = pick(app);
    const b = pairs.blank[i] ? pick(pairs.blank[i]) : null;
    if (a !== null && b !== null && b > 0) ratios.push(a / b);
  });
  return {
    ratio: medianOrNull(ratios, 2),
    of: ratios.length,
    spread: spread(ratios, 2),
  };
}

/** The most the app's first paint and Send may be, as a multiple of the blank page's (issue 18). */
export const BLANK_RATIO_BUDGET = 1.5;

/** The blank page's own figures and the app's against them, at one CPU rate. */
export function blankFigures(pairs: PairedRuns, rate: number): Figure[] {
  const cpu = rate === 1 ? '' : `, CPU ${rate}x slower`;
  const out: Figure[] = [];
  for (const [what, pick] of [
    ['first contentful paint', (r: LoadRun) => r.fcp],
    ['Send clickable', (r: LoadRun) => r.send],
  ] as const) {
    const blank = pairs.blank.map(pick);
    out.push({
      name: `blank page: ${what}${cpu}`,
      value: medianOrNull(blank, 0),
      unit: 'ms',
      note: spread(blank),
    });
    const r = medianRatio(pairs, pick);
    out.push({
      name: `app ÷ blank page: ${what}${cpu}`,
      value: r.ratio,
      unit: '×',
      budget: BLANK_RATIO_BUDGET,
      note:
        r.of === 0
          ? 'n/a (no pair measured both)'
          : `median of ${r.spread.replace('runs', 'pairs')}`,
    });
  }
  return out;
}

/** The load figures of one CPU rate: medians against the budgets (× rate, as info, when slowed). */
export function loadFigures(runs: readonly LoadRun[], rate: number): Figure[] {
  const cpu = rate === 1 ? '' : `, CPU ${rate}x slower`;
  const budget = (ms: number) => (rate === 1 ? { budget: ms } : { budget: ms * rate, info: true });
  const pick = (f: (r: LoadRun) => number | null) => runs.map(f);
  const na = (xs: readonly (number | null)[], what: string) =>
    xs.every((x) => x === null)
      ? `n/a (${what} in ${runs.length} of ${runs.length} loads)`
      : spread(xs);
  const fcp = pick((r) => r.fcp);
  const send = pick((r) => r.send);
  const live = pick((r) => r.live);
  const editor = pick((r) => r.editor);
  const beforeSend = pick((r) => r.longestBeforeSend);
  const afterSend = pick((r) =>
    r.send === null || r.editor === null ? null : (r.longestAfterSend?.duration ?? 0),
  );
  const medianBeforeSend = medianOrNull(beforeSend, 0);
  // Where the median run's longest task after Send sits, against when the editor arrived.
  const ranked = runs
    .filter((r) => r.send !== null && r.editor !== null)
    .sort((a, b) => (a.longestAfterSend?.duration ?? 0) - (b.longestAfterSend?.duration ?? 0));
  const middle = ranked[Math.floor((ranked.length - 1) / 2)];
  const where =
    middle?.longestAfterSend && middle.editor !== null
      ? `; the median run's starts at ${round(middle.longestAfterSend.start, 0)} ms, editor at ${round(middle.editor, 0)} ms`
      : '';
  return [
    {
      name: `first contentful paint${cpu}`,
      value: medianOrNull(fcp, 0),
      unit: 'ms',
      ...budget(250),
      note: na(fcp, 'no paint entry'),
    },
    {
      name: `Send clickable${cpu}`,
      value: medianOrNull(send, 0),
      unit: 'ms',
      ...budget(300),
      note: na(send, 'Send never clickable'),
    },
    {
      name: `app live (the first screen hydrated or mounted)${cpu}`,
      value: medianOrNull(live, 0),
      unit: 'ms',
      note: live.every((x) => x === null)
        ? `n/a (no 'app-live' mark in ${runs.length} of ${runs.length} loads)`
        : `${spread(live)}; a Send clicked before this is sent at this point`,
    },
    {
      name: `editor ready (Monaco host)${cpu}`,
      value: medianOrNull(editor, 0),
      unit: 'ms',
      ...budget(800),
      note: na(editor, 'no Monaco host'),
    },
    {
      name: `longest task before Send clickable${cpu}`,
      value: medianBeforeSend,
      unit: 'ms',
      ...budget(100),
      note:
        medianBeforeSend === 0
          ? `< 50 ms: no long task before Send (${spread(beforeSend)})`
          : na(beforeSend, 'Send never clickable'),
    },
    {
      name: `longest task after Send, to editor + ${SETTLE_MS} ms${cpu}`,
      value: medianOrNull(afterSend, 0),
      unit: 'ms',
      note: afterSend.every((x) => x === null)
        ? `n/a (no load showed both Send and the editor)`
        : `${spread(afterSend)}${where}`,
    },
  ];
}

/** PASS when Send was clickable before the editor arrived in every load where both were seen. */
export function sendBeforeEditorCheck(runs: readonly LoadRun[], rate: number): Check {
  const both = runs.filter((r) => r.send !== null && r.editor !== null);
  const before = both.filter((r) => (r.send ?? 0) < (r.editor ?? 0)).length;
  return {
    name: `Send clickable before the editor${rate === 1 ? '' : `, CPU ${rate}x slower`}`,
    pass: both.length === 0 ? null : before === both.length,
    note:
      both.length === 0
        ? 'n/a (no load showed both)'
        : `${before} of ${both.length} loads; median lead ${medianOrNull(
            both.map((r) => (r.editor ?? 0) - (r.send ?? 0)),
            0,
          )} ms`,
  };
}
