// The first screen's stylesheet, written into the built index.html as a <style> instead of a
// <link> (issue 18, items 2 and 4). The page paints nothing before its stylesheet has come, and
// that one request (9 KB, 2.6 KB gzipped) arrived some 50 ms after the HTML on loopback: the
// first paint and the prerendered screen (scripts/vite-prerender.ts) waited for it. In the HTML
// it comes with the page's first bytes. The link stays, disabled (a disabled stylesheet is not
// fetched): Vite's preload helper lists the entry's stylesheet among the files of every lazy
// chunk that shares the entry's modules, and fetches each one no <link rel=stylesheet> names. The CSP allows inline styles already (src/lib/security/csp.ts). The bench counts
// these bytes in the initial download (bench/bundle.ts).
import type { Plugin } from 'vite';

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/index-[\w-]+\.css)">/g;

/** `html` with each entry stylesheet link replaced by a <style> holding `css(file)`. */
export function withInlineCss(html: string, css: (file: string) => string | undefined): string {
  let found = 0;
  const out = html.replace(LINK, (link, file: string) => {
    const text = css(file);
    if (text === undefined) throw new Error(`${file}: named by index.html, not in the bundle`);
    if (/<\/style/i.test(text)) throw new Error(`${file} holds "</style": it cannot be inlined`);
    found++;
    return `<style>${text}</style><link rel="stylesheet" href="./${file}" disabled>`;
  });
  if (found === 0)
    throw new Error("index.html names no entry stylesheet to inline: has Vite's output changed?");
  return out;
}

/** The Vite plugin inlining the entry's stylesheet into the built index.html. */
export function inlineEntryCss(): Plugin {
  return {
    name: 'chat-rest-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        withInlineCss(html, (file) => {
          const asset = ctx.bundle?.[file];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string'
            ? asset.source
            : new TextDecoder().decode(asset.source);
        }),
    },
  };
}
