// A model whose code is not in the first download (issue 18): it is built the first time
// something needs it (idle time after the first paint, a send, its view) from a chunk that
// loads through lib/lazy, so a failed download is a value and the next need tries again.
// Views that show it load it with their own chunk, and read `current` once mounted.
import type { Text } from '../i18n/message';
import { lazy, type Lazy, type LoadResult } from '../lazy/lazy';

/** A model built on first need from a chunk loaded on demand; `current` is null until then. */
export class OnDemand<T> {
  /** The model once built: state, so what shows it follows. */
  current = $state.raw<T | null>(null);
  readonly #lazy: Lazy<T>;

  constructor(part: Text, build: () => Promise<T>) {
    this.#lazy = lazy(part, async () => {
      const model = await build();
      this.current = model;
      return model;
    });
  }

  /** Builds the model (once) or hands it back; never rejects. */
  load(): Promise<LoadResult<T>> {
    return this.#lazy.load();
  }

  /** Like load, but throws a LoadError: for a view's loader, which shows the failure and Retry. */
  get(): Promise<T> {
    return this.#lazy.get();
  }
}
