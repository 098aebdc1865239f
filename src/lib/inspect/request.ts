// Checks a pasted request (a URL, or what a curl command would send) against the REST API's
// request format. Where it goes (scheme, host) is judged here; what the service judges (method,
// path, query, body) is the shared rule set's (src/lib/api/request-rules.ts), the same the
// sandbox answers by, so the inspector and the sandbox never disagree.
import { msg, type Text } from '../i18n/message';
import {
  bodyFinding,
  MAX_QUERY_PARAMS,
  parseQuery,
  queryValue,
  requestFindings,
  type QueryParam,
  type RequestFinding,
  type RequestRuleName,
} from '../api/request-rules';
import type { CurlHeader, ReadProblem } from './curl';
import type { ReadNote } from './shell-words';

export { MAX_QUERY_PARAMS, parseQuery, QUERY_PARAMS, type QueryParam } from '../api/request-rules';

/** A documented region a host belongs to, as the api library's regionOfHost reports it. */
export interface KnownRegion {
  id: string;
  name: string;
  /** True for the region's backup domain (`*.my-imcloud.com`). */
  backup: boolean;
}

/** Looks up the documented region of a host name; null when the host is not a documented one. */
export type RegionOfHost = (host: string) => KnownRegion | null;

/**
 * Checks a parsed body against the description of the endpoint at `endpointPath`
 * (`v4/recentcontact/get_list`); null when there is no description for that path.
 */
export type ValidateBody<I> = (endpointPath: string, value: unknown) => readonly I[] | null;

/** The request parts that are checked, each at most once: where it goes, then the rules' parts. */
export type RequestCheckName = 'scheme' | 'host' | RequestRuleName;

/** The verdict on one part of the request; `code` is the ErrorCode the server answers, where documented. */
export interface RequestCheck {
  name: RequestCheckName;
  severity: RequestFinding['severity'];
  /** A message (the shared rules' findings word theirs in the inspect area too). */
  message: Text;
  code?: number;
}

/** The lookups checkRequest is given: regions, the endpoint descriptions, and which issue is an error. */
export interface RequestDeps<I> {
  regionOfHost: RegionOfHost;
  validateBody: ValidateBody<I>;
  /** Whether the service refuses a body with this issue; without it, every issue is taken to be one. */
  isBodyError?: (issue: I) => boolean;
}

/** The body as sent, whether it parses as JSON, and the endpoint description's issues with it. */
export interface BodyReport<I> {
  text: string;
  parsed: { ok: true; value: unknown } | { ok: false; message: Text };
  /** validateBody's issues; null when the body does not parse or the endpoint has no description. */
  issues: readonly I[] | null;
}

/** A request taken apart: where it goes, what its query and body say, and each part checked. */
export interface RequestReport<I> {
  source: 'url' | 'curl';
  /** The full URL (it carries the UserSig: a credential). */
  url: string;
  /** `https`, `http`, ... without the colon. */
  scheme: string;
  /** Host name with the port, if any. */
  host: string;
  /** Host name alone, lowercase. */
  hostname: string;
  region: KnownRegion | null;
  /** The path without its leading slash: `v4/recentcontact/get_list`. */
  path: string;
  query: QueryParam[];
  /** First value of each documented parameter, decoded; null when absent. Wire names verbatim. */
  sdkappid: string | null;
  identifier: string | null;
  usersig: string | null;
  random: string | null;
  contenttype: string | null;
  /** The HTTP method; null for a bare URL, which does not say. */
  method: string | null;
  headers: CurlHeader[];
  /** The body; null when there is none (always for a bare URL). */
  body: BodyReport<I> | null;
  checks: RequestCheck[];
  notes: ReadNote[];
}

/** What a request paste said, before the URL is taken apart. */
export interface RequestInput {
  source: 'url' | 'curl';
  url: string;
  method: string | null;
  headers: CurlHeader[];
  body: string | null;
  notes: ReadNote[];
}

/** A URL taken apart by the WHATWG parser, with its query read in order. */
export interface ParsedUrl {
  url: URL;
  query: QueryParam[];
  notes: ReadNote[];
}

/** Takes a request URL apart; a text that is not a URL is a problem value. */
export function parseRequestUrl(
  text: string,
): { ok: true; parsed: ParsedUrl } | { ok: false; problem: ReadProblem } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      problem: {
        message: msg('inspect.url.unreadable', { start: JSON.stringify(text.slice(0, 80)) }),
      },
    };
  }
  const notes: ReadNote[] = [];
  if (/[\t\n\r]/.test(text)) {
    // The WHATWG URL parser drops tabs and line breaks anywhere in the input.
    notes.push({
      severity: 'warning',
      message: msg('inspect.url.whitespace'),
    });
  }
  if (url.username || url.password) {
    notes.push({
      severity: 'info',
      message: msg('inspect.url.credentials'),
    });
  }
  if (url.hash) {
    notes.push({
      severity: 'info',
      message: msg('inspect.url.fragment'),
    });
  }
  const { params, malformed, dropped } = parseQuery(url.search);
  if (dropped > 0) {
    notes.push({
      severity: 'warning',
      message: msg('inspect.url.tooManyParams', {
        count: params.length + dropped,
        read: MAX_QUERY_PARAMS,
      }),
    });
  }
  for (const name of new Set(malformed)) {
    notes.push({
      severity: 'warning',
      message: msg('inspect.url.badEscape', { name }),
    });
  }
  return { ok: true, parsed: { url, query: params, notes } };
}

