// Generic cursor pagination ("Next page", "Fetch all pages"), driven by a PaginationSpec.
export {
  asJsonObject,
  nextPageBody,
  type CursorSpec,
  type JsonObject,
  type NextPageResult,
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
} from './run';
export { GET_LIST_PAGINATION, getListItemKey, itemKeyByFields } from './get-list';
export { paginationSpecFor } from './from-description';
