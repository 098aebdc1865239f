// The boot: pick the language before anything paints, load that locale's first-screen texts
// (one small chunk: a Chinese first visit never downloads the English texts, nor the other way
// round), then mount. Reading the remembered choice here costs one localStorage read. The core
// table is already on its way when this runs: index.html's first script preloads the one this
// boot will ask for (scripts/vite-locale-preload.ts). Until the mount, the page shows the static
// header index.html carries.
import { mount } from 'svelte';
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
  }
}
// The entry is running: the boot script's watch for an entry that could not be fetched can go.
if (window.__boot) removeEventListener('error', window.__boot.listener, true);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

refetchFailedStylesheets();

const chosen = readPrefs().prefs.locale;
const started = await I18n.start(initialLocale(chosen, navigator.languages), chosen);
if (!started.ok) {
  // Without its texts the page has nothing to say; this sentence is the one text built in. The
  // boot script words it with a Reload button; the dev server has no boot script.
  if (window.__boot) window.__boot.show();
  else target.textContent = BOOT_FAILED;
}

if (started.ok) {
  target.replaceChildren();
  // What the first screen asks to load waits for its first frame (lib/lazy/lazy.ts), or a
  // second at most: a tab opened in the background gets no animation frames until it is shown.
  holdLoadsUntil(
    new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 1000);
    }),
  );
}
export default started.ok ? mount(App, { target, props: { i18n: started.value } }) : undefined;
