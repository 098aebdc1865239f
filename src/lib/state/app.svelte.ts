// The app's models, made in the order their rules need: the remembered choices first, then a
// request kept across a reload, then the link the page was opened with, each winning over the
// one before. App.svelte only lays them out.
import { msg } from '../i18n/message';
import { Gate, whenIdle } from '../lazy/idle';
import { Clock } from './clock.svelte';
import type { AppModels, View } from './context';
import type { HistoryModel } from './history.svelte';
import type { I18n } from './i18n.svelte';
import { Navigation } from './navigation.svelte';
import { OnDemand } from './on-demand.svelte';
import { RememberedChoices } from './prefs.svelte';
import { ReloadOffer } from './reload.svelte';
import { Sender, type SendRecord } from './sender.svelte';
import type { Sharing } from './sharing.svelte';
import { Workbench } from './workbench.svelte';
import { Workspace } from './workspace.svelte';

/** Makes the app's models over the browser's world, speaking the language `i18n` was started in. */
export function createAppModels(i18n: I18n): AppModels {
  const workspace = new Workspace();
  const editorArrived = new Gate();
  // Read lazily, once Sharing exists: a custom host that came in a link is not remembered.
  const prefs = new RememberedChoices(workspace, {
    linkedRegion: () => sharing.current?.openedRegion ?? null,
    locale: () => i18n.chosen,
  });
  prefs.restore();
  const reload = new ReloadOffer(workspace);
  reload.restore();
  const sender = new Sender(workspace);
  const view = $state<{ current: View }>({ current: 'builder' });
  const sharing = onDemandSharing(workspace, () => (view.current = 'builder'));
  const workbench = new Workbench(workspace.target);
  const navigation = new Navigation(workspace, view, {
    workbench,
    answeredBody: () => sender.last?.body ?? null,
  });
  // After every send and run, the answer comes into view (below the request on a narrow screen).
  sender.onRecord(() => navigation.show('response'));
  return {
    workspace,
    sender,
    clock: new Clock(),
    editorArrived,
    view,
    history: onDemandHistory(workspace, sender, editorArrived),
    sharing,
    navigation,
    workbench,
    prefs,
    reload,
    i18n,
  };
}

/**
 * History, built the first time it is needed (idle time after the first paint, a send, its
 * views): its model is not in the first download. Sends that finish before it is built wait
 * for it with the time they finished and the secrets to scrub read then, so every send is kept.
 */
function onDemandHistory(
  ws: Workspace,
  sender: Sender,
  editorArrived: Gate,
): OnDemand<HistoryModel> {
  const early: { record: SendRecord; recordedAt: number; secrets: string[] }[] = [];
  const history = new OnDemand(msg('core.part.history'), async () => {
    const { HistoryModel } = await import('./history.svelte');
    // From here on the model hears every send itself (its constructor subscribes).
    stop();
    const model = new HistoryModel(ws, sender);
    for (const { record, ...at } of early.splice(0)) model.record(record, at);
    return model;
  });
  const stop = sender.onRecord((record) => {
    early.push({ record, recordedAt: Date.now(), secrets: [ws.signer.key, ws.signer.userSig] });
    void history.load();
  });
  // At idle time once the editor is in: another tab's writes show up here from then on.
  whenIdle(() => void history.load(), { after: editorArrived.passed });
  return history;
}

/**
 * Share links, built when there is one to open (the address has a fragment, now or after a
 * hashchange) or when the Share bar loads: their model is not in the first download. A link
 * pasted into this tab's address bar opens in the builder (`onopen`).
 */
function onDemandSharing(
  ws: Workspace,
  onopen: () => void,
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> = globalThis,
  location: Pick<Location, 'hash'> | undefined = globalThis.location,
): OnDemand<Sharing> {
  // Until the model is built, the first hashchange builds it; the model opens the fragment then.
  const first = () => {
    void sharing.load().then(async (built) => {
      if (!built.ok) return;
      await built.value.opening;
      if (built.value.notice) onopen();
    });
  };
  const sharing = new OnDemand(msg('core.part.shareCode'), async () => {
    const { Sharing } = await import('./sharing.svelte');
    events.removeEventListener('hashchange', first);
    const model = new Sharing(ws);
    model.listen(onopen);
    return model;
  });
  events.addEventListener('hashchange', first);
  // A link the page was opened with (in Node tests there is no location).
  if (location && location.hash !== '' && location.hash !== '#') {
    // The share code downloads beside the model, not after it (the model asks for it as it opens).
    void import('../share/link').catch(() => {});
    void sharing.load();
  }
  return sharing;
}
