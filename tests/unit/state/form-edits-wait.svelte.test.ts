// The form's edits load after the first paint (state/body-rules-chunk.ts). A draft made before
// they are in: the sandbox's sample account still goes into a body as it started, and what is
// typed, chosen, added or taken out in the form meanwhile (a nested row too) waits and lands in
// order once they arrive.
// Fresh modules, with the page's loads held, so the edits are really not loaded yet.
import { describe, expect, it, vi } from 'vitest';

/** Fresh modules with every load held until `release` is called, as while the page boots. */
async function heldModules() {
  vi.resetModules();
  const lazy = await import('../../../src/lib/lazy/lazy');
  let release = () => {};
  lazy.holdLoadsUntil(new Promise<void>((resolve) => (release = resolve)));
  return { lazy, release: () => release() };
}

async function unloadedDraft() {
  const { release } = await heldModules();
  const chunk = await import('../../../src/lib/state/body-rules-chunk');
  const { RequestDraft } = await import('../../../src/lib/state/request.svelte');
  const { GET_LIST } = await import('../../../src/lib/api/endpoints/get-list');
  const { DELETE_CONVERSATION } = await import('../../../src/lib/api/endpoints/delete');
  expect(chunk.FORM_EDITS.peek()).toBeUndefined();
  const field = (name: string) => GET_LIST.fields.find((f) => f.name === name)!;
  return { draft: new RequestDraft(GET_LIST), release, chunk, field, DELETE_CONVERSATION };
}

const body = (text: string) => JSON.parse(text) as Record<string, unknown>;

describe('RequestDraft before the form’s edits have loaded', () => {
  it('puts the sample account into the body it started with, byte for byte as the edit would', async () => {
    const { draft, release, chunk } = await unloadedDraft();
    draft.setSampleAccount('alice');
    const early = draft.text;
    expect(body(early).From_Account).toBe('alice');
    draft.setSampleAccount('');
    expect(body(draft.text).From_Account).toBe('');
    release();
    await vi.waitFor(() => expect(chunk.FORM_EDITS.peek()).toBeDefined());
    // The same through the edits, once loaded: the text is the same to the byte.
    const { RequestDraft } = await import('../../../src/lib/state/request.svelte');
    const { GET_LIST } = await import('../../../src/lib/api/endpoints/get-list');
    const later = new RequestDraft(GET_LIST);
    later.setValue('From_Account', 'alice');
    expect(later.text).toBe(early);
  });

  it('applies what was typed, chosen and taken out meanwhile, in order, once they arrive', async () => {
    const { draft, release, chunk, field } = await unloadedDraft();
    const before = draft.text;
    draft.setField(field('From_Account'), 'bo');
    draft.setField(field('From_Account'), 'bob');
    draft.setValue('AssistFlags', 15);
    draft.setField(field('StartIndex'), 'x');
    // Nothing lands before the edits are in: the inputs keep what was typed meanwhile.
    expect(draft.text).toBe(before);
    expect(draft.inputText(field('From_Account'))).toBe('bob');
    expect(draft.inputText(field('StartIndex'))).toBe('x');
    expect(draft.pending).toEqual({});
    expect(draft.touched.names).toMatchObject({ From_Account: true, StartIndex: true });
    release();
    await vi.waitFor(() => expect(body(draft.text).From_Account).toBe('bob'));
    expect(chunk.FORM_EDITS.peek()).toBeDefined();
    expect(body(draft.text).AssistFlags).toBe(15);
    // A value that does not parse waits in the input, as it would have without the wait.
    expect(draft.pending.StartIndex?.raw).toBe('x');
    expect(draft.inputText(field('StartIndex'))).toBe('x');
  });

  it('switches endpoint once they arrive, keeping From_Account', async () => {
    const { draft, release, DELETE_CONVERSATION } = await unloadedDraft();
    draft.setValue('From_Account', 'carol');
    draft.switchEndpoint(DELETE_CONVERSATION);
    expect(draft.endpoint.id).not.toBe(DELETE_CONVERSATION.id);
    release();
    await vi.waitFor(() => expect(draft.endpoint.id).toBe(DELETE_CONVERSATION.id));
    expect(body(draft.text)).toEqual({
      From_Account: 'carol',
      Type: 1,
      To_Account: '',
      ClearRamble: 0,
    });
  });
});

