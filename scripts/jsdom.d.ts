// The part of jsdom's API that the build's prerender (scripts/vite-prerender.ts) and its test
// use. Typed here rather than with @types/jsdom, which brings the DOM's types into every file
// checked beside it: tsconfig.node.json checks src/server and scripts/ without them (README,
// Layout), so that Node code cannot lean on a browser API unnoticed.
declare module 'jsdom' {
  interface StorageLike {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  }
  interface JSDOMWindow {
    localStorage: StorageLike;
    sessionStorage: StorageLike;
    close(): void;
    [name: string]: unknown;
  }
  interface ConstructorOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    beforeParse?(window: JSDOMWindow): void;
  }
  export class JSDOM {
    constructor(html?: string, options?: ConstructorOptions);
    readonly window: JSDOMWindow;
  }
}
