// "Copy as code": the same request as curl, as a browser fetch, and as Node.js and Python
// programs that sign their own UserSig on a server. They take the exact request the playground
// sends (buildExactRequest) rather than assembling one of their own: curl and fetch send exactly
// its URL and body; the programs build the same URL with a fresh random on every run.
import { buildRequestUrl, SANDBOX_ORIGIN, type ExactRequest } from './url';

/** Which UserSig curl and fetch carry: a placeholder (the default) or the request's real one. */
export type CodegenUserSig =
  | { mode: 'placeholder' }
  /** `expiresAt` is the UserSig's expiry in Unix seconds (its time plus its expire). */
  | { mode: 'real'; expiresAt: number };

/** Everything a snippet needs. No secret key: the programs read it from the environment. */
export interface CodegenInput {
  /** The exact request; for the sandbox (SANDBOX_ORIGIN), a placeholder host goes in. */
  request: ExactRequest;
  userSig: CodegenUserSig;
}

/** The languages "Copy as code" offers. */
export type CodeTarget = 'curl' | 'fetch' | 'node' | 'python';

/** The targets in menu order, with a label. */
export const CODE_TARGETS: readonly { id: CodeTarget; label: string }[] = [
  { id: 'curl', label: 'curl' },
  { id: 'fetch', label: 'JavaScript fetch' },
  { id: 'node', label: 'Node.js program' },
  { id: 'python', label: 'Python program' },
];

/** Stands for the UserSig in curl and fetch unless the real one is asked for. */
export const USERSIG_PLACEHOLDER = 'YOUR_USERSIG';

/** Stands for the host when the request targets the sandbox, which has no address. */
export const ORIGIN_PLACEHOLDER = 'https://YOUR_REGION_DOMAIN';

/** The environment variable the programs read the secret key from. */
export const SECRET_KEY_ENV = 'TENCENT_CHAT_SECRET_KEY';

/** How long the programs' own UserSigs live: each run signs a new one and throws it away. */
export const PROGRAM_USERSIG_EXPIRE_SECONDS = 300;

/** The snippet for one target. */
export function generateCode(target: CodeTarget, input: CodegenInput): string {
  switch (target) {
    case 'curl':
      return curlCommand(input);
    case 'fetch':
      return fetchSnippet(input);
    case 'node':
      return nodeProgram(input);
    case 'python':
      return pythonProgram(input);
  }
}

/**
 * A POSIX-shell curl command that sends exactly the URL and body. The Content-Type is set to
 * application/json although the server reads the format from contenttype=json (chat-rest-facts.md):
 * it is true of the body, it keeps proxies and logs from treating the JSON as a form, and it
 * changes nothing the server answers. (The browser's fetch cannot send it without a CORS
 * preflight, which is why fetchSnippet leaves it out.)
 */
export function curlCommand(input: CodegenInput): string {
  const lines = [...shellComments(input)];
  // --data-binary sends the text as is (plain -d would strip newlines from a file); a body
  // that starts with @ would be read as a file name, which --data-raw never does.
  const dataFlag = input.request.body.startsWith('@') ? '--data-raw' : '--data-binary';
  if (input.request.body.includes('\0')) {
    lines.push(
      '# The body contains NUL characters, which no shell argument can carry: curl stops at the first.',
    );
  }
  lines.push(
    // --globoff: an IPv6 host such as [::1] is not a curl glob range. --silent --show-error:
    // no progress meter when the answer is piped (to jq, say), but errors still show.
    'curl --silent --show-error --globoff \\',
    `  --header ${shellQuote('Content-Type: application/json')} \\`,
    `  ${dataFlag} ${shellQuote(input.request.body)} \\`,
    `  ${shellQuote(urlFor(input))}`,
  );
  return lines.join('\n') + '\n';
}

/**
 * A fetch call for a browser console or an ES module: the body as a string and no custom
 * headers, so the browser makes a CORS simple request with no preflight, as the playground does.
 */
export function fetchSnippet(input: CodegenInput): string {
  const lines = [
    `// POST ${input.request.parts.path} exactly as Chat REST Playground sends it: a string`,
    '// body and no custom headers, so the browser makes a simple request (no CORS preflight).',
    ...userSigNote(input).map((l) => `// ${l}`),
    `const response = await fetch(${JSON.stringify(urlFor(input))}, {`,
    "  method: 'POST',",
    `  body: ${jsStringLiteral(input.request.body)},`,
    '});',
    'console.log(response.status, await response.text());',
  ];
  return lines.join('\n') + '\n';
}

