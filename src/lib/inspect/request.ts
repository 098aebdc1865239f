// Checks a pasted request (a URL, or what a curl command would send) against the REST API's
// request format: https://{domain}/v4/{service}/{command}?sdkappid=&identifier=&usersig=
// &random=&contenttype=json, POST with a JSON body. Facts: ../shared/reference/chat-rest-facts.md
// and the get_list page (get_list-seed.txt).
import type { CurlHeader, ReadProblem } from './curl';
import type { ReadNote } from './shell-words';

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

/** One query parameter in order of appearance: the name, the decoded value and the raw text. */
export interface QueryParam {
  name: string;
  value: string;
  raw: string;
}

/** The request parts that are checked, each at most once. */
export type RequestCheckName =
  | 'scheme'
  | 'host'
  | 'path'
  | 'method'
  | 'sdkappid'
  | 'identifier'
  | 'usersig'
  | 'random'
  | 'contenttype'
  | 'duplicates'
  | 'unexpected'
  | 'body';

/** The verdict on one part of the request; `code` is the ErrorCode the server answers, where documented. */
export interface RequestCheck {
  name: RequestCheckName;
  severity: 'ok' | 'info' | 'warning' | 'error';
  message: string;
  code?: number;
}

/** The body as sent, whether it parses as JSON, and the endpoint description's issues with it. */
export interface BodyReport<I> {
  text: string;
  parsed: { ok: true; value: unknown } | { ok: false; message: string };
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

const MAX_UINT32 = 4294967295;
/** The query parameters every REST call carries (get_list-seed.txt, "Request parameters"). */
export const QUERY_PARAMS = ['sdkappid', 'identifier', 'usersig', 'random', 'contenttype'] as const;

/** True when text is a decimal integer from 0 to 4294967295. */
export function isUint32Text(text: string): boolean {
  return /^\d{1,10}$/.test(text) && Number(text) <= MAX_UINT32;
}

/** The most query parameters read; a request has five, and the checks compare every pair of names. */
export const MAX_QUERY_PARAMS = 1000;

/**
 * Reads a query string in order, keeping repeats; values are percent-decoded, `+` kept as it
 * is. At most MAX_QUERY_PARAMS parameters are read; `dropped` counts the rest.
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
  // One pass with indexOf, not split: past the cap, pieces are only counted, never copied.
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
    const eq = piece.indexOf('=');
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    const raw = eq < 0 ? '' : piece.slice(eq + 1);
    // `+` stays `+`: a UserSig never holds one, and decodeUserSig names standard base64 better
    // than it could name the space a form decoder would make of it.
    const decode = (s: string): string => {
      try {
        return decodeURIComponent(s);
      } catch {
        malformed.push(rawName);
        return s;
      }
    };
    params.push({ name: decode(rawName), value: decode(raw), raw });
  }
  return { params, malformed, dropped };
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
        message: `This is not a URL the browser can read: ${JSON.stringify(text.slice(0, 80))}.`,
      },
    };
  }
  const notes: ReadNote[] = [];
  if (/[\t\n\r]/.test(text)) {
    // The WHATWG URL parser drops tabs and line breaks anywhere in the input.
    notes.push({
      severity: 'warning',
      message: 'The URL had line breaks or tabs in it; they were removed, as a browser does.',
    });
  }
  if (url.username || url.password) {
    notes.push({
      severity: 'info',
      message:
        'The URL carries a user name or password before the host; the API does not use them.',
    });
  }
  if (url.hash) {
    notes.push({
      severity: 'info',
      message: 'The part after "#" is never sent to the server; it was ignored.',
    });
  }
  const { params, malformed, dropped } = parseQuery(url.search);
  if (dropped > 0) {
    const count = (n: number) => n.toLocaleString('en-US');
    notes.push({
      severity: 'warning',
      message: `The query has ${count(params.length + dropped)} parameters; only the first ${count(MAX_QUERY_PARAMS)} were read (a request has five).`,
    });
  }
  for (const name of new Set(malformed)) {
    notes.push({
      severity: 'warning',
      message: `The query parameter "${name}" has a "%" that is not a whole escape; it was read as written.`,
    });
  }
  return { ok: true, parsed: { url, query: params, notes } };
}

/** The SDKAppID and identifier inside a decoded UserSig, to compare the query with. */
export interface UserSigIdentity {
  sdkAppId: number;
  identifier: string;
}

function first(query: QueryParam[], name: string): string | null {
  return query.find((p) => p.name === name)?.value ?? null;
}

function parseBody<I>(text: string, path: string, validateBody: ValidateBody<I>): BodyReport<I> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return {
      text,
      parsed: { ok: false, message: err instanceof Error ? err.message : String(err) },
      issues: null,
    };
  }
  return { text, parsed: { ok: true, value }, issues: validateBody(path, value) };
}

