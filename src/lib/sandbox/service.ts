// The sandbox service: a simulated Chat app that answers its commands (commands.ts: the
// conversation list and its groups and marks of recentcontact, get_c2c_unread_msg_num of openim,
// the account imports and check of im_open_login_svc) as the real service does, from its store
// (store.ts: seeded, then changed by the commands), in the page or in Node. No DOM, no network,
// no clock of its own.
// Every command passes the same checks in the same order; only the body's rules and the answer
// differ per command.
import {
  bodyFinding,
  firstRefusal,
  isRefusal,
  parseQuery,
  queryValue,
  requestFindings,
} from '../api/request-rules';
import type { WireRequest, WireResponse } from '../api/wire';
import USERSIG_EN from '../i18n/messages/en/usersig';
import { FORMATS } from '../i18n/formats';
import { Translator } from '../i18n/translator';
import { verifyUserSig, type HmacImpl } from '../usersig';
import { RATE_LIMIT_PER_SECOND, RATE_LIMIT_WINDOW_MS, SANDBOX_APP } from './app';
import { SANDBOX_PATHS, servedAt } from './commands';
import { SandboxStore } from './store';
import { SlidingWindowLimiter } from './rate-limit';

// The service writes its ErrorInfo in English: the UserSig library's reasons go in as its English words.
const ENGLISH = new Translator('en', { usersig: USERSIG_EN }, FORMATS);

/** What the sandbox accepts: a WireRequest, or any method, so it can answer a wrong one. */
export type SandboxRequest = Omit<WireRequest, 'method'> & { method: string };

/** The world the sandbox depends on: the clock (ms, like Date.now), the HMAC path, its data. */
export interface SandboxOptions {
  now?: () => number;
  hmac?: HmacImpl;
  store?: SandboxStore;
  /**
   * Stands in for a region where the app does not live (the region finder's tests): every
   * request that passes the URL's checks is answered 70020, as a real region answers an
   * SDKAppID of another one.
   */
  elsewhere?: boolean;
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
  /** One window per command: each page gives its own command's limit (200 or 100 per second). */
  readonly #limiters = new Map<string, SlidingWindowLimiter>();
  #requests = 0;

  readonly #elsewhere: boolean;

  constructor({
    now = Date.now,
    hmac = 'auto',
    store = new SandboxStore(),
    elsewhere = false,
  }: SandboxOptions = {}) {
    this.#elsewhere = elsewhere;
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
    // signature, then role, then rate, then body. The first failure is the answer. What the
    // URL's text settles (method, path, app, UserSig present, the query's form) is the shared
    // rule set's, which the inspector reads too, so the two never disagree.
    let url: URL | null = null;
    try {
      url = new URL(req.url, URL_BASE);
    } catch {
      // Judged after the method, below: 60002 is for a URL that does not parse at all.
    }
    const path = url?.pathname ?? '';
    const query = url ? parseQuery(url.search).params : [];
    const refused = firstRefusal(
      requestFindings(
        { method: req.method, path, query },
        { commands: SANDBOX_PATHS, sdkAppId: SANDBOX_APP.sdkAppId, name: 'the sandbox' },
      ),
    );
    if (!url && refused?.name !== 'method') {
      return fail(
        60002,
        'HTTP parse error: the request URL cannot be parsed, check the URL format',
      );
    }
    if (refused) return fail(refused.code, refused.errorInfo);
    if (this.#elsewhere) {
      const id = queryValue(query, 'sdkappid') ?? '';
      return fail(70020, `SDKAppID ${id} not found: this sandbox stands in for another region`);
    }
    const served = servedAt(path);
    if (!served) throw new Error(`unreachable: the rules passed ${path}, which has no command`);
    const limit = served.endpoint.rateLimit ?? RATE_LIMIT_PER_SECOND;
    const sdkAppId = SANDBOX_APP.sdkAppId;
    const userSig = queryValue(query, 'usersig') ?? '';
    // A missing identifier is checked as the empty one: the UserSig's then differs (70013).
    const identifier = queryValue(query, 'identifier') ?? '';
    const verified = await verifyUserSig(
      userSig,
      { key: SANDBOX_APP.key, sdkAppId, identifier },
      { now: () => nowMs, hmac: this.#hmac },
    );
    if (!verified.ok) {
      // The userbuf check has no documented code and cannot fail here (none is required): 70005,
      // "invalid UserSig", covers it should it ever happen.
      return fail(verified.code ?? 70005, `usersig check failed: ${ENGLISH.t(verified.message)}`);
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
    if (!this.#limiterFor(path, limit).tryAcquire(nowMs)) {
      return fail(
        60007,
        `REST API call frequency over the limit: at most ${limit} calls per second to this command`,
      );
    }
    // The REST layer parses the body before any command sees it: 60003 for every command.
    const body = bodyFinding(req.body).finding;
    if (isRefusal(body)) return fail(body.code, body.errorInfo);
    const answer = served.command(this.store, req.body, { now: Math.floor(nowMs / 1000) });
    if (!answer.ok) return fail(answer.code, answer.info);
    return this.#answer(answer.payload, 0, '', requestId);
  }

  #limiterFor(path: string, limit: number): SlidingWindowLimiter {
    let limiter = this.#limiters.get(path);
    if (!limiter) {
      limiter = new SlidingWindowLimiter(limit, RATE_LIMIT_WINDOW_MS);
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
