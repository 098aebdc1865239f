// The workbench's models (issue 13): errors shown only for touched fields, the sandbox's sample
// account coming and going, Send that sends any body byte for byte (and Fetch all pages that
// says why it will not copy cursors into text that is not JSON), the details that open to show
// a control gone to, and the answer brought into view after a send.
import { describe, expect, it } from 'vitest';
import { defaultBodyText } from '../../../src/lib/api/body-defaults';
import { GET_C2C_UNREAD_MSG_NUM, GET_LIST } from '../../../src/lib/api/endpoints';
import type { WireRequest } from '../../../src/lib/api/wire';
import { SandboxService } from '../../../src/lib/sandbox';
import { SANDBOX_APP } from '../../../src/lib/sandbox/app';
import type { View } from '../../../src/lib/state/context';
import { go } from '../../../src/lib/state/navigation-actions';
import { Navigation, type Focusable } from '../../../src/lib/state/navigation.svelte';
import { RequestDraft } from '../../../src/lib/state/request.svelte';
import { Sender } from '../../../src/lib/state/sender.svelte';
import { Workbench } from '../../../src/lib/state/workbench.svelte';
import { en, zh } from '../i18n/texts';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

const field = (name: string) => {
  const f = GET_LIST.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};
const body = (draft: RequestDraft) => JSON.parse(draft.text) as Record<string, unknown>;

describe('RequestDraft: errors beside the fields the person touched', () => {
  it('shows no error for an untouched field, and all of them once touched or after Send', () => {
    const draft = new RequestDraft();
    expect(draft.check.byField['From_Account']?.errors).toHaveLength(1);
    expect(draft.shownIssues('From_Account').errors).toEqual([]);
    draft.touch('From_Account');
    expect(draft.shownIssues('From_Account').errors).toHaveLength(1);

    const other = new RequestDraft();
    other.touchAll();
    expect(other.shownIssues('From_Account').errors).toHaveLength(1);
  });

  it('counts typing in the form, and the fields an editor edit changed, as touching them', () => {
    const draft = new RequestDraft();
    draft.setField(field('TimeStamp'), '12a');
    expect(draft.touched.names).toEqual({ TimeStamp: true });
    draft.edit(draft.text.replace('"StartIndex": 0', '"StartIndex": "x"'));
    expect(draft.touched.names).toEqual({ TimeStamp: true, StartIndex: true });
    expect(draft.shownIssues('StartIndex').errors).toHaveLength(1);
    // From_Account did not change in that edit: its error still waits.
    expect(draft.shownIssues('From_Account').errors).toEqual([]);
    // A text that does not parse touches nothing: the form is out of date anyway.
    draft.edit('{');
    expect(draft.touched.names).toEqual({ TimeStamp: true, StartIndex: true });
  });

  it('starts untouched again with a new body: Reset, another endpoint', () => {
    const draft = new RequestDraft();
    draft.touchAll();
    draft.reset();
    expect(draft.touched).toEqual({ all: false, names: {} });
    draft.touch('From_Account');
    draft.switchEndpoint(GET_C2C_UNREAD_MSG_NUM);
    expect(draft.touched).toEqual({ all: false, names: {} });
  });

  it('keeps warnings shown whether touched or not', () => {
    const draft = new RequestDraft(GET_LIST, {
      text: '{"From_Account":"a","TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"AssistFlags":8}',
    });
    expect(draft.shownIssues('AssistFlags').warnings.length).toBeGreaterThan(0);
  });
});

