import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOT_FAILED, BOOT_RELOAD } from '../../../src/lib/boot/failure';
import { initialLocale } from '../../../src/lib/i18n/locale';
import { PREFS_KEY } from '../../../src/lib/prefs/prefs';
import { readPrefs } from '../../../src/lib/state/prefs-storage';
import { localePreloadScript, withLocalePreload } from '../../../scripts/vite-locale-preload';
import { inlineScriptHashes } from '../../../scripts/vite-csp-plugin';

const FILES = { en: './assets/texts-en-core-a.js', 'zh-CN': './assets/texts-zh-CN-core-b.js' };

/** A Storage holding `stored` under the prefs key, or one whose every read throws (blocked). */
function storage(stored: string | null | 'blocked'): Storage {
  const get = () => {
    if (stored === 'blocked') throw new DOMException('blocked', 'SecurityError');
    return stored;
  };
  return { getItem: (k: string) => (k === PREFS_KEY ? get() : null) } as unknown as Storage;
}

interface FakeElement {
  tagName: string;
  type?: string;
  rel?: string;
  href?: string;
  textContent?: string;
  className?: string;
  attrs: Record<string, string>;
  children: FakeElement[];
  clicks: (() => void)[];
}

const element = (tagName: string): FakeElement => ({
  tagName,
  attrs: {},
  children: [],
  clicks: [],
});

/**
 * Runs the inline script in a bare context; what it set: <html lang>, the preloaded URLs, the
 * error listener it left and what it appends to #app.
 */
function run(stored: string | null | 'blocked', languages: string[] | undefined) {
  const head: FakeElement[] = [];
  const html = { lang: 'en' };
  const app = element('DIV');
  const listeners: ((e: { target: unknown }) => void)[] = [];
  const reloads: number[] = [];
  const window: Record<string, unknown> = {};
  const frames: (() => void)[] = [];
  runInNewContext(localePreloadScript(FILES), {
    window,
    requestAnimationFrame: (f: () => void) => frames.push(f),
    localStorage: storage(stored),
    navigator: languages === undefined ? {} : { languages },
    location: { reload: () => reloads.push(1) },
    addEventListener: (type: string, l: (e: { target: unknown }) => void, capture: boolean) => {
      if (type === 'error' && capture) listeners.push(l);
    },
    document: {
      documentElement: html,
      getElementById: (id: string) => (id === 'app' ? app : null),
      createElement: (tag: string) => {
        const e = element(tag.toUpperCase());
        return Object.assign(e, {
          setAttribute: (k: string, v: string) => (e.attrs[k] = v),
          appendChild: (c: FakeElement) => e.children.push(c),
          addEventListener: (_: string, f: () => void) => e.clicks.push(f),
        });
      },
      head: { appendChild: (l: FakeElement) => head.push(l) },
    },
  });
  Object.assign(app, {
    querySelector: () => (app.children.length > 0 ? app.children[0] : null),
    appendChild: (c: FakeElement) => app.children.push(c),
  });
  const links = head.map((l) => ({ rel: l.rel, href: l.href }));
  return { lang: html.lang, links, listeners, app, reloads, window, frames };
}

const prefs = (o: unknown) => JSON.stringify(o);
const CASES: [string | null | 'blocked', string[]][] = [
  [null, []],
  [null, ['en-US', 'en']],
  [null, ['zh-CN']],
  [null, ['zh-TW', 'en']],
  [null, ['zh_HK']],
  [null, [' ZH-hans ']],
  [null, ['fr-FR', 'de']],
  [null, ['fr-FR', 'zh-CN']],
  [null, ['en-GB', 'zh-CN']],
  [null, ['de', 'en', 'zh']],
  [prefs({ v: 2, locale: 'en' }), ['zh-CN']],
  [prefs({ v: 2, locale: 'zh-CN' }), ['en-US']],
  [prefs({ v: 1, locale: 'zh-CN' }), ['en-US']],
  [prefs({ v: 2, locale: null }), ['zh-CN']],
  [prefs({ v: 2 }), ['zh-CN']],
  [prefs({ v: 3, locale: 'zh-CN' }), ['en-US']],
  [prefs({ v: 2, locale: 'zh' }), ['en-US']],
  [prefs({ v: 2, locale: 'hasOwnProperty' }), ['zh-CN']],
  [prefs({ v: 2, locale: '__proto__' }), ['en']],
  [prefs([1, 2]), ['zh-CN']],
  ['{not json', ['zh-CN']],
  ['null', ['zh-CN']],
  ['blocked', ['zh-CN']],
  ['blocked', ['en']],
];

