// Reads a pasted curl command into the request curl would send: URL, method, headers, body.
// Option semantics from curl's own manual (curl.se/docs/manpage.html): -d and friends join
// with "&", --json pieces are appended as they are, data makes the method POST, -G moves the
// data into the query, and "@file" reads a file (which a web page cannot do).
import { msg, type Msg, type Text } from '../i18n/message';
import {
  capNotes,
  lineColumn,
  lineFinder,
  noteList,
  splitShellWords,
  type ReadNote,
  type ShellDialect,
  type ShellToken,
  type TextPosition,
} from './shell-words';

/** A request header given with -H, split at the first colon. */
export interface CurlHeader {
  name: string;
  value: string;
}

/** The request a curl command would send, as far as a paste can tell. */
export interface CurlRequest {
  /** The URL curl requests, with curl's glob escapes (`\[`) undone. */
  url: string;
  method: string;
  /** Where the method came from: -X, data (POST), -G (GET), -I (HEAD), or curl's default (GET). */
  methodFrom: 'option' | 'data' | 'get' | 'head' | 'default';
  /** The body as curl sends it; null when the command has no data option. */
  body: string | null;
  headers: CurlHeader[];
  dialect: ShellDialect;
  notes: ReadNote[];
}

/** Why a paste could not be read as a request, with where, when a place in the text is to blame. */
export interface ReadProblem {
  message: Text;
  at?: TextPosition;
}

/** The outcome of parseCurl: the request, or the problem. */
export type CurlParseResult =
  { ok: true; request: CurlRequest } | { ok: false; problem: ReadProblem };

type DataKind = 'data' | 'binary' | 'raw' | 'urlencode' | 'json';

// Options that take an argument. Unknown options are assumed to take none, and named in a note.
const DATA_OPTIONS: Record<string, DataKind> = {
  '-d': 'data',
  '--data': 'data',
  '--data-ascii': 'data',
  '--data-binary': 'binary',
  '--data-raw': 'raw',
  '--data-urlencode': 'urlencode',
  '--json': 'json',
};
const SHORT_WITH_ARG = new Set('AbcCdDeEFHKmoPQrTtuUwxXyYz');
const SHORT_FLAGS = new Set('sSviIkLfgGNq012346#jlnOJRBpaMVhZ:');
const LONG_WITH_ARG = new Set([
  'request',
  'header',
  'url',
  'user-agent',
  'referer',
  'cookie',
  'cookie-jar',
  'output',
  'user',
  'proxy',
  'proxy-user',
  'max-time',
  'connect-timeout',
  'write-out',
  'form',
  'form-string',
  'upload-file',
  'config',
  'retry',
  'retry-delay',
  'retry-max-time',
  'resolve',
  'connect-to',
  'cacert',
  'capath',
  'cert',
  'cert-type',
  'key',
  'key-type',
  'interface',
  'dump-header',
  'range',
  'limit-rate',
  'max-filesize',
  'max-redirs',
  'trace',
  'trace-ascii',
  'stderr',
  'url-query',
  'variable',
  'oauth2-bearer',
  'aws-sigv4',
  'unix-socket',
  'abstract-unix-socket',
  'dns-servers',
  'noproxy',
  'preproxy',
  'proxy-header',
  'request-target',
  'time-cond',
  'local-port',
  'continue-at',
  'ciphers',
  'pinnedpubkey',
  'keepalive-time',
  'happy-eyeballs-timeout-ms',
  'expect100-timeout',
  'tls-max',
  'speed-limit',
  'speed-time',
  'parallel-max',
  'retry-all-errors-max',
]);
const LONG_FLAGS = new Set([
  'silent',
  'show-error',
  'verbose',
  'include',
  'insecure',
  'location',
  'fail',
  'fail-with-body',
  'compressed',
  'globoff',
  'get',
  'head',
  'no-buffer',
  'progress-bar',
  'http1.0',
  'http1.1',
  'http2',
  'http2-prior-knowledge',
  'http3',
  'ipv4',
  'ipv6',
  'tlsv1.2',
  'tlsv1.3',
  'location-trusted',
  'no-keepalive',
  'path-as-is',
  'raw',
  'remote-name',
  'remote-header-name',
  'retry-connrefused',
  'retry-all-errors',
  'show-headers',
  'styled-output',
  'no-progress-meter',
  'tcp-nodelay',
  'tr-encoding',
  'no-alpn',
  'no-npn',
  'no-sessionid',
  'digest',
  'basic',
  'ntlm',
  'negotiate',
  'anyauth',
  'netrc',
  'netrc-optional',
  'junk-session-cookies',
  'create-dirs',
  'ssl',
  'ssl-reqd',
  'false-start',
  'parallel',
  'next',
]);
const SHORT_TO_LONG: Record<string, string> = {
  X: 'request',
  H: 'header',
  G: 'get',
  I: 'head',
  g: 'globoff',
  F: 'form',
  T: 'upload-file',
  K: 'config',
  ':': 'next',
};

