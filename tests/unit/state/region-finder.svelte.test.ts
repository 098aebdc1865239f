import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/lib/i18n/message';
import { lazy } from '../../../src/lib/lazy/lazy';
import { probeSender } from '../../../src/lib/state/region-finder.svelte';
import { en, zh } from '../i18n/texts';

describe('the region finder’s probes', () => {
  it('a sending code that cannot load is the probe’s failure, in the page’s language', async () => {
    const kit = lazy(msg('core.part.sendKit'), () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: send-kit.js')),
    );
    const send = probeSender({ sendVia: 'direct' } as Parameters<typeof probeSender>[0], kit.load);
    const r = await send(
      { method: 'POST', url: 'https://console.tim.qq.com/v4/x', body: '{}' },
      new AbortController().signal,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('network');
    expect(en(r.message)).toBe(
      'Could not load the sending code — check the connection and try again.',
    );
    expect(zh(r.message)).toBe('无法加载发送请求的代码，请检查网络连接后重试。');
  });
});
