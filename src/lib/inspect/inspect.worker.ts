// The inspector off the main thread (issue 14.4): a paste is classified, parsed, decoded and
// judged here, so however long a pathological paste takes, the page keeps answering. The page
// ends this worker when a newer paste comes while it is still busy (worker-client.ts).
import { INSPECT_DEPS } from './deps';
import { inspectPaste } from './inspect';
import type { InspectJob, InspectReply } from './worker-client';

/** What this file needs of the worker's global scope. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<InspectJob>) => void) | null;
  postMessage(reply: InspectReply): void;
}

serve();

/** Answers the page's jobs; the scope is the worker's own global (injected for the lint's layers). */
function serve(scope: WorkerScope = globalThis as unknown as WorkerScope): void {
  scope.onmessage = (event) => void run(scope, event.data);
}

async function run(scope: WorkerScope, job: InspectJob): Promise<void> {
  let reply: InspectReply;
  try {
    const report = await inspectPaste(job.text, {
      now: () => job.nowMs,
      ...(job.key === '' ? {} : { key: job.key }),
      ...INSPECT_DEPS,
    });
    reply = { id: job.id, ok: true, report };
  } catch (error) {
    reply = {
      id: job.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  try {
    scope.postMessage(reply);
  } catch (error) {
    // A report that cannot be cloned is a bug of this library: say so rather than go silent.
    scope.postMessage({ id: job.id, ok: false, message: String(error) } satisfies InspectReply);
  }
}
