// The body is scanned once per edit (issue 12): every edit, however many steps it takes, ends in
// one scan and one JSON.parse of the new text, and everything the page reads comes from them.
// The scanner is the real one, wrapped to count its calls wherever it is imported from.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DELETE_CONVERSATION } from '../../../src/lib/api/endpoints/delete';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { scanJson } from '../../../src/lib/api/json-scan';
import { RequestDraft } from '../../../src/lib/state/request.svelte';
import { en } from '../i18n/texts';

vi.mock('../../../src/lib/api/json-scan', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/api/json-scan')>();
  return { ...real, scanJson: vi.fn(real.scanJson) };
});

const field = (name: string) => {
  const f = DELETE_CONVERSATION.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

/** JSON.parse's calls on a whole body text (a removed field's own value is not one). */
let bodyParses = 0;
let draft: RequestDraft;
beforeEach(() => {
  draft = new RequestDraft(DELETE_CONVERSATION);
  // The check scans with the scanner its rules bring (the setup loaded them before this file's
  // mock): the draft's rules take the counted one.
  if (!draft.rules) throw new Error('the setup loads the body rules');
  draft.rules = { ...draft.rules, scanJson: vi.mocked(scanJson) };
  const parse = JSON.parse;
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver) => {
    if (text === draft.text) bodyParses++;
    return parse(text, reviver) as unknown;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs an edit, then reads everything the page reads; gives the scans and parses it took. */
function edit(change: () => void): { scans: number; parses: number } {
  vi.mocked(scanJson).mockClear();
  bodyParses = 0;
  change();
  void [draft.check, draft.values, draft.stale, draft.sendable, draft.lastValid];
  void [draft.check.bodyIssues, draft.check.unknown, draft.check.validation];
  for (const f of draft.endpoint.fields) {
    void draft.check.byField[f.name];
    draft.inputText(f);
  }
  return { scans: vi.mocked(scanJson).mock.calls.length, parses: bodyParses };
}

const ONCE = { scans: 1, parses: 1 };
const body = () => JSON.parse(draft.text) as unknown;

describe('RequestDraft scans the body once per edit', () => {
  it('typing in the editor, a form input, delete’s Type, adding, removing, Format, another endpoint', () => {
    expect(
      edit(() => draft.setText('{"From_Account":"alice","Type":1,"To_Account":"bob"}')),
    ).toEqual(ONCE);
    expect(edit(() => draft.setField(field('To_Account'), 'carol'))).toEqual(ONCE);
    // Three steps (Type written, To_Account out, ToGroupid in), all from the scan before.
    expect(edit(() => draft.setField(field('Type'), '2'))).toEqual(ONCE);
    expect(body()).toEqual({ From_Account: 'alice', Type: 2, ToGroupid: '' });
    expect(edit(() => draft.addField(field('ClearRamble')))).toEqual(ONCE);
    expect(edit(() => draft.removeField('ClearRamble'))).toEqual(ONCE);
    expect(edit(() => draft.format())).toEqual(ONCE);
    expect(edit(() => draft.switchEndpoint(GET_LIST))).toEqual(ONCE);
  });

  it('reading again without an edit, or a form input that is not a value yet, scans nothing', () => {
    edit(() => {});
    expect(edit(() => {})).toEqual({ scans: 0, parses: 0 });
    expect(edit(() => draft.setField(field('Type'), '3'))).toEqual({ scans: 0, parses: 0 });
    expect(draft.pending.Type).toBeDefined();
  });

  it('text that does not parse, and the form edit it refuses', () => {
    const valid = body();
    expect(edit(() => draft.setText('{"From_Account": "x",'))).toEqual(ONCE);
    expect(draft.stale).toBe(true);
    expect(draft.values).toEqual(valid);
    expect(edit(() => draft.setValue('Type', 2))).toEqual({ scans: 0, parses: 0 });
    expect(en(draft.formMessage)).toMatch(/error at line 1, column 22/);
  });
});
