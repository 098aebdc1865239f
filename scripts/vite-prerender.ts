// The first screen, rendered at build time into the built index.html and hydrated by main.ts
// (issue 18, items 2 and 4). Without it the page showed only its header until the entry chunk had
// been fetched, run and had mounted the app: Send appeared some 60 ms after a blank page's button
// at 1x CPU, and 300 ms after it at 4x. Now the browser paints the connection strip, the form and
// Send as it parses the HTML, and the app takes that DOM over instead of building its own.
//
// The page's first screen depends on the language and on what the browser remembers, which a
// static file cannot know. So each locale's screen is rendered as it shows on a first visit, into
// a <template>, and an inline script right after them (adoptScript) moves one into #app only when
// the page would show exactly that: the locale <html lang> was given by the boot script
// (scripts/vite-locale-preload.ts), no remembered choices other than a first visit's (the app
// stores its first prefs at once), no request kept across a reload, no link in the hash.
// Otherwise the templates are dropped and the app mounts as before. Until the entry has run, a
// click on a button of the screen, a choice in a <select> and a shortcut are noted, and main.ts
// does them again, in order, once the app has hydrated: a Send clicked (or Ctrl+Enter pressed)
// early sends, a region chosen early stays; text typed early is kept by Svelte's hydration of
// bound inputs itself.
// When the entry cannot be fetched, the boot script's failure message replaces the screen (its
// controls would do nothing), putting index.html's header back.
//
// The screens are rendered by Svelte's server renderer, over a Vite SSR server on the same
// config, in a jsdom window that stands for a fresh profile's browser: empty storage, no hash,
// languages en-US. Every load the screen asks for stays held (lib/lazy/lazy.ts holdLoadsUntil),
// so the render neither fetches nor leaves a promise behind.
import { JSDOM } from 'jsdom';
import { createServer, type Plugin } from 'vite';
// `.js` specifiers: see scripts/vite-proxy-plugin.ts for why.
import { PREFS_KEY } from '../src/lib/prefs/prefs.js';
import { KEPT_REQUEST_KEY } from '../src/lib/prefs/kept-request.js';

/** Where index.html takes the rendered screens; the plugin fails the build without it. */
export const PRERENDER_MARK = '<!-- prerendered first screens -->';

/** The locales rendered, each as its first visit shows it. */
export const PRERENDERED_LOCALES = ['en', 'zh-CN'] as const;

/** One locale's rendered first screen: the body Svelte's server renderer wrote. */
export interface RenderedScreen {
  locale: string;
  body: string;
}

/** The rendered screens, and what a first visit stores as its remembered choices. */
export interface FirstScreens {
  screens: RenderedScreen[];
  /** localStorage[PREFS_KEY] as the app writes it on a first visit: the screens show those choices. */
  firstPrefs: string;
}

/**
 * The inline script that adopts the screen of `<html lang>`'s locale (see the file comment).
 * Plain ES2015 and no names outside the function: it runs while the page is being parsed.
 */
export function adoptScript(firstPrefs: string): string {
  const first = JSON.stringify(firstPrefs);
  const kept = JSON.stringify(KEPT_REQUEST_KEY);
  return (
    `(function(){var r=document.getElementById('app'),l=document.documentElement.lang,` +
    `ts=document.querySelectorAll('template[data-prerendered]'),t=null,i,fresh=true;` +
    `for(i=0;i<ts.length;i++)if(ts[i].getAttribute('data-prerendered')===l)t=ts[i];` +
    // The prefs as the boot script read them (scripts/vite-locale-preload.ts). Blocked storage
    // counts as remembered: the app then says so in its header.
    `var b=window.__boot;if(!b||(b.stored!==null&&b.stored!==${first}))fresh=false;` +
    `try{if(sessionStorage.getItem(${kept})!==null)fresh=false}catch(e){fresh=false}` +
    `if(location.hash!==''&&location.hash!=='#')fresh=false;` +
    // Moved in after the first paint (the header, as before): at once when its frame has been
    // rendered already (window.__boot.framed: a slow CPU parses this late), else in a task after
    // the next frame. Moved in before it, its first layout (some 50 ms: a new browser's fonts and form
    // controls) delayed the first paint by as much.
    `if(r&&t&&fresh){var shell=Array.prototype.slice.call(r.childNodes),acts=[],done=false,` +
    // What the person does before the app runs, in order: a button clicked (once each), a choice
    // made in a <select> (hydration sets it back to the app's value), a shortcut pressed.
    `c=function(e){var b=e.target&&e.target.closest?e.target.closest('button'):null;` +
    `if(!b||!r.contains(b))return;for(var j=0;j<acts.length;j++)if(acts[j][1]===b)return;` +
    `acts.push(['click',b])},` +
    `d=function(e){var x=e.target;if(x&&x.tagName==='SELECT'&&r.contains(x))acts.push(['change',x,x.value])},` +
    `k=function(e){if(e.ctrlKey||e.metaKey||e.altKey||e.key==='?')acts.push(['key',e.target,` +
    `{key:e.key,code:e.code,ctrlKey:e.ctrlKey,metaKey:e.metaKey,altKey:e.altKey,shiftKey:e.shiftKey}])},` +
    `f=t.content,go=null,` +
    `adopted=new Promise(function(res){go=function(){if(done)return;done=true;` +
    `r.replaceChildren(f);r.setAttribute('data-prerendered',l);res()};` +
    `if(b&&b.framed)go();else{requestAnimationFrame(function(){setTimeout(go,0)});` +
    `setTimeout(go,1000)}});` +
    `var on=[['click',c],['change',d],['keydown',k]];` +
    `for(i=0;i<on.length;i++)addEventListener(on[i][0],on[i][1],true);` +
    `var stop=function(){for(var j=0;j<on.length;j++)removeEventListener(on[j][0],on[j][1],true)};` +
    `window.__prerendered={locale:l,acts:acts,stop:stop,adopted:adopted};` +
    `if(b){var s=b.show;b.show=function(){done=true;stop();` +
    `r.removeAttribute('data-prerendered');r.replaceChildren.apply(r,shell);s()}}}` +
    `for(i=0;i<ts.length;i++)ts[i].remove()})()`
  );
}

