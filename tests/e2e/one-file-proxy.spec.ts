// The one-file proxy (issue 17.1, 17.2, 17.5): downloaded from the built site through the page's
// own link, run with plain `node` from an empty temporary folder, it carries a send from the page
// to a local `npm run sandbox`, and it refuses a page of another origin and a foreign Host.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendFor, useSandboxAppAt } from './helpers';
import { expect, test } from './fixtures';

const SANDBOX_ORIGIN = process.env.E2E_SANDBOX_ORIGIN ?? 'http://127.0.0.1:8787';
const SANDBOX_PORT = new URL(SANDBOX_ORIGIN).port;
const PATH =
  '/v4/recentcontact/get_list?sdkappid=1400000000&identifier=a&usersig=SECRET&random=1&contenttype=json';

/** Runs the command (split on spaces) in `cwd`; resolves with the address it prints and its log. */
function start(
  cwd: string,
  args: string[],
): Promise<{ child: ChildProcess; base: string; log: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: {},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line) log.push(line);
      const printed = log.join('\n').match(/Paste this proxy address into the app: (\S+)/);
      if (printed?.[1]) resolve({ child, base: printed[1], log });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) =>
      reject(new Error(`the proxy exited with ${code}: ${log.join('\n')}`)),
    );
  });
}

function post(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end('{}');
  });
}

test('chat-rest-proxy.mjs: downloaded from the page, run with node in an empty folder, sends and refuses', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const dir = await mkdtemp(join(tmpdir(), 'chat-rest-proxy-e2e-'));
  let child: ChildProcess | undefined;
  try {
    await page.goto('./');
    await useSandboxAppAt(page, SANDBOX_ORIGIN);
    await page.getByLabel('Proxy', { exact: true }).check();
    await page.getByText('Run the proxy yourself (one file)').click();
    const help = page.getByRole('group', { name: 'The one-file proxy' });

    const downloading = page.waitForEvent('download');
    await help.getByRole('link', { name: 'Download chat-rest-proxy.mjs' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('chat-rest-proxy.mjs');
    await download.saveAs(join(dir, 'chat-rest-proxy.mjs'));
    expect(await readdir(dir)).toEqual(['chat-rest-proxy.mjs']);

    // The command as shown (this page is on loopback, so it needs no --allow-origin), on a free
    // port and told the e2e sandbox's port.
    const command = (await help.getByTestId('proxy-command').textContent()) ?? '';
    expect(command).toBe('node chat-rest-proxy.mjs');
    const args = [...command.split(' ').slice(1), '--port', '0', '--loopback-port', SANDBOX_PORT];
    const running = await start(dir, args);
    child = running.child;

    await page.getByLabel('Proxy base URL').fill(running.base);
    await help.getByRole('button', { name: 'Check the proxy' }).click();
    await expect(help.getByTestId('proxy-check')).toContainText(
      'The proxy answers and serves this page.',
    );

    await sendFor(page, 'alice');
    await expect(page.getByTestId('outcome')).toContainText('OK');
    await expect(page.getByTestId('outcome')).toContainText('via proxy');
    await expect(page.getByTestId('items-table').locator('tbody tr')).toHaveCount(100);
    await expect
      .poll(() => running.log.join('\n'))
      .toMatch(new RegExp(`POST 127\\.0\\.0\\.1:${SANDBOX_PORT}/v4/recentcontact/get_list -> 200`));
    // The log lines of requests: never a query (it holds the UserSig).
    const requests = running.log.filter((l) => /^(GET|POST|OPTIONS) /.test(l));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.join('\n')).not.toMatch(/[?]|usersig/i);

    // Another origin is refused before anything is forwarded, and so is a foreign Host header.
    const target = `${running.base}/http:127.0.0.1:${SANDBOX_PORT}${PATH}`;
    const foreign = await post(target, { origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ proxyError: 'origin-not-allowed' });
    expect(foreign.body).toContain('--allow-origin https://attacker.example');
    const rebound = await post(target, { host: 'attacker.example' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ proxyError: 'host-header-not-allowed' });
    const scan = await post(`${running.base}/http:127.0.0.1:22${PATH}`, {});
    expect(JSON.parse(scan.body)).toMatchObject({ proxyError: 'port-not-allowed' });
  } finally {
    child?.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
});
