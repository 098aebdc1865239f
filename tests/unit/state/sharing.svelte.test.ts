// The share-link model with its world injected: the address, the history and the clipboard.
import { describe, expect, it, vi } from 'vitest';
import { lazy } from '../../../src/lib/lazy/lazy';
import { SHARE_R1_DEFAULTS, encodeShareFragment } from '../../../src/lib/share';
import { Sharing, type SharingWorld } from '../../../src/lib/state/sharing.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { en, english } from '../i18n/texts';

const PAGE = 'https://tools.example/playground/';

function world(hash = '') {
  const location = { href: PAGE + hash, hash };
  const replaceState = vi.fn((_state: unknown, _unused: string, url?: string | URL | null) => {
    location.href = String(url);
    location.hash = '';
  });
  const copied: string[] = [];
  const w = {
    location,
    history: { state: null, replaceState },
    copy: vi.fn(async (text: string) => {
      copied.push(text);
      return true;
    }),
    events: new EventTarget(),
  } satisfies Omit<SharingWorld, 'loadKit'>;
  return { ...w, copied };
}

async function singaporeFragment(userSig?: string) {
  const made = await encodeShareFragment(
    {
      region: { kind: 'region', id: 'singapore', backup: false },
      sdkAppId: '1400012345',
      identifier: 'ops_admin',
      endpoint: 'get_list',
      body: '{"From_Account":"alice"}',
    },
    { defaults: SHARE_R1_DEFAULTS, ...(userSig ? { userSig } : {}) },
  );
  if (!made.ok) throw new Error(en(made.message));
  return made.fragment;
}

describe('Sharing, on startup', () => {
  it('loads a link into the builder, says what it set, asks for the key and clears the address', async () => {
    const w = world(`#${await singaporeFragment()}`);
    const ws = new Workspace();
    const sharing = new Sharing(ws, w);
    await sharing.opening;
    expect(ws.snapshot()).toEqual({
      region: { kind: 'region', id: 'singapore', backup: false },
      sdkAppId: '1400012345',
      identifier: 'ops_admin',
      endpoint: 'get_list',
      body: '{"From_Account":"alice"}',
    });
    expect(english(sharing.notice)).toMatchObject({
      kind: 'opened',
      set: expect.arrayContaining(['Region: Singapore', 'Identifier: ops_admin']),
      needsKey: true,
      sdkAppId: '1400012345',
      userSig: null,
      cleared: true,
    });
    expect(w.history.replaceState).toHaveBeenCalledWith(null, '', PAGE);
  });

  it('does nothing for an empty address or an ordinary anchor', async () => {
    for (const hash of ['', '#main']) {
      const w = world(hash);
      const ws = new Workspace();
      const before = ws.snapshot();
      const sharing = new Sharing(ws, w);
      await sharing.opening;
      expect(sharing.notice).toBeNull();
      expect(ws.snapshot()).toEqual(before);
      expect(w.history.replaceState).not.toHaveBeenCalled();
    }
  });

  it('keeps the builder as it was for a bad link, with a notice, and clears the address', async () => {
    const w = world('#r1.p.eyJhIjo');
    const ws = new Workspace();
    const before = ws.snapshot();
    const sharing = new Sharing(ws, w);
    await sharing.opening;
    expect(sharing.notice).toMatchObject({ kind: 'failed', cleared: true });
    expect(ws.snapshot()).toEqual(before);
  });

  it('says when the address could not be cleared', async () => {
    const w = world('#r2.p.e30');
    w.history.replaceState.mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    const sharing = new Sharing(new Workspace(), w);
    await sharing.opening;
    expect(sharing.notice).toMatchObject({ kind: 'failed', cleared: false });
  });
});

describe('Sharing, making a link', () => {
  it('copies the whole link without the UserSig unless asked, and notices when it goes stale', async () => {
    const w = world('#main');
    const ws = new Workspace();
    const sharing = new Sharing(ws, w);
    await sharing.opening;
    ws.draft.setValue('From_Account', 'alice');
    await sharing.copyLink();
    expect(sharing.made).toMatchObject({ ok: true, copied: true, withUserSig: false });
    expect(w.copied).toHaveLength(1);
    expect(w.copied[0]).toMatch(/^https:\/\/tools\.example\/playground\/#r1\.[pd]\./);
    expect(sharing.outdated).toBe(false);
    ws.draft.setValue('From_Account', 'bob');
    expect(sharing.outdated).toBe(true);
  });

  it('includes the UserSig only when ticked, and keeps the link when the clipboard refuses', async () => {
    const w = world();
    w.copy.mockResolvedValue(false);
    const ws = new Workspace();
    await ws.signer.sign();
    const sharing = new Sharing(ws, w);
    sharing.includeUserSig = true;
    await sharing.copyLink();
    expect(sharing.made).toMatchObject({ ok: true, copied: false, withUserSig: true });
    expect(sharing.outdated).toBe(false);
    sharing.includeUserSig = false;
    expect(sharing.outdated).toBe(true);
  });

  it('explains a link that cannot be made', async () => {
    const ws = new Workspace();
    ws.draft.setText('x'.repeat(70_000));
    const sharing = new Sharing(ws, world());
    await sharing.copyLink();
    expect(english(sharing.made)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
  });
});

describe('Sharing, a link pasted into an open tab', () => {
  it('opens on hashchange and calls back', async () => {
    const w = world();
    const ws = new Workspace();
    const sharing = new Sharing(ws, w);
    const onopen = vi.fn();
    const stop = sharing.listen(onopen);
    const fragment = await singaporeFragment();
    w.location.hash = `#${fragment}`;
    w.location.href = `${PAGE}#${fragment}`;
    w.events.dispatchEvent(new Event('hashchange'));
    await vi.waitFor(() => expect(onopen).toHaveBeenCalledTimes(1));
    expect(ws.target.regionKey).toBe('singapore');
    stop();
    w.location.hash = '#r2.p.e30';
    w.events.dispatchEvent(new Event('hashchange'));
    await new Promise((r) => setTimeout(r, 50));
    expect(onopen).toHaveBeenCalledTimes(1);
  });

  it('says so when the share code cannot load, keeps the link, and opens it on Retry', async () => {
    const w = world(`#${await singaporeFragment()}`);
    let fail = true;
    const loadKit = lazy('the share-link code', () =>
      fail
        ? Promise.reject(new TypeError('Failed to fetch'))
        : import('../../../src/lib/share/link'),
    ).load;
    const ws = new Workspace();
    const before = ws.snapshot();
    const sharing = new Sharing(ws, { ...w, loadKit });
    await sharing.opening;
    expect(sharing.notice).toMatchObject({ kind: 'failed', cleared: false, retry: true });
    expect(sharing.notice?.kind === 'failed' && en(sharing.notice.message)).toBe(
      'Could not load the share-link code — check the connection and try again.',
    );
    expect(ws.snapshot()).toEqual(before);
    expect(w.location.hash).not.toBe('');

    fail = false;
    await sharing.retryOpen();
    expect(sharing.notice).toMatchObject({ kind: 'opened', cleared: true });
    expect(ws.snapshot().identifier).toBe('ops_admin');
  });
});
