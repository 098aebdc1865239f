// Reading a request body as the service does, shared by the commands the sandbox serves.

/** The outcome of reading a body: its fields, or the service's error code and ErrorInfo. */
export type BodyRead =
  { ok: true; body: Readonly<Record<string, unknown>> } | { ok: false; code: number; info: string };

/** A command's answer: its payload fields, or the service's error code and ErrorInfo. */
export type CommandAnswer =
  { ok: true; payload: object } | { ok: false; code: number; info: string };

/**
 * The body as a JSON object: text that is not JSON answers 60003 for every command (the REST
 * layer parses it before any command sees it; the wording is the service's own, from openim's
 * admin_msgwithdraw page), and JSON that is not an object answers the command's own code.
 */
export function readBodyObject(text: string, notObjectCode: number): BodyRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, code: 60003, info: 'Fail to Parse json data of body, Please check it' };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return {
      ok: false,
      code: notObjectCode,
      info: `invalid request: the body is ${describeValue(doc)}, but it must be a JSON object`,
    };
  }
  return { ok: true, body: doc as Record<string, unknown> };
}

/**
 * The recentcontact service's answer to a From_Account it does not know: 50001, "has not been
 * imported" (get_list-seed.txt, "Error Codes"), naming the accounts the sandbox has.
 */
export function notImported(account: string, accounts: string): CommandAnswer {
  return {
    ok: false,
    code: 50001,
    info: `From_Account ${JSON.stringify(account)} has not been imported (${accounts})`,
  };
}

/** A value in an ErrorInfo: short, and never more than 40 characters of a string. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string')
    return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/**
 * A non-empty string field, or why it is not one (missing, mistyped or empty), for ErrorInfo.
 */
export function readUserId(
  body: Readonly<Record<string, unknown>>,
  name: string,
):
  { ok: true; value: string } | { ok: false; problem: 'missing' | 'type' | 'empty'; info: string } {
  const v = body[name];
  if (v === undefined) return { ok: false, problem: 'missing', info: `${name} is missing` };
  if (typeof v !== 'string') {
    return {
      ok: false,
      problem: 'type',
      info: `${name} must be a string, got ${describeValue(v)}`,
    };
  }
  if (v === '') return { ok: false, problem: 'empty', info: `${name} is empty` };
  return { ok: true, value: v };
}
