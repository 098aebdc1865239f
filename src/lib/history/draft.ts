// What the app hands history after a request: a draft. History gives it an id and a time, caps
// its responses and scrubs it (sanitizeEntry) before anything is stored.
import type { RegionChoice, RequestSnapshot } from '../api/types';
import type { HistoryEntry, HistoryOutcome, SentVia } from './entry';
import { sanitizeEntry } from './sanitize';

/** One request of a draft: the body as sent, how it ended and the full response text. */
export interface HistoryPageDraft {
  body: string;
  outcome: HistoryOutcome;
  /** The whole response text (empty after a transport failure); history cuts it to 256 KB. */
  response: string;
}

/** A request (or "Fetch all pages" run) to record; never put a key, UserSig or signed URL in it. */
export interface HistoryDraft {
  region: RegionChoice;
  host: string;
  sdkAppId: string;
  identifier: string;
  endpoint: string;
  sentVia: SentVia;
  /** One page for a single request; every fetched page, in order, for "Fetch all pages". */
  pages: readonly HistoryPageDraft[];
  /** Set (even to 0) for a "Fetch all pages" run: the items across all pages. */
  combinedCount?: number | null;
  starred?: boolean;
}

/** The draft of a single request, from the request as composed and what came back. */
export function draftFromRequest(
  request: RequestSnapshot,
  sent: { host: string; sentVia: SentVia; outcome: HistoryOutcome; response: string },
): HistoryDraft {
  return {
    region: request.region,
    host: sent.host,
    sdkAppId: request.sdkAppId,
    identifier: request.identifier,
    endpoint: request.endpoint,
    sentVia: sent.sentVia,
    pages: [{ body: request.body, outcome: sent.outcome, response: sent.response }],
  };
}

/** Turns a draft into a stored entry: id, time, responses capped, secrets scrubbed. */
export function buildEntry(
  draft: HistoryDraft,
  made: { id: string; time: number; secrets?: readonly string[] },
): HistoryEntry {
  // A draft comes from the app's own code, so an empty one is a bug, not bad data.
  if (draft.pages.length === 0) throw new RangeError('a history draft needs at least one page');
  const allPages = draft.combinedCount !== undefined && draft.combinedCount !== null;
  if (!allPages && draft.pages.length > 1) {
    throw new RangeError(
      'a draft with several pages is a "Fetch all pages" run: set combinedCount',
    );
  }
  return sanitizeEntry(
    {
      v: 2,
      id: made.id,
      time: made.time,
      region: draft.region,
      host: draft.host,
      sdkAppId: draft.sdkAppId,
      identifier: draft.identifier,
      endpoint: draft.endpoint,
      sentVia: draft.sentVia,
      starred: draft.starred ?? false,
      kind: allPages ? 'all-pages' : 'single',
      pages: draft.pages.map((p) => ({
        body: p.body,
        outcome: p.outcome,
        response: p.response,
        cut: null,
      })),
      combinedCount: allPages ? (draft.combinedCount ?? null) : null,
    },
    made.secrets,
  );
}