describe('RequestDraft below the top level before the form’s edits have loaded', () => {
  it('a row added, filled in and another taken out meanwhile land in order once they arrive', async () => {
    const { release } = await heldModules();
    const chunk = await import('../../../src/lib/state/body-rules-chunk');
    const { RequestDraft } = await import('../../../src/lib/state/request.svelte');
    const { MARK_CONTACT } = await import('../../../src/lib/api/endpoints');
    const { PATH_EDITS } = await import('../../../src/lib/api/path-edits');
    const draft = new RequestDraft(MARK_CONTACT);
    // As NestedField gives them: its chunk can be in before the draft has the form's edits.
    draft.usePathEdits(PATH_EDITS);
    expect(chunk.FORM_EDITS.peek()).toBeUndefined();
    const rowField = MARK_CONTACT.fields.find((f) => f.name === 'MarkItem')!;
    const custom = rowField.fields!.find((f) => f.name === 'CustomMark')!;
    const before = draft.text;
    draft.addRow(['MarkItem'], rowField);
    draft.addFieldAt(['MarkItem', 1, 'CustomMark'], custom);
    draft.setFieldAt(['MarkItem', 1, 'CustomMark'], custom, 'vip');
    draft.removeAt(['MarkItem', 0]);
    // Each waits for the code that writes it, after the ones before it; Send waits for them too.
    expect(draft.text).toBe(before);
    expect(draft.inputTextAt(['MarkItem', 1, 'CustomMark'], custom)).toBe('vip');
    expect(draft.editsLanded()).not.toBeNull();
    release();
    await vi.waitFor(() => expect(draft.editsLanded()).toBeNull());
    expect(body(draft.text).MarkItem).toEqual([
      { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0], CustomMark: 'vip' },
    ]);
    expect(draft.formMessage).toBe('');
  });

  it('a row added after the list was taken out meanwhile starts the list again', async () => {
    const { release } = await heldModules();
    const { RequestDraft } = await import('../../../src/lib/state/request.svelte');
    const { MARK_CONTACT } = await import('../../../src/lib/api/endpoints');
    const { PATH_EDITS } = await import('../../../src/lib/api/path-edits');
    const draft = new RequestDraft(MARK_CONTACT);
    draft.usePathEdits(PATH_EDITS);
    const rowField = MARK_CONTACT.fields.find((f) => f.name === 'MarkItem')!;
    draft.removeAt(['MarkItem']);
    draft.addRow(['MarkItem'], rowField);
    release();
    await vi.waitFor(() => expect(draft.editsLanded()).toBeNull());
    expect(body(draft.text).MarkItem).toEqual([
      { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0] },
    ]);
  });
});

