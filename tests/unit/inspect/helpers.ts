// Stand-ins for the api library (regions, body validation) and makers of pasted commands.
import type { KnownRegion } from '../../../src/lib/inspect';

// A few rows of chat-rest-facts.md "Regional domains"; the real table lives in src/lib/api.
const HOSTS: Record<string, KnownRegion> = {
  'console.tim.qq.com': { id: 'china', name: 'China', backup: false },
  'adminapi.my-imcloud.com': { id: 'china', name: 'China', backup: true },
  'adminapisgp.im.qcloud.com': { id: 'singapore', name: 'Singapore', backup: false },
  'adminapisgp.my-imcloud.com': { id: 'singapore', name: 'Singapore', backup: true },
  'adminapiger.im.qcloud.com': { id: 'frankfurt', name: 'Frankfurt', backup: false },
};

/** Stand-in for regionOfHost. */
export function regionOfHost(host: string): KnownRegion | null {
  return HOSTS[host] ?? null;
}

/** The issue shape the stand-in validator returns. */
export interface Issue {
  field: string;
  message: string;
}

const GET_LIST_INTS = ['TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex', 'AssistFlags'];

/** Stand-in for validateBody: knows get_list's six required fields, nothing else. */
export function validateBody(endpointPath: string, value: unknown): Issue[] | null {
  if (endpointPath !== 'v4/recentcontact/get_list') return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field: '', message: 'The body must be a JSON object.' }];
  }
  const body = value as Record<string, unknown>;
  const issues: Issue[] = [];
  if (typeof body.From_Account !== 'string' || body.From_Account === '') {
    issues.push({ field: 'From_Account', message: 'From_Account is required.' });
  }
  for (const name of GET_LIST_INTS) {
    if (!Number.isInteger(body[name]))
      issues.push({ field: name, message: `${name} is required.` });
  }
  return issues;
}

/** A get_list body that passes the stand-in validator. */
export const GET_LIST_BODY =
  '{"From_Account":"id1","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":7}';

/** A get_list request URL on the Singapore host. */
export function requestUrl(
  params: Record<string, string>,
  host = 'adminapisgp.im.qcloud.com',
  path = 'v4/recentcontact/get_list',
): string {
  return `https://${host}/${path}?${new URLSearchParams(params).toString()}`;
}

/** Chrome's bash quoting (DevTools NetworkLogView escapeStringPosix): '...' or $'...' with \\uXXXX escapes. */
export function chromePosixQuote(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\0-\x1F\x7F-\x9F!]|'/.test(text)) return `'${text}'`;
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    // eslint-disable-next-line no-control-regex
    .replace(/[\0-\x1F\x7F-\x9F!]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return `$'${body}'`;
}

/** Chrome's cmd quoting (escapeStringWin): ^"...^" with \\" for quotes and ^ before anything unsure. */
export function chromeCmdQuote(text: string): string {
  return (
    '^"' +
    text
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')
      .replace(/[^a-zA-Z0-9\s_\-:=+~'/.,?;()*`]/g, '^$&')
      .replace(/%(?=[a-zA-Z0-9_])/g, '%^')
      .replace(/\r?\n/g, '^\n\n') +
    '^"'
  );
}

/** A "Copy as cURL" command as Chrome writes it, for bash or cmd. */
export function chromeCurl(
  url: string,
  headers: [string, string][],
  body: string | null,
  platform: 'posix' | 'cmd',
): string {
  const q = platform === 'cmd' ? chromeCmdQuote : chromePosixQuote;
  const parts = [q(url).replace(/[[{}\]]/g, '\\$&')];
  for (const [name, value] of headers) parts.push('-H ' + q(`${name}: ${value}`));
  if (body !== null) parts.push('--data-raw ' + q(body));
  return 'curl ' + parts.join(platform === 'cmd' ? ' ^\n  ' : ' \\\n  ');
}

/** The headers Chrome 13x copies for a cross-origin text/plain POST. */
export const CHROME_HEADERS: [string, string][] = [
  ['accept', '*/*'],
  ['accept-language', 'en-GB,en;q=0.9,zh-CN;q=0.8'],
  ['content-type', 'text/plain;charset=UTF-8'],
  ['origin', 'http://127.0.0.1:4173'],
  ['priority', 'u=1, i'],
  ['referer', 'http://127.0.0.1:4173/'],
  ['sec-ch-ua', '"Chromium";v="131", "Not_A Brand";v="24"'],
  ['sec-ch-ua-mobile', '?0'],
  ['sec-ch-ua-platform', '"Windows"'],
  ['sec-fetch-dest', 'empty'],
  ['sec-fetch-mode', 'cors'],
  ['sec-fetch-site', 'cross-site'],
  [
    'user-agent',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  ],
];