/** Builds the request report: every part checked, the query compared with the UserSig when it decodes. */
export function checkRequest<I>(
  input: RequestInput,
  parsed: ParsedUrl,
  deps: { regionOfHost: RegionOfHost; validateBody: ValidateBody<I> },
  inside: UserSigIdentity | null,
  userSigDecodes: boolean,
): RequestReport<I> {
  const { url, query } = parsed;
  const checks: RequestCheck[] = [];
  const check = (
    name: RequestCheckName,
    severity: RequestCheck['severity'],
    message: string,
    code?: number,
  ): void => {
    checks.push(
      code === undefined ? { name, severity, message } : { name, severity, message, code },
    );
  };
  const scheme = url.protocol.replace(/:$/, '');
  const path = url.pathname.replace(/^\//, '');
  const region = deps.regionOfHost(url.hostname);

  if (scheme === 'https') check('scheme', 'ok', 'https');
  else if (scheme === 'http')
    check('scheme', 'warning', 'Plain http: the documented URLs are https.');
  else
    check(
      'scheme',
      'error',
      `"${scheme}" is not a web address scheme: the API is served over https.`,
    );

  const port = url.port
    ? ` The URL names port ${url.port}; the documented hosts use the default.`
    : '';
  if (region) {
    check(
      'host',
      url.port ? 'warning' : 'ok',
      `${url.hostname}: ${region.name}${region.backup ? ' (backup domain)' : ''}.${port}`,
    );
  } else {
    check(
      'host',
      'warning',
      `${url.hostname} is not one of the documented Chat REST hosts. A proxy, or a typo?${port}`,
    );
  }

  if (path === '') {
    check(
      'path',
      'error',
      'The URL has no path: the endpoint (such as v4/recentcontact/get_list) is missing.',
    );
  } else if (/^v4\/[A-Za-z0-9_]+\/[A-Za-z0-9_]+$/.test(path)) {
    check('path', 'ok', path);
  } else {
    check('path', 'warning', `"${path}" does not look like a REST path (v4/<service>/<command>).`);
  }

  if (input.method === null) {
    check(
      'method',
      'info',
      'A URL alone does not say the method: the API takes a POST with the JSON body.',
    );
  } else if (input.method === 'POST') {
    check('method', 'ok', 'POST');
  } else if (input.method.toUpperCase() === 'POST') {
    check('method', 'warning', `"${input.method}": methods are case-sensitive; send "POST".`);
  } else {
    const why =
      input.source === 'curl' && input.body === null && input.method === 'GET'
        ? 'curl sends a GET when the command has no -d (or --data-raw, --json): add the JSON body with one of them.'
        : 'send a POST.';
    check('method', 'error', `The method is ${input.method}, but the API needs POST: ${why}`);
  }

  const sdkappid = first(query, 'sdkappid');
  if (sdkappid === null || sdkappid === '') {
    check('sdkappid', 'error', 'sdkappid is missing from the URL.', 60012);
  } else if (!isUint32Text(sdkappid)) {
    check(
      'sdkappid',
      'error',
      `sdkappid is "${sdkappid}", but it must be an integer from 0 to 4294967295.`,
    );
  } else if (inside && Number(sdkappid) !== inside.sdkAppId) {
    check(
      'sdkappid',
      'error',
      `sdkappid=${sdkappid} differs from the SDKAppID inside the UserSig (${inside.sdkAppId}): the server answers 70014.`,
      70014,
    );
  } else {
    check('sdkappid', 'ok', sdkappid);
  }

  const identifier = first(query, 'identifier');
  if (identifier === null || identifier === '') {
    check('identifier', 'error', 'identifier (the app admin account) is missing from the URL.');
  } else if (inside && identifier !== inside.identifier) {
    check(
      'identifier',
      'error',
      `identifier=${JSON.stringify(identifier)} differs from the identifier inside the UserSig (${JSON.stringify(inside.identifier)}): the server answers 70013.`,
      70013,
    );
  } else {
    check('identifier', 'ok', identifier);
  }

  const usersig = first(query, 'usersig');
  if (usersig === null || usersig === '') {
    check('usersig', 'error', 'usersig is missing from the URL.', 70002);
  } else if (!userSigDecodes) {
    check(
      'usersig',
      'error',
      'The usersig does not decode (see the UserSig): the server answers 70003.',
      70003,
    );
  } else {
    check('usersig', 'ok', `${usersig.length} characters; it decodes.`);
  }

  const random = first(query, 'random');
  if (random === null || random === '') {
    check(
      'random',
      'error',
      'random is missing: every call carries a fresh random 32-bit unsigned integer.',
    );
  } else if (!isUint32Text(random)) {
    check(
      'random',
      'error',
      `random is "${random}", but it must be an integer from 0 to 4294967295.`,
    );
  } else {
    check('random', 'ok', random);
  }

  const contenttype = first(query, 'contenttype');
  if (contenttype === null) {
    check(
      'contenttype',
      'warning',
      'contenttype is missing; the documentation says to always send contenttype=json.',
    );
  } else if (contenttype === 'json') {
    check('contenttype', 'ok', 'json');
  } else if (contenttype.toLowerCase() === 'json') {
    check(
      'contenttype',
      'warning',
      `contenttype is "${contenttype}"; the documented value is "json", in lowercase.`,
    );
  } else {
    check('contenttype', 'error', `contenttype is "${contenttype}", but it must be "json".`);
  }

  const counts = new Map<string, QueryParam[]>();
  for (const p of query) counts.set(p.name, [...(counts.get(p.name) ?? []), p]);
  const repeated = [...counts.entries()].filter(([, ps]) => ps.length > 1);
  if (repeated.length > 0) {
    const differ = repeated.some(([, ps]) => new Set(ps.map((p) => p.value)).size > 1);
    const names = repeated.map(([n, ps]) => `${n} (${ps.length} times)`).join(', ');
    check(
      'duplicates',
      differ ? 'error' : 'warning',
      differ
        ? `Repeated with different values: ${names}. Which one the server reads is not documented; this report used the first.`
        : `Repeated: ${names}. Send each parameter once.`,
    );
  }

  const known = new Set<string>(QUERY_PARAMS);
  const unexpected = [...counts.keys()].filter((n) => !known.has(n));
  if (unexpected.length > 0) {
    const described = unexpected.map((n) =>
      known.has(n.toLowerCase()) ? `${n} (the documented name is ${n.toLowerCase()})` : n,
    );
    const miscased = unexpected.some((n) => known.has(n.toLowerCase()));
    check(
      'unexpected',
      miscased ? 'warning' : 'info',
      `Not parameters of the API: ${described.join(', ')}.`,
    );
  }

  let body: BodyReport<I> | null = null;
  if (input.body === null) {
    if (input.source === 'url') {
      check(
        'body',
        'info',
        'A URL carries no body: the JSON body goes in the POST. Load it into the builder to write one.',
      );
    } else {
      check(
        'body',
        'error',
        "The command sends no body: the API needs the JSON request body (-d '{...}').",
      );
    }
  } else {
    body = parseBody(input.body, path, deps.validateBody);
    if (!body.parsed.ok) {
      check(
        'body',
        'error',
        `The body is not valid JSON (${body.parsed.message}): the server answers 60003.`,
        60003,
      );
    } else if (body.issues === null) {
      check(
        'body',
        'info',
        `This tool has no description of ${path || 'this endpoint'}, so the body was only checked to be JSON.`,
      );
    } else if (body.issues.length === 0) {
      check('body', 'ok', `Valid JSON that matches the description of ${path}.`);
    } else {
      const n = body.issues.length;
      check(
        'body',
        'warning',
        `The body has ${n} problem${n === 1 ? '' : 's'} against the description of ${path}.`,
      );
    }
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
    sdkappid,
    identifier,
    usersig,
    random,
    contenttype,
    method: input.method,
    headers: input.headers,
    body,
    checks,
    notes: [...input.notes, ...parsed.notes],
  };
}
