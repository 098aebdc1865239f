// What the History panel's status line says after each verb. Kept here, with the store's code,
// rather than in the model: the model is part of the first paint, these sentences are not.
import { isQuotaError } from './idb';
import type { AddResult, ImportResult, SetLimitResult } from './store';

/** A sentence for the panel's status line; `details` lists what it sums up (rejected entries). */
export interface HistoryNotice {
  tone: 'info' | 'warn' | 'error';
  text: string;
  details?: string[];
}

/** Rejected entries listed one by one; the rest are counted. */
export const MAX_REJECTIONS_SHOWN = 5;

function entries(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** What to say when a step (`what`) failed: never an empty reason, and a full storage by name. */
export function noticeOfFailure(what: string, error: unknown): HistoryNotice {
  let why: string;
  if (isQuotaError(error)) why = 'storage is full';
  else if (error instanceof Error || error instanceof DOMException) {
    // A browser's DOMException may have a name and no message.
    why = error.message || error.name || 'an error without a message';
  } else why = String(error) || 'an error without a message';
  return { tone: 'error', text: `${what}: ${why}.` };
}

/** What the list says of entries it could not read; they stay stored (a newer version may read them). */
export function unreadableNote(n: number): string {
  return `${entries(n)} could not be read (damaged, or from a newer version of the app) and ${n === 1 ? 'is' : 'are'} not listed; Clear all removes ${n === 1 ? 'it' : 'them'}`;
}

/** What to say after a send was recorded: nothing, unless storage was full or the write failed. */
export function noticeOfAdd(result: AddResult): HistoryNotice | null {
  if (!result.ok) return { tone: 'error', text: result.message };
  const dropped = result.droppedForQuota.length;
  if (dropped === 0) return null;
  return {
    tone: 'warn',
    text: `Storage was full: history deleted ${dropped === 1 ? 'the oldest unstarred entry' : `the ${dropped} oldest unstarred entries`} to keep the latest request.`,
  };
}

/** What to say after an import of the file `fileName` (the unstarred limit given for wording). */
export function noticeOfImport(
  result: ImportResult,
  fileName: string,
  maxUnstarred: number | null,
): HistoryNotice {
  const from = `"${fileName}"`;
  if (!result.ok) {
    // Storage failures say "nothing was imported" themselves; a refused file needs it said.
    const storage = result.code === 'quota' || result.code === 'storage';
    return {
      tone: 'error',
      text: storage ? result.message : `Nothing was imported from ${from}: ${result.message}`,
    };
  }
  const rejected = result.rejected.length;
  const parts = [
    `Imported from ${from}: ${result.added} added, ${result.skippedDuplicates} skipped as already here, ${rejected} rejected.`,
  ];
  if (result.skippedOverLimit > 0) {
    const limit = maxUnstarred === null ? 'the limit' : `the limit of ${maxUnstarred}`;
    parts.push(
      `${entries(result.skippedOverLimit)} more did not fit ${limit} unstarred entries: raise it and import again.`,
    );
  }
  if (result.upgraded > 0) {
    parts.push(`${entries(result.upgraded)} from an older version of the app were upgraded.`);
  }
  const details = result.rejected
    .slice(0, MAX_REJECTIONS_SHOWN)
    .map((r) => `Entry ${r.index + 1} rejected: ${r.reason}.`);
  if (rejected > MAX_REJECTIONS_SHOWN) {
    details.push(`… and ${rejected - MAX_REJECTIONS_SHOWN} more rejected.`);
  }
  return {
    tone: rejected > 0 || result.skippedOverLimit > 0 ? 'warn' : 'info',
    text: parts.join(' '),
    details,
  };
}

/** What to say when a file is refused before it is read (too large). */
export function noticeOfRefusedFile(fileName: string, message: string): HistoryNotice {
  return { tone: 'error', text: `Nothing was imported from "${fileName}": ${message}` };
}

/** What to say after Clear all. */
export function noticeOfClear(removed: number, keptStarred: number): HistoryNotice {
  const kept =
    keptStarred > 0
      ? ` ${keptStarred} starred ${keptStarred === 1 ? 'entry was' : 'entries were'} kept.`
      : '';
  return { tone: 'info', text: `Deleted ${entries(removed)}.${kept}` };
}

/** What to say after the limit changed to `n`. */
export function noticeOfLimit(
  n: number,
  result: Extract<SetLimitResult, { ok: true }>,
): HistoryNotice {
  const k = result.pruned.length;
  const pruned = k > 0 ? `: the oldest ${k === 1 ? 'was' : `${k} were`} deleted.` : '.';
  return {
    tone: 'info',
    text: `History keeps at most ${n} unstarred ${n === 1 ? 'entry' : 'entries'}${pruned}`,
  };
}

/** What to say after an export. */
export function noticeOfExport(count: number): HistoryNotice {
  return {
    tone: 'info',
    text: `Exported ${entries(count)}, with no key or UserSig in them.`,
  };
}

/** What to say when the entry asked for is gone. */
export const ENTRY_GONE: HistoryNotice = {
  tone: 'warn',
  text: 'That entry is gone: it was deleted, perhaps in another tab.',
};
