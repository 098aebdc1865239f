// What sending needs beyond the builder: the transports, the error catalogue and the page runner.
// Loaded with a dynamic import (idle time after start, or the first send) to keep the first
// paint's JavaScript small.
import { storedRoutes, type RouteMemory } from '../transport';
import { outcomeReader } from '../transport/large-outcome';

export { probeVia, transmit } from '../transport';
/** Reads an answer's text into its outcome; a large one off the main thread. */
export const readOutcome = outcomeReader();
export { explainError } from '../errors';
export { fetchAllPages, StopError } from '../pagination';
// Next page and Fetch all read an answer's cursors: there is none before the first send.
export { nextPageBodyText, readPage } from '../api/pagination';
export { paginationSpecFor } from '../pagination/from-description';

/**
 * Auto's memory of the way per host, for this page: the sends and the region finder share it
 * (what a probe of the finder learns, the next send uses). Read from storage when this loads.
 */
export const routes: RouteMemory = storedRoutes();

// What Send and Fetch all do once this has loaded.
export { fetchRun, sendOnce } from './send-run';
