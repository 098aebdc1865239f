// "Find my region" (issue 17.3): the finder's table as it fills, and the switch to the region
// that knows the SDKAppID. The search itself is lib/region/finder.ts, loaded on demand; each
// probe goes the way the person chose (Auto finding it per host), as the sends do.
import { msg, type Text } from '../i18n/message';
import type { WireRequest } from '../api/wire';
import type { FinderResult, FinderRow } from '../region/finder';
import type { SendVia } from '../api/types';
import type { RouteWorld } from '../transport/route';
import type { SendResult } from '../transport/send';
import { SEND_KIT } from './sender.svelte';
import type { Workspace } from './workspace.svelte';

type Finder = typeof import('../region/finder');

/**
 * Sends one probe the way the Target says (Auto finding it per host, with the sends' memory),
 * loading the transports on the first; their download's failure is the probe's.
 */
export function probeSender(
  target: RouteWorld['settings'] & { readonly sendVia: SendVia },
  loadKit = SEND_KIT.load,
): RegionFinderWorld['send'] {
  return async (req, signal) => {
    const kit = await loadKit();
    if (!kit.ok) {
      // The load failure's own sentence ("… check the connection and try again") says it all.
      return { ok: false, kind: 'network', message: kit.failure.message, hint: '' };
    }
    const world = { settings: target, signal, memory: kit.value.routes };
    return kit.value.probeVia(target.sendVia, req, world);
  };
}

/** The world the finder model touches. */
export interface RegionFinderWorld {
  /** Sends one probe (probeSender). */
  send: (req: WireRequest, signal: AbortSignal) => Promise<SendResult>;
  load?: () => Promise<Finder>;
}

/** State and verbs of the region finder. */
export class RegionFinder {
  rows = $state.raw<readonly FinderRow[]>([]);
  running = $state(false);
  /** The finished search; null before one, or while one runs. */
  result = $state.raw<FinderResult | null>(null);
  /** Why it could not start, in words; '' when it could. */
  problem = $state<Text>('');

  #ws: Workspace;
  #world: RegionFinderWorld;
  #abort: AbortController | null = null;

  constructor(ws: Workspace, world: RegionFinderWorld) {
    this.#ws = ws;
    this.#world = world;
  }

  /** The SDKAppID asked about: the signer's. */
  get sdkAppId(): string {
    return this.#ws.signer.sdkAppId.trim();
  }

  /** Asks every region; a search already running is left to finish. */
  async start(): Promise<void> {
    if (this.running) return;
    if (!/^\d{1,20}$/.test(this.sdkAppId)) {
      this.problem = msg('bench.rf.noApp');
      return;
    }
    this.problem = '';
    this.running = true;
    this.result = null;
    const abort = new AbortController();
    this.#abort = abort;
    try {
      const { findRegion } = await (this.#world.load ?? (() => import('../region/finder')))();
      this.result = await findRegion(this.sdkAppId, {
        send: this.#world.send,
        signal: abort.signal,
        onUpdate: (rows) => (this.rows = rows),
      });
      this.rows = this.result.rows;
    } catch (err) {
      // A failed download of the finder's code: say so where the person looks.
      this.problem = msg('bench.rf.failed', {
        cause: err instanceof Error ? err.message : String(err),
      });
    } finally {
      this.running = false;
      this.#abort = null;
    }
  }

  /** Stops the search. */
  stop(): void {
    this.#abort?.abort();
  }

  /** Picks the region of `row` (its backup domain when that is the one that knows the app). */
  switchTo(row: FinderRow): void {
    this.#ws.target.setChoice({ kind: 'region', id: row.regionId, backup: row.backup });
  }

  /** Whether the builder already points at `row`'s domain. */
  isCurrent(row: FinderRow): boolean {
    return this.#ws.target.origin === `https://${row.domain}`;
  }
}
