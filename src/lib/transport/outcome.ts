// Reads the service's answer: the outcome is in the JSON body, not the HTTP status, which is
// 200 unless something between the page and the service failed (get_list page, "Error Codes";
// chat-rest-facts.md, "Request URL").

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
      statusNote?: string;
    }
  | { ok: false; message: string };

/** What an HTTP status other than 200 means for this API, in a sentence; null for 200. */
export function explainHttpStatus(status: number): string | null {
  if (status === 200) return null;
  const lead = `HTTP ${status}: the service itself answers 200 and puts the outcome in the body, so`;
  if (status === 502 || status === 503 || status === 504) {
    return `${lead} a gateway between you and the service failed (or the proxy could not reach the host). Try again in a moment.`;
  }
  if (status === 404) {
    return `${lead} this came from something else: nothing is at this address. Check the host, the path (v4/...) and, through a proxy, the proxy address.`;
  }
  if (status === 405) {
    return `${lead} this came from something else, which does not take POST here: check the address.`;
  }
  if (status === 413) return `${lead} the body was too large for something on the way.`;
  if (status >= 300 && status < 400) {
    return `${lead} a redirect came back instead: the host is probably not a REST API host.`;
  }
  return `${lead} something on the way (a proxy, a firewall, a captive portal) answered instead.`;
}

function describeNonJson(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return 'The answer is empty, not JSON.';
  if (
    /^<(!doctype|html|head|body|\?xml)/i.test(trimmed) ||
    /<\/(html|body|title)>/i.test(trimmed)
  ) {
    const title = /<title[^>]*>([^<]{0,120})<\/title>/i.exec(trimmed)?.[1]?.trim();
    return (
      `The answer is an HTML page${title ? ` ("${title}")` : ''}, not JSON: it came from a ` +
      'web server, gateway or proxy in the way, not from the REST API.'
    );
  }
  return `The answer is not JSON: it starts with "${trimmed.slice(0, 60)}".`;
}

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
    const what = describeNonJson(bodyText);
    return { ok: false, message: note ? `${note} ${what}` : what };
  }
  return outcomeOfJson(json, note);
}

/**
 * The outcome of an answer already parsed; `note` is what its HTTP status means (null for 200).
 * The large-answer reader (large-outcome.ts) parses off the main thread and comes here.
 */
export function outcomeOfJson(json: unknown, note: string | null): Outcome {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const what = `The answer is JSON but not an object (${Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`}); the REST API always answers an object.`;
    return { ok: false, message: note ? `${note} ${what}` : what };
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
