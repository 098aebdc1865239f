// The service's rate limit: 200 calls per second for get_list (get_list-seed.txt, "Maximum call
// frequency"; over it the answer is 60007, chat-rest-facts.md).

/**
 * A sliding-window limiter over an injected clock: a call is admitted when fewer than `limit`
 * calls were admitted in the `windowMs` milliseconds before it (a call exactly `windowMs` older
 * has left the window). Refused calls are not counted, so a client that backs off recovers as
 * soon as the window has room. Sliding rather than fixed, so bursts across a second boundary
 * cannot pass twice the limit.
 */
export class SlidingWindowLimiter {
  readonly #limit: number;
  readonly #windowMs: number;
  /** Times (ms) of admitted calls, oldest first, all within the window of the last check. */
  #admitted: number[] = [];

  constructor(limit: number, windowMs: number) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Admits and records a call at time `nowMs`, or refuses it (false) when the window is full. */
  tryAcquire(nowMs: number): boolean {
    let expired = 0;
    while (
      expired < this.#admitted.length &&
      (this.#admitted[expired] ?? 0) <= nowMs - this.#windowMs
    ) {
      expired++;
    }
    if (expired > 0) this.#admitted = this.#admitted.slice(expired);
    if (this.#admitted.length >= this.#limit) return false;
    this.#admitted.push(nowMs);
    return true;
  }
}
