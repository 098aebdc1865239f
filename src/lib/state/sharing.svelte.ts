// Share links' state (issue 6): making a link of the current request, and opening the link the
// page was opened with. The share code loads through import() only: at startup when the address
// has a fragment, otherwise on the first "Copy link" (STYLE.md rule 7; it is not small).
// Opening a link fills the builder and never sends: sending stays the person's act.
import type { RequestSnapshot } from '../api/types';
import { copyText } from '../clipboard/copy';
import { msg, type Text } from '../i18n/message';
import { lazy, type LoadResult } from '../lazy/lazy';
import type { LinkedUserSig } from '../share/link';
import type { Workspace } from './workspace.svelte';

/** The share code, loaded on demand; a failed download is tried again on the next call. */
export const SHARE_KIT = lazy(msg('core.part.shareCode'), () => import('../share/link'));

/** The outside world Sharing touches, injected so tests can stand in for it (STYLE.md rule 2). */
export interface SharingWorld {
  location: Pick<Location, 'href' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
  /** Copies text; resolves to false when the browser refuses. */
  copy: (text: string) => Promise<boolean>;
  /** Where `hashchange` fires: a link pasted into the address bar of an open tab. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Loads the share code (SHARE_KIT by default). */
  loadKit: () => Promise<LoadResult<typeof import('../share/link')>>;
}

/** The last "Copy link": the link and what became of it, or why there is none. */
export type MadeLink =
  | {
      ok: true;
      link: string;
      /** Characters after `#`. */
      fragmentChars: number;
      withUserSig: boolean;
      /** False when the browser refused: the link is still in the field to copy by hand. */
      copied: boolean;
      /** The request (and UserSig) it was made of, to tell when it no longer matches. */
      of: string;
    }
  | { ok: false; message: Text };

/** What the notice says about a link the page was opened with. */
export type LinkNotice =
  | {
      kind: 'failed';
      message: Text;
      cleared: boolean;
      /** The share code could not load: the link is still there, and Retry reads it again. */
      retry?: true;
    }
  | {
      kind: 'opened';
      set: Text[];
      serious: Text[];
      other: Text[];
      /** The link sends to a real or custom host, so the person's own key is needed to sign. */
      needsKey: boolean;
      sdkAppId: string;
      /** What the builder said on loading it (English until localised), and the sandbox's note. */
      notes: Text[];
      userSig: LinkedUserSig | null;
      /** The fragment was removed from the address bar and this tab's history entry. */
      cleared: boolean;
    };

// What a link is made of, as one comparable string.
const linkKey = (snapshot: RequestSnapshot, userSig: string | undefined): string =>
  JSON.stringify([snapshot, userSig ?? null]);

/** State and verbs of share links. */
export class Sharing {
  /** The person ticked "Include UserSig": only then does a link carry a credential. */
  includeUserSig = $state(false);
  making = $state(false);
  made = $state.raw<MadeLink | null>(null);
  notice = $state.raw<LinkNotice | null>(null);
  /** The region of the link the page opened, so a link's custom host is not remembered as a choice. */
  openedRegion = $state.raw<RequestSnapshot['region'] | null>(null);
  /** Settles once the link the page was opened with (if any) has been read and loaded. */
  readonly opening: Promise<void>;

  /** The last link made no longer matches the request (or the UserSig choice) in the builder. */
  outdated = $derived.by(() => {
    const made = this.made;
    return made?.ok === true && made.of !== this.#currentKey();
  });

  #ws: Workspace;
  #world: SharingWorld;

  constructor(
    ws: Workspace,
    {
      location = globalThis.location,
      history = globalThis.history,
      copy = (text: string) => copyText(text),
      events = globalThis as unknown as SharingWorld['events'],
      loadKit = SHARE_KIT.load,
    }: Partial<SharingWorld> = {},
  ) {
    this.#ws = ws;
    this.#world = { location, history, copy, events, loadKit };
    // App.svelte builds this after restoring the remembered choices, so a link's values win.
    // (Outside a browser, in Node tests, there is no location unless one is injected.)
    this.opening = this.#open(location?.hash ?? '').then(() => {});
  }

