// The sandbox service: a simulated Chat app that answers get_list, delete, get_contact_group
// (recentcontact) and get_c2c_unread_msg_num (openim) as the real service does, from fixed data,
// in the page or in Node. No DOM, no network, no clock of its own. Every command passes the same
// checks in the same order; only the body's rules and the answer differ per command.
import type { WireRequest, WireResponse } from '../api/wire';
import { isUint32Text } from '../json/value';
import { verifyUserSig, type HmacImpl } from '../usersig';
import {
  C2C_UNREAD_PATH,
  CONTACT_GROUP_PATH,
  DELETE_PATH,
  GET_LIST_PATH,
  RATE_LIMIT_PER_SECOND,
  RATE_LIMIT_WINDOW_MS,
  SANDBOX_APP,
  SANDBOX_PATHS,
} from './app';
import type { CommandAnswer } from './body';
import { answerC2cUnread } from './c2c-unread';
import { answerContactGroup } from './contact-group';
import { SandboxStore } from './data';
import { answerDelete } from './delete';
import { getListPage, parseGetListBody } from './get-list';
import { SlidingWindowLimiter } from './rate-limit';

/** What every ErrorInfo about an unknown account names: the accounts that have data. */
const KNOWN_ACCOUNTS = `the sandbox has alice, bob, carol and ${SANDBOX_APP.admin}`;

/** One command: reads the body and answers from the store (after the shared checks passed). */
type Command = (store: SandboxStore, body: string) => CommandAnswer;

function answerGetList(store: SandboxStore, text: string): CommandAnswer {
  const parsed = parseGetListBody(text);
  if (!parsed.ok) return parsed;
  const { request } = parsed;
  if (!store.hasAccount(request.From_Account)) {
    return {
      ok: false,
      code: 50001,
      info: `From_Account ${JSON.stringify(request.From_Account)} has not been imported (${KNOWN_ACCOUNTS})`,
    };
  }
  return { ok: true, payload: getListPage(store.conversations(request.From_Account), request) };
}

// The commands by URL path. A path not here is not a command of this service: 60009.
const COMMANDS: Readonly<Record<string, Command>> = {
  [GET_LIST_PATH]: answerGetList,
  [DELETE_PATH]: (store, body) => answerDelete(store, body, KNOWN_ACCOUNTS),
  [C2C_UNREAD_PATH]: (store, body) => answerC2cUnread(store, body, KNOWN_ACCOUNTS),
  [CONTACT_GROUP_PATH]: (store, body) => answerContactGroup(store, body, KNOWN_ACCOUNTS),
};

/** What the sandbox accepts: a WireRequest, or any method, so it can answer a wrong one. */
export type SandboxRequest = Omit<WireRequest, 'method'> & { method: string };

/** The world the sandbox depends on: the clock (ms, like Date.now), the HMAC path, its data. */
export interface SandboxOptions {
  now?: () => number;
  hmac?: HmacImpl;
  store?: SandboxStore;
}

/** The outcome fields every answer carries (get_list-seed.txt, "Response fields"). */
interface Outcome {
  ActionStatus: 'OK' | 'FAIL';
  ErrorCode: number;
  ErrorInfo: string;
  ErrorDisplay: string;
  RequestId: string;
}

// Relative URLs (a Node server hands over only path and query) are read against this base.
const URL_BASE = 'http://sandbox.invalid';

const JSON_HEADERS = Object.freeze({ 'Content-Type': 'application/json; charset=utf-8' });

/** A simulated Chat app answering its commands like the real service; state (rate windows, data) per instance. */
export class SandboxService {
  /** The accounts and conversations of this instance. */
  readonly store: SandboxStore;
  readonly #now: () => number;
  readonly #hmac: HmacImpl;
  /** One window per command: each page gives its own command's limit ("200 calls per second"). */
  readonly #limiters = new Map<string, SlidingWindowLimiter>();
  #requests = 0;

  constructor({ now = Date.now, hmac = 'auto', store = new SandboxStore() }: SandboxOptions = {}) {
    this.#now = now;
    this.#hmac = hmac;
    this.store = store;
  }

