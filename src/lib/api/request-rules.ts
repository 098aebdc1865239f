// The one rule set for a REST request's method, URL and body, as the service judges them:
// https://{domain}/v4/{service}/{command}?sdkappid=&identifier=&usersig=&random=&contenttype=json,
// a POST with a JSON body (docs/reference/get_list-seed.txt, "Request parameters";
// docs/reference/chat-rest-facts.md, "Request URL" and "What real clients send").
//
// Two judges read it, so they cannot disagree ("Two judges, one law", STYLE.md): the sandbox
// answers the first refusal in the service's order, and the inspector lists every finding. Pure:
// no clock, no network, no DOM.
//
// Where the documentation and real clients part ways, the rules follow what the service
// evidently accepts and warn (README, "What the sandbox and the inspector accept"):
// - `random` is documented as a required uint32, yet Tencent's official 2016 Node SDK and a Go
//   client send none, and public Java and TypeScript clients send negative values or values far
//   beyond 32 bits; those clients ran in production, so a missing or out-of-range random is a
//   warning, never a refusal (and so is any other value: no answer to one is documented).
// - What the documentation leaves undefined and no client is known to send, a contenttype other
//   than json or a parameter repeated with different values, is refused with 60002 ("HTTP parse
//   error: check the URL format"): the stricter reading, so a request that passes here has no
//   part whose meaning the service would have to guess.

import { msg, type Text } from '../i18n/message';
import { isUint32Text } from '../json/value';

/** The query parameters every REST call carries (get_list-seed.txt, "Request parameters"). */
export const QUERY_PARAMS = ['sdkappid', 'identifier', 'usersig', 'random', 'contenttype'] as const;

/** One query parameter in order of appearance: name and value decoded, and the raw value text. */
export interface QueryParam {
  name: string;
  /** Decoded as a server decodes a query (WHATWG form decoding: `+` is a space). */
  value: string;
  raw: string;
}

/** The most query parameters read; a request has five (a paste of 200,000 must stay fast). */
export const MAX_QUERY_PARAMS = 1000;

/**
 * Reads a query string in order, keeping repeats, and decoding each name and value exactly as
 * URLSearchParams does (so the sandbox reads what a server reads). `malformed` names the
 * parameters with a `%` that is not a whole UTF-8 escape; they are kept as URLSearchParams keeps
 * them. At most MAX_QUERY_PARAMS are read, in one pass; `dropped` counts the rest.
 */
export function parseQuery(search: string): {
  params: QueryParam[];
  malformed: string[];
  dropped: number;
} {
  const params: QueryParam[] = [];
  const malformed: string[] = [];
  let dropped = 0;
  const query = search.replace(/^\?/, '');
  // indexOf, not split: past the cap, pieces are only counted, never copied.
  for (let from = 0; from <= query.length;) {
    const amp = query.indexOf('&', from);
    const end = amp < 0 ? query.length : amp;
    const start = from;
    from = end + 1;
    if (end === start) continue;
    if (params.length === MAX_QUERY_PARAMS) {
      dropped++;
      continue;
    }
    const piece = query.slice(start, end);
    const [pair] = new URLSearchParams(piece);
    if (!pair) continue;
    const [name, value] = pair;
    const eq = piece.indexOf('=');
    params.push({ name, value, raw: eq < 0 ? '' : piece.slice(eq + 1) });
    try {
      decodeURIComponent(piece.replace(/\+/g, ' '));
    } catch {
      malformed.push(name);
    }
  }
  return { params, malformed, dropped };
}

/** The first value of a query parameter, decoded; null when it is absent. */
export function queryValue(query: readonly QueryParam[], name: string): string | null {
  return query.find((p) => p.name === name)?.value ?? null;
}

/** The parts of a request the rules judge, each named as it is sent. */
export interface RequestFacts {
  /** The HTTP method as sent; null when it is not known (a bare URL does not say). */
  method: string | null;
  /** The URL path with its leading slash, as URL.pathname gives it: `/v4/recentcontact/get_list`. */
  path: string;
  query: readonly QueryParam[];
}

