// The body's rules load after the first paint (state/body-rules-chunk.ts): until they are in,
// the draft parses (the form shows and edits the values) and scans and checks nothing; once in,
// the same text is checked.
import { describe, expect, it } from 'vitest';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { RequestDraft } from '../../../src/lib/state/request.svelte';

const field = (name: string) => {
  const f = GET_LIST.fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};

describe('RequestDraft before and after the body rules', () => {
  it('edits without them, then checks the same text with them', async () => {
    const draft = new RequestDraft(GET_LIST);
    draft.rules = null;
    draft.setText('{"From_Account": "alice", "TimeStamp": 0, "StartIndex": 0, "Bogus": 1}');
    expect(draft.values).toMatchObject({ From_Account: 'alice', Bogus: 1 });
    expect(draft.check.validation).toBeNull();
    expect(draft.check.unknown).toEqual([]);
    draft.setField(field('From_Account'), 'bob');
    // Edited in place, the rest of the text as typed.
    expect(draft.text).toBe('{"From_Account": "bob", "TimeStamp": 0, "StartIndex": 0, "Bogus": 1}');

    await draft.loadRules();
    expect(draft.rulesFailure).toBeNull();
    expect(draft.check.validation).not.toBeNull();
    expect(draft.check.unknown.map((w) => w.field)).toEqual(['Bogus']);
  });
});
