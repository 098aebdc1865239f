// Runs inspections in a Web Worker (inspect.worker.ts), one at a time. A job still running when
// the next one comes is not waited for: its worker is ended and a fresh one started, so a paste
// that keeps a worker busy for seconds never delays the next keystroke's report. It comes with
// the inspector's kit (kit.ts), and the worker's own chunk only when the first job starts one.
import type { FieldIssue } from '../api/types';
import type { InspectReport } from './inspect';
import InspectWorker from './inspect.worker?worker';

/** One inspection: the paste, the key (memory only: a worker is part of the tab) and the moment to judge at. */
export interface InspectJob {
  id: number;
  text: string;
  key: string;
  nowMs: number;
}

/** The worker's answer to a job: the report, or why there is none (a bug of the inspector). */
export type InspectReply =
  | { id: number; ok: true; report: InspectReport<FieldIssue> }
  | { id: number; ok: false; message: string };

/** Runs a job; resolves null when a newer job replaced it before it finished. */
export type InspectRunner = (job: Omit<InspectJob, 'id'>) => Promise<InspectReply | null>;

/** A runner over workers made by `make` (the bundled inspector worker by default). */
export function workerRunner(make: () => Worker = () => new InspectWorker()): InspectRunner {
  let worker: Worker | null = null;
  let busy: { id: number; settle: (reply: InspectReply | null) => void } | null = null;
  let ids = 0;

  const stop = (): void => {
    worker?.terminate();
    worker = null;
  };
  const start = (): Worker => {
    const w = make();
    w.onmessage = (event: MessageEvent<InspectReply>) => {
      // Our own worker's reply: its type is the one the worker posts.
      const reply = event.data;
      if (busy?.id !== reply.id) return;
      const done = busy;
      busy = null;
      done.settle(reply);
    };
    w.onerror = (event) => {
      event.preventDefault();
      const done = busy;
      busy = null;
      stop();
      done?.settle({
        id: done.id,
        ok: false,
        message: event.message || 'the inspector worker could not run',
      });
    };
    return w;
  };

  return (job) => {
    if (busy) {
      busy.settle(null);
      busy = null;
      stop();
    }
    const w = (worker ??= start());
    const id = ++ids;
    return new Promise((resolve) => {
      busy = { id, settle: resolve };
      w.postMessage({ ...job, id } satisfies InspectJob);
    });
  };
}

/** The worker runner where this platform has Web Workers; null elsewhere (Node, jsdom). */
export function inspectRunner(
  workerType: typeof Worker | undefined = globalThis.Worker,
): InspectRunner | null {
  return typeof workerType === 'function' ? workerRunner() : null;
}