/** What the rules know of the service at the other end. */
export interface ServiceFacts {
  /**
   * The command paths it serves (`/v4/recentcontact/get_list`); any other path answers 60009.
   * Without it, any `/v4/<service>/<command>` path may be a command.
   */
  commands?: readonly string[];
  /** The one SDKAppID it hosts; another answers 70020. Without it, that is the service's to know. */
  sdkAppId?: number;
  /** Only the service's own name for the 70020 answer: whose SDKAppID it is. */
  name?: string;
  /**
   * The UserSig in the URL as decoded by the caller, to compare with the query's sdkappid (70014)
   * and identifier (70013); the service makes these checks when it verifies the signature, so
   * they never refuse here. `identity` is null when the UserSig does not decode (70003).
   */
  userSig?: { identity: { sdkAppId: number; identifier: string } | null };
  /**
   * Whether a path that is not a command is certainly the service's 60009: true (the default)
   * for a documented host or the sandbox; false for another host, where a proxy in between may
   * be what the path is meant for.
   */
  strictPath?: boolean;
}

/** The parts of a request each rule judges, in the order the service meets them. */
export type RequestRuleName =
  | 'method'
  | 'path'
  | 'sdkappid'
  | 'identifier'
  | 'usersig'
  | 'random'
  | 'contenttype'
  | 'duplicates'
  | 'unexpected'
  | 'body';

/** The verdict on one part of a request. */
export interface RequestFinding {
  name: RequestRuleName;
  severity: 'ok' | 'info' | 'warning' | 'error';
  /** For a person: what is wrong and what to do (a plain string is the value itself, data). */
  message: Text;
  /** The ErrorCode the service answers for it, where one is documented. */
  code?: number;
  /**
   * Present when the service refuses the request here, before any later check: the ErrorInfo
   * it answers with `code`. Never holds the UserSig.
   */
  errorInfo?: string;
}

/** A finding the service stops at: it answers `code` with `errorInfo`. */
export type Refusal = RequestFinding & { severity: 'error'; code: number; errorInfo: string };

/** Whether the service stops at this finding. */
export function isRefusal(f: RequestFinding): f is Refusal {
  return f.severity === 'error' && f.code !== undefined && f.errorInfo !== undefined;
}

/** The first finding the service stops at, in the service's order; null when it stops at none. */
export function firstRefusal(findings: readonly RequestFinding[]): Refusal | null {
  return findings.find(isRefusal) ?? null;
}

const REST_PATH = /^\/v4\/[A-Za-z0-9_]+\/[A-Za-z0-9_]+$/;

/** A value in an ErrorInfo or message: quoted, and never more than `max` characters of it. */
function quoted(text: string, max = 40): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

function finding(
  name: RequestRuleName,
  severity: RequestFinding['severity'],
  message: Text,
  code?: number,
  errorInfo?: string,
): RequestFinding {
  const f: RequestFinding = { name, severity, message };
  if (code !== undefined) f.code = code;
  if (errorInfo !== undefined) f.errorInfo = errorInfo;
  return f;
}

function methodFinding(method: string | null): RequestFinding {
  if (method === null) {
    return finding('method', 'info', msg('inspect.rr.noMethod'));
  }
  if (method === 'POST') return finding('method', 'ok', 'POST');
  // Methods are case-sensitive (RFC 9110): "post" is not POST, and the service takes only POST.
  const why = method.toUpperCase() === 'POST' ? 'case' : method === 'GET' ? 'get' : 'other';
  return finding(
    'method',
    'error',
    msg('inspect.rr.method', { method, why }),
    60008,
    `HTTP request format error: method ${method.slice(0, 20)} is not supported, use POST`,
  );
}

