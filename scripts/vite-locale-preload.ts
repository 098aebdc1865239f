// Starts the download of the page's core texts while the entry chunk is still on its way. main.ts
// cannot paint before it has its locale's core table (lib/state/i18n.svelte.ts), and it only asks
// for the table once the entry has been fetched, compiled and run: one request after another
// (issue 18). A few lines in <head> pick the same locale main.ts will pick (the remembered choice,
// else the browser's languages: lib/i18n/locale.ts initialLocale) and add a modulepreload for that
// locale's table only, so a Chinese first visit still never fetches the English texts (issue 15.4).
// They also set <html lang> before the first paint, note when the first frame is rendered
// (window.__boot.framed), and stand in for the app when its entry
// chunk cannot be fetched at all (nothing of ours would run to say so): a message in both
// languages with a Reload button, instead of index.html's bare header forever. tests/unit/build/locale-preload.test.ts runs
// this script against initialLocale(readPrefs()) over a table of cases, so the two cannot drift.
// The CSP allows exactly this script by its hash (scripts/vite-csp-plugin.ts).
import type { Plugin } from 'vite';
// `.js` specifiers: see scripts/vite-proxy-plugin.ts for why.
import { BOOT_FAILED, BOOT_RELOAD } from '../src/lib/boot/failure.js';
import { PREFS_KEY } from '../src/lib/prefs/prefs.js';

/** The built core table of each locale, as a URL relative to index.html. */
export type CoreTableFiles = Readonly<Record<string, string>>;

const CORE_TABLE = /\/src\/lib\/i18n\/messages\/([\w-]+)\/core\.ts$/;

/**
 * The inline script. It reads prefs as lib/prefs/prefs.ts does (versions 1 and 2, `locale` one of
 * ours) and the languages as detectLocale does (the first whose primary subtag is zh or en); any
 * failure (storage blocked, bad JSON) leaves the browser's languages to decide, as readPrefs does.
 */
export function localePreloadScript(files: CoreTableFiles): string {
  const f = JSON.stringify(files);
  const key = JSON.stringify(PREFS_KEY);
  // Plain ES2015 and no names outside the function: it runs before anything else on the page.
  return (
    // `stored`: the prefs as read (null: none; false: storage blocked), for the prerendered
    // screen's script, which would otherwise read them again (scripts/vite-prerender.ts).
    `(function(){var f=${f},l=null,stored=false;` +
    `try{stored=localStorage.getItem(${key});var p=JSON.parse(stored||'null');` +
    `if(p&&(p.v===1||p.v===2)&&f.hasOwnProperty(p.locale))l=p.locale}catch(e){}` +
    `if(!l){l='en';var a=navigator.languages||[];for(var i=0;i<a.length;i++){` +
    `var s=String(a[i]).trim().toLowerCase().split(/[-_]/)[0];` +
    `if(s==='zh'){l='zh-CN';break}if(s==='en')break}}` +
    `document.documentElement.lang=l;if(f[l]){var k=document.createElement('link');` +
    `k.rel='modulepreload';k.href=f[l];document.head.appendChild(k)}` +
    // A module script's failed fetch fires "error" on its element, which does not bubble: caught
    // in the capture phase. main.ts removes the listener once it runs.
    `var show=function(){var r=document.getElementById('app');if(!r||r.querySelector('.boot-failed'))return;` +
    `var m=document.createElement('p');m.setAttribute('role','alert');m.className='boot-failed';` +
    `m.textContent=${JSON.stringify(BOOT_FAILED)}+' ';var b=document.createElement('button');` +
    `b.type='button';b.textContent=${JSON.stringify(BOOT_RELOAD)};` +
    `b.addEventListener('click',function(){location.reload()});m.appendChild(b);r.appendChild(m)};` +
    // Through window.__boot: the prerendered screen's script (scripts/vite-prerender.ts) wraps show.
    `var h=function(e){var t=e.target;if(t&&t.tagName==='SCRIPT'&&t.type==='module')window.__boot.show()};` +
    `var w=window.__boot={show:show,listener:h,framed:false,stored:stored};addEventListener('error',h,true);` +
    // A render-blocked page runs no animation frame callbacks: the first one is the first paint's
    // frame (the header's). The prerendered screen goes in once it has run (scripts/vite-prerender.ts).
    `requestAnimationFrame(function(){w.framed=true})})()`
  );
}

/** `html` with the script inserted before its first module script; throws when it has none. */
export function withLocalePreload(html: string, files: CoreTableFiles): string {
  const at = html.indexOf('<script type="module"');
  if (at < 0) throw new Error('index.html has no module script: the locale preload goes before it');
  return `${html.slice(0, at)}<script>${localePreloadScript(files)}</script>\n    ${html.slice(at)}`;
}

/** The Vite plugin adding the locale preload to the built index.html. */
export function localePreload(): Plugin {
  return {
    name: 'chat-rest-locale-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const files: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk') continue;
          const locale = CORE_TABLE.exec(chunk.facadeModuleId ?? '')?.[1];
          if (locale) files[locale] = `./${chunk.fileName}`;
        }
        if (Object.keys(files).length === 0) {
          throw new Error('No core text tables in the bundle: lib/i18n/tables.ts imports them');
        }
        return withLocalePreload(html, files);
      },
    },
  };
}
