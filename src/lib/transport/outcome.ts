// Reads the service's answer: the outcome is in the JSON body, not the HTTP status, which is
// 200 unless something between the page and the service failed (get_list page, "Error Codes";
// chat-rest-facts.md, "Request URL"). The notes are in the `send` area's words (lib code picks
// no language; the worker that parses a large answer hands them back as plain data).
import { msg, type Msg, type Text } from '../i18n/message';

/** The answer's common fields, each present only when it has the documented type. */
export type Outcome =
  | {
      ok: true;
      /** The whole answer, parsed; narrow it further before use. */
      json: unknown;
      /** "OK" or "FAIL". */
      ActionStatus?: string;
      ErrorCode?: number;
      ErrorInfo?: string;
      ErrorDisplay?: string;
      RequestId?: string;
      /** Set when the HTTP status is not 200: what that status means here. */
      statusNote?: Msg;
    }
  | { ok: false; message: Text };

/** What an HTTP status other than 200 means for this API, in a sentence; null for 200. */
export function explainHttpStatus(status: number): Msg | null {
  if (status === 200) return null;
  if (status === 502 || status === 503 || status === 504)
    return msg('send.http.gateway', { status });
  if (status === 404) return msg('send.http.notFound', { status });
  if (status === 405) return msg('send.http.method', { status });
  if (status === 413) return msg('send.http.tooLarge', { status });
  if (status >= 300 && status < 400) return msg('send.http.redirect', { status });
  return msg('send.http.other', { status });
}

function describeNonJson(text: string): Msg {
  const trimmed = text.trim();
  if (trimmed === '') return msg('send.body.empty');
  if (
    /^<(!doctype|html|head|body|\?xml)/i.test(trimmed) ||
    /<\/(html|body|title)>/i.test(trimmed)
  ) {
    const title = /<title[^>]*>([^<]{0,120})<\/title>/i.exec(trimmed)?.[1]?.trim();
    return msg('send.body.html', { title: title || null });
  }
  return msg('send.body.text', { start: trimmed.slice(0, 60) });
}

/** The status note (when there is one) before what is wrong with the body. */
const noted = (note: Msg | null, what: Msg): Text =>
  note ? msg('send.both', { a: note, b: what }) : what;

function field<T>(obj: object, name: string, is: (v: unknown) => v is T): T | undefined {
  const v: unknown = Reflect.get(obj, name);
  return is(v) ? v : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isInteger = (v: unknown): v is number => Number.isInteger(v);

/** Parses an answer body (and, when known, its HTTP status) into the service's outcome fields. */
export function parseOutcome(bodyText: string, status?: number): Outcome {
  const note = status === undefined ? null : explainHttpStatus(status);
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { ok: false, message: noted(note, describeNonJson(bodyText)) };
  }
  return outcomeOfJson(json, note);
}

/**
 * The outcome of an answer already parsed; `note` is what its HTTP status means (null for 200).
 * The large-answer reader (large-outcome.ts) parses off the main thread and comes here.
 */
export function outcomeOfJson(json: unknown, note: Msg | null): Outcome {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const what = Array.isArray(json) ? 'array' : json === null ? 'null' : typeof json;
    return { ok: false, message: noted(note, msg('send.body.notObject', { what })) };
  }
  const out: Extract<Outcome, { ok: true }> = { ok: true, json };
  const ActionStatus = field(json, 'ActionStatus', isString);
  const ErrorCode = field(json, 'ErrorCode', isInteger);
  const ErrorInfo = field(json, 'ErrorInfo', isString);
  const ErrorDisplay = field(json, 'ErrorDisplay', isString);
  const RequestId = field(json, 'RequestId', isString);
  if (ActionStatus !== undefined) out.ActionStatus = ActionStatus;
  if (ErrorCode !== undefined) out.ErrorCode = ErrorCode;
  if (ErrorInfo !== undefined) out.ErrorInfo = ErrorInfo;
  if (ErrorDisplay !== undefined) out.ErrorDisplay = ErrorDisplay;
  if (RequestId !== undefined) out.RequestId = RequestId;
  if (note) out.statusNote = note;
  return out;
}
