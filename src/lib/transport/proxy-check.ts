// "Is the proxy there, and does it serve this page?": the proxy help's Check button asks it.
// GET {base}/ answers the proxy's status (lib/proxy/protocol.ts, ProxyStatus) to a page it
// serves, its 403 origin refusal to one it does not, and anything else means no proxy is there.
import { PROXY_ERROR_HEADER, parseProxyErrorBody, parseProxyStatus } from '../proxy';

/** What the check found at a proxy address. */
export type ProxyCheck =
  | { kind: 'ready'; loopbackPorts: number[] }
  | { kind: 'origin-refused'; message: string }
  | { kind: 'down'; message: string }
  | { kind: 'not-a-proxy'; message: string };

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
        message: `Nothing answered at ${proxyBase} within ${timeoutMs / 1000} s.`,
      };
    }
    if (err instanceof TypeError) {
      return {
        kind: 'down',
        message: `Nothing answered at ${proxyBase}: the proxy is not running there (or what runs there does not let this page in).`,
      };
    }
    throw err;
  }
  const text = await res.text();
  if (res.headers.get(PROXY_ERROR_HEADER) === 'origin-not-allowed') {
    const said = parseProxyErrorBody(text);
    return {
      kind: 'origin-refused',
      message: said?.message ?? 'The proxy does not serve this page.',
    };
  }
  const status = res.ok ? parseProxyStatus(text) : null;
  if (status) return { kind: 'ready', loopbackPorts: status.loopbackPorts };
  return {
    kind: 'not-a-proxy',
    message: `Something answered at ${proxyBase} (HTTP ${res.status}), but not the Chat REST proxy: on a static host there is no ./proxy; run the one-file proxy and use its address.`,
  };
}
