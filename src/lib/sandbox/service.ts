// The sandbox service: a simulated Chat app that answers its commands (commands.ts: get_list,
// delete, get_contact_group of recentcontact, get_c2c_unread_msg_num of openim) as the real
// service does, from fixed data, in the page or in Node. No DOM, no network, no clock of its own.
// Every command passes the same checks in the same order; only the body's rules and the answer
// differ per command.
import type { WireRequest, WireResponse } from '../api/wire';
import { verifyUserSig, type HmacImpl } from '../usersig';
import { MAX_UINT32, RATE_LIMIT_PER_SECOND, RATE_LIMIT_WINDOW_MS, SANDBOX_APP } from './app';
import { commandForPath, SANDBOX_PATHS } from './commands';
import { SandboxStore } from './data';
import { SlidingWindowLimiter } from './rate-limit';

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
    // The path names an endpoint of the api registry, and the endpoint its command.
    const command = commandForPath(path);
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
    if (!/^\d{1,10}$/.test(sdkAppIdText) || Number(sdkAppIdText) > MAX_UINT32) {
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
