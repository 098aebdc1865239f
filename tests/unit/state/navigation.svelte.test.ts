// The navigation model: controls register by what they are for, and going there shows their
// view, scrolls them into view and focuses them on the next frame.
import { describe, expect, it, vi } from 'vitest';
import type { ResponseAction } from '../../../src/lib/response/present';
import type { View } from '../../../src/lib/state/context';
import { go, prepare } from '../../../src/lib/state/navigation-actions';
import { Navigation, type Focusable } from '../../../src/lib/state/navigation.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

function setup() {
  const ws = new Workspace();
  const view: { current: View } = { current: 'history' };
  const frames: (() => void)[] = [];
  const navigation = new Navigation(ws, view, { nextFrame: (fn) => frames.push(fn) });
  const flush = () => frames.splice(0).forEach((fn) => fn());
  return { ws, view, navigation, flush };
}

function control(name: string, log: string[]): Focusable {
  return {
    focus: () => log.push(`focus ${name}`),
    scrollIntoView: (o) => log.push(`scroll ${name} ${o?.block ?? ''}`),
  };
}

describe('Navigation', () => {
  it('goes to the control an explanation points at: its view, then scroll and focus next frame', () => {
    const { view, navigation, flush } = setup();
    const log: string[] = [];
    navigation.target('key')(control('key', log));
    navigation.target('region')(control('region', log));
    go(navigation, 'key');
    expect(view.current).toBe('builder');
    expect(log).toEqual([]);
    flush();
    expect(log).toEqual(['scroll key center', 'focus key']);
  });

  it('focuses without scrolling for a plain focus move, in the target’s own view', () => {
    const { view, navigation, flush } = setup();
    const log: string[] = [];
    navigation.target('inspect-input')(control('paste', log));
    navigation.focus('inspect-input');
    expect(view.current).toBe('inspect');
    flush();
    expect(log).toEqual(['focus paste']);
    navigation.focus('history-search');
    expect(view.current).toBe('history');
  });

  it('goes to the last mounted control, and forgets one that unmounted', () => {
    const { navigation, flush } = setup();
    const log: string[] = [];
    const unmountA = navigation.target('body')(control('a', log));
    const unmountB = navigation.target('body')(control('b', log));
    navigation.focus('body');
    flush();
    unmountB();
    navigation.focus('body');
    flush();
    unmountA();
    navigation.focus('body');
    flush();
    expect(log).toEqual(['focus b', 'focus a']);
  });

  it('"Send via the proxy" chooses the proxy, whose field is then focused', () => {
    const { ws, navigation, flush } = setup();
    ws.chooseRegion('singapore');
    const log: string[] = [];
    navigation.target('proxy')(control('proxy', log));
    go(navigation, 'proxy');
    expect(ws.target.sendVia).toBe('proxy');
    flush();
    expect(log).toContain('focus proxy');
  });

  it('"Sign a fresh UserSig" signs again in the builder', async () => {
    const { ws, view, navigation } = setup();
    await ws.signer.sign();
    const before = ws.signer.fields;
    go(navigation, 'resign');
    expect(view.current).toBe('builder');
    await vi.waitFor(() => expect(ws.signer.fields).not.toBe(before));
    expect(ws.signer.userSig).not.toBe('');
  });

  it('takes every action to its control', () => {
    const { view, navigation, flush } = setup();
    const actions: ResponseAction[] = [
      'region',
      'resign',
      'key',
      'identifier',
      'sdkappid',
      'retry',
      'wait',
      'body',
      'proxy',
      'copy-curl',
    ];
    const log: string[] = [];
    for (const t of [
      'region',
      'key',
      'identifier',
      'sdkappid',
      'body',
      'proxy',
      'code',
      'send',
    ] as const) {
      navigation.target(t)(control(t, log));
    }
    for (const a of actions) go(navigation, a);
    expect(view.current).toBe('builder');
    flush();
    expect(log.filter((l) => l.startsWith('focus'))).toEqual([
      'focus region',
      'focus key',
      'focus identifier',
      'focus sdkappid',
      'focus send',
      'focus send',
      'focus body',
      'focus proxy',
      'focus code',
    ]);
  });

  it('prepares a request in the builder and goes to its body; an unknown endpoint says so', async () => {
    const { ws, view, navigation, flush } = setup();
    const log: string[] = [];
    navigation.target('body')(control('body', log));
    const body = { From_Account: 'bob', To_Account: 'carol', Type: 1, ClearRamble: 1 };
    expect(await prepare(navigation, { endpointId: 'delete', body })).toBe('');
    expect(view.current).toBe('builder');
    expect(ws.draft.endpoint.id).toBe('delete');
    expect(JSON.parse(ws.draft.text)).toEqual(body);
    flush();
    expect(log).toEqual(['scroll body center', 'focus body']);

    view.current = 'history';
    const text = ws.draft.text;
    expect(await prepare(navigation, { endpointId: 'nope', body: {} })).toBe(
      'Unknown endpoint "nope".',
    );
    expect(view.current).toBe('history');
    expect(ws.draft.text).toBe(text);
  });

  it('50001’s offer prepares the account_import of the UserID the last answer was for', async () => {
    const ws = new Workspace();
    const view: { current: View } = { current: 'builder' };
    const navigation = new Navigation(ws, view, {
      nextFrame: (fn) => fn(),
      answeredBody: () => JSON.stringify({ From_Account: 'dave', TimeStamp: 0 }),
    });
    go(navigation, 'import-account');
    await vi.waitFor(() => expect(ws.draft.endpoint.id).toBe('account_import'));
    expect(JSON.parse(ws.draft.text)).toMatchObject({ UserID: 'dave' });
  });
});
