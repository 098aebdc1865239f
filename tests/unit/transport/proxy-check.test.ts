// The proxy check against real servers on 127.0.0.1: the proxy, something else, nothing.
import { afterEach, describe, expect, it } from 'vitest';
import * as proxyCheck from '../../../src/lib/transport/proxy-check';
import { inEnglishAsync } from '../i18n/texts';

const checkProxy = inEnglishAsync(proxyCheck.checkProxy);
import { startProxy, startUpstream, type Running } from '../server/servers';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});
const asPage =
  (origin: string): typeof fetch =>
  (input, init) =>
    fetch(input, { ...init, headers: { origin } });

describe('checkProxy', () => {
  it('finds a proxy that serves the page, with its loopback ports', async () => {
    const p = await startProxy({ loopbackPorts: [8787, 9001] });
    running.push(p);
    expect(
      await checkProxy(`${p.origin}/proxy`, { fetch: asPage('http://127.0.0.1:4173') }),
    ).toEqual({
      kind: 'ready',
      loopbackPorts: [8787, 9001],
    });
  });

  it('says when the proxy runs but does not serve this page, with the command that allows it', async () => {
    const p = await startProxy();
    running.push(p);
    const r = await checkProxy(`${p.origin}/proxy/`, {
      fetch: asPage('https://someone.github.io'),
    });
    expect(r.kind).toBe('origin-refused');
    expect(r.kind === 'origin-refused' && r.message).toContain(
      '--allow-origin https://someone.github.io',
    );
  });

  it('tells apart something that is not the proxy, and nothing at all', async () => {
    const other = await startUpstream((res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    });
    running.push(other);
    expect((await checkProxy(`${other.origin}/proxy`)).kind).toBe('not-a-proxy');
    const gone = await startUpstream();
    await gone.close();
    expect((await checkProxy(`${gone.origin}/proxy`)).kind).toBe('down');
  });
});
