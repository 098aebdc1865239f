// "Find my region" (issue 17.3): asks each regional domain whether it knows an SDKAppID, a few
// at a time with a timeout each, through whatever transport the caller injects, and then asks
// the backup domains of the regions whose main domain could not be reached (when no main domain
// knows the app). Each question is the unsigned probe (lib/transport/probe.ts): no key needed,
// the person's UserSig never sent. Pure: transport, clock and timers are injected.
import { REGIONS, type Region } from '../api/regions';
import { msg, type Text } from '../i18n/message';
import { probeRequest, readProbe, type ProbeVerdict } from '../transport/probe';
import type { WireRequest } from '../api/wire';
import type { SendResult } from '../transport/send';

/** Where a row stands. */
export type RowState =
  'waiting' | 'asking' | 'knows' | 'not-here' | 'unclear' | 'failed' | 'skipped';

/** One domain asked: the table's row. */
export interface FinderRow {
  regionId: string;
  regionName: string;
  domain: string;
  backup: boolean;
  state: RowState;
  /** The ErrorCode it answered, when it answered one. */
  code: number | null;
  /** How long it took to answer or fail, in ms; null until then. */
  ms: number | null;
  /** In words: what the answer means. */
  detail: Text;
}

/** The world the finder depends on. */
export interface FinderWorld {
  /** Sends a probe the way that works, honouring `signal` (the finder aborts it on timeout). */
  send: (req: WireRequest, signal: AbortSignal) => Promise<SendResult>;
  now?: () => number;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => () => void;
  /** Called with the rows after every change, for the table to follow along. */
  onUpdate?: (rows: readonly FinderRow[]) => void;
  /** Aborting it stops the search: rows not yet asked stay 'waiting'. */
  signal?: AbortSignal;
}

/** The finder's settings; every one has a default. */
export interface FinderOptions {
  /** Probes in flight at once. */
  concurrency?: number;
  /** How long one probe may take. */
  timeoutMs?: number;
  regions?: readonly Region[];
}

/** What the search found: every row, and those that know the app. */
export interface FinderResult {
  rows: FinderRow[];
  found: FinderRow[];
  /** False when it was stopped before every row was asked. */
  complete: boolean;
}

const DEFAULT_CONCURRENCY = 3;
const DEFAULT_TIMEOUT_MS = 5000;

function describe(verdict: ProbeVerdict): Pick<FinderRow, 'state' | 'code' | 'detail'> {
  switch (verdict.kind) {
    case 'knows':
      return {
        state: 'knows',
        code: verdict.code,
        detail: msg('bench.fd.knows', { code: verdict.code }),
      };
    case 'not-here':
      return {
        state: 'not-here',
        code: verdict.code,
        detail: msg(verdict.code === 70020 ? 'bench.fd.notFound' : 'bench.fd.noKey', {
          code: verdict.code,
        }),
      };
    case 'unclear':
      return { state: 'unclear', code: null, detail: verdict.message };
    case 'failed':
      return { state: 'failed', code: null, detail: verdict.failure.message };
  }
}

/** The rows before anything is asked: every region's main domain, then its backup. */
export function initialRows(regions: readonly Region[] = REGIONS): FinderRow[] {
  const row = (r: Region, domain: string, backup: boolean): FinderRow => ({
    regionId: r.id,
    regionName: r.name,
    domain,
    backup,
    state: 'waiting',
    code: null,
    ms: null,
    detail: backup ? msg('bench.fd.backup') : '',
  });
  return regions.flatMap((r) => [
    row(r, r.domain, false),
    ...(r.backupDomain ? [row(r, r.backupDomain, true)] : []),
  ]);
}

/** Asks the domains which one knows `sdkAppId`. */
export async function findRegion(
  sdkAppId: string,
  world: FinderWorld,
  {
    concurrency = DEFAULT_CONCURRENCY,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    regions = REGIONS,
  }: FinderOptions = {},
): Promise<FinderResult> {
  if (!(concurrency >= 1))
    throw new RangeError(`concurrency must be at least 1, got ${concurrency}`);
  const now = world.now ?? (() => performance.now());
  const random = world.random ?? (() => crypto.getRandomValues(new Uint32Array(1))[0] ?? 0);
  const setTimer =
    world.setTimer ??
    ((fn: () => void, ms: number) => {
      const t = setTimeout(fn, ms);
      return () => clearTimeout(t);
    });
  let rows = initialRows(regions);
  const update = (i: number, patch: Partial<FinderRow>) => {
    rows = rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
    world.onUpdate?.(rows);
  };

  const ask = async (i: number): Promise<void> => {
    const row = rows[i];
    if (!row) return;
    update(i, { state: 'asking', detail: '' });
    const controller = new AbortController();
    const started = now();
    let timedOut = false;
    const stopTimer = setTimer(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    world.signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = new Promise<'timeout'>((resolve) =>
      controller.signal.addEventListener('abort', () => resolve('timeout'), { once: true }),
    );
    try {
      const probe = probeRequest(`https://${row.domain}`, sdkAppId, random());
      const result = await Promise.race([world.send(probe, controller.signal), timeout]);
      const ms = Math.round(now() - started);
      if (result === 'timeout' || timedOut) {
        update(i, {
          state: 'failed',
          ms,
          detail: world.signal?.aborted
            ? msg('bench.fd.stopped')
            : msg('bench.fd.timeout', { s: timeoutMs / 1000 }),
        });
      } else {
        update(i, { ...describe(readProbe(result)), ms });
      }
    } finally {
      stopTimer();
      world.signal?.removeEventListener('abort', onAbort);
    }
  };

  // A pool of `concurrency` workers over a queue of row indexes.
  const runAll = async (queue: number[]) => {
    const next = async (): Promise<void> => {
      while (queue.length > 0 && !world.signal?.aborted) {
        const i = queue.shift();
        if (i !== undefined) await ask(i);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, next));
  };

  world.onUpdate?.(rows);
  const mains = rows.flatMap((r, i) => (r.backup ? [] : [i]));
  await runAll(mains);
  const mainKnows = rows.some((r) => !r.backup && r.state === 'knows');
  // A backup domain serves the same region: worth asking only where the main one gave no
  // verdict (unreachable, or something that is not the REST API), and only while no main
  // domain has claimed the app.
  const unanswered = new Set(
    rows
      .filter((r) => !r.backup && (r.state === 'failed' || r.state === 'unclear'))
      .map((r) => r.regionId),
  );
  const backups = rows.flatMap((r, i) =>
    r.backup && !mainKnows && unanswered.has(r.regionId) ? [i] : [],
  );
  rows.forEach((r, i) => {
    if (r.backup && !backups.includes(i)) {
      update(i, {
        state: 'skipped',
        detail: msg(mainKnows ? 'bench.fd.skipKnows' : 'bench.fd.skipAnswered'),
      });
    }
  });
  await runAll(backups);
  const complete = !world.signal?.aborted;
  return { rows, found: rows.filter((r) => r.state === 'knows'), complete };
}
