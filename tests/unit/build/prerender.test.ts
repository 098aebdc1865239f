// The prerendered first screens (scripts/vite-prerender.ts): the script that moves one into #app
// runs here in jsdom, as the browser runs it while parsing the built page, over every rule of
// when the screen is the page's own and when it is not; and the screens themselves are rendered
// from the app's own config, as the build renders them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { KEPT_REQUEST_KEY } from '../../../src/lib/prefs/kept-request';
import { DEFAULT_PREFS, parsePrefs } from '../../../src/lib/prefs/prefs';
import { inlineScriptHashes } from '../../../scripts/vite-csp-plugin';
import {
  PRERENDER_MARK,
  adoptScript,
  renderFirstScreens,
  withPrerenderedScreens,
  type FirstScreens,
} from '../../../scripts/vite-prerender';

const FIRST_PREFS = '{"v":2,"first":true}';
const SCREENS: FirstScreens = {
  screens: [
    {
      locale: 'en',
      body: '<!--[--><main><select><option value="a">A</option><option value="b">B</option></select><button type="button">Send</button></main><!--]-->',
    },
    { locale: 'zh-CN', body: '<!--[--><main><button type="button">发送</button></main><!--]-->' },
  ],
  firstPrefs: FIRST_PREFS,
};
const SHELL = '<header class="top"><div class="brand"><h1>Chat REST Playground</h1></div></header>';

interface Boot {
  framed: boolean;
  stored: string | null | false;
  show: () => void;
  shown?: number;
}
interface Prerendered {
  locale: string;
  acts: unknown[][];
  adopted: Promise<void>;
}

/** The built page's body, parsed and run by jsdom with the boot script's state set beforehand. */
function load({
  lang = 'en',
  stored = null,
  framed = true,
  hash = '',
  kept = false,
}: {
  lang?: string;
  stored?: string | null | false;
  framed?: boolean;
  hash?: string;
  kept?: boolean;
} = {}) {
  const html = withPrerenderedScreens(
    `<!doctype html><html lang="${lang}"><body><div id="app">${SHELL}</div>\n${PRERENDER_MARK}</body></html>`,
    SCREENS,
  );
  const dom = new JSDOM(html, {
    url: `http://127.0.0.1/${hash}`,
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    beforeParse(window) {
      if (kept) window.sessionStorage.setItem(KEPT_REQUEST_KEY, '{}');
      const boot: Boot = {
        framed,
        stored,
        show() {
          boot.shown = (boot.shown ?? 0) + 1;
        },
      };
      Object.assign(window, { __boot: boot });
    },
  });
  const w = dom.window as unknown as Window & { __boot: Boot; __prerendered?: Prerendered };
  const app = () => w.document.getElementById('app');
  return { dom, w, app };
}

