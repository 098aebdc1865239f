// "Copy as code", run for real against a local HTTP server: the curl command through sh, the fetch
// snippet through Node's fetch, the Node program through node (with the official SDK signing),
// the Python program through python3 (with a stand-in for the SDK). The server must receive
// exactly our path, query and body bytes.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  curlCommand,
  fetchSnippet,
  generateCode,
  nodeProgram,
  PROGRAM_USERSIG_EXPIRE_SECONDS,
  pythonProgram,
  SECRET_KEY_ENV,
  USERSIG_PLACEHOLDER,
  type CodegenInput,
  type CodegenUserSig,
} from '../../../src/lib/api/codegen';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import {
  buildExactRequest,
  buildRequestUrl,
  SANDBOX_ORIGIN,
  type RequestUrlParts,
} from '../../../src/lib/api/url';
import { defaultBodyText } from '../../../src/lib/api/body-defaults';
import { decodeUserSig, verifyUserSig } from '../../../src/lib/usersig';
import { VECTORS } from '../fixtures/vectors';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const has = (cmd: string, args: string[]) => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const HAS_CURL = has('curl', ['--version']);
const HAS_PYTHON = has('python3', ['--version']);

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let origin = '';
const received: Received[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks),
    });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":"","CompleteFlag":1}',
    );
  });
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Runs something and returns the one request the server got meanwhile. */
async function oneRequest(run: () => Promise<unknown>): Promise<Received> {
  const before = received.length;
  await run();
  expect(received.length).toBe(before + 1);
  return received[before] as Received;
}

function exec(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      args,
      { env: { PATH: process.env.PATH, ...env }, timeout: 20000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ stdout, stderr, code });
      },
    );
  });
}

const SIG = VECTORS[0]?.userSigNodeSdk ?? '';
const BODIES: [string, string][] = [
  ['the default get_list body', defaultBodyText(GET_LIST).replace('""', '"id1"')],
  [
    'single and double quotes, backslashes',
    `{"From_Account": "it's \\"quoted\\" \\\\ o'brien''", "x": "\\\\n"}`,
  ],
  ['non-ASCII', '{"From_Account": "管理员😀", "note": "é ü ß", "ls": "\u2028"}'],
  ['newlines, CRLF and tabs, with trailing ones', '{\r\n\t"a": 1,\n\n  "b": "x"\n}\n\n'],
  ['shell syntax that must stay text', '{"x": "$(echo pwned) `id` $HOME ${X} !! ; | & > < * ? ~"}'],
  ['a leading @, which curl would read as a file name', '@/etc/hostname'],
  ['a leading dash', '-d x'],
  ['nothing at all', ''],
];

/** An input for the exact request of `body`, which carries SIG (to the local server unless `extra` says otherwise). */
function inputFor(
  body: string,
  extra: Partial<Omit<RequestUrlParts, 'userSig'>> & { userSig?: CodegenUserSig } = {},
): CodegenInput {
  const { userSig = { mode: 'real', expiresAt: 1700000000 }, ...parts } = extra;
  const request = buildExactRequest(
    {
      origin,
      path: GET_LIST.path,
      sdkAppId: '1400000000',
      identifier: "管理员 o'brien~*",
      userSig: SIG,
      random: 4294967295,
      ...parts,
    },
    body,
  );
  return { request, userSig };
}

/** What the server must see as path and query for an input. */
function expectedPath(
  input: CodegenInput,
  userSig: string,
  random = input.request.parts.random,
): string {
  const url = buildRequestUrl({ ...input.request.parts, origin: 'http://x', userSig, random });
  return url.slice('http://x'.length);
}

