// The proxy help (issue 17.1): the one-file proxy's download, the exact command for this page's
// origin, the address to use, and a check that a proxy answers there and serves this page.
import { ONE_FILE_PROXY, localProxyBase, proxyCommand } from '../proxy/access';
import type { ProxyCheck } from '../transport/proxy-check';
import type { Target } from './target.svelte';

/** The world the proxy help touches. */
export interface ProxyHelpWorld {
  /** This page's origin, for --allow-origin. */
  origin?: string;
  /** Asks a proxy address what is there (lib/transport/proxy-check.ts, loaded on demand). */
  check?: (proxyBase: string) => Promise<ProxyCheck>;
}

/** State and verbs of the proxy help. */
export class ProxyHelp {
  /** The file to download, relative to the page (the build emits it at the site's root). */
  readonly file = ONE_FILE_PROXY;
  /** The command that runs it for this page, as pasted. */
  readonly command: string;
  /** The address the command's proxy listens on. */
  readonly localBase = localProxyBase();
  checking = $state(false);
  /** What the last check found, and at which address. */
  result = $state.raw<{ base: string; found: ProxyCheck } | null>(null);

  #target: Target;
  #check: (proxyBase: string) => Promise<ProxyCheck>;

  constructor(
    target: Target,
    {
      origin = globalThis.location.origin,
      check = (base) => import('../transport/proxy-check').then((m) => m.checkProxy(base)),
    }: ProxyHelpWorld = {},
  ) {
    this.#target = target;
    this.#check = check;
    this.command = proxyCommand(origin);
  }

  /** Whether the proxy address in use is the one-file proxy's. */
  get usesLocal(): boolean {
    return this.#target.proxyBase === this.localBase;
  }

  /** Points the proxy address at the one-file proxy. */
  useLocal(): void {
    this.#target.proxyBase = this.localBase;
  }

  /**
   * Checks the proxy address in use; when nothing proxy-like is there and it is not the
   * one-file proxy's address, checks that one too, so a running one-file proxy is found.
   */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const base = this.#target.proxyBase;
      let found = await this.#check(base);
      let at = base;
      if (found.kind !== 'ready' && found.kind !== 'origin-refused' && base !== this.localBase) {
        const local = await this.#check(this.localBase);
        if (local.kind === 'ready' || local.kind === 'origin-refused') {
          found = local;
          at = this.localBase;
        }
      }
      this.result = { base: at, found };
    } finally {
      this.checking = false;
    }
  }
}