describe('the prerendered screen in the built page', () => {
  it('goes into #app on a first visit, in the page language, and the templates go', () => {
    for (const [lang, send] of [
      ['en', 'Send'],
      ['zh-CN', '发送'],
    ] as const) {
      const { w, app } = load({ lang });
      expect(app()?.getAttribute('data-prerendered')).toBe(lang);
      expect(app()?.querySelector('button')?.textContent).toBe(send);
      // Svelte's hydration markers come along: the first node is the block's start.
      expect(app()?.firstChild?.nodeType).toBe(8); // Node.COMMENT_NODE
      expect(w.document.querySelectorAll('template')).toHaveLength(0);
      expect(w.__prerendered?.locale).toBe(lang);
    }
  });

  it('is used when the stored prefs are a first visit’s, and with an empty hash', () => {
    expect(load({ stored: FIRST_PREFS }).w.__prerendered).toBeDefined();
    expect(load({ hash: '#' }).w.__prerendered).toBeDefined();
  });

  it('is not used when the page would show something else', () => {
    for (const world of [
      { stored: '{"v":2,"sdkAppId":"1400012345"}' },
      // Storage blocked: the app says so in its header.
      { stored: false as const },
      { kept: true },
      { hash: '#share=abc' },
      // A locale with no screen.
      { lang: 'fr' },
    ]) {
      const { w, app } = load(world);
      expect(w.__prerendered, JSON.stringify(world)).toBeUndefined();
      expect(app()?.innerHTML).toBe(SHELL);
      expect(app()?.hasAttribute('data-prerendered')).toBe(false);
      expect(w.document.querySelectorAll('template')).toHaveLength(0);
    }
  });

  it('waits for the first frame when the page has not been painted yet', async () => {
    const { w, app } = load({ framed: false });
    expect(app()?.innerHTML).toBe(SHELL);
    expect(w.__prerendered).toBeDefined();
    await w.__prerendered?.adopted;
    expect(app()?.getAttribute('data-prerendered')).toBe('en');
    expect(app()?.querySelector('button')?.textContent).toBe('Send');
  });

  it('notes each button clicked before the app runs, once', () => {
    const { w, app } = load();
    const button = app()?.querySelector('button');
    button?.click();
    button?.click();
    app()?.querySelector('main')?.click();
    expect(w.__prerendered?.acts).toEqual([['click', button]]);
  });

  it('notes each choice made in a select before the app runs', () => {
    const { w, app } = load();
    const select = app()?.querySelector('select');
    if (!select) throw new Error('no select');
    (select as unknown as { value: string }).value = 'b';
    const { Event: JsdomEvent } = w as unknown as { Event: typeof Event };
    select.dispatchEvent(new JsdomEvent('change', { bubbles: true }));
    expect(w.__prerendered?.acts).toEqual([['change', select, 'b']]);
  });

  it('notes shortcuts in order with the rest, not plain keys', () => {
    const { w, app } = load();
    const { KeyboardEvent: JsdomKey } = w as unknown as { KeyboardEvent: typeof KeyboardEvent };
    const button = app()?.querySelector('button');
    const press = (init: KeyboardEventInit) =>
      w.document.body.dispatchEvent(new JsdomKey('keydown', { ...init, bubbles: true }));
    press({ key: 'a' });
    press({ key: 'Enter' });
    button?.click();
    press({ key: 'Enter', code: 'Enter', ctrlKey: true });
    press({ key: '?', code: 'Slash', shiftKey: true });
    expect(w.__prerendered?.acts).toEqual([
      ['click', button],
      [
        'key',
        w.document.body,
        {
          key: 'Enter',
          code: 'Enter',
          ctrlKey: true,
          metaKey: false,
          altKey: false,
          shiftKey: false,
        },
      ],
      [
        'key',
        w.document.body,
        { key: '?', code: 'Slash', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true },
      ],
    ]);
  });

  it('puts the header back when the entry cannot run, before the failure message', () => {
    const { w, app } = load();
    w.__boot.show();
    expect(w.__boot.shown).toBe(1);
    expect(app()?.innerHTML).toBe(SHELL);
    expect(app()?.hasAttribute('data-prerendered')).toBe(false);
    // Clicks on the gone screen are no longer noted.
    w.document.querySelector('h1')?.click();
    expect(w.__prerendered?.acts).toEqual([]);
  });

  it('a failure before the first frame leaves the header, and nothing goes in afterwards', async () => {
    const { w, app } = load({ framed: false });
    w.__boot.show();
    await new Promise((resolve) => w.setTimeout(resolve, 60));
    expect(app()?.innerHTML).toBe(SHELL);
  });
});

describe('withPrerenderedScreens', () => {
  it('needs the mark in index.html', () => {
    expect(() => withPrerenderedScreens('<body><div id="app"></div></body>', SCREENS)).toThrow(
      PRERENDER_MARK,
    );
  });

  it('writes one template per locale and the script, which the CSP allows by its hash', () => {
    const html = withPrerenderedScreens(`<body>${PRERENDER_MARK}</body>`, SCREENS);
    expect(html).not.toContain(PRERENDER_MARK);
    expect(html.match(/<template data-prerendered="[\w-]+">/g)).toEqual([
      '<template data-prerendered="en">',
      '<template data-prerendered="zh-CN">',
    ]);
    const hashes = inlineScriptHashes(html);
    expect(hashes).toEqual(inlineScriptHashes(`<script>${adoptScript(FIRST_PREFS)}</script>`));
  });
});

describe('renderFirstScreens', () => {
  it('renders each locale’s first screen with Send, and a first visit’s prefs', async () => {
    const { screens, firstPrefs } = await renderFirstScreens('vite.config.ts');
    expect(screens.map((s) => s.locale)).toEqual(['en', 'zh-CN']);
    const [en, zh] = screens;
    expect(en?.body.startsWith('<!--[-->')).toBe(true);
    expect(en?.body).toMatch(/<button[^>]*>Send<\/button>/);
    expect(zh?.body).toMatch(/<button[^>]*>发送<\/button>/);
    expect(zh?.body).not.toContain('>Send<');
    // The first visit's choices: the defaults (with the sandbox's SDKAppID), the browser's language.
    expect(parsePrefs(firstPrefs)).toMatchObject({
      region: DEFAULT_PREFS.region,
      identifier: DEFAULT_PREFS.identifier,
      locale: null,
    });
  }, 60_000);
});