/** The SDKAppID and identifier inside a decoded UserSig, to compare the query with. */
export interface UserSigIdentity {
  sdkAppId: number;
  identifier: string;
}

/** Builds the request report: every part checked, the query compared with the UserSig when it decodes. */
export function checkRequest<I>(
  input: RequestInput,
  parsed: ParsedUrl,
  deps: RequestDeps<I>,
  inside: UserSigIdentity | null,
  userSigDecodes: boolean,
): RequestReport<I> {
  const { url, query } = parsed;
  const checks: RequestCheck[] = [];
  const check = (name: RequestCheckName, severity: RequestCheck['severity'], message: Text) => {
    checks.push({ name, severity, message });
  };
  const scheme = url.protocol.replace(/:$/, '');
  const path = url.pathname.replace(/^\//, '');
  const region = deps.regionOfHost(url.hostname);

  if (scheme === 'https') check('scheme', 'ok', 'https');
  else if (scheme === 'http') check('scheme', 'warning', msg('inspect.check.http'));
  else check('scheme', 'error', msg('inspect.check.scheme', { scheme }));

  const port = url.port;
  if (region) {
    check(
      'host',
      url.port ? 'warning' : 'ok',
      msg('inspect.check.host', {
        hostname: url.hostname,
        region: region.name,
        backup: region.backup,
        port,
      }),
    );
  } else {
    check('host', 'warning', msg('inspect.check.unknownHost', { hostname: url.hostname, port }));
  }

  // The rules the sandbox answers by. The real service's commands and apps are its own to
  // know: any v4/<service>/<command> path may be one, and only the UserSig is compared.
  const findings = requestFindings(
    { method: input.method, path: url.pathname, query },
    {
      userSig: { identity: userSigDecodes ? inside : null },
      // At a host that is not a documented one (a proxy), the path may be the proxy's.
      strictPath: region !== null,
    },
  );
  // A curl command without data sends an empty body; a bare URL says nothing of one.
  const bodyText = input.source === 'curl' ? (input.body ?? '') : input.body;
  const read = bodyFinding(bodyText);
  let body: BodyReport<I> | null = null;
  let bodyCheck: RequestCheck = read.finding;
  if (input.body !== null && read.parsed) {
    const issues = read.parsed.ok ? deps.validateBody(path, read.parsed.value) : null;
    body = { text: input.body, parsed: read.parsed, issues };
    if (read.parsed.ok) bodyCheck = describeIssues(path, issues, deps.isBodyError);
  }
  for (const f of [...findings, bodyCheck]) {
    checks.push(
      f.code === undefined
        ? { name: f.name, severity: f.severity, message: f.message }
        : { name: f.name, severity: f.severity, message: f.message, code: f.code },
    );
  }

  return {
    source: input.source,
    url: url.href,
    scheme,
    host: url.host,
    hostname: url.hostname,
    region,
    path,
    query,
    sdkappid: queryValue(query, 'sdkappid'),
    identifier: queryValue(query, 'identifier'),
    usersig: queryValue(query, 'usersig'),
    random: queryValue(query, 'random'),
    contenttype: queryValue(query, 'contenttype'),
    method: input.method,
    headers: input.headers,
    body,
    checks,
    notes: [...input.notes, ...parsed.notes],
  };
}

/** The body check once the body is JSON: against the endpoint's description, where there is one. */
function describeIssues<I>(
  path: string,
  issues: readonly I[] | null,
  isError: ((issue: I) => boolean) | undefined,
): RequestCheck {
  if (issues === null) {
    return {
      name: 'body',
      severity: 'info',
      message: msg('inspect.check.bodyUndescribed', { path }),
    };
  }
  if (issues.length === 0) {
    return { name: 'body', severity: 'ok', message: msg('inspect.check.bodyValid', { path }) };
  }
  const n = issues.length;
  const errors = isError ? issues.filter(isError).length : n;
  // The errors are what the builder refuses to send and the sandbox's commands answer (50002
  // and the like); the rest is advice.
  return errors === 0
    ? { name: 'body', severity: 'warning', message: msg('inspect.check.bodyAdvice', { n, path }) }
    : {
        name: 'body',
        severity: 'error',
        message: msg('inspect.check.bodyRefused', { n, path, errors }),
      };
}