describe('the locale preload in index.html', () => {
  it.each(CASES)('picks the locale main.ts picks (stored %s, languages %j)', (stored, langs) => {
    const expected = initialLocale(readPrefs(() => storage(stored)).prefs.locale, langs);
    const { lang, links } = run(stored, langs);
    expect(lang).toBe(expected);
    // One preload, of that locale's table only: a Chinese visit never fetches the English texts.
    expect(links).toEqual([{ rel: 'modulepreload', href: FILES[expected] }]);
  });

  it('stands in for an entry script that could not be fetched, once, with a Reload', () => {
    const { listeners, app, reloads, window } = run(null, ['en']);
    expect(listeners).toHaveLength(1);
    const fire = (target: unknown) => listeners[0]?.({ target });
    // A preload or stylesheet that fails is not the entry: lazy chunks say so where they show.
    fire({ tagName: 'LINK', rel: 'modulepreload' });
    fire({ tagName: 'SCRIPT', type: '' });
    expect(app.children).toEqual([]);
    fire({ tagName: 'SCRIPT', type: 'module' });
    fire({ tagName: 'SCRIPT', type: 'module' });
    expect(app.children).toHaveLength(1);
    const [message] = app.children;
    expect(message?.attrs.role).toBe('alert');
    expect(message?.textContent).toBe(`${BOOT_FAILED} `);
    const [button] = message?.children ?? [];
    expect(button?.textContent).toBe(BOOT_RELOAD);
    button?.clicks.forEach((f) => f());
    expect(reloads).toEqual([1]);
    // main.ts takes the listener away once the entry runs, and shows the same when texts fail.
    expect(window.__boot).toEqual({
      show: expect.any(Function),
      listener: listeners[0],
      framed: false,
      stored: null,
    });
  });

  it('keeps the prefs as read for the prerendered screen: null for none, false when blocked', () => {
    const stored = prefs({ v: 2, locale: 'en' });
    expect(run(stored, ['en']).window.__boot).toMatchObject({ stored });
    expect(run(null, ['en']).window.__boot).toMatchObject({ stored: null });
    expect(run('blocked', ['en']).window.__boot).toMatchObject({ stored: false });
  });

  it('notes the first rendered frame, for the prerendered screen to go in after it', () => {
    const { window, frames } = run(null, ['en']);
    expect(window.__boot).toMatchObject({ framed: false });
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(window.__boot).toMatchObject({ framed: true });
  });

  it('reads no languages as English when the browser gives none', () => {
    expect(run(null, undefined).lang).toBe('en');
  });

  it('goes before the entry script, and the CSP hash is of exactly its text', () => {
    const page = '<head>\n    <title>t</title>\n    <script type="module" src="./e.js"></script>';
    const html = withLocalePreload(page, FILES);
    expect(html.indexOf('<script>')).toBeLessThan(html.indexOf('<script type="module"'));
    const [hash] = inlineScriptHashes(html);
    const again = inlineScriptHashes(`<script>${localePreloadScript(FILES)}</script>`);
    expect(hash).toBe(again[0]);
    expect(inlineScriptHashes(html.replace('l=null', 'l=0'))[0]).not.toBe(hash);
    expect(() => withLocalePreload('<head></head>', FILES)).toThrow(/module script/);
  });
});
