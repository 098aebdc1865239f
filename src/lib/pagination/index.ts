// Generic cursor pagination ("Next page", "Fetch all pages"), driven by a PaginationSpec.
export { nextPageText, pageInfo } from './next-page';
export {
  asJsonObject,
  type CursorSpec,
  type JsonObject,
  type NextPageResult,
  type PageFailure,
  type PageInfo,
  type PaginationSpec,
} from './spec';
export {
  abortableSleep,
  clampLimit,
  clampRate,
  fetchAllPages,
  StopError,
  DEFAULT_MEMORY_BUDGET_BYTES,
  DEFAULT_RATE_PER_SECOND,
  MAX_RATE_PER_SECOND,
  type Anomaly,
  type Duplicate,
  type FetchAllOptions,
  type FetchAllResult,
  type FetchProgress,
  type PageError,
  type PageRecord,
  type RunLimit,
  type SentPage,
} from './run';
export { DEFAULT_MAX_ITEMS, DEFAULT_MAX_PAGES, MAX_ITEMS_LIMIT, MAX_PAGES_LIMIT } from './limits';
export { itemKeyByFields, paginationSpecFor } from './from-description';