/** A Node.js (18+) CommonJS program that signs with npm tls-sig-api-v2 and sends the request. */
export function nodeProgram(input: CodegenInput): string {
  const lines = [
    `// POST ${input.request.parts.path} as Chat REST Playground does, with a UserSig`,
    "// signed here, on the server, by Tencent's official library. The secret key comes from the",
    '// environment: never write it into code.',
    '//',
    '//   npm install tls-sig-api-v2',
    `//   ${SECRET_KEY_ENV}='…' node get_list.cjs`,
    '//',
    '// Node.js 18 or later (for fetch). The .cjs name keeps require() working in any folder.',
    "'use strict';",
    '',
    "const crypto = require('node:crypto');",
    "const TLSSigAPIv2 = require('tls-sig-api-v2');",
    '',
    `const ORIGIN = ${JSON.stringify(originOf(input))};`,
    `const PATH = ${JSON.stringify(input.request.parts.path)};`,
    `const SDKAPPID = ${sdkAppIdLiteral(String(input.request.parts.sdkAppId))};`,
    `const IDENTIFIER = ${JSON.stringify(input.request.parts.identifier)};`,
    '// The request body exactly as it was in the playground.',
    `const BODY = ${jsStringLiteral(input.request.body)};`,
    '// Each run signs a new UserSig that lives only this many seconds.',
    `const USERSIG_EXPIRE_SECONDS = ${PROGRAM_USERSIG_EXPIRE_SECONDS};`,
    '',
    'async function main() {',
    `  const key = process.env.${SECRET_KEY_ENV};`,
    '  if (!key) {',
    `    console.error('Set ${SECRET_KEY_ENV} to the app secret key (Chat console, Basic configuration).');`,
    '    process.exit(2);',
    '  }',
    '  const api = new TLSSigAPIv2.Api(SDKAPPID, key);',
    '  const userSig = api.genUserSig(IDENTIFIER, USERSIG_EXPIRE_SECONDS);',
    '  // The query in the documented order, with a fresh uint32 random for every request.',
    '  const query = new URLSearchParams([',
    "    ['sdkappid', String(SDKAPPID)],",
    "    ['identifier', IDENTIFIER],",
    "    ['usersig', userSig],",
    "    ['random', String(crypto.randomBytes(4).readUInt32BE(0))],",
    "    ['contenttype', 'json'],",
    '  ]);',
    '  const response = await fetch(`${ORIGIN}/${PATH}?${query}`, {',
    "    method: 'POST',",
    "    headers: { 'Content-Type': 'application/json' },",
    '    body: BODY,',
    '  });',
    '  const text = await response.text();',
    '  try {',
    '    console.log(JSON.stringify(JSON.parse(text), null, 2));',
    '  } catch {',
    '    console.log(`HTTP ${response.status}: ${text}`);',
    '  }',
    '}',
    '',
    'main().catch((err) => {',
    '  console.error(err);',
    '  process.exitCode = 1;',
    '});',
  ];
  return lines.join('\n') + '\n';
}

/** A Python 3 program that signs with PyPI tls-sig-api-v2 and sends the request. */
export function pythonProgram(input: CodegenInput): string {
  const lines = [
    '#!/usr/bin/env python3',
    `"""POST ${input.request.parts.path} as Chat REST Playground does, with a UserSig`,
    "signed here, on the server, by Tencent's official library. The secret key comes from the",
    'environment: never write it into code.',
    '',
    '    pip install tls-sig-api-v2',
    `    ${SECRET_KEY_ENV}='…' python3 get_list.py`,
    '"""',
    'import json',
    'import os',
    'import secrets',
    'import sys',
    'import urllib.error',
    'import urllib.parse',
    'import urllib.request',
    '',
    'import TLSSigAPIv2',
    '',
    `ORIGIN = ${pyStringLiteral(originOf(input))}`,
    `PATH = ${pyStringLiteral(input.request.parts.path)}`,
    `SDKAPPID = ${sdkAppIdLiteral(String(input.request.parts.sdkAppId))}`,
    `IDENTIFIER = ${pyStringLiteral(input.request.parts.identifier)}`,
    '# The request body exactly as it was in the playground.',
    `BODY = ${pyStringLiteral(input.request.body)}`,
    '# Each run signs a new UserSig that lives only this many seconds.',
    `USERSIG_EXPIRE_SECONDS = ${PROGRAM_USERSIG_EXPIRE_SECONDS}`,
    '',
    '',
    'def form_encode(value):',
    '    """Encodes a query value exactly as a browser\'s URLSearchParams does."""',
    '    return urllib.parse.quote_plus(value, safe="*").replace("~", "%7E")',
    '',
    '',
    'def main():',
    `    key = os.environ.get("${SECRET_KEY_ENV}")`,
    '    if not key:',
    `        sys.exit("Set ${SECRET_KEY_ENV} to the app secret key (Chat console, Basic configuration).")`,
    '    api = TLSSigAPIv2.TLSSigAPIv2(SDKAPPID, key)',
    '    user_sig = api.gen_sig(IDENTIFIER, USERSIG_EXPIRE_SECONDS)',
    '    # The query in the documented order, with a fresh uint32 random for every request.',
    '    params = [',
    '        ("sdkappid", str(SDKAPPID)),',
    '        ("identifier", IDENTIFIER),',
    '        ("usersig", user_sig),',
    '        ("random", str(secrets.randbits(32))),',
    '        ("contenttype", "json"),',
    '    ]',
    '    query = "&".join(name + "=" + form_encode(value) for name, value in params)',
    '    request = urllib.request.Request(',
    '        ORIGIN + "/" + PATH + "?" + query,',
    '        data=BODY.encode("utf-8"),',
    '        headers={"Content-Type": "application/json"},',
    '        method="POST",',
    '    )',
    '    try:',
    '        with urllib.request.urlopen(request, timeout=30) as response:',
    '            text = response.read().decode("utf-8", "replace")',
    '    except urllib.error.HTTPError as err:',
    '        text = "HTTP %d: %s" % (err.code, err.read().decode("utf-8", "replace"))',
    '    try:',
    '        print(json.dumps(json.loads(text), indent=2, ensure_ascii=False))',
    '    except ValueError:',
    '        print(text)',
    '',
    '',
    'if __name__ == "__main__":',
    '    main()',
  ];
  return lines.join('\n') + '\n';
}

