// "Is the proxy there, and does it serve this page?": the proxy help's Check button asks it.
// GET {base}/ answers the proxy's status (lib/proxy/protocol.ts, ProxyStatus) to a page it
// serves, its 403 origin refusal to one it does not, and anything else means no proxy is there.
import { msg, type Text } from '../i18n/message';
import { PROXY_ERROR_HEADER, parseProxyErrorBody, parseProxyStatus } from '../proxy';

/** What the check found at a proxy address. */
export type ProxyCheck =
  | { kind: 'ready'; loopbackPorts: number[] }
  | { kind: 'origin-refused'; message: Text }
  | { kind: 'down'; message: Text }
  | { kind: 'not-a-proxy'; message: Text };

/** The world the check depends on. */
export interface ProxyCheckOptions {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

/** Asks the proxy at `proxyBase` (`./proxy`, `http://127.0.0.1:8788/proxy`) what it is. */
export async function checkProxy(
  proxyBase: string,
  { fetch = globalThis.fetch, timeoutMs = 5000 }: ProxyCheckOptions = {},
): Promise<ProxyCheck> {
  const url = `${proxyBase.replace(/\/+$/, '')}/`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'TimeoutError') {
      return {
        kind: 'down',
        message: msg('send.check.timeout', { base: proxyBase, seconds: timeoutMs / 1000 }),
      };
    }
    if (err instanceof TypeError) {
      return {
        kind: 'down',
        message: msg('send.check.down', { base: proxyBase }),
      };
    }
    throw err;
  }
  const text = await res.text();
  if (res.headers.get(PROXY_ERROR_HEADER) === 'origin-not-allowed') {
    // The proxy's sentence names the command that allows this page: quoted as its data.
    const said = parseProxyErrorBody(text);
    return {
      kind: 'origin-refused',
      message: msg('send.check.origin', { said: said?.message ?? null }),
    };
  }
  const status = res.ok ? parseProxyStatus(text) : null;
  if (status) return { kind: 'ready', loopbackPorts: status.loopbackPorts };
  return {
    kind: 'not-a-proxy',
    message: msg('send.check.notProxy', { base: proxyBase, status: res.status }),
  };
}
