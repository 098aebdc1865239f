// npm run bench: builds the site, serves it on loopback and measures it in headless Chromium,
// then prints each figure beside its budget (PASS/FAIL) and writes bench/results.json.
// `npm run bench -- --only history,compare --runs 3` runs only those sections (bench/options.ts). A script,
// not a test: a missed budget never fails it; it exits non-zero only when it could not measure
// (the build, the server or every browser measurement failed).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { Cleanup, launchOptions } from './browser';
import { blankBundleFigures, initialFiles, measureBundle } from './bundle';
import { measureCompare } from './compare';
import { composition } from './composition';
import { fetchAllFigures, fetchAllRuns, type FetchAllResult } from './fetchall';
import { formatTable, round, type Check, type Figure } from './figures';
import { historyFigures, historyRuns, type HistoryResult } from './history';
import { blankFigures, loadFigures, loadPairs, sendBeforeEditorCheck, type LoadRun } from './loads';
import { parseOptions, type BenchOptions } from './options';
import type { CompareTimes } from './pages/api';
import { measureShare } from './share';
import { BLANK_PAGE_DIR, buildAll, ROOT, serve } from './site';
import { measureUserSigNode } from './usersig';
import { measureUserSigBrowser } from './usersig-browser';

/** The slowed setting: Emulation.setCPUThrottlingRate. */
const SLOW = 4;
/** Entries in the history that is opened. */
const HISTORY_ENTRIES = 10_000;
/** Conversations of the sandbox account that Fetch all pages goes through. */
const FETCH_ALL_CONVERSATIONS = 10_000;
/** Fetch-all runs (each some seconds at 20 pages a second) unless --runs asks for fewer. */
const FETCH_ALL_RUNS = 3;
/** Items in each of the two answers compared. */
const COMPARED_ITEMS = 10_000;

const seconds = (since: number) => `${round((performance.now() - since) / 1000)} s`;
const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0];

async function browserVersion(cleanup: Cleanup): Promise<string> {
  const browser = await chromium.launch(launchOptions());
  const version = browser.version();
  await cleanup.add(() => browser.close())();
  return version;
}

/** Everything one run measured, as results.json holds it. */
interface Results {
  figures: Figure[];
  checks: Check[];
  raw: {
    loads: Record<string, LoadRun[]>;
    history: HistoryResult | null;
    compare?: CompareTimes;
    fetchAll?: FetchAllResult;
  };
  /** Browser sections run, and those that threw, by name. */
  ran: number;
  failed: string[];
}

/**
 * Runs one browser section; if it throws, the bench goes on and the section's figure reads
 * "n/a (the error)" rather than losing every other figure.
 */
async function section(results: Results, name: string, measure: () => Promise<void>) {
  results.ran++;
  try {
    await measure();
  } catch (err) {
    console.warn(`  ${name} failed: ${message(err)}`);
    results.failed.push(name);
    results.figures.push({ name, value: null, unit: '', note: `n/a (${message(err)})` });
  }
}

