// Reading a large answer without freezing the page (issue 14.3: a 7 MB answer of 100,000 items
// blocked the main thread for seconds). Over LARGE_ANSWER_CHARS the text is parsed in a Web
// Worker (outcome.worker.ts), which sends the answer back a slice at a time: its top-level
// fields first, then each long array in chunks of 5,000 items, so the page takes it in as many
// small tasks instead of one long one (a structured clone costs about as much as the parse;
// the protocol is in outcome-chunks.ts).
// Smaller answers, and platforms without workers (Node, jsdom), are parsed here, as before.
import { explainHttpStatus, outcomeOfJson, parseOutcome, type Outcome } from './outcome';
import { type ParseJob, type ParseReply } from './outcome-chunks';
import OutcomeWorker from './outcome.worker?worker';

/** Answers longer than this (in characters, about bytes for JSON) are parsed off the main thread. */
export const LARGE_ANSWER_CHARS = 1_000_000;

/** Reads an answer's text into its outcome. */
export type OutcomeReader = (text: string, status?: number) => Promise<Outcome>;

interface Pending {
  job: ParseJob;
  json: Record<string, unknown> | null;
  resolve: (outcome: Outcome) => void;
}

/**
 * A reader that sends large answers to workers made by `make` (the bundled one by default), one
 * worker for every job; a worker that fails leaves its jobs to this thread.
 */
export function workerOutcomeReader(make: () => Worker = () => new OutcomeWorker()): OutcomeReader {
  let worker: Worker | null = null;
  let ids = 0;
  const pending = new Map<number, Pending>();

  const start = (): Worker => {
    const w = make();
    w.onmessage = (event: MessageEvent<ParseReply>) => {
      // Our own worker's reply: its type is the one the worker posts.
      const reply = event.data;
      const p = pending.get(reply.id);
      if (!p) return;
      if (reply.kind === 'outcome') {
        pending.delete(reply.id);
        p.resolve(reply.outcome);
      } else if (reply.kind === 'head') {
        p.json = reply.json;
      } else if (reply.kind === 'chunk') {
        const into = p.json?.[reply.field];
        if (Array.isArray(into)) for (const item of reply.items) into.push(item);
      } else {
        pending.delete(reply.id);
        p.resolve(
          outcomeOfJson(
            p.json,
            p.job.status === undefined ? null : explainHttpStatus(p.job.status),
          ),
        );
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker = null;
      // The worker is our own code: if it cannot run, this thread does the job, slowly but right.
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(parseOutcome(p.job.text, p.job.status));
      }
    };
    return w;
  };

  return (text, status) => {
    if (text.length <= LARGE_ANSWER_CHARS) return Promise.resolve(parseOutcome(text, status));
    const w = (worker ??= start());
    const job: ParseJob = { id: ++ids, text, status };
    return new Promise((resolve) => {
      pending.set(job.id, { job, json: null, resolve });
      w.postMessage(job);
    });
  };
}

/** The reader for this platform: off the main thread where Web Workers run, here elsewhere. */
export function outcomeReader(
  workerType: typeof Worker | undefined = globalThis.Worker,
): OutcomeReader {
  if (typeof workerType === 'function') return workerOutcomeReader();
  return (text, status) => Promise.resolve(parseOutcome(text, status));
}
