// The boot: pick the language before anything paints, load that locale's first-screen texts
// (one small chunk: a Chinese first visit never downloads the English texts, nor the other way
// round), then mount. Reading the remembered choice here costs one localStorage read. The core
// table is already on its way when this runs: index.html's first script preloads the one this
// boot will ask for (scripts/vite-locale-preload.ts). Until the mount, the page shows the static
// header index.html carries, or, on a first visit to the built site, the first screen rendered
// at build time (scripts/vite-prerender.ts), which the app then hydrates: it takes over that DOM,
// keeps what was typed into it, and does again what was done before it ran (clicks, choices,
// shortcuts).
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { BOOT_FAILED } from './lib/boot/failure';
import { refetchFailedStylesheets } from './components/stylesheets';
import { initialLocale } from './lib/i18n/locale';
import { holdLoadsUntil } from './lib/lazy/lazy';
import { I18n } from './lib/state/i18n.svelte';
import { readPrefs } from './lib/state/prefs-storage';
import './app.css';

declare global {
  interface Window {
    /** Set by the built index.html's boot script (scripts/vite-locale-preload.ts). */
    __boot?: { show(): void; listener(e: Event): void };
    /** Set by the built index.html when #app holds the prerendered first screen. */
    __prerendered?: {
      locale: string;
      /** What was done before the app ran, in order (scripts/vite-prerender.ts). */
      acts: (
        | ['click', HTMLButtonElement]
        | ['change', HTMLSelectElement, string]
        | ['key', EventTarget | null, KeyboardEventInit]
      )[];
      /** Stops noting what is done. */
      stop(): void;
      /** Resolves once the screen is in #app (after the header's first paint). */
      adopted: Promise<void>;
    };
  }
}
// The entry is running: the boot script's watch for an entry that could not be fetched can go.
if (window.__boot) removeEventListener('error', window.__boot.listener, true);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

refetchFailedStylesheets();

const prerendered = window.__prerendered;

/** After the next frame's paint, or a second at most: a background tab gets no frames until shown. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 1000);
  });

const chosen = readPrefs().prefs.locale;
const started = await I18n.start(initialLocale(chosen, navigator.languages), chosen);
// The prerendered screen goes in after the header's first paint, and is painted before the app
// takes it over: hydrating first would hold its paint back by the hydration's 40 ms or so.
if (prerendered) {
  await prerendered.adopted;
  await afterPaint();
}
if (!started.ok) {
  // Without its texts the page has nothing to say; this sentence is the one text built in. The
  // boot script words it with a Reload button; the dev server has no boot script.
  if (window.__boot) window.__boot.show();
  else target.textContent = BOOT_FAILED;
}

if (started.ok) {
  // What the first screen asks to load waits for its first frame (lib/lazy/lazy.ts).
  holdLoadsUntil(afterPaint());
}

/** Hydrates the prerendered screen when it is in the page's language, else mounts afresh. */
const start = (i18n: I18n) => {
  const props = { i18n };
  prerendered?.stop();
  if (prerendered?.locale !== i18n.locale) {
    target.replaceChildren();
    return mount(App, { target, props });
  }
  const app = hydrate(App, { target, props });
  // What was done before the app ran, in order, on what is still there: a choice made again
  // (hydration set each <select> to the app's value), a button clicked, a shortcut pressed.
  for (const act of prerendered.acts) {
    if (act[0] === 'change') {
      const [, select, value] = act;
      if (!select.isConnected || select.value === value) continue;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else if (act[0] === 'click') {
      if (act[1].isConnected) act[1].click();
    } else {
      const [, at, init] = act;
      const to = at instanceof Node && at.isConnected ? at : document.body;
      to.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
    }
  }
  return app;
};

export default started.ok ? start(started.value) : undefined;
// When the app took over the page: the bench reads it beside first paint and Send.
if (started.ok) performance.mark('app-live');
