// Parses a large answer off the main thread (large-outcome.ts): the page gets the outcome of an
// answer that is not an object (a short message), or the answer in slices it can take in
// without a long task.
import { repliesOf, type ParseJob, type ParseReply } from './outcome-chunks';
import { parseOutcome } from './outcome';

/** What this file needs of the worker's global scope. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParseJob>) => void) | null;
  postMessage(reply: ParseReply): void;
}

serve();

/** Answers the page's jobs; the scope is the worker's own global (injected for the lint's layers). */
function serve(scope: WorkerScope = globalThis as unknown as WorkerScope): void {
  scope.onmessage = (event) => {
    const { id, text, status } = event.data;
    const outcome = parseOutcome(text, status);
    if (!outcome.ok || typeof outcome.json !== 'object' || outcome.json === null) {
      scope.postMessage({ id, kind: 'outcome', outcome });
      return;
    }
    // parseOutcome answers ok only for an object: its fields are the answer's own.
    for (const reply of repliesOf(id, outcome.json as Record<string, unknown>)) {
      scope.postMessage(reply);
    }
  };
}