describe('the sandbox’s sample account', () => {
  it('fills the account field only while it holds its empty default', () => {
    const draft = new RequestDraft();
    draft.setSampleAccount('alice');
    expect(body(draft)['From_Account']).toBe('alice');
    draft.setValue('From_Account', 'bob');
    draft.setSampleAccount('alice');
    expect(body(draft)['From_Account']).toBe('bob');
  });

  it('is taken out again only where it is still the sample', () => {
    const draft = new RequestDraft();
    draft.setSampleAccount('alice');
    const layout = draft.text;
    draft.setSampleAccount('');
    expect(draft.text).toBe(defaultBodyText(GET_LIST));
    expect(layout).toBe(defaultBodyText(GET_LIST, { account: 'alice' }));

    draft.setSampleAccount('alice');
    draft.setValue('From_Account', 'carol');
    draft.setSampleAccount('');
    expect(body(draft)['From_Account']).toBe('carol');
  });

  it('leaves a body that does not parse alone, saying nothing', () => {
    const draft = new RequestDraft();
    draft.setText('{"From_Account": "",');
    draft.setSampleAccount('alice');
    expect(draft.text).toBe('{"From_Account": "",');
    expect(draft.formMessage).toBe('');
  });

  it('is part of the defaults while set: Reset and a switch of endpoint', () => {
    const draft = new RequestDraft();
    draft.setSampleAccount('alice');
    draft.setValue('From_Account', 'bob');
    draft.reset();
    expect(body(draft)['From_Account']).toBe('alice');
    draft.switchEndpoint(GET_C2C_UNREAD_MSG_NUM);
    expect(body(draft)).toEqual({ To_Account: 'alice' });
  });

  it('comes with the sandbox in the Workspace and goes with it', () => {
    const ws = new Workspace();
    expect(body(ws.draft)['From_Account']).toBe(SANDBOX_APP.sampleAccount);
    ws.chooseRegion('singapore');
    expect(body(ws.draft)['From_Account']).toBe('');
    ws.chooseRegion('sandbox');
    expect(body(ws.draft)['From_Account']).toBe(SANDBOX_APP.sampleAccount);
    ws.draft.setValue('From_Account', 'bob');
    ws.chooseRegion('tokyo');
    expect(body(ws.draft)['From_Account']).toBe('bob');
    ws.chooseRegion('sandbox');
    expect(body(ws.draft)['From_Account']).toBe('bob');
  });

  it('is gone when a remembered real region is restored at start', () => {
    const ws = new Workspace();
    ws.restore({
      region: { kind: 'region', id: 'tokyo', backup: false },
      sdkAppId: '1',
      identifier: 'a',
    });
    expect(body(ws.draft)['From_Account']).toBe('');
  });
});