  /**
   * Answers one request. Always HTTP 200 with the outcome in the body, as the real service does
   * (get_list-seed.txt, "Error Codes"); expected failures are answers, never exceptions.
   */
  async handle(req: SandboxRequest): Promise<WireResponse> {
    const requestId = this.#nextRequestId();
    const nowMs = this.#now();
    const fail = (code: number, info: string) => this.#answer({}, code, info, requestId);

    // The checks run in the order the service meets them: HTTP, then URL, then app, then
    // signature, then role, then rate, then body. The first failure is the answer.
    if (req.method !== 'POST') {
      // 60008 is the documented "bad HTTP request format"; the REST API takes only POST.
      return fail(
        60008,
        `HTTP request format error: method ${req.method} is not supported, use POST`,
      );
    }
    let url: URL;
    try {
      url = new URL(req.url, URL_BASE);
    } catch {
      return fail(
        60002,
        'HTTP parse error: the request URL cannot be parsed, check the URL format',
      );
    }
    const path = url.pathname;
    const command = Object.hasOwn(COMMANDS, path) ? COMMANDS[path] : undefined;
    if (!command) {
      // An unknown command, whatever its service: 60009 is the documented "bad request resource
      // or URL" (chat-rest-facts.md); 60002 is for a URL that does not parse at all. The path is
      // echoed (shortened; never the query: it holds the UserSig).
      const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
      return fail(
        60009,
        `invalid request URI: ${shown} is not a command of this service (the sandbox serves ${SANDBOX_PATHS.map((p) => p.slice(1)).join(', ')})`,
      );
    }
    const q = url.searchParams;
    const sdkAppIdText = q.get('sdkappid') ?? '';
    if (sdkAppIdText === '') return fail(60012, 'sdkappid is missing from the URL');
    if (!isUint32Text(sdkAppIdText)) {
      return fail(
        60006,
        `invalid SDKAppID: ${JSON.stringify(sdkAppIdText.slice(0, 20))} is not a number`,
      );
    }
    const sdkAppId = Number(sdkAppIdText);
    if (sdkAppId !== SANDBOX_APP.sdkAppId) {
      return fail(
        70020,
        `SDKAppID ${sdkAppId} not found: the sandbox knows only ${SANDBOX_APP.sdkAppId} (a real SDKAppID answers this when sent to another region)`,
      );
    }
    const userSig = q.get('usersig') ?? '';
    if (userSig === '') return fail(70002, 'usersig is empty');
    // A missing identifier is checked as the empty one: the UserSig's then differs (70013).
    const identifier = q.get('identifier') ?? '';
    const verified = await verifyUserSig(
      userSig,
      { key: SANDBOX_APP.key, sdkAppId, identifier },
      { now: () => nowMs, hmac: this.#hmac },
    );
    if (!verified.ok) {
      // The userbuf check has no documented code and cannot fail here (none is required): 70005,
      // "invalid UserSig", covers it should it ever happen.
      return fail(verified.code ?? 70005, `usersig check failed: ${verified.message}`);
    }
    // The signature first, then the role: only a valid UserSig tells who is calling, and the
    // service answers 60010 to an authenticated account that is not an app admin.
    if (identifier !== SANDBOX_APP.admin) {
      return fail(
        60010,
        `identifier ${JSON.stringify(identifier)} is not an app admin: REST calls must be made as the admin (the sandbox's is ${JSON.stringify(SANDBOX_APP.admin)})`,
      );
    }
    // Only authenticated calls count toward the rate limit: a stranger cannot use up the app's.
    if (!this.#limiterFor(path).tryAcquire(nowMs)) {
      return fail(
        60007,
        `REST API call frequency over the limit: at most ${RATE_LIMIT_PER_SECOND} calls per second to this command`,
      );
    }
    const answer = command(this.store, req.body);
    if (!answer.ok) return fail(answer.code, answer.info);
    return this.#answer(answer.payload, 0, '', requestId);
  }

  #limiterFor(path: string): SlidingWindowLimiter {
    let limiter = this.#limiters.get(path);
    if (!limiter) {
      limiter = new SlidingWindowLimiter(RATE_LIMIT_PER_SECOND, RATE_LIMIT_WINDOW_MS);
      this.#limiters.set(path, limiter);
    }
    return limiter;
  }

  #nextRequestId(): string {
    // The real service's shape, Id-<32 hex>-O-Seq-<n>, made from a counter: deterministic per
    // instance, so tests and screenshots can name the answer they mean.
    this.#requests++;
    return `Id-${this.#requests.toString(16).padStart(32, '0')}-O-Seq-${this.#requests}`;
  }

  #answer(payload: object, code: number, info: string, requestId: string): WireResponse {
    const outcome: Outcome = {
      ActionStatus: code === 0 ? 'OK' : 'FAIL',
      ErrorCode: code,
      ErrorInfo: info,
      ErrorDisplay: '',
      RequestId: requestId,
    };
    // Key order of the doc's sample response: the payload, then the outcome fields.
    return {
      status: 200,
      headers: { ...JSON_HEADERS },
      body: JSON.stringify({ ...payload, ...outcome }),
    };
  }
}