describe.skipIf(!HAS_CURL)('curl command, run through sh -c', () => {
  it.each(BODIES)('sends exactly the URL and body: %s', async (_name, body) => {
    const input = inputFor(body);
    const cmd = curlCommand(input);
    let out = '';
    const got = await oneRequest(async () => {
      const r = await exec('sh', ['-c', cmd]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      out = r.stdout;
    });
    expect(got.method).toBe('POST');
    expect(got.url).toBe(expectedPath(input, SIG));
    expect(got.body.equals(Buffer.from(body, 'utf8'))).toBe(true);
    expect(got.headers['content-type']).toBe('application/json');
    expect(out).toContain('"ActionStatus":"OK"');
  });

  it('sends the placeholder when asked for no real UserSig', async () => {
    const input = inputFor('{}', { userSig: { mode: 'placeholder' } });
    const cmd = curlCommand(input);
    expect(cmd).not.toContain(SIG);
    expect(cmd).toMatch(/^# Replace YOUR_USERSIG with an admin UserSig/m);
    const got = await oneRequest(() => exec('sh', ['-c', cmd]));
    expect(got.url).toBe(expectedPath(input, USERSIG_PLACEHOLDER));
  });
});

describe('curl command, as text', () => {
  it('states when a real UserSig expires, in ISO time', () => {
    // 1700000000 is 2023-11-14 22:13:20 UTC.
    expect(curlCommand(inputFor('{}'))).toMatch(
      /^# This holds a real admin UserSig, valid until 2023-11-14T22:13:20Z\.$/m,
    );
  });

  it('writes comments a zsh prompt without interactive_comments survives (no shell syntax)', () => {
    for (const input of [
      inputFor('{}'),
      inputFor('{}', { userSig: { mode: 'placeholder' }, origin: SANDBOX_ORIGIN }),
    ]) {
      const comments = curlCommand(input)
        .split('\n')
        .filter((l) => l.startsWith('#'));
      expect(comments.length).toBeGreaterThan(0);
      for (const l of comments) expect(l).toMatch(/^# [A-Za-z0-9 .,:_-]*$/);
    }
  });

  it('uses --data-raw only for a body that starts with @', () => {
    expect(curlCommand(inputFor('{}'))).toContain("--data-binary '{}'");
    expect(curlCommand(inputFor('@x'))).toContain("--data-raw '@x'");
  });

  it('names a placeholder host for the sandbox', () => {
    expect(curlCommand(inputFor('{}', { origin: SANDBOX_ORIGIN }))).toContain(
      "'https://YOUR_REGION_DOMAIN/v4/recentcontact/get_list?",
    );
  });
});

describe('fetch snippet, evaluated with Node’s fetch', () => {
  type Run = (f: typeof fetch, c: { log: (...a: unknown[]) => void }) => Promise<void>;
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => Run;

  it.each(BODIES)('sends exactly the URL and body: %s', async (_name, body) => {
    const input = inputFor(body);
    const code = fetchSnippet(input);
    const logged: unknown[][] = [];
    const got = await oneRequest(() =>
      new AsyncFunction('fetch', 'console', code)(fetch, { log: (...a) => logged.push(a) }),
    );
    expect(got.method).toBe('POST');
    expect(got.url).toBe(expectedPath(input, SIG));
    expect(got.body.equals(Buffer.from(body, 'utf8'))).toBe(true);
    // No header of ours: a string body gets text/plain, which keeps it a CORS simple request.
    expect(got.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(logged[0]?.[0]).toBe(200);
    expect(String(logged[0]?.[1])).toContain('"ActionStatus":"OK"');
  });

  it('sets no headers and carries the UserSig note', () => {
    expect(fetchSnippet(inputFor('{}'))).not.toMatch(/headers\s*:/i);
    expect(fetchSnippet(inputFor('{}'))).toContain(
      '// This holds a real admin UserSig, valid until 2023-11-14T22:13:20Z.',
    );
    const placeholder = fetchSnippet(inputFor('{}', { userSig: { mode: 'placeholder' } }));
    expect(placeholder).toContain('usersig=YOUR_USERSIG&');
    expect(placeholder).not.toContain(SIG);
  });

  it('keeps a multi-line body readable', () => {
    const code = fetchSnippet(inputFor(defaultBodyText(GET_LIST)));
    expect(code).toContain('  "TimeStamp": 0,\n');
  });
});

describe('programs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const V = VECTORS[0];
  if (!V) throw new Error('no vectors');

  it('never contain a UserSig or a key, in either mode', () => {
    for (const target of ['node', 'python'] as const) {
      for (const userSig of [
        { mode: 'placeholder' } as const,
        { mode: 'real', expiresAt: 1 } as const,
      ]) {
        const code = generateCode(target, inputFor('{}', { userSig }));
        expect(code).not.toContain(SIG);
        expect(code).not.toContain(V.key);
        expect(code).not.toContain(USERSIG_PLACEHOLDER);
        expect(code).toContain(SECRET_KEY_ENV);
      }
    }
  });

  it.each(BODIES)(
    'the Node program is valid JavaScript and sends exactly our request, signed by the SDK: %s',
    async (_name, body) => {
      const input = inputFor(body, {
        sdkAppId: String(V.sdkappid),
        identifier: V.identifier + ' 管理员',
      });
      const file = join(dir, 'get_list.cjs');
      writeFileSync(file, nodeProgram(input));
      expect((await exec(process.execPath, ['--check', file])).code).toBe(0);

      const env = { [SECRET_KEY_ENV]: V.key, NODE_PATH: join(ROOT, 'node_modules') };
      let stdout = '';
      const got = await oneRequest(async () => {
        const r = await exec(process.execPath, [file], env);
        expect(r.stderr).toBe('');
        stdout = r.stdout;
      });
      const url = new URL(got.url, origin);
      const sig = url.searchParams.get('usersig') ?? '';
      const random = Number(url.searchParams.get('random'));
      expect(Number.isInteger(random) && random >= 0 && random <= 4294967295).toBe(true);
      // The same URL as the playground would build with that UserSig and random.
      expect(got.url).toBe(expectedPath(input, sig, random));
      expect(got.body.equals(Buffer.from(body, 'utf8'))).toBe(true);
      // A real UserSig from the official SDK, for this app and identifier, short-lived.
      const verified = await verifyUserSig(sig, {
        key: V.key,
        sdkAppId: V.sdkappid,
        identifier: input.request.parts.identifier,
      });
      expect(verified.ok).toBe(true);
      const decoded = await decodeUserSig(sig);
      expect(decoded.ok && decoded.fields.expire).toBe(PROGRAM_USERSIG_EXPIRE_SECONDS);
      expect(JSON.parse(stdout)).toMatchObject({ ActionStatus: 'OK' });
    },
  );

  it('the Node program draws a fresh random per run and refuses to run without the key', async () => {
    const file = join(dir, 'fresh.cjs');
    writeFileSync(file, nodeProgram(inputFor('{}')));
    const env = { [SECRET_KEY_ENV]: V.key, NODE_PATH: join(ROOT, 'node_modules') };
    const a = await oneRequest(() => exec(process.execPath, [file], env));
    const b = await oneRequest(() => exec(process.execPath, [file], env));
    const r = (x: Received) => new URL(x.url, origin).searchParams.get('random');
    expect(r(a)).not.toBe(r(b));
    const before = received.length;
    const missing = await exec(process.execPath, [file], { NODE_PATH: join(ROOT, 'node_modules') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(SECRET_KEY_ENV);
    expect(received.length).toBe(before);
  });

  describe.skipIf(!HAS_PYTHON)('Python', () => {
    // A stand-in for PyPI's TLSSigAPIv2 (not installed here): records how it was called and
    // returns a UserSig-alphabet string, so the URL the program builds can be checked.
    const STUB = [
      'import json, os',
      'class TLSSigAPIv2:',
      '    def __init__(self, sdkappid, key):',
      '        self.sdkappid, self.key = sdkappid, key',
      '    def gen_sig(self, identifier, expire=180 * 86400):',
      '        with open(os.environ["STUB_OUT"], "w") as f:',
      '            json.dump([self.sdkappid, self.key, identifier, expire], f)',
      '        return "eJy*stub-sig_"',
      '',
    ].join('\n');

    it.each(BODIES)(
      'the program compiles and sends exactly our request: %s',
      async (_name, body) => {
        const input = inputFor(body);
        const file = join(dir, 'get_list.py');
        writeFileSync(file, pythonProgram(input));
        writeFileSync(join(dir, 'TLSSigAPIv2.py'), STUB);
        const compiled = await exec('python3', ['-m', 'py_compile', file]);
        expect(compiled.stderr).toBe('');
        expect(compiled.code).toBe(0);

        const stubOut = join(dir, 'stub.json');
        const env = {
          [SECRET_KEY_ENV]: 'k3y',
          PYTHONPATH: dir,
          STUB_OUT: stubOut,
          PYTHONIOENCODING: 'utf-8',
        };
        let stdout = '';
        const got = await oneRequest(async () => {
          const r = await exec('python3', [file], env);
          expect(r.stderr).toBe('');
          stdout = r.stdout;
        });
        expect(JSON.parse(readFileSync(stubOut, 'utf8'))).toEqual([
          1400000000,
          'k3y',
          input.request.parts.identifier,
          PROGRAM_USERSIG_EXPIRE_SECONDS,
        ]);
        const random = Number(new URL(got.url, origin).searchParams.get('random'));
        expect(Number.isInteger(random) && random >= 0 && random <= 4294967295).toBe(true);
        // Byte for byte the URLSearchParams encoding, '~' and '*' and the quote included.
        expect(got.url).toBe(expectedPath(input, 'eJy*stub-sig_', random));
        expect(got.method).toBe('POST');
        expect(got.body.equals(Buffer.from(body, 'utf8'))).toBe(true);
        expect(JSON.parse(stdout)).toMatchObject({ ActionStatus: 'OK' });
      },
    );
  });
});
