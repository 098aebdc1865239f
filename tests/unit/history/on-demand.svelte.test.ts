// History's model is built on first need (state/app.svelte.ts): a send that finishes before it
// exists is kept all the same, with the time it finished, and its key and UserSig are scrubbed.
import { describe, expect, it } from 'vitest';
import './helpers';
import { createAppModels } from '../../../src/lib/state/app.svelte';
import { I18n } from '../../../src/lib/state/i18n.svelte';
import { EN } from '../i18n/texts';

describe('history built on first need', () => {
  it('keeps the sends that finished before its model was built', async () => {
    const models = createAppModels(I18n.from(EN));
    const { workspace: ws, sender } = models;
    await ws.signer.sign();
    const userSig = ws.signer.userSig;
    expect(userSig).not.toBe('');
    // Nothing has asked for history yet: its model is not built.
    expect(models.history.current).toBeNull();
    ws.draft.setValue('From_Account', 'alice');
    await sender.send();
    ws.draft.setValue('From_Account', 'bob');
    await sender.send();

    const history = await models.history.get();
    expect(models.history.current).toBe(history);
    await history.settled();
    history.show();
    for (let i = 0; i < 200 && history.items.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(history.items.map((s) => s.fromAccount)).toEqual(['bob', 'alice']);
    const entry = await history.read(history.items[1]!.id);
    expect(JSON.stringify(entry)).not.toContain(userSig);
  });
});