describe('RequestDraft, edits waiting and bodies put in meanwhile', () => {
  it('a request loaded while a switch waits stays, and so does its body', async () => {
    const { draft, release, DELETE_CONVERSATION } = await unloadedDraft();
    draft.switchEndpoint(DELETE_CONVERSATION);
    // As the Workspace loads a history entry or a link: the endpoint, then the text.
    const loaded = '{"From_Account": "loaded", "TimeStamp": 0, "StartIndex": 7}';
    draft.setEndpoint(draft.endpoint);
    draft.setText(loaded);
    release();
    await vi.waitFor(() => expect(draft.editsLanded()).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(draft.endpoint.id).toBe('get_list');
    expect(draft.text).toBe(loaded);
  });

  it('what was typed before Reset is gone with the body it was typed into', async () => {
    const { draft, release, chunk, field } = await unloadedDraft();
    const start = draft.text;
    draft.setField(field('From_Account'), 'typed');
    expect(draft.inputText(field('From_Account'))).toBe('typed');
    draft.reset();
    expect(draft.inputText(field('From_Account'))).toBe('');
    release();
    await vi.waitFor(() => expect(chunk.FORM_EDITS.peek()).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(draft.text).toBe(start);
    expect(draft.inputText(field('From_Account'))).toBe('');
  });

  it('the sample account taken out while waiting does not land on a body loaded after', async () => {
    const { draft, release, chunk } = await unloadedDraft();
    draft.setSampleAccount('user0');
    // Edited in the editor: no longer the body it started as, so the edit has to wait.
    draft.edit(draft.text.replace('"StartIndex": 0', '"StartIndex": 1'));
    draft.setSampleAccount('');
    const loaded = '{"From_Account": "user0", "TimeStamp": 0, "StartIndex": 0}';
    draft.setText(loaded);
    release();
    await vi.waitFor(() => expect(chunk.FORM_EDITS.peek()).toBeDefined());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(draft.text).toBe(loaded);
  });

  it('flags ticked one after another while waiting all land (the form shows each at once)', async () => {
    const { draft, release } = await unloadedDraft();
    const tick = (bit: number) =>
      draft.setValue('AssistFlags', (draft.values.AssistFlags as number) | bit);
    tick(8);
    expect(draft.values.AssistFlags).toBe(15);
    tick(16);
    expect(draft.values.AssistFlags).toBe(31);
    release();
    await vi.waitFor(() => expect(body(draft.text).AssistFlags).toBe(31));
    expect(draft.values.AssistFlags).toBe(31);
  });

  it('the sample account put into a body as it started keeps what other inputs have pending', async () => {
    const { draft, field } = await unloadedDraft();
    draft.setSampleAccount('alice');
    // StartIndex's input holds text that is not a number yet (as the edits would leave it).
    draft.pending = { StartIndex: { raw: 'x', message: 'not a number' } };
    draft.setSampleAccount('');
    expect(body(draft.text).From_Account).toBe('');
    expect(draft.inputText(field('StartIndex'))).toBe('x');
  });
});

describe('Send before the form’s edits have loaded', () => {
  it('waits for them, so what was typed goes out; a failed load is shown, and Retry sends it', async () => {
    const { lazy, release } = await heldModules();
    const chunk = await import('../../../src/lib/state/body-rules-chunk');
    const { msg } = await import('../../../src/lib/i18n/message');
    const { Workspace } = await import('../../../src/lib/state/workspace.svelte');
    const { Sender } = await import('../../../src/lib/state/sender.svelte');
    const { SandboxService } = await import('../../../src/lib/sandbox');
    const { GET_LIST } = await import('../../../src/lib/api/endpoints/get-list');
    // The edits' download fails once, as over a dropped connection, then comes through.
    let refuse = true;
    const realLoad = chunk.FORM_EDITS.load;
    chunk.FORM_EDITS.load = () =>
      refuse
        ? Promise.resolve({
            ok: false,
            failure: {
              part: chunk.FORM_EDITS.part,
              message: lazy.loadFailureMessage(chunk.FORM_EDITS.part),
              cause: 'Failed to fetch dynamically imported module: form-edits.js',
            },
          })
        : realLoad();
    const ws = new Workspace();
    const service = new SandboxService();
    const sent: string[] = [];
    const sender = new Sender(ws, {
      sandbox: async (req) => {
        sent.push(req.body);
        return service.handle(req);
      },
    });
    const from = GET_LIST.fields.find((f) => f.name === 'From_Account')!;
    ws.draft.setField(from, 'bob');
    release();
    await sender.send();
    // Not sent with the body as it was before the typing: not sent at all, and said why.
    expect(sent).toEqual([]);
    expect(sender.loadFailure?.part).toEqual(msg('core.part.formEdits'));
    expect(ws.draft.rulesFailure?.part).toEqual(msg('core.part.formEdits'));
    // The input still shows what was typed; the body does not have it yet.
    expect(ws.draft.inputText(from)).toBe('bob');
    expect(JSON.parse(ws.draft.text).From_Account).not.toBe('bob');

    refuse = false;
    // A Retry under the editor brings them in: Send no longer says they could not load, and
    // what was typed is in the body; Retry beside Send sends it.
    await ws.draft.loadRules();
    expect(sender.loadFailure).toBeNull();
    expect(JSON.parse(ws.draft.text).From_Account).toBe('bob');
    await sender.retry();
    expect(sender.loadFailure).toBeNull();
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!).From_Account).toBe('bob');
    expect(ws.draft.inputText(from)).toBe('bob');
    expect(sender.last?.outcome?.ok && sender.last.outcome.ErrorCode).toBe(0);
  });
});
