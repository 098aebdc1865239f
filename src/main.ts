// The boot: pick the language before anything paints, load that locale's first-screen texts
// (one small chunk: a Chinese first visit never downloads the English texts, nor the other way
// round), then mount. Reading the remembered choice here costs one localStorage read.
import { mount } from 'svelte';
import App from './App.svelte';
import { refetchFailedStylesheets } from './components/stylesheets';
import { initialLocale } from './lib/i18n/locale';
import { I18n } from './lib/state/i18n.svelte';
import { readPrefs } from './lib/state/prefs-storage';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

refetchFailedStylesheets();

const chosen = readPrefs().prefs.locale;
const started = await I18n.start(initialLocale(chosen, navigator.languages), chosen);
if (!started.ok) {
  // Without its texts the page has nothing to say; this sentence is the one text built in.
  target.textContent =
    'Could not load the page — check the connection and reload. 页面未能加载，请检查网络连接后刷新。';
}

export default started.ok ? mount(App, { target, props: { i18n: started.value } }) : undefined;
