// A ticking clock for countdowns. Time is injected so tests can drive it.

/** Current time in ms, refreshed every second while someone listens. */
export class Clock {
  now = $state(0);
  #read: () => number;

  constructor(read: () => number = Date.now) {
    this.#read = read;
    this.now = read();
  }

  /** Starts ticking; returns the function that stops it. */
  start(intervalMs = 1000): () => void {
    this.now = this.#read();
    const id = setInterval(() => (this.now = this.#read()), intervalMs);
    return () => clearInterval(id);
  }
}
