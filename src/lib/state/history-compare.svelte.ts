// Compare from history: the person picks two entries and sees what changed from the older to the
// newer (the same view as the Response panel's Compare). Picks are kept while the History view is
// open; a third pick replaces the first.
import { endpointLabel } from '../history/present';
import { msg, type Text } from '../i18n/message';
import type { HistoryEntry } from '../history/entry';
import type { CompareSource } from '../response/compare';
import { accountOf } from '../response/present';
import type { HistoryModel } from './history.svelte';

/** The two sides to show, the older first. */
export interface HistoryCompareSides {
  endpointId: string;
  before: CompareSource;
  after: CompareSource;
}

/** Which entries are picked for Compare, and what to show of them. */
export class HistoryComparison {
  picked = $state.raw<string[]>([]);
  sides = $state.raw<HistoryCompareSides | null>(null);
  /** Why the picks cannot be compared, or what to pick next; '' when the sides show. */
  message = $state.raw<Text>('');

  #history: HistoryModel;
  #generation = 0;

  constructor(history: HistoryModel) {
    this.#history = history;
  }

  /** Picks an entry, or unpicks it; with two picked, compares them. */
  async toggle(id: string): Promise<void> {
    const generation = ++this.#generation;
    const picked = this.picked.includes(id)
      ? this.picked.filter((p) => p !== id)
      : [...this.picked, id].slice(-2);
    this.picked = picked;
    this.sides = null;
    this.message = picked.length === 1 ? msg('history.cmp.pick') : '';
    if (picked.length < 2) return;
    const entries = await Promise.all(picked.map((p) => this.#history.read(p)));
    // A newer pick came while these were read: it decides what shows.
    if (generation !== this.#generation) return;
    const [a, b] = entries;
    if (!a || !b) {
      this.message = msg('history.cmp.gone');
      return;
    }
    const [before, after] = a.time <= b.time ? [a, b] : [b, a];
    if (before.endpoint !== after.endpoint) {
      this.message = msg('history.cmp.two', {
        a: endpointLabel(before.endpoint).short,
        b: endpointLabel(after.endpoint).short,
      });
      return;
    }
    this.sides = {
      endpointId: before.endpoint,
      before: { kind: 'entry', entry: before, label: labelOf(before) },
      after: { kind: 'entry', entry: after, label: labelOf(after) },
    };
  }

  /** Forgets the picks. */
  clear(): void {
    this.#generation++;
    this.picked = [];
    this.sides = null;
    this.message = '';
  }
}

/** "alice's entry of 10:32:05", or without the account when the body names none. */
function labelOf(entry: HistoryEntry): string {
  const account = accountOf(entry.pages[0]?.body ?? '');
  const when = new Date(entry.time).toLocaleTimeString();
  return `${account === null ? 'the entry' : `${account}'s entry`} of ${when}`;
}
