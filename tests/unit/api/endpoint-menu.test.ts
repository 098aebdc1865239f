// The picker's list is written out for the first screen (api/endpoint-menu.ts); the registry is
// the source of truth. The catalogue's lookups find get_list at once and the rest after loading.
import { describe as suite, expect, it } from 'vitest';
import { ENDPOINT_MENU, isMenuId } from '../../../src/lib/api/endpoint-menu';
import { en, zh } from '../i18n/texts';

suite('the endpoint menu and catalogue', () => {
  it('describes get_list before the registry loads, the others after, and raw ids at once', async () => {
    // A fresh module graph: nothing in this test file imports the registry before this point.
    const catalog = await import('../../../src/lib/api/endpoint-catalog');
    expect(catalog.endpointNow('get_list')?.path).toBe('v4/recentcontact/get_list');
    expect(catalog.endpointNow('raw:v4/openim/sendmsg')?.path).toBe('v4/openim/sendmsg');
    expect(catalog.isKnownEndpointId('mark_contact')).toBe(true);
    expect(catalog.isKnownEndpointId('raw:v4/..')).toBe(false);
    expect(catalog.isKnownEndpointId('nope')).toBe(false);
    expect(isMenuId('raw:v4/openim/sendmsg')).toBe(false);
    expect(catalog.endpointNow('mark_contact')).toBeNull();

    const marked = await catalog.describe('mark_contact');
    expect(marked.ok && marked.value?.path).toBe('v4/recentcontact/mark_contact');
    expect(catalog.endpointNow('mark_contact')?.id).toBe('mark_contact');
    const unknown = await catalog.describe('nope');
    expect(unknown).toEqual({ ok: true, value: null });
  });

  it('lists exactly the registry: ids, paths and titles, in its order', async () => {
    const { ENDPOINTS } = await import('../../../src/lib/api/endpoints');
    expect(ENDPOINT_MENU.map(({ id, path }) => ({ id, path }))).toEqual(
      ENDPOINTS.map(({ id, path }) => ({ id, path })),
    );
    // The picker shows each title in the page's language: English as the registry has it.
    expect(ENDPOINT_MENU.map((e) => en(e.label))).toEqual(ENDPOINTS.map((e) => e.title));
    for (const e of ENDPOINT_MENU) expect(zh(e.label)).toMatch(/\p{Script=Han}/u);
  });
});
