// What the page says when it cannot start: its entry chunk or its core texts could not be
// fetched. No text table is loaded then, so it speaks both languages at once. The inline boot
// script in the built index.html (scripts/vite-locale-preload.ts) and main.ts both use it.

/** The sentence, in English and Chinese. */
export const BOOT_FAILED =
  'Could not load the page — check the connection and reload. 页面未能加载，请检查网络连接后重新加载。';

/** The button that reloads the page. */
export const BOOT_RELOAD = 'Reload · 重新加载';