async function main(cleanup: Cleanup, options: BenchOptions): Promise<number> {
  // Fresh-profile loads per setting (of the app, and as many of the blank page); figures are medians.
  const { only, runs } = options;
  const started = performance.now();
  const loadBefore = loadavg();
  const work = await mkdtemp(join(tmpdir(), 'chat-rest-bench-'));
  cleanup.add(() => rm(work, { recursive: true, force: true }));
  const site = join(work, 'site');

  console.log('Building the site and the bench page…');
  const modules = await buildAll(site);
  const results: Results = {
    figures: [...measureBundle(site), ...blankBundleFigures(site, join(site, BLANK_PAGE_DIR))],
    checks: [],
    raw: { loads: {}, history: null },
    ran: 0,
    failed: [],
  };
  const { figures, checks } = results;
  const initialMade = composition(modules, initialFiles(site), ROOT);
  const base = await serve(site, cleanup);
  const chromiumVersion = await browserVersion(cleanup);
  console.log(`Serving ${base}; Chromium ${chromiumVersion} (${seconds(started)})`);

  for (const rate of [1, SLOW].filter((r) => only.has(r === 1 ? 'loads' : 'slow'))) {
    const cpu = rate === 1 ? 'CPU at full speed' : `CPU ${rate}x slower`;
    await section(results, `page loads, ${cpu}`, async () => {
      console.log(
        `Loading the app and the blank page ${runs} times each, in turn, ${cpu}… (${seconds(started)})`,
      );
      const pairs = await loadPairs(base, `${base}${BLANK_PAGE_DIR}/`, rate, runs, cleanup);
      results.raw.loads[`cpu${rate}x`] = pairs.app;
      results.raw.loads[`blank-cpu${rate}x`] = pairs.blank;
      figures.push(...loadFigures(pairs.app, rate), ...blankFigures(pairs, rate));
      checks.push(sendBeforeEditorCheck(pairs.app, rate));
    });
  }

  if (only.has('history')) {
    await section(results, `open history, ${HISTORY_ENTRIES} entries`, async () => {
      console.log(
        `Opening history with ${HISTORY_ENTRIES.toLocaleString('en')} entries, ${runs} times… (${seconds(started)})`,
      );
      const history = await historyRuns(base, HISTORY_ENTRIES, 1, runs, cleanup);
      results.raw.history = history;
      figures.push(...historyFigures(history, 1));
    });
  }

  if (only.has('fetchall')) {
    await section(results, 'Fetch all pages', async () => {
      const n = Math.min(runs, FETCH_ALL_RUNS);
      console.log(
        `Fetch all pages over ${FETCH_ALL_CONVERSATIONS.toLocaleString('en')} conversations, ${n} times… (${seconds(started)})`,
      );
      const fetchAll = await fetchAllRuns(base, FETCH_ALL_CONVERSATIONS, n, cleanup);
      results.raw.fetchAll = fetchAll;
      figures.push(...fetchAllFigures(fetchAll));
    });
  }

  if (only.has('compare')) {
    await section(results, 'Compare', async () => {
      console.log(
        `Comparing two ${COMPARED_ITEMS.toLocaleString('en')}-item answers… (${seconds(started)})`,
      );
      const compare = await measureCompare(base, COMPARED_ITEMS, runs, cleanup);
      results.raw.compare = compare.raw;
      figures.push(...compare.figures);
    });
  }

  if (only.has('usersig')) {
    await section(results, 'UserSig (Chromium)', async () => {
      console.log(`Timing UserSig generation in Chromium and in Node… (${seconds(started)})`);
      figures.push(...(await measureUserSigBrowser(base, cleanup)));
    });
    figures.push(...(await measureUserSigNode()));
  }
  if (only.has('share')) figures.push(...(await measureShare()));

  console.log(`\nMeasured in ${seconds(started)}.\n`);
  console.log(formatTable(figures, checks));
  console.log(
    `\nThe initial JS by source (share of its tree-shaken, unminified code): ${initialMade
      .slice(0, 10)
      .map((p) => `${p.source} ${p.share}%`)
      .join(', ')}`,
  );
  const loadAfter = loadavg();
  const busy = Math.max(loadBefore[0] ?? 0, loadAfter[0] ?? 0) > cpus().length;
  console.log(
    `Load average (1 min) ${round(loadBefore[0] ?? 0)} → ${round(loadAfter[0] ?? 0)} on ${cpus().length} CPUs${
      busy ? ': the machine was busy, so the timings are slower than it can do' : ''
    }.`,
  );

  const out = join(ROOT, 'bench', 'results.json');
  await writeFile(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        chromium: chromiumVersion,
        cpus: cpus().length,
        loadAverage: { before: loadBefore, after: loadAfter },
        runs,
        sections: [...only],
        figures,
        checks,
        initialComposition: initialMade,
        failed: results.failed,
        raw: results.raw,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nWrote ${out}`);
  // When every browser section failed, nothing in a browser was measured.
  return results.ran > 0 && results.failed.length === results.ran ? 1 : 0;
}

const cleanup = new Cleanup();
// Ctrl+C or a kill still closes the browsers and the server and removes the temporary folders.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanup.run().finally(() => process.exit(130));
  });
}

new Promise<BenchOptions>((resolve) => resolve(parseOptions(process.argv.slice(2))))
  .then((options) => main(cleanup, options))
  .catch((err: unknown) => {
    console.error('The bench could not measure:', err);
    return 1;
  })
  .then(async (code) => {
    await cleanup.run();
    process.exit(code);
  });
