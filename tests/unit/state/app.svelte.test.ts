// The app's models made in order over jsdom's window: the remembered choices, then a request
// kept across a reload, then a link, each winning over the one before; a link's custom host is
// not remembered.
import { afterEach, describe, expect, it } from 'vitest';
import { KEPT_REQUEST_KEY, serializeKeptRequest } from '../../../src/lib/prefs/kept-request';
import { DEFAULT_PREFS, PREFS_KEY, parsePrefs, serializePrefs } from '../../../src/lib/prefs/prefs';
import { SHARE_R1_DEFAULTS, encodeShareFragment } from '../../../src/lib/share';
import { createAppModels } from '../../../src/lib/state/app.svelte';
import { I18n } from '../../../src/lib/state/i18n.svelte';
import { EN, en } from '../i18n/texts';

const TOKYO = { ...DEFAULT_PREFS, region: { kind: 'region', id: 'tokyo', backup: false } } as const;

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('createAppModels', () => {
  it('restores the remembered choices, then the request kept across a reload', () => {
    localStorage.setItem(PREFS_KEY, serializePrefs({ ...TOKYO, identifier: 'ops_admin' }));
    const models = createAppModels(I18n.from(EN));
    expect(models.workspace.target.choice).toEqual(TOKYO.region);
    expect(models.workspace.signer.identifier).toBe('ops_admin');

    sessionStorage.setItem(
      KEPT_REQUEST_KEY,
      serializeKeptRequest({
        region: { kind: 'region', id: 'singapore', backup: false },
        sdkAppId: '1400123456',
        identifier: 'kept_admin',
        endpoint: 'get_list',
        body: '{"From_Account":"dave"}',
      }),
    );
    const after = createAppModels(I18n.from(EN));
    expect(after.workspace.snapshot()).toMatchObject({
      region: { kind: 'region', id: 'singapore' },
      identifier: 'kept_admin',
      body: '{"From_Account":"dave"}',
    });
    expect(sessionStorage.getItem(KEPT_REQUEST_KEY)).toBeNull();
  });

  it('opens a link over them, and does not remember the link’s custom host', async () => {
    localStorage.setItem(PREFS_KEY, serializePrefs(TOKYO));
    const made = await encodeShareFragment(
      {
        region: { kind: 'custom', host: 'https://chat.example' },
        sdkAppId: '1400000001',
        identifier: 'administrator',
        endpoint: 'get_list',
        body: SHARE_R1_DEFAULTS.body,
      },
      { defaults: SHARE_R1_DEFAULTS },
    );
    if (!made.ok) throw new Error(en(made.message));
    history.replaceState(null, '', `/#${made.fragment}`);
    const models = createAppModels(I18n.from(EN));
    // Share links' model is built on first need: the link is that need.
    await (
      await models.sharing.get()
    ).opening;
    expect(models.workspace.target.choice).toEqual({
      kind: 'custom',
      host: 'https://chat.example',
    });
    models.prefs.save();
    const stored = parsePrefs(localStorage.getItem(PREFS_KEY));
    expect(stored.region).toEqual(TOKYO.region);
    expect(stored.sdkAppId).toBe('1400000001');
  });
});
