// What sending needs beyond the builder: the transports, the error catalogue and the page runner.
// Loaded with a dynamic import (idle time after start, or the first send) to keep the first
// paint's JavaScript small.
export { parseOutcome, probeVia, transmit } from '../transport';
export { explainError } from '../errors';
export { fetchAllPages } from '../pagination';