describe('Send anything', () => {
  async function setup() {
    const ws = new Workspace();
    await ws.signer.sign();
    const service = new SandboxService();
    const sent: WireRequest[] = [];
    const sender = new Sender(ws, {
      sandbox: async (req) => {
        sent.push(req);
        return service.handle(req);
      },
    });
    return { ws, sender, sent };
  }

  it('sends a body that does not parse, byte for byte, and the sandbox answers 60003', async () => {
    const { ws, sender, sent } = await setup();
    const broken = '{"From_Account": "alice",, }';
    ws.draft.setText(broken);
    expect(ws.blockers).toEqual([]);
    expect(ws.draft.hasAdvice).toBe(true);
    await sender.send();
    expect(sent.map((r) => r.body)).toEqual([broken]);
    expect(sender.last?.outcome).toMatchObject({ ok: true, ErrorCode: 60003 });
    // Pressing Send shows every field's errors.
    expect(ws.draft.touched.all).toBe(true);
  });

  it('sends a body without the cursors, and the sandbox answers 50002', async () => {
    const { ws, sender, sent } = await setup();
    ws.draft.setText('{"From_Account": "alice"}');
    await sender.send();
    expect(sent).toHaveLength(1);
    expect(sender.last?.outcome).toMatchObject({ ok: true, ErrorCode: 50002 });
  });

  it('still refuses what cannot be sent at all, and says why', async () => {
    const { ws, sender, sent } = await setup();
    ws.signer.set('key', '');
    await sender.send();
    expect(sent).toEqual([]);
    expect(sender.blockedAttempt).toBe(true);
    expect(sender.shownBlockers.map((b) => b.kind)).toEqual(['usersig']);
  });

  it('has Fetch all pages refuse a body that does not parse, saying why, and send nothing', async () => {
    const { ws, sender, sent } = await setup();
    ws.draft.setText('{"From_Account": "alice",');
    await sender.fetchAll();
    expect(sent).toEqual([]);
    expect(sender.run).toBeNull();
    expect(en(sender.notice)).toMatch(/needs a JSON object, and this body does not parse \(line 1/);
    expect(en(sender.notice)).toMatch(/Send sends it as typed/);
    ws.draft.setText('[1]');
    await sender.fetchAll();
    expect(en(sender.notice)).toMatch(/needs a JSON object, and this body is not one/);
  });

  it('has Fetch all pages send page 1 of a body with field errors, stopping at the answer', async () => {
    const { ws, sender, sent } = await setup();
    ws.draft.setText('{"From_Account": "alice"}');
    await sender.fetchAll();
    expect(sent.map((r) => r.body)).toEqual(['{"From_Account": "alice"}']);
    expect(en(sender.notice)).toBe('');
    expect(sender.run?.result.status).toBe('error');
    expect(sender.run?.result.error).toMatchObject({ kind: 'service', code: 50002 });
  });

  it('keeps Next page’s refusal where the Send bar reads it', async () => {
    const { sender } = await setup();
    expect(en(sender.nextPage())).toBe('There is no answer to continue from.');
    expect(en(sender.notice)).toBe('There is no answer to continue from.');
    expect(zh(sender.notice)).toBe('没有可以继续的应答。');
  });
});

describe('the workbench’s panels and navigation', () => {
  function control(name: string, log: string[]): Focusable {
    return {
      focus: () => log.push(`focus ${name}`),
      scrollIntoView: (o) => log.push(`scroll ${name} ${o?.block ?? ''}`),
    };
  }
  function setup() {
    const ws = new Workspace();
    const view: { current: View } = { current: 'builder' };
    const frames: (() => void)[] = [];
    const workbench = new Workbench(ws.target);
    const navigation = new Navigation(ws, view, {
      nextFrame: (fn) => frames.push(fn),
      workbench,
    });
    const flush = () => frames.splice(0).forEach((fn) => fn());
    return { ws, view, workbench, navigation, flush };
  }

  it('starts with the details closed on the sandbox and open for a real service, remembering each choice', () => {
    const { ws, workbench } = setup();
    expect(workbench.detailsOpen).toBe(false);
    ws.chooseRegion('singapore');
    expect(workbench.detailsOpen).toBe(true);
    workbench.setDetails(false);
    ws.chooseRegion('sandbox');
    expect(workbench.detailsOpen).toBe(false);
    workbench.setDetails(true);
    ws.chooseRegion('tokyo');
    expect(workbench.detailsOpen).toBe(false);
    ws.chooseRegion('sandbox');
    expect(workbench.detailsOpen).toBe(true);
  });

  it('opens the details to go to the key, and reaches it once its code has loaded and mounted', () => {
    const { workbench, navigation, flush } = setup();
    const log: string[] = [];
    go(navigation, 'key');
    expect(workbench.detailsOpen).toBe(true);
    flush();
    expect(log).toEqual([]);
    navigation.target('key')(control('key', log));
    flush();
    expect(log).toEqual(['scroll key center', 'focus key']);
    // Reached once: a later mount is not gone to again.
    navigation.target('key')(control('again', log));
    flush();
    expect(log).toEqual(['scroll key center', 'focus key']);
  });

  it('forgets a control not mounted yet when the person goes somewhere else', () => {
    const { navigation, flush } = setup();
    const log: string[] = [];
    navigation.target('region')(control('region', log));
    go(navigation, 'key');
    flush();
    go(navigation, 'region');
    flush();
    navigation.target('key')(control('key', log));
    flush();
    expect(log).toEqual(['scroll region center', 'focus region']);
  });

  it('brings the answer into view after a send without moving the focus, in the builder only', () => {
    const { view, navigation, flush } = setup();
    const log: string[] = [];
    navigation.target('response')(control('response', log));
    navigation.show('response');
    flush();
    expect(log).toEqual(['scroll response start']);
    view.current = 'inspect';
    navigation.show('response');
    flush();
    expect(view.current).toBe('inspect');
    expect(log).toEqual(['scroll response start']);
  });

  it('toggles the recent sends', () => {
    const { workbench } = setup();
    expect(workbench.recentOpen).toBe(false);
    workbench.toggleRecent();
    expect(workbench.recentOpen).toBe(true);
    workbench.toggleRecent();
    expect(workbench.recentOpen).toBe(false);
  });
});
