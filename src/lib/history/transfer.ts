// Export files: every entry in one JSON document with a format marker and a version, so a file
// from any version of the app imports into any later one (STYLE.md rule 8). Import refuses
// what is not such a file, with a sentence saying why, and rejects broken entries one by one.
import { msg, type Msg } from '../i18n/message';
import { parseEntry } from './entry';
import type { HistoryEntry } from './entry';
import { sanitizeEntry } from './sanitize';

/** The export file's format marker. Never change it: older exports would stop importing. */
export const EXPORT_FORMAT = 'chat-rest-playground/history';
/** The export document version this code writes and reads. */
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before they are parsed (check File.size first). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Files with more entries than this are refused. */
export const MAX_IMPORT_ENTRIES = 50_000;

/** An export file, as written by exportAll; JSON.stringify it to save. */
export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  v: typeof EXPORT_VERSION;
  /** Milliseconds since the Unix epoch. */
  exportedAt: number;
  /** Oldest first. */
  entries: HistoryEntry[];
}

/** Why a whole file was refused (or, for quota/storage/off, why nothing could be written). */
export type ImportFailureCode =
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'wrong-version'
  | 'wrong-shape'
  | 'too-many'
  | 'quota'
  | 'storage';

/** A refused import: nothing was written. */
export interface ImportFailure {
  ok: false;
  code: ImportFailureCode;
  message: Msg;
}

/** An entry of the file that was left out, by its position in `entries`, and why. */
export interface ImportRejection {
  index: number;
  reason: string;
}

/** A parsed file: its good entries (sanitized, upgraded) and its rejected ones. */
export type ParsedImport =
  | { ok: true; entries: HistoryEntry[]; rejected: ImportRejection[]; upgraded: number }
  | ImportFailure;

/** The export document for these entries. */
export function makeExport(entries: readonly HistoryEntry[], exportedAt: number): HistoryExport {
  return { format: EXPORT_FORMAT, v: EXPORT_VERSION, exportedAt, entries: [...entries] };
}

/** Refuses a file by its size in bytes before it is read; null when the size is fine. */
export function checkImportSize(bytes: number): ImportFailure | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    ok: false,
    code: 'too-large',
    message: msg('history.tr.big', {
      mb: (bytes / 1024 / 1024).toFixed(1),
      max: MAX_IMPORT_BYTES / 1024 / 1024,
    }),
  };
}

/** Parses an export file's text: refuses a bad file, rejects bad entries, scrubs the rest. */
export function parseImportFile(text: string, secrets: readonly string[] = []): ParsedImport {
  // Each character is at least one byte, so more characters than the limit is over it too.
  const tooLarge = checkImportSize(text.length);
  if (tooLarge) return tooLarge;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : null;
    return { ok: false, code: 'not-json', message: msg('history.tr.json', { detail }) };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return fail('wrong-format', msg('history.tr.format', { format: null }));
  }
  const o = doc as Record<string, unknown>;
  if (o.format !== EXPORT_FORMAT) {
    return fail('wrong-format', msg('history.tr.format', { format: EXPORT_FORMAT }));
  }
  if (o.v !== EXPORT_VERSION) {
    return fail(
      'wrong-version',
      typeof o.v === 'number' && o.v > EXPORT_VERSION
        ? msg('history.tr.newer', { v: o.v, reads: EXPORT_VERSION })
        : msg('history.tr.version', { v: JSON.stringify(o.v) ?? 'missing' }),
    );
  }
  if (!Array.isArray(o.entries)) return fail('wrong-shape', msg('history.tr.shape'));
  const raw: unknown[] = o.entries;
  if (raw.length > MAX_IMPORT_ENTRIES) {
    return fail('too-many', msg('history.tr.many', { n: raw.length, max: MAX_IMPORT_ENTRIES }));
  }
  const entries: HistoryEntry[] = [];
  const rejected: ImportRejection[] = [];
  let upgraded = 0;
  raw.forEach((item, index) => {
    const parsed = parseEntry(item, `entries[${index}]`);
    if (!parsed.ok) {
      rejected.push({ index, reason: parsed.reason });
      return;
    }
    if (parsed.upgradedFrom !== null) upgraded++;
    // A file may come from anywhere: it is scrubbed like anything else written to history.
    entries.push(sanitizeEntry(parsed.entry, secrets));
  });
  return { ok: true, entries, rejected, upgraded };
}

function fail(code: ImportFailureCode, message: Msg): ImportFailure {
  return { ok: false, code, message };
}
