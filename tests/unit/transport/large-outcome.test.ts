// Large answers are parsed off the main thread and come back in slices (issue 14.3): the page
// gets the same outcome as parsing it here, with its fields in order; a worker that fails
// leaves the job to this thread.
import { describe, expect, it } from 'vitest';
import {
  LARGE_ANSWER_CHARS,
  outcomeReader,
  workerOutcomeReader,
} from '../../../src/lib/transport/large-outcome';
import {
  CHUNK_ITEMS,
  repliesOf,
  type ParseJob,
  type ParseReply,
} from '../../../src/lib/transport/outcome-chunks';
import { parseOutcome } from '../../../src/lib/transport';

/**
 * A Worker in this thread that answers as outcome.worker.ts does (parseOutcome, then repliesOf),
 * each reply a structured clone in a task of its own, as postMessage delivers them.
 */
class InThreadWorker {
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted = 0;
  terminated = false;
  constructor(private readonly fail = false) {}
  postMessage(job: ParseJob): void {
    this.posted++;
    setTimeout(() => {
      if (this.fail) {
        this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
        return;
      }
      const outcome = parseOutcome(job.text, job.status);
      const replies: ParseReply[] =
        outcome.ok && typeof outcome.json === 'object' && outcome.json !== null
          ? repliesOf(job.id, outcome.json as Record<string, unknown>)
          : [{ id: job.id, kind: 'outcome', outcome }];
      for (const reply of replies) {
        setTimeout(() =>
          this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<ParseReply>),
        );
      }
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

function bigAnswer(n: number): string {
  const items = Array.from({ length: n }, (_, i) => ({
    Type: 1,
    To_Account: `user${i}`,
    MsgTime: i,
  }));
  return JSON.stringify({
    ActionStatus: 'OK',
    ErrorCode: 0,
    SessionItem: items,
    CompleteFlag: 1,
    RequestId: 'r',
  });
}

describe('reading a large answer', () => {
  it('parses a large answer in the worker and puts it back together, fields in order', async () => {
    const workers: InThreadWorker[] = [];
    const read = workerOutcomeReader(() => {
      const w = new InThreadWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const text = bigAnswer(30_000);
    expect(text.length).toBeGreaterThan(LARGE_ANSWER_CHARS);
    const outcome = await read(text, 200);
    expect(outcome).toEqual(parseOutcome(text, 200));
    expect(outcome.ok && Object.keys(outcome.json as object)).toEqual([
      'ActionStatus',
      'ErrorCode',
      'SessionItem',
      'CompleteFlag',
      'RequestId',
    ]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toBe(1);
  });

  it('sends the long arrays in chunks and the rest in the head', () => {
    const json = {
      a: 1,
      list: Array.from({ length: CHUNK_ITEMS * 2 + 1 }, (_, i) => i),
      short: [1],
    };
    const replies = repliesOf(7, json);
    expect(replies.map((r) => r.kind)).toEqual(['head', 'chunk', 'chunk', 'chunk', 'done']);
    expect(replies[0]).toEqual({ id: 7, kind: 'head', json: { a: 1, list: [], short: [1] } });
    expect(replies.flatMap((r) => (r.kind === 'chunk' ? r.items : []))).toEqual(json.list);
  });

  it('keeps small answers, and what is not an object, on this thread or in the worker’s own words', async () => {
    let made = 0;
    const read = workerOutcomeReader(() => {
      made++;
      return new InThreadWorker() as unknown as Worker;
    });
    expect(await read('{"ActionStatus":"OK"}', 200)).toEqual(
      parseOutcome('{"ActionStatus":"OK"}', 200),
    );
    expect(made).toBe(0);
    const array = `[${'1,'.repeat(LARGE_ANSWER_CHARS)}1]`;
    const outcome = await read(array, 502);
    expect(outcome).toEqual(parseOutcome(array, 502));
    expect(outcome.ok).toBe(false);
    expect(made).toBe(1);
    const html = `<html><title>Gateway</title>${' '.repeat(LARGE_ANSWER_CHARS)}</html>`;
    expect(await read(html)).toEqual(parseOutcome(html));
  });

  it('a worker that fails leaves its jobs to this thread, and the next job starts a fresh one', async () => {
    const workers: InThreadWorker[] = [];
    const read = workerOutcomeReader(() => {
      const w = new InThreadWorker(workers.length === 0);
      workers.push(w);
      return w as unknown as Worker;
    });
    const text = bigAnswer(20_000);
    expect(await read(text, 200)).toEqual(parseOutcome(text, 200));
    expect(workers[0]?.terminated).toBe(true);
    expect(await read(text, 200)).toEqual(parseOutcome(text, 200));
    expect(workers).toHaveLength(2);
  });

  it('without Web Workers (Node) every answer is parsed here', async () => {
    const read = outcomeReader(undefined);
    const text = bigAnswer(20_000);
    expect(await read(text, 200)).toEqual(parseOutcome(text, 200));
  });
});
