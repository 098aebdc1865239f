// Every table but the core ones, and the formatters their messages use: one chunk loaded with
// the first part that shows another area, so the first screen holds neither their import list
// nor Intl's formatters (lib/i18n/tables.ts).
import type { MessageTable } from './message';

export { FORMATS } from './formats';

/** The non-core tables, by path; each its own chunk. */
export const AREA_TABLES = import.meta.glob<{ default: MessageTable }>([
  './messages/*/*.ts',
  '!./messages/*/core.ts',
]);