const CURL_WORD = /^(?:.*[\\/])?curl(?:\.exe)?$/i;
// Words that may stand before `curl` at the start of a pasted command: prompts and wrappers.
const LEAD_WORD = /^(?:\$|%|sudo|time|command|exec|env|[A-Za-z_][A-Za-z0-9_]*=.*)$/;
// Operators that end the curl command: what follows is another command.
const SEPARATORS = new Set(['|', '||', '&&', ';', '&', '|&', ';;', '(', ')']);

interface Arg {
  value: string;
  start: number;
}

/** curl's --data-urlencode encoding: everything but A-Z a-z 0-9 - . _ ~ as %XX of UTF-8. */
function curlUrlEncode(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9\-._~]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }).join('');
}

function problemAt(text: string, message: Msg, position: number): CurlParseResult {
  return { ok: false, problem: { message, at: lineColumn(text, position) } };
}

/** Finds the curl command's arguments among the tokens, noting what a shell would do besides. */
function curlArguments(
  text: string,
  tokens: ShellToken[],
  note: (severity: ReadNote['severity'], message: Text) => void,
): { args: Arg[]; stdin: boolean; carriedOn: number[] } | null {
  let start = -1;
  let atCommandStart = true;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as ShellToken;
    if (tok.kind === 'word') {
      if (atCommandStart && CURL_WORD.test(tok.value)) {
        start = t + 1;
        break;
      }
      atCommandStart = atCommandStart && LEAD_WORD.test(tok.value);
    } else {
      atCommandStart = tok.kind === 'newline' || SEPARATORS.has(tok.value);
    }
  }
  if (start < 0) return null;
  if (tokens.slice(0, start - 1).some((t) => t.kind === 'operator' && t.value.includes('|'))) {
    note('info', msg('inspect.curl.piped'));
  }
  const lineOf = lineFinder(text);
  // Lines that end without a backslash but carry on the command: named in one note at the end.
  const carriedOn: number[] = [];
  const args: Arg[] = [];
  let stdin = tokens.slice(0, start).some((t) => t.kind === 'operator' && t.value.includes('|'));
  for (let t = start; t < tokens.length; t++) {
    const tok = tokens[t] as ShellToken;
    if (tok.kind === 'word') {
      args.push({ value: tok.value, start: tok.start });
      continue;
    }
    if (tok.kind === 'newline') {
      // A line break without a backslash ends a shell command. Pasted docs often lose the
      // backslashes, so a next line that carries on with options or the URL is read as part of it.
      let n = t + 1;
      while (tokens[n]?.kind === 'newline') n++;
      const next = tokens[n];
      if (next === undefined) break;
      if (next.kind === 'word' && /^(-|https?:\/\/)/i.test(next.value)) {
        if (carriedOn.length === 0) note('warning', ''); // its place among the notes; see below
        carriedOn.push(lineOf(tok.start).line);
        t = n - 1;
        continue;
      }
      if (tokens.slice(n).some((x) => x.kind === 'word')) {
        note('info', msg('inspect.curl.ends', { line: lineOf(tok.start).line }));
      }
      break;
    }
    if (SEPARATORS.has(tok.value)) {
      note('info', msg('inspect.curl.after', { op: tok.value }));
      break;
    }
    // A redirection: skip its target. Input redirections and here-documents feed stdin (@-).
    if (tok.value.includes('<')) stdin = true;
    else note('info', msg('inspect.curl.redirect', { op: tok.value }));
    if (tokens[t + 1]?.kind === 'word') t++;
  }
  return { args, stdin, carriedOn };
}

