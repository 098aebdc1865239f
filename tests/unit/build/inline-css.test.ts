// The entry stylesheet written into index.html (scripts/vite-inline-css.ts).
import { describe, expect, it } from 'vitest';
import { withInlineCss } from '../../../scripts/vite-inline-css';

const PAGE =
  '<head><script type="module" crossorigin src="./assets/index-a1.js"></script>\n' +
  '<link rel="stylesheet" crossorigin href="./assets/index-B2c.css"></head>';

describe('withInlineCss', () => {
  it('puts the entry stylesheet in a <style> where its link was, the link kept disabled', () => {
    const html = withInlineCss(PAGE, (f) =>
      f === 'assets/index-B2c.css' ? 'a{color:red}' : undefined,
    );
    expect(html).toBe(
      '<head><script type="module" crossorigin src="./assets/index-a1.js"></script>\n' +
        '<style>a{color:red}</style><link rel="stylesheet" href="./assets/index-B2c.css" disabled></head>',
    );
  });

  it('refuses a page with no entry stylesheet, a file not in the bundle, and a closing tag', () => {
    expect(() => withInlineCss('<head></head>', () => 'a{}')).toThrow(/no entry stylesheet/);
    expect(() => withInlineCss(PAGE, () => undefined)).toThrow(/not in the bundle/);
    expect(() => withInlineCss(PAGE, () => 'a{content:"</style>"}')).toThrow(/cannot be inlined/);
  });

  it('leaves other stylesheets linked', () => {
    const page = `${PAGE}<link rel="stylesheet" href="./assets/Lazy-x.css">`;
    const html = withInlineCss(page, () => 'b{}');
    expect(html).toContain('<link rel="stylesheet" href="./assets/Lazy-x.css">');
    expect(html).toContain('<style>b{}</style>');
  });
});
