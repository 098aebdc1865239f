// Seeds the page's sandbox (its state in IndexedDB, lib/sandbox/page.ts) with one account holding
// many conversations, through the app's own state record (serializeState), for "Fetch all pages"
// over 10,000 conversations. The bench page shares the app's origin: the app reads this state.
import { idbSandboxStorage } from '../../src/lib/sandbox/page';
import { serializeState } from '../../src/lib/sandbox/state';
import { compareConversations, type SandboxConversation } from '../../src/lib/sandbox/data';
import { SANDBOX_EPOCH } from '../../src/lib/sandbox/app';
import { seedState } from '../../src/lib/sandbox/store';
import type { SandboxSeedResult } from './api';

/** n conversations, a third of them groups, one a minute back from the sandbox's epoch. */
function conversations(n: number): SandboxConversation[] {
  const out: SandboxConversation[] = [];
  for (let i = 0; i < n; i++) {
    const group = i % 3 === 2;
    out.push({
      Type: group ? 2 : 1,
      peer: group ? `@TGS#bench${i}` : `bench_user_${i}`,
      MsgTime: SANDBOX_EPOCH - i * 60,
      pinned: false,
      empty: false,
    });
  }
  return out.sort(compareConversations);
}

/** Replaces `account`'s conversations (the seed's others stay) and saves the state. */
export async function seedSandbox(account: string, n: number): Promise<SandboxSeedResult> {
  try {
    const t = performance.now();
    const state = seedState();
    const list = conversations(n);
    state.accounts.set(account, { conversations: list, groups: [], marks: new Map() });
    state.imported.add(account);
    for (const c of list) if (c.Type === 1) state.imported.add(c.peer);
    await idbSandboxStorage().write(serializeState(state));
    return { ok: true, ms: performance.now() - t, account, conversations: n };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
