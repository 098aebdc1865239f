// A stale deploy. Vite fires `vite:preloadError` on the window when a chunk loaded on demand
// fails (vite.dev/guide/build, "Load Error Handling"): after a static host is redeployed, the
// old hashed chunks are gone and only a reload brings the new ones. The page then offers a
// reload that keeps the request being built (region, SDKAppID, identifier, endpoint, body;
// never the key or a UserSig) in this tab's sessionStorage and puts it back afterwards.
// The event is not cancelled: Vite's helper would then resolve the import to undefined. The
// import still rejects, and its loader (lib/lazy) reports it where the person is looking.
import { KEPT_REQUEST_KEY, parseKeptRequest, serializeKeptRequest } from '../prefs/kept-request';
import type { Workspace } from './workspace.svelte';

/** The world the reload offer touches; each has the browser's default. */
export interface ReloadWorld {
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  session?: Storage;
  reload?: () => void;
}

/** The offer to reload after a chunk failed to load, and the request kept across it. */
export class ReloadOffer {
  /** A chunk failed to load: the notice offering a reload shows. */
  offered = $state(false);

  #ws: Workspace;
  #world: ReloadWorld;

  constructor(ws: Workspace, world: ReloadWorld = {}) {
    this.#ws = ws;
    this.#world = world;
  }

  /** Listens for Vite's `vite:preloadError`; returns the function that stops. */
  listen(): () => void {
    const events = this.#world.events ?? globalThis;
    const handler = () => {
      this.offered = true;
    };
    events.addEventListener('vite:preloadError', handler);
    return () => events.removeEventListener('vite:preloadError', handler);
  }

  /** Hides the notice. */
  dismiss(): void {
    this.offered = false;
  }

  /** Keeps the request (never the key or the UserSig) and reloads the page. */
  reload(reloadPage: () => void = () => globalThis.location.reload()): void {
    const { signer } = this.#ws;
    try {
      this.#session()?.setItem(
        KEPT_REQUEST_KEY,
        serializeKeptRequest(this.#ws.snapshot(), [signer.key, signer.userSig]),
      );
    } catch {
      // Storage refused (quota, privacy settings): the reload still brings the new version.
    }
    (this.#world.reload ?? reloadPage)();
  }

  /** Puts back a request kept by reload() and deletes it; true when there was one. */
  restore(): boolean {
    let text: string | null = null;
    try {
      const session = this.#session();
      text = session?.getItem(KEPT_REQUEST_KEY) ?? null;
      session?.removeItem(KEPT_REQUEST_KEY);
    } catch {
      return false;
    }
    const kept = parseKeptRequest(text);
    if (!kept) return false;
    void this.#ws.open(kept);
    return true;
  }

  // Read on use, not at construction: reading sessionStorage itself throws where storage is
  // blocked (some sandboxed frames), and the callers catch that.
  #session(read: () => Storage | undefined = () => globalThis.sessionStorage): Storage | undefined {
    return this.#world.session ?? read();
  }
}
