// What the response area shows: one exchange (a request and how it ended) and a "Fetch all
// pages" run. The Sender makes them; the response model (present.ts) and history read them.
import type { Text } from '../i18n/message';
import type { ErrorExplanation } from '../errors';
import type { FetchAllResult } from '../pagination';
import type { Outcome, SendResult } from '../transport';

/** How a request went: the in-page sandbox, a direct fetch, or the proxy. */
export type Via = 'sandbox' | 'direct' | 'proxy';

/** One exchange as shown in the response area. No URL: it holds the UserSig. */
export interface Exchange {
  endpointId: string;
  /** The body as sent, byte for byte. */
  body: string;
  /** The way it went (under Auto, the way Auto picked). */
  via: Via;
  /** Auto's sentence on why it went that way; absent when the person chose the way. */
  route?: Text;
  startedAt: number;
  result: SendResult;
  /** The parsed answer; null after a transport failure. */
  outcome: Outcome | null;
  /** The explanation of a non-zero ErrorCode. */
  explanation: ErrorExplanation | null;
}

/** A "Fetch all pages" run as shown in the response area. */
export interface Run {
  endpointId: string;
  startedAt: number;
  result: FetchAllResult;
  /** The exchange of the failing page, when the run stopped on an error. */
  failure: Exchange | null;
}

/** An answer to compare: a send's exchange or a run's pages. */
export type Answered = { kind: 'exchange'; exchange: Exchange } | { kind: 'run'; run: Run };
