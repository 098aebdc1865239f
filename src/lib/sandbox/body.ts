// Reading a request body as the service does, shared by the commands the sandbox serves.
import { validateBody } from '../api/body-rules';
import type { EndpointDescription, FieldIssue } from '../api/types';
import type { ConversationRef, SandboxStore } from './store';
import FIELDS_EN from '../i18n/messages/en/fields';
import RULES_EN from '../i18n/messages/en/rules';
import { FORMATS } from '../i18n/formats';
import { Translator } from '../i18n/translator';

// The service words its ErrorInfo in English whatever the page's language: so does the sandbox.
const ENGLISH = new Translator('en', { rules: RULES_EN, fields: FIELDS_EN }, FORMATS);

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

/** What a command is given besides the store and the body: the service's clock, in Unix seconds. */
export interface CommandContext {
  now: number;
}

/**
 * The body read and checked against the endpoint's description, the same rules the form and the
 * inspector apply (body-rules.ts): the first error is the refusal, with `code` (the service's
 * "invalid parameter": 50002 for recentcontact, 70402 for the account service) unless `codeFor`
 * names a more particular one (51006 for a MarkItem count). Warnings are not refusals.
 */
export function readDescribedBody(
  desc: EndpointDescription,
  text: string,
  code: number,
  codeFor: (issue: FieldIssue) => number | null = () => null,
  { skip = () => false }: { skip?: (issue: FieldIssue) => boolean } = {},
): BodyRead {
  const read = readBodyObject(text, code);
  if (!read.ok) return read;
  const issue = validateBody(desc, read.body).errors.find((e) => !skip(e));
  if (!issue) return read;
  return {
    ok: false,
    code: codeFor(issue) ?? code,
    info: `invalid request: ${ENGLISH.t(issue.message)}`,
  };
}

/** A ContactItem the description's rules passed, as the store names a conversation. */
export function conversationOf(item: unknown): ConversationRef {
  const o = item as Record<string, unknown>;
  return o['Type'] === 2
    ? { Type: 2, peer: String(o['ToGroupId']) }
    : { Type: 1, peer: String(o['To_Account']) };
}

/** A conversation as the group and mark answers write it: Type and To_Account or ToGroupId. */
export function wireConversation(c: ConversationRef): Record<string, unknown> {
  return c.Type === 1 ? { Type: 1, To_Account: c.peer } : { Type: 2, ToGroupId: c.peer };
}

/**
 * A recentcontact body read against its description (50002, or `codeFor`'s code), then its
 * From_Account checked: 50001 when it has not been imported. The order the service keeps.
 */
export function readAccountBody(
  desc: EndpointDescription,
  store: Pick<SandboxStore, 'hasAccount'>,
  text: string,
  accounts: string,
  codeFor?: (issue: FieldIssue) => number | null,
): { ok: true; body: Readonly<Record<string, unknown>>; from: string } | CommandRefusal {
  const read = readDescribedBody(desc, text, 50002, codeFor);
  if (!read.ok) return read;
  const from = read.body['From_Account'] as string;
  if (!store.hasAccount(from)) return notImported(from, accounts) as CommandRefusal;
  return { ok: true, body: read.body, from };
}

/** A command's refusal: the service's code and ErrorInfo. */
export type CommandRefusal = { ok: false; code: number; info: string };
