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
  clampRate,
  fetchAllPages,
  DEFAULT_MAX_PAGES,
  DEFAULT_RATE_PER_SECOND,
  MAX_RATE_PER_SECOND,
  type Anomaly,
  type Duplicate,
  type FetchAllOptions,
  type FetchAllResult,
  type FetchProgress,
  type PageError,
  type PageRecord,
  type SentPage,
} from './run';
export { itemKeyByFields, paginationSpecFor } from './from-description';
