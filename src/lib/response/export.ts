// What the table shows, as a file: CSV (RFC 4180) of its cells and JSON of its items, in the
// order and under the filter shown. Both come in chunks (generators) so the page can build a
// 100,000-row file a slice at a time between frames. The download itself (a Blob URL and an
// <a download>) is the component's; the name is made here.
import { rowCells, type ItemTable } from './table';

/** Rows written per chunk: a slice small enough to stay well inside a frame's budget. */
export const EXPORT_CHUNK_ROWS = 2000;

// A spreadsheet runs a cell that starts with = + - @ (and, in some, a tab or a carriage return
// before them) as a formula: an answer's text could then compute, link or call out once the
// file is opened (OWASP, "CSV Injection"). Such a cell gets a leading apostrophe, which
// spreadsheets read as "this is text" and do not show.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: guarded against formula injection, quoted when it holds a quote, comma or line break. */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, CRLF-terminated as RFC 4180 writes them. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * The table as CSV, in chunks: a header record ("#", the column headers, and "Duplicate" when a
 * run found duplicates) and one record per row shown, cells as the table shows them.
 */
export function* csvChunks(
  table: ItemTable,
  rows: ArrayLike<number>,
  now: number,
  duplicates: readonly boolean[] = [],
): Generator<string> {
  const marked = duplicates.some(Boolean);
  const headers = ['#', ...table.columns.map((c) => c.header), ...(marked ? ['Duplicate'] : [])];
  let chunk = csvRecord(headers);
  for (let r = 0; r < rows.length; r++) {
    const at = rows[r] ?? 0;
    const dup = marked ? [duplicates[at] ? 'duplicate' : ''] : [];
    chunk += csvRecord([String(at + 1), ...rowCells(table, at, now), ...dup]);
    if ((r + 1) % EXPORT_CHUNK_ROWS === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** The items shown, as a pretty-printed JSON array, in chunks. */
export function* jsonChunks(table: ItemTable, rows: ArrayLike<number>): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  let chunk = '[\n';
  for (let r = 0; r < rows.length; r++) {
    const item = table.items[rows[r] ?? 0];
    const text = JSON.stringify(item, null, 2).replace(/\n/g, '\n  ');
    chunk += `  ${text}${r + 1 < rows.length ? ',' : ''}\n`;
    if ((r + 1) % EXPORT_CHUNK_ROWS === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]\n`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A part of a file name: letters, digits, dot, dash and underscore only, at most 64 of them. */
export function fileNamePart(text: string, fallback: string): string {
  const safe = text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
    .slice(0, 64);
  return safe === '' ? fallback : safe;
}

/**
 * `<endpoint>-<account>-<YYYYMMDD-HHMMSS>.<ext>` in local time, every part sanitised; a table
 * other than the answer's main one adds its items field ("…-ErrorList.csv").
 */
export function exportFileName(parts: {
  endpointId: string;
  account: string | null;
  at: Date;
  ext: 'csv' | 'json';
  table?: string;
}): string {
  const d = parts.at;
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  const name = [
    fileNamePart(parts.endpointId, 'answer'),
    fileNamePart(parts.account ?? '', 'no-account'),
    stamp,
    ...(parts.table ? [fileNamePart(parts.table, 'items')] : []),
  ].join('-');
  return `${name}.${parts.ext}`;
}
