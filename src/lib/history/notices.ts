// What the History panel's status line says after each verb. Kept here, with the store's code,
// rather than in the model: the model is part of the first paint, these sentences are not.
import { msg, type Msg, type Text } from '../i18n/message';
import { isQuotaError } from './idb';
import type { AddResult, ImportResult, SetLimitResult } from './store';

/** A sentence for the panel's status line; `details` lists what it sums up (rejected entries). */
export interface HistoryNotice {
  tone: 'info' | 'warn' | 'error';
  text: Text;
  details?: Text[];
}

/** Rejected entries listed one by one; the rest are counted. */
export const MAX_REJECTIONS_SHOWN = 5;

/** What to say when a step (`what`) failed: never an empty reason, and a full storage by name. */
export function noticeOfFailure(what: Text, error: unknown): HistoryNotice {
  let why: Text;
  if (isQuotaError(error)) why = msg('history.why.full');
  else if (error instanceof Error || error instanceof DOMException) {
    // A browser's DOMException may have a name and no message.
    why = error.message || error.name || msg('history.why.none');
  } else why = String(error) || msg('history.why.none');
  return { tone: 'error', text: msg('history.failed', { what, why }) };
}

/** What the list says of entries it could not read; they stay stored (a newer version may read them). */
export function unreadableNote(n: number): Msg {
  return msg('history.unreadable', { n });
}

/** What to say after a send was recorded: nothing, unless storage was full or the write failed. */
export function noticeOfAdd(result: AddResult): HistoryNotice | null {
  if (!result.ok) return { tone: 'error', text: result.message };
  const dropped = result.droppedForQuota.length;
  if (dropped === 0) return null;
  return { tone: 'warn', text: msg('history.add.dropped', { n: dropped }) };
}

/** What to say after an import of the file `fileName` (the unstarred limit given for wording). */
export function noticeOfImport(
  result: ImportResult,
  fileName: string,
  maxUnstarred: number | null,
): HistoryNotice {
  if (!result.ok) {
    // Storage failures say "nothing was imported" themselves; a refused file needs it said.
    const storage = result.code === 'quota' || result.code === 'storage';
    return {
      tone: 'error',
      text: storage
        ? result.message
        : msg('history.import.nothing', { file: fileName, reason: result.message }),
    };
  }
  const rejected = result.rejected.length;
  const details: Text[] = result.rejected
    .slice(0, MAX_REJECTIONS_SHOWN)
    .map((r) => msg('history.import.rejectedOne', { n: r.index + 1, reason: r.reason }));
  if (rejected > MAX_REJECTIONS_SHOWN) {
    details.push(msg('history.import.rejectedMore', { n: rejected - MAX_REJECTIONS_SHOWN }));
  }
  return {
    tone: rejected > 0 || result.skippedOverLimit > 0 ? 'warn' : 'info',
    text: msg('history.import.done', {
      file: fileName,
      added: result.added,
      skipped: result.skippedDuplicates,
      rejected,
      overLimit: result.skippedOverLimit,
      limit: maxUnstarred,
      upgraded: result.upgraded,
    }),
    details,
  };
}

/** What to say when a file is refused before it is read (too large). */
export function noticeOfRefusedFile(fileName: string, message: Text): HistoryNotice {
  return {
    tone: 'error',
    text: msg('history.import.nothing', { file: fileName, reason: message }),
  };
}

/** What to say after Clear all. */
export function noticeOfClear(removed: number, keptStarred: number): HistoryNotice {
  return { tone: 'info', text: msg('history.cleared', { removed, kept: keptStarred }) };
}

/** What to say after the limit changed to `n`. */
export function noticeOfLimit(
  n: number,
  result: Extract<SetLimitResult, { ok: true }>,
): HistoryNotice {
  return { tone: 'info', text: msg('history.limit', { n, pruned: result.pruned.length }) };
}

/** What to say after an export. */
export function noticeOfExport(count: number): HistoryNotice {
  return { tone: 'info', text: msg('history.exported', { n: count }) };
}

/** What to say when the entry asked for is gone. */
export const ENTRY_GONE: HistoryNotice = {
  tone: 'warn',
  text: msg('history.gone'),
};