/** Parses a pasted curl command (bash or Windows cmd) into the request it would send. */
export function parseCurl(text: string): CurlParseResult {
  const split = splitShellWords(text);
  if (!split.ok) {
    const { message, position, line, column } = split;
    return { ok: false, problem: { message, at: { position, line, column } } };
  }
  const { notes, add: note } = noteList([...split.notes]);
  const found = curlArguments(text, split.tokens, note);
  if (!found) {
    return {
      ok: false,
      problem: { message: msg('inspect.curl.none') },
    };
  }
  const { args, stdin, carriedOn } = found;
  if (carriedOn.length > 0) {
    const at = notes.findIndex((n) => n.message === '');
    // The one note for lines that end without a backslash yet carry on the command.
    notes[at] = { severity: 'warning', message: msg('inspect.curl.carried', { lines: carriedOn }) };
  }
  const urls: Arg[] = [];
  let urlOption: Arg | null = null;
  let method: string | null = null;
  let getMode = false;
  let headMode = false;
  let globOff = false;
  let form = false;
  let body: string | null = null;
  const headers: CurlHeader[] = [];
  // --json adds its Content-Type once, however many times it is given.
  let jsonTyped = false;

  // Applies a flag; false when it ends the first request (--next).
  const flag = (long: string): boolean => {
    if (long === 'get') getMode = true;
    else if (long === 'head') headMode = true;
    else if (long === 'globoff') globOff = true;
    else if (long === 'next') {
      note('warning', msg('inspect.curl.next'));
      return false;
    }
    return true;
  };

  for (let k = 0; k < args.length; k++) {
    const arg = args[k] as Arg;
    const a = arg.value;
    // Resolve the option name and its value (attached as in -XPOST, or the next word).
    let option: string | null = null;
    let value: Arg | null = null;
    const takeNext = (): Arg | null => {
      const next = args[k + 1];
      if (next) k++;
      return next ?? null;
    };
    if (a.startsWith('--') && a.length > 2) {
      const long = a.slice(2);
      if (LONG_FLAGS.has(long)) {
        if (!flag(long)) break;
        continue;
      }
      if (!(a in DATA_OPTIONS) && !LONG_WITH_ARG.has(long)) {
        note('info', msg('inspect.curl.unknown', { option: a }));
        continue;
      }
      option = a;
      value = takeNext();
      if (value === null) {
        return problemAt(text, msg('inspect.curl.needs', { option: a }), arg.start);
      }
    } else if (a.startsWith('-') && a.length > 1) {
      // Short options cluster (-sS, -sXPOST): flags until one that takes a value.
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] as string;
        if (SHORT_WITH_ARG.has(ch)) {
          option = '-' + ch;
          const rest = a.slice(j + 1);
          value = rest !== '' ? { value: rest, start: arg.start + j + 1 } : takeNext();
          if (value === null) {
            return problemAt(text, msg('inspect.curl.needs', { option: `-${ch}` }), arg.start);
          }
          break;
        }
        if (SHORT_FLAGS.has(ch)) {
          if (!flag(SHORT_TO_LONG[ch] ?? '')) {
            k = args.length;
            break;
          }
        } else {
          note('info', msg('inspect.curl.unknown', { option: `-${ch}` }));
        }
      }
      if (option === null) continue;
    } else {
      urls.push(arg);
      continue;
    }

    const long = option.startsWith('--') ? option.slice(2) : (SHORT_TO_LONG[option.slice(1)] ?? '');
    const kind = DATA_OPTIONS[option];
    if (kind !== undefined && value !== null) {
      let piece = value.value;
      if (
        kind !== 'raw' &&
        (kind === 'urlencode' ? /^[^=]*@/.test(piece) : piece.startsWith('@'))
      ) {
        const source = piece.slice(piece.indexOf('@') + 1);
        const fromStdin = source === '-';
        return problemAt(
          text,
          fromStdin
            ? msg('inspect.curl.stdin', { option, piece, pipe: stdin })
            : msg('inspect.curl.file', { option, piece, source }),
          value.start,
        );
      }
      if (kind === 'urlencode') {
        // name=content sends name=%XX..., =content and plain content send the content encoded.
        const eq = piece.indexOf('=');
        piece =
          eq < 0
            ? curlUrlEncode(piece)
            : piece.slice(0, eq + 1) + curlUrlEncode(piece.slice(eq + 1));
        if (eq === 0) piece = piece.slice(1);
        note('warning', msg('inspect.curl.urlencode'));
      }
      if (body !== null && kind !== 'json') {
        note('warning', msg('inspect.curl.joins'));
      }
      body = body === null ? piece : body + (kind === 'json' ? '' : '&') + piece;
      if (kind === 'json' && !jsonTyped) {
        headers.push({ name: 'Content-Type', value: 'application/json' });
        jsonTyped = true;
      }
      continue;
    }
    if (value === null) continue;
    switch (long) {
      case 'request':
        method = value.value;
        break;
      case 'header': {
        if (value.value.startsWith('@')) {
          note('info', msg('inspect.curl.headerFile', { option, value: value.value }));
          break;
        }
        const colon = value.value.indexOf(':');
        const semi = value.value.indexOf(';');
        if (colon > 0) {
          headers.push({
            name: value.value.slice(0, colon).trim(),
            value: value.value.slice(colon + 1).trim(),
          });
        } else if (semi > 0) {
          // "Name;" is curl's way to send a header with an empty value.
          headers.push({ name: value.value.slice(0, semi).trim(), value: '' });
        }
        break;
      }
      case 'url':
        urlOption = urlOption ?? value;
        if (urlOption !== value) urls.push(value);
        break;
      case 'form':
      case 'form-string':
        form = true;
        note('warning', msg('inspect.curl.form', { option }));
        break;
      case 'upload-file':
        return problemAt(
          text,
          msg('inspect.curl.upload', { option, value: value.value }),
          value.start,
        );
      case 'config':
        return problemAt(
          text,
          msg('inspect.curl.config', { option, value: value.value }),
          value.start,
        );
      // Everything else (-u, -o, -b, -A, ...) does not change what the API receives.
    }
  }

  const all = urlOption ? [urlOption, ...urls.filter((u) => u !== urlOption)] : urls;
  const first = all[0];
  if (!first) {
    return {
      ok: false,
      problem: { message: msg('inspect.curl.noUrl') },
    };
  }
  if (all.length > 1) {
    note('warning', msg('inspect.curl.urls', { n: all.length }));
  }
  let url = first.value;
  if (!globOff) {
    // curl treats [] and {} in URLs as globs; Chrome escapes them with a backslash.
    if (/(^|[^\\])[[{]/.test(url)) {
      note('warning', msg('inspect.curl.glob'));
    }
    url = url.replace(/\\([[\]{}])/g, '$1');
  }
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
    // curl guesses the scheme from the host name and falls back to plain http.
    url = 'http://' + url;
    note('warning', msg('inspect.curl.scheme'));
  }

  let methodFrom: CurlRequest['methodFrom'] = 'default';
  let resolved = 'GET';
  if (getMode && body !== null) {
    url += (url.includes('?') ? '&' : '?') + body;
    body = null;
    note('warning', msg('inspect.curl.get'));
  }
  if (method !== null) {
    resolved = method;
    methodFrom = 'option';
  } else if (headMode) {
    resolved = 'HEAD';
    methodFrom = 'head';
  } else if (getMode) {
    methodFrom = 'get';
  } else if (body !== null || form) {
    resolved = 'POST';
    methodFrom = 'data';
  }
  return {
    ok: true,
    request: {
      url,
      method: resolved,
      methodFrom,
      body,
      headers,
      dialect: split.dialect,
      notes: capNotes(notes),
    },
  };
}