/** `html` with the screens' templates and the adopting script at PRERENDER_MARK; throws without it. */
export function withPrerenderedScreens(
  html: string,
  { screens, firstPrefs }: FirstScreens,
): string {
  const at = html.indexOf(PRERENDER_MARK);
  if (at < 0) throw new Error(`index.html has no ${PRERENDER_MARK}: the first screens go there`);
  const templates = screens
    .map((s) => `<template data-prerendered="${s.locale}">${s.body}</template>`)
    .join('\n    ');
  return (
    html.slice(0, at) +
    `${templates}\n    <script>${adoptScript(firstPrefs)}</script>` +
    html.slice(at + PRERENDER_MARK.length)
  );
}

/** The browser globals the app's models read while they are made, from a fresh jsdom window. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
] as const;

/** Runs `body` with a fresh jsdom window's globals standing in for a first visit's browser. */
async function inFreshBrowser<T>(
  body: (storage: { getItem(key: string): string | null }) => Promise<T>,
): Promise<T> {
  const dom = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>', {
    url: 'http://127.0.0.1/',
  });
  const w = dom.window;
  const saved = BROWSER_GLOBALS.map((k) => Object.getOwnPropertyDescriptor(globalThis, k));
  for (const k of BROWSER_GLOBALS) {
    const v = w[k];
    const value = typeof v === 'function' ? (v as () => void).bind(dom.window) : v;
    Object.defineProperty(globalThis, k, { value, configurable: true, writable: true });
  }
  try {
    return await body(dom.window.localStorage);
  } finally {
    BROWSER_GLOBALS.forEach((k, i) => {
      const d = saved[i];
      if (d) Object.defineProperty(globalThis, k, d);
      else Reflect.deleteProperty(globalThis, k);
    });
    dom.window.close();
  }
}

interface SsrModules {
  render: (component: unknown, options: { props: Record<string, unknown> }) => { body: string };
  App: unknown;
  I18n: { start(locale: string, chosen: null, o: { root: undefined }): Promise<unknown> };
  holdLoadsUntil: (until: Promise<unknown>) => void;
  createAppModels: (i18n: unknown) => { prefs: { save(): void } };
}

/** Renders each locale's first screen with the app's own config (`configFile`), in production mode. */
export async function renderFirstScreens(
  configFile: string | undefined,
  locales: readonly string[] = PRERENDERED_LOCALES,
): Promise<FirstScreens> {
  const server = await createServer({
    configFile: configFile ?? false,
    mode: 'production',
    // A cache of its own, per NODE_ENV: sharing the dev server's and Vitest's, its prebundled
    // Svelte was once the other mode's, and the render failed inside Svelte's dev checks.
    cacheDir: `node_modules/.vite-prerender-${process.env.NODE_ENV ?? 'development'}`,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    return await inFreshBrowser(async (storage) => {
      const load = (id: string) => server.ssrLoadModule(id);
      const m: SsrModules = {
        render: ((await load('svelte/server')) as { render: SsrModules['render'] }).render,
        App: ((await load('/src/App.svelte')) as { default: unknown }).default,
        I18n: ((await load('/src/lib/state/i18n.svelte.ts')) as { I18n: SsrModules['I18n'] }).I18n,
        holdLoadsUntil: ((await load('/src/lib/lazy/lazy.ts')) as SsrModules).holdLoadsUntil,
        createAppModels: ((await load('/src/lib/state/app.svelte.ts')) as SsrModules)
          .createAppModels,
      };
      const texts: [string, unknown][] = [];
      for (const locale of locales) {
        const started = (await m.I18n.start(locale, null, { root: undefined })) as {
          ok: boolean;
          value?: unknown;
        };
        if (!started.ok) throw new Error(`The ${locale} core texts did not load for the prerender`);
        texts.push([locale, started.value]);
      }
      // Nothing the screen asks for loads here (the core texts above loaded through lib/lazy
      // too): it stays held for good.
      m.holdLoadsUntil(new Promise(() => {}));
      const screens: RenderedScreen[] = [];
      let firstModels: ReturnType<SsrModules['createAppModels']> | null = null;
      for (const [locale, i18n] of texts) {
        // Made outside the render: deriveds made during one are memoized by the server renderer.
        const models = m.createAppModels(i18n);
        firstModels ??= models;
        const { body } = m.render(m.App, { props: { i18n, models } });
        if (!body.includes('<button'))
          throw new Error(`The ${locale} first screen rendered no button`);
        screens.push({ locale, body });
      }
      // What the app stores at once on a first visit (its prefs are saved by an $effect).
      firstModels?.prefs.save();
      const firstPrefs = storage.getItem(PREFS_KEY);
      if (firstPrefs === null) throw new Error('A first visit stored no prefs in the prerender');
      return { screens, firstPrefs };
    });
  } finally {
    await server.close();
  }
}

/** The Vite plugin writing the rendered first screens into the built index.html. */
export function prerender(): Plugin {
  let configFile: string | undefined;
  return {
    name: 'chat-rest-prerender',
    apply: 'build',
    configResolved(config) {
      configFile = config.configFile;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => withPrerenderedScreens(html, await renderFirstScreens(configFile)),
    },
  };
}
