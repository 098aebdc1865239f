// The app's models, made in the order their rules need: the remembered choices first, then a
// request kept across a reload, then the link the page was opened with, each winning over the
// one before. App.svelte only lays them out.
import { Clock } from './clock.svelte';
import type { AppModels, View } from './context';
import { HistoryModel } from './history.svelte';
import type { I18n } from './i18n.svelte';
import { Navigation } from './navigation.svelte';
import { RememberedChoices } from './prefs.svelte';
import { ReloadOffer } from './reload.svelte';
import { Sender } from './sender.svelte';
import { Sharing } from './sharing.svelte';
import { Workbench } from './workbench.svelte';
import { Workspace } from './workspace.svelte';

/** Makes the app's models over the browser's world, speaking the language `i18n` was started in. */
export function createAppModels(i18n: I18n): AppModels {
  const workspace = new Workspace();
  // Read lazily, once Sharing exists: a custom host that came in a link is not remembered.
  const prefs = new RememberedChoices(workspace, {
    linkedRegion: () => sharing.openedRegion,
    locale: () => i18n.chosen,
  });
  prefs.restore();
  const reload = new ReloadOffer(workspace);
  reload.restore();
  const sender = new Sender(workspace);
  const view = $state<{ current: View }>({ current: 'builder' });
  const sharing = new Sharing(workspace);
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
    view,
    history: new HistoryModel(workspace, sender),
    sharing,
    navigation,
    workbench,
    prefs,
    reload,
    i18n,
  };
}
