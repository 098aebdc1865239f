// The Sender over a real Workspace and the sandbox: every request is the Workspace's exact
// request (a run's pages with their own body and a fresh random), and a send whose code cannot
// load says so, changes nothing typed, and goes through on the next try.
import { describe, expect, it } from 'vitest';
import type { WireRequest } from '../../../src/lib/api/wire';
import { buildExactRequest } from '../../../src/lib/api/url';
import { lazy } from '../../../src/lib/lazy/lazy';
import { SandboxService } from '../../../src/lib/sandbox';
import { RecentAnswers } from '../../../src/lib/state/recent-answers.svelte';
import { Sender } from '../../../src/lib/state/sender.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { en } from '../i18n/texts';

async function setup({ failKit = false, signed = true } = {}) {
  const ws = new Workspace();
  if (signed) await ws.signer.sign();
  const service = new SandboxService();
  const sent: WireRequest[] = [];
  const state = { failKit, kitLoads: 0 };
  const loadKit = lazy('the sending code', () => {
    state.kitLoads++;
    return state.failKit
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: send-kit.js'))
      : import('../../../src/lib/state/send-kit');
  }).load;
  const sender = new Sender(ws, {
    loadKit,
    sandbox: async (req) => {
      sent.push(req);
      return service.handle(req);
    },
  });
  return { ws, sender, sent, state };
}

describe('Sender', () => {
  it('sends the Workspace’s exact request, byte for byte, then draws a fresh random', async () => {
    const { ws, sender, sent } = await setup();
    ws.draft.setValue('From_Account', 'bob');
    const exact = ws.request;
    await sender.send();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual(exact);
    expect(ws.request?.parts.random).not.toBe(exact?.parts.random);
    expect(sender.last).toMatchObject({
      endpointId: 'get_list',
      body: exact?.body,
      via: 'sandbox',
    });
    // What the response area keeps holds no URL, so no UserSig.
    expect(JSON.stringify(sender.last)).not.toContain(ws.signer.userSig);
  });

  it('a Send or a run asked for while the UserSig is being signed waits for it, then goes', async () => {
    // The Workspace signs the sandbox's form as it starts; its signing code is still loading.
    const { ws, sender, sent } = await setup({ signed: false });
    expect(ws.blockers.map((b) => b.kind)).toEqual(['signing']);
    const sending = sender.send();
    expect(sender.busy).toBe('sending');
    await sending;
    expect(sender.blockedAttempt).toBe(false);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toContain(`usersig=${ws.signer.userSig}`);
    expect(sender.last?.outcome?.ok).toBe(true);

    const again = await setup({ signed: false });
    again.ws.draft.setValue('From_Account', 'bob');
    await again.sender.fetchAll();
    expect(again.sender.run?.result.status).toBe('complete');
    expect(again.sent.length).toBeGreaterThan(0);
  });

  it('sends each page of a run as the exact request with that page’s body and a fresh random', async () => {
    const { ws, sender, sent } = await setup();
    ws.draft.setValue('From_Account', 'alice');
    const first = ws.request;
    await sender.fetchAll();
    expect(sender.run?.result.status).toBe('complete');
    expect(sent).toHaveLength(3);
    const randoms = new Set(sent.map((r) => new URL(r.url).searchParams.get('random')));
    expect(randoms.size).toBe(3);
    for (const req of sent) {
      const random = Number(new URL(req.url).searchParams.get('random'));
      const expected = buildExactRequest({ ...first!.parts, random }, req.body);
      expect(req).toEqual(expected);
    }
    expect(JSON.parse(sent[1]!.body)).toMatchObject({ From_Account: 'alice' });
    expect(sent[1]!.body).not.toBe(sent[0]!.body);
  });

  it('says beside Send what could not load, keeps everything typed, and sends on the next try', async () => {
    const { ws, sender, sent, state } = await setup({ failKit: true });
    ws.draft.setValue('From_Account', 'bob');
    const before = { text: ws.draft.text, random: ws.random };
    await sender.send();
    expect(sender.loadFailure).toMatchObject({
      part: 'the sending code',
      cause: 'Failed to fetch dynamically imported module: send-kit.js',
    });
    expect(en(sender.loadFailure?.message ?? '')).toBe(
      'Could not load the sending code — check the connection and try again.',
    );
    expect(sender.busy).toBe('idle');
    expect(sender.last).toBeNull();
    expect(sent).toEqual([]);
    expect({ text: ws.draft.text, random: ws.random }).toEqual(before);

    state.failKit = false;
    await sender.send();
    expect(sender.loadFailure).toBeNull();
    expect(sender.last?.outcome).toMatchObject({ ok: true, ErrorCode: 0 });
    expect(state.kitLoads).toBe(2);
  });

  it('Retry runs again what could not load: a "Fetch all pages" stays a run', async () => {
    const { ws, sender, state } = await setup({ failKit: true });
    ws.draft.setValue('From_Account', 'bob');
    await sender.fetchAll();
    expect(sender.loadFailure?.part).toBe('the sending code');
    expect(sender.run).toBeNull();
    state.failKit = false;
    await sender.retry();
    expect(sender.loadFailure).toBeNull();
    expect(sender.run?.result.items).toHaveLength(3);
  });

  it('Fetch all pages stops at the limits set beside it, saying why and keeping the pages', async () => {
    const { ws, sender, sent } = await setup();
    ws.draft.setValue('From_Account', 'alice');
    expect([sender.maxPages, sender.maxItems]).toEqual([200, 50_000]);
    sender.maxPages = 2;
    await sender.fetchAll();
    expect(sender.run?.result.status).toBe('limit');
    expect(sender.run?.result.limit?.kind).toBe('max-pages');
    expect(sender.run?.result.pages).toHaveLength(2);
    expect(sent).toHaveLength(2);
    // The memory estimate counts each answer's size as received.
    const bytes = sender.run?.result.estimatedBytes ?? 0;
    expect(bytes).toBeGreaterThan(4 * 2 * 5000);
  });

  it('the answers Compare starts from: the last, and the previous of the same endpoint', async () => {
    const { ws, sender } = await setup();
    const answers = new RecentAnswers();
    const stop = answers.follow(sender);
    ws.draft.setValue('From_Account', 'bob');
    await sender.send();
    const first = answers.current;
    expect(first?.kind).toBe('exchange');
    expect(answers.previous).toBeNull();
    ws.draft.setValue('AssistFlags', 5);
    await sender.send();
    expect(answers.previous).toBe(first);
    expect(answers.current).not.toBe(first);
    await sender.fetchAll();
    expect(answers.current?.kind).toBe('run');
    expect(answers.previous?.kind).toBe('exchange');
    // The answer on screen when following starts is the current one, once.
    const later = new RecentAnswers();
    later.follow(sender);
    later.add({ kind: 'run', run: sender.run! });
    expect(later.current?.kind).toBe('run');
    expect(later.previous).toBeNull();
    stop();
    await sender.send();
    expect(answers.current?.kind).toBe('run');
  });
});
