// The answers Compare starts from: the last answer (a send's or a "Fetch all pages" run's) and
// the one before it of the same endpoint. It listens to the Sender's records, so it lives with
// the Response panel that shows it, not in the first download.
import { untrack } from 'svelte';
import type { Answered } from '../response/exchange';
import type { Sender } from './sender.svelte';

/** The last answer and the previous one of its endpoint. */
export class RecentAnswers {
  /** The last answer that parsed, of any endpoint. */
  current = $state.raw<Answered | null>(null);
  /** The answer before `current` of the same endpoint; null until there is one. */
  previous = $state.raw<Answered | null>(null);
  // Read only when an answer arrives, never by a view: current and previous are the state.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #byEndpoint = new Map<string, Answered>();

  /**
   * Takes in the Sender's answer on screen, then every answer it reports; returns the function
   * that stops it.
   */
  follow(sender: Sender): () => void {
    // Read untracked: an effect that calls this must not run again on every new answer.
    const { run, last } = untrack(() => ({ run: sender.run, last: sender.last }));
    if (run && run.result.pages.length > 0) this.add({ kind: 'run', run });
    else if (last?.outcome?.ok) this.add({ kind: 'exchange', exchange: last });
    return sender.onRecord((record) => {
      if (record.kind === 'all') {
        if (record.run.result.pages.length > 0) this.add({ kind: 'run', run: record.run });
      } else if (record.exchange.outcome?.ok) {
        this.add({ kind: 'exchange', exchange: record.exchange });
      }
    });
  }

  /** A new answer: it becomes the current one, and the one it replaces of its endpoint the previous. */
  add(answered: Answered): void {
    const id = answered.kind === 'run' ? answered.run.endpointId : answered.exchange.endpointId;
    const known = this.#byEndpoint.get(id);
    // The same answer again (seen on screen, then reported) is not a new one.
    if (known && same(known, answered)) return;
    this.previous = this.#byEndpoint.get(id) ?? null;
    this.#byEndpoint.set(id, answered);
    this.current = answered;
  }
}

function same(a: Answered, b: Answered): boolean {
  return a.kind === 'run'
    ? b.kind === 'run' && a.run === b.run
    : b.kind === 'exchange' && a.exchange === b.exchange;
}