/** Single-quotes a string for a POSIX shell: everything inside is literal, a ' becomes '\''. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** True when the request goes to the in-page sandbox, which has no address to copy. */
function forSandbox(input: CodegenInput): boolean {
  return input.request.parts.origin === SANDBOX_ORIGIN;
}

function originOf(input: CodegenInput): string {
  return forSandbox(input) ? ORIGIN_PLACEHOLDER : input.request.parts.origin;
}

/** The request's own URL, with the placeholders it needs for the host and the UserSig. */
function urlFor(input: CodegenInput): string {
  const { request, userSig } = input;
  if (userSig.mode === 'real' && !forSandbox(input)) return request.url;
  return buildRequestUrl({
    ...request.parts,
    origin: originOf(input),
    userSig: userSig.mode === 'real' ? request.parts.userSig : USERSIG_PLACEHOLDER,
  });
}

/** What to say about the UserSig in curl and fetch, one sentence a line. */
function userSigNote(input: CodegenInput): string[] {
  const notes: string[] = [];
  if (forSandbox(input)) {
    notes.push('Replace YOUR_REGION_DOMAIN with the domain of the region of your SDKAppID.');
  }
  if (input.userSig.mode === 'placeholder') {
    notes.push(
      `Replace ${USERSIG_PLACEHOLDER} with an admin UserSig, for example one made in the Signer.`,
    );
  } else {
    notes.push(
      `This holds a real admin UserSig, valid until ${isoTime(input.userSig.expiresAt)}.`,
      'Anyone who sees it can call the REST API as the app admin until then: do not share it.',
    );
  }
  return notes;
}

/**
 * Comment lines for the shell. zsh's interactive prompt does not treat # as a comment unless
 * interactive_comments is set, so a pasted comment line runs as a command named #: the words
 * are kept free of quotes, parentheses and other shell syntax, and curl still runs.
 */
function shellComments(input: CodegenInput): string[] {
  return userSigNote(input).map((l) => `# ${l.replace(/[^A-Za-z0-9 .,:_-]/g, ' ')}`);
}

function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The SDKAppID as a number literal when it is one, else as a string (it is wrong either way). */
function sdkAppIdLiteral(sdkAppId: string): string {
  const t = sdkAppId.trim();
  return /^\d{1,10}$/.test(t) ? String(Number(t)) : JSON.stringify(sdkAppId);
}

/**
 * A JavaScript string literal. A body with line breaks becomes a template literal so that it
 * reads as the JSON it is; everything a template literal would change is escaped (\, `, ${,
 * \r, which template literals turn into \n, other control characters and lone surrogates).
 */
function jsStringLiteral(s: string): string {
  if (!s.includes('\n')) return JSON.stringify(s);
  let out = '`';
  for (let k = 0; k < s.length; k++) {
    const c = s[k] as string;
    const code = c.charCodeAt(0);
    if (c === '\\' || c === '`') out += `\\${c}`;
    else if (c === '$' && s[k + 1] === '{') out += '\\$';
    else if (c === '\n' || c === '\t') out += c;
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029)
      out += uEscape(code);
    else if (isLoneSurrogate(s, k)) out += uEscape(code);
    else out += c;
  }
  return `${out}\``;
}

/**
 * A Python 3 string literal: triple-quoted when the text has line breaks, so a JSON body keeps
 * its shape. Python's escapes (\\ \" \r \t \xNN \uXXXX) cover the rest; a " is escaped only
 * where it could close the literal (next to another " or at the end).
 */
function pyStringLiteral(s: string): string {
  const multi = s.includes('\n');
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s[k] as string;
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += !multi || k === s.length - 1 || s[k + 1] === '"' ? '\\"' : '"';
    else if (c === '\n') out += multi ? '\n' : '\\n';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    // Python splits lines only at \n and \r, but editors and diff tools split at these too.
    else if (code === 0x85 || code === 0x2028 || code === 0x2029) out += uEscape(code);
    else if (isLoneSurrogate(s, k)) out += uEscape(code);
    else out += c;
  }
  return multi ? `"""${out}"""` : `"${out}"`;
}

function uEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

function isLoneSurrogate(s: string, k: number): boolean {
  const code = s.charCodeAt(k);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(k + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const prev = s.charCodeAt(k - 1);
    return !(prev >= 0xd800 && prev <= 0xdbff);
  }
  return false;
}
