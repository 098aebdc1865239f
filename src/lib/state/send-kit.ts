// What sending needs beyond the builder: the transports, the error catalogue and the page runner.
// Loaded with a dynamic import (idle time after start, or the first send) to keep the first
// paint's JavaScript small.
import { outcomeReader } from '../transport/large-outcome';

export { sendDirect, sendToHandler, sendViaProxy } from '../transport';
/** Reads an answer's text into its outcome; a large one off the main thread. */
export const readOutcome = outcomeReader();
export { explainError } from '../errors';
export { fetchAllPages } from '../pagination';