function pathFinding(path: string, service: ServiceFacts): RequestFinding {
  const bare = path.replace(/^\//, '');
  const commands = service.commands;
  if (commands ? commands.includes(path) : REST_PATH.test(path)) return finding('path', 'ok', bare);
  const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
  const what =
    bare === ''
      ? msg('inspect.rr.noPath')
      : commands && REST_PATH.test(path)
        ? msg('inspect.rr.notCommand', {
            path: bare,
            serves: commands.map((c) => c.slice(1)).join(', '),
          })
        : msg('inspect.rr.notRest', { path: bare });
  if (service.strictPath === false) {
    return finding('path', 'warning', msg('inspect.rr.path', { what, proxy: true }));
  }
  // 60009 is the documented "bad request resource or URL" (chat-rest-facts.md); 60002 is for a
  // URL that does not parse at all. The path is echoed (shortened; never the query: it holds
  // the UserSig).
  return finding(
    'path',
    'error',
    msg('inspect.rr.path', { what, proxy: false }),
    60009,
    `invalid request URI: ${shown} is not a command of this service${commands ? ` (it serves ${commands.map((c) => c.slice(1)).join(', ')})` : ''}`,
  );
}

function sdkAppIdFinding(value: string | null, service: ServiceFacts): RequestFinding {
  if (value === null || value === '') {
    return finding(
      'sdkappid',
      'error',
      msg('inspect.rr.noApp'),
      60012,
      'sdkappid is missing from the URL',
    );
  }
  if (!isUint32Text(value)) {
    return finding(
      'sdkappid',
      'error',
      msg('inspect.rr.appNaN', { value: quoted(value) }),
      60006,
      `invalid SDKAppID: ${quoted(value, 20)} is not a number`,
    );
  }
  const n = Number(value);
  if (service.sdkAppId !== undefined && n !== service.sdkAppId) {
    const name = service.name ?? 'this service';
    return finding(
      'sdkappid',
      'error',
      msg('inspect.rr.appOther', { n, name: service.name ?? null, only: service.sdkAppId }),
      70020,
      `SDKAppID ${n} not found: ${name} knows only ${service.sdkAppId} (a real SDKAppID answers this when sent to another region)`,
    );
  }
  const inside = service.userSig?.identity;
  if (inside && n !== inside.sdkAppId) {
    return finding(
      'sdkappid',
      'error',
      msg('inspect.rr.appSig', { n, inside: inside.sdkAppId }),
      70014,
    );
  }
  return finding('sdkappid', 'ok', value);
}

function identifierFinding(value: string | null, service: ServiceFacts): RequestFinding {
  if (value === null || value === '') {
    // The service then checks the UserSig against an empty identifier, which it cannot match:
    // 70013, from the signature step, so not a refusal of its own here.
    return finding('identifier', 'error', msg('inspect.rr.noId'), 70013);
  }
  const inside = service.userSig?.identity;
  if (inside && value !== inside.identifier) {
    return finding(
      'identifier',
      'error',
      msg('inspect.rr.idSig', {
        value: JSON.stringify(value),
        inside: JSON.stringify(inside.identifier),
      }),
      70013,
    );
  }
  return finding('identifier', 'ok', value);
}

function userSigFinding(value: string | null, service: ServiceFacts): RequestFinding {
  if (value === null || value === '') {
    return finding('usersig', 'error', msg('inspect.rr.noSig'), 70002, 'usersig is empty');
  }
  const n = value.length;
  if (service.userSig === undefined) {
    return finding('usersig', 'ok', msg('inspect.rr.sigLen', { n, decodes: false }));
  }
  if (service.userSig.identity === null) {
    return finding('usersig', 'error', msg('inspect.rr.sigBad'), 70003);
  }
  return finding('usersig', 'ok', msg('inspect.rr.sigLen', { n, decodes: true }));
}

function randomFinding(value: string | null): RequestFinding {
  // Never a refusal: see the note at the top of this file.
  if (value === null || value === '')
    return finding('random', 'warning', msg('inspect.rr.noRandom'));
  if (/^-?\d+$/.test(value) && !isUint32Text(value)) {
    return finding('random', 'warning', msg('inspect.rr.randomRange', { value: quoted(value) }));
  }
  if (!isUint32Text(value)) {
    return finding('random', 'warning', msg('inspect.rr.randomNaN', { value: quoted(value) }));
  }
  return finding('random', 'ok', value);
}

function contentTypeFinding(value: string | null): RequestFinding {
  if (value === null) {
    return finding('contenttype', 'warning', msg('inspect.rr.noCt'));
  }
  if (value === 'json') return finding('contenttype', 'ok', 'json');
  if (value.toLowerCase() === 'json') {
    return finding('contenttype', 'warning', msg('inspect.rr.ctCase', { value: quoted(value) }));
  }
  return finding(
    'contenttype',
    'error',
    msg('inspect.rr.ctBad', { value: quoted(value) }),
    60002,
    `HTTP parse error: contenttype ${quoted(value, 20)} is not supported, the request format is json`,
  );
}

function duplicatesFinding(query: readonly QueryParam[]): RequestFinding | null {
  const byName = new Map<string, QueryParam[]>();
  for (const p of query) {
    const same = byName.get(p.name);
    if (same) same.push(p);
    else byName.set(p.name, [p]);
  }
  const repeated = [...byName.entries()].filter(([, ps]) => ps.length > 1);
  if (repeated.length === 0) return null;
  const differ = repeated.filter(([, ps]) => new Set(ps.map((p) => p.value)).size > 1);
  const names = repeated.map(([n, ps]) => [n, ps.length] as const);
  if (differ.length === 0)
    return finding('duplicates', 'warning', msg('inspect.rr.dup', { names }));
  // Names only in the ErrorInfo: a value may be the UserSig.
  return finding(
    'duplicates',
    'error',
    msg('inspect.rr.dupDiffer', { names }),
    60002,
    `HTTP parse error: ${differ.map(([n]) => n.slice(0, 20)).join(', ')} given more than once with different values`,
  );
}

function unexpectedFinding(query: readonly QueryParam[]): RequestFinding | null {
  const known = new Set<string>(QUERY_PARAMS);
  const unexpected = [...new Set(query.map((p) => p.name))].filter((n) => !known.has(n));
  if (unexpected.length === 0) return null;
  const miscased = unexpected.some((n) => known.has(n.toLowerCase()));
  const names = unexpected.map(
    (n) => [n, known.has(n.toLowerCase()) ? n.toLowerCase() : null] as const,
  );
  return finding(
    'unexpected',
    miscased ? 'warning' : 'info',
    msg('inspect.rr.unexpected', { names }),
  );
}

/**
 * Judges the method and the URL, in the order the service meets them: HTTP (60008), path
 * (60009), the app (60012, 60006, 70020), the UserSig's presence (70002), then the query's form
 * (60002). What comes after, the signature (verifyUserSig), the role and the rate, is not in the
 * URL's text; the body is bodyFinding's.
 */
export function requestFindings(req: RequestFacts, service: ServiceFacts = {}): RequestFinding[] {
  const { query } = req;
  const out = [
    methodFinding(req.method),
    pathFinding(req.path, service),
    sdkAppIdFinding(queryValue(query, 'sdkappid'), service),
    identifierFinding(queryValue(query, 'identifier'), service),
    userSigFinding(queryValue(query, 'usersig'), service),
    randomFinding(queryValue(query, 'random')),
    contentTypeFinding(queryValue(query, 'contenttype')),
  ];
  const duplicates = duplicatesFinding(query);
  if (duplicates) out.push(duplicates);
  const unexpected = unexpectedFinding(query);
  if (unexpected) out.push(unexpected);
  return out;
}

/**
 * Judges the body's text: JSON, or 60003 (the service's own words, from openim's
 * admin_msgwithdraw page). `null` is a body not known (a bare URL); an empty one is not JSON.
 * A body that parses comes back with its value, for the command's own rules.
 */
export function bodyFinding(text: string | null): {
  finding: RequestFinding;
  parsed: { ok: true; value: unknown } | { ok: false; message: string } | null;
} {
  if (text === null) {
    return {
      finding: finding('body', 'info', msg('inspect.rr.urlNoBody')),
      parsed: null,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      finding: finding(
        'body',
        'error',
        msg('inspect.rr.noBody', { why: text.trim() === '' ? null : message }),
        60003,
        'Fail to Parse json data of body, Please check it',
      ),
      parsed: { ok: false, message },
    };
  }
  return { finding: finding('body', 'ok', msg('inspect.rr.valid')), parsed: { ok: true, value } };
}
