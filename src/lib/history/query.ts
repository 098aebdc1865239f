// The History panel's filter as typed, read into a HistoryFilter, and the export file's name.
import { msg, type Msg } from '../i18n/message';
import type { HistoryFilter } from './summary';

/** Entries the panel shows at first, and how many more each "Show more" adds. */
export const HISTORY_PAGE_SIZE = 50;

/** The filter inputs as typed: every field is free text until read. */
export interface HistoryFilterInput {
  /** Searches identifier, endpoint, ErrorInfo and the start of the body. */
  text: string;
  fromAccount: string;
  /** Digits, or empty for any ErrorCode. */
  errorCode: string;
  host: string;
  starredOnly: boolean;
}

/** An empty filter: every entry. */
export const EMPTY_FILTER_INPUT: HistoryFilterInput = {
  text: '',
  fromAccount: '',
  errorCode: '',
  host: '',
  starredOnly: false,
};

/** The filter the inputs mean, or why the ErrorCode typed is not one. */
export type ReadFilterResult =
  { ok: true; filter: HistoryFilter; active: boolean } | { ok: false; message: Msg };

/** Reads the typed filter; blank fields match everything. */
export function readFilterInput(input: HistoryFilterInput): ReadFilterResult {
  const filter: HistoryFilter = {};
  const text = input.text.trim();
  const fromAccount = input.fromAccount.trim();
  const host = input.host.trim();
  const code = input.errorCode.trim();
  if (text) filter.text = text;
  if (fromAccount) filter.fromAccount = fromAccount;
  if (host) filter.host = host;
  if (input.starredOnly) filter.starred = true;
  if (code) {
    // ErrorCodes are whole numbers; negative ones appear in some SDK-side codes, so allow a sign.
    if (!/^-?\d{1,10}$/.test(code)) {
      return { ok: false, message: msg('history.ui.codeError') };
    }
    filter.errorCode = Number(code);
  }
  return { ok: true, filter, active: Object.keys(filter).length > 0 };
}

/** The export file's name for a moment (ms): `chat-rest-history-2024-05-01-1430.json`, local time. */
export function exportFileName(ms: number): string {
  const when = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`;
  return `chat-rest-history-${day}-${two(when.getHours())}${two(when.getMinutes())}.json`;
}