  #userSigToShare(): string | undefined {
    return this.includeUserSig ? this.#ws.signer.userSig : undefined;
  }

  #currentKey(): string {
    return linkKey(this.#ws.snapshot(), this.#userSigToShare());
  }

  /** Starts loading the share code ahead of a click (on hover or focus of "Copy link"). */
  preload(): void {
    // A failure is reported by copyLink() if it still fails when the person clicks.
    void this.#world.loadKit();
  }

  /** Makes a link of the current request, copies it and keeps it for the field beside the button. */
  async copyLink(): Promise<void> {
    if (this.making) return;
    this.making = true;
    try {
      const loaded = await this.#world.loadKit();
      if (!loaded.ok) {
        this.made = { ok: false, message: loaded.failure.message };
        return;
      }
      const kit = loaded.value;
      const snapshot = this.#ws.snapshot();
      const userSig = this.#userSigToShare();
      const made = await kit.makeShareLink(this.#world.location.href, snapshot, userSig, [
        this.#ws.signer.key,
      ]);
      if (!made.ok) {
        this.made = { ok: false, message: made.message };
        return;
      }
      const copied = await this.#world.copy(made.link);
      this.made = {
        ok: true,
        link: made.link,
        fragmentChars: made.fragment.length,
        withUserSig: made.withUserSig,
        copied,
        of: linkKey(snapshot, userSig),
      };
    } finally {
      this.making = false;
    }
  }

  /** Reads the link in the address bar again, after the share code could not load. */
  async retryOpen(): Promise<void> {
    if (this.notice?.kind === 'failed' && this.notice.retry) {
      await this.#open(this.#world.location.hash);
    }
  }

  /** Hides the notice about the opened link. */
  dismissNotice(): void {
    this.notice = null;
  }

  /**
   * Opens links pasted into the address bar of this open tab (only the fragment changes, so the
   * page does not reload). Calls `onopen` when a notice is shown; returns the function that stops.
   */
  listen(onopen: () => void = () => {}): () => void {
    const events = this.#world.events;
    const handler = () => {
      void this.#open(this.#world.location.hash).then((shown) => {
        if (shown) onopen();
      });
    };
    events.addEventListener('hashchange', handler);
    return () => events.removeEventListener('hashchange', handler);
  }

  // Reads the fragment and loads the request; true when a notice was shown.
  async #open(hash: string): Promise<boolean> {
    // An empty fragment costs nothing: the share code is not even downloaded.
    if (hash === '' || hash === '#') return false;
    const loaded = await this.#world.loadKit();
    if (!loaded.ok) {
      this.notice = {
        kind: 'failed',
        message: loaded.failure.message,
        cleared: false,
        retry: true,
      };
      return true;
    }
    const kit = loaded.value;
    const opened = await kit.openShareFragment(hash);
    if (opened.kind === 'none') return false;
    // Failed links are cleared too: a damaged link can still hold a UserSig.
    const cleared = this.#clearFragment(kit.withoutFragment(this.#world.location.href));
    if (opened.kind === 'failed') {
      this.notice = { kind: 'failed', message: opened.message, cleared };
      return true;
    }
    const snapshot = opened.snapshot;
    const notes: Text[] = [];
    this.openedRegion = snapshot.region;
    const loadMessage = await this.#ws.open(snapshot);
    if (loadMessage) notes.push(loadMessage);
    const sandbox = kit.sandboxNote(snapshot, this.#ws.signer);
    if (sandbox) notes.push(sandbox);
    this.made = null;
    this.notice = {
      kind: 'opened',
      set: opened.set,
      serious: opened.serious,
      other: opened.other,
      needsKey: snapshot.region.kind !== 'sandbox',
      sdkAppId: snapshot.sdkAppId,
      notes,
      userSig: opened.userSig,
      cleared,
    };
    return true;
  }

  // The fragment leaves the address bar, so a reload starts afresh and a UserSig in it does not
  // stay in this tab's history entry. replaceState does not fire hashchange.
  #clearFragment(href: string): boolean {
    try {
      this.#world.history.replaceState(this.#world.history.state, '', href);
      return true;
    } catch {
      // Some embedded or sandboxed documents refuse; the notice then says the link is still there.
      return false;
    }
  }
}
