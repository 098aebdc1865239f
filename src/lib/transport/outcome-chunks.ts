// What the large-answer worker (outcome.worker.ts) and the page (large-outcome.ts) say to each
// other. Kept apart from both: the page's side imports the worker's constructor, which the
// worker must not import.
import type { Outcome } from './outcome';

/** Items per chunk of a long array: a few milliseconds of structured clone on the main thread. */
export const CHUNK_ITEMS = 5000;

/** A parse asked of the worker. */
export interface ParseJob {
  id: number;
  text: string;
  status: number | undefined;
}

/** The worker's replies to a job, in order: an outcome, or a head, its chunks and done. */
export type ParseReply =
  | { id: number; kind: 'outcome'; outcome: Outcome }
  | {
      id: number;
      kind: 'head';
      /** The answer with each chunked array empty, in place (the fields keep their order). */
      json: Record<string, unknown>;
    }
  | { id: number; kind: 'chunk'; field: string; items: unknown[] }
  | { id: number; kind: 'done' };

/** Splits a parsed answer into the replies the worker posts: a head, then the chunks of long arrays. */
export function repliesOf(id: number, json: Record<string, unknown>): ParseReply[] {
  const head: Record<string, unknown> = {};
  const chunks: ParseReply[] = [];
  for (const [field, value] of Object.entries(json)) {
    if (Array.isArray(value) && value.length > CHUNK_ITEMS) {
      head[field] = [];
      for (let i = 0; i < value.length; i += CHUNK_ITEMS) {
        chunks.push({ id, kind: 'chunk', field, items: value.slice(i, i + CHUNK_ITEMS) });
      }
    } else {
      head[field] = value;
    }
  }
  return [{ id, kind: 'head', json: head }, ...chunks, { id, kind: 'done' }];
}
