// The app's models, shared with components through context (never exported reassigned state).
import { createContext } from 'svelte';
import type { Clock } from './clock.svelte';
import type { Gate } from '../lazy/idle';
import type { HistoryModel } from './history.svelte';
import type { I18n } from './i18n.svelte';

import type { Navigation } from './navigation.svelte';
import type { OnDemand } from './on-demand.svelte';
import type { RememberedChoices } from './prefs.svelte';
import type { ReloadOffer } from './reload.svelte';
import type { Sender } from './sender.svelte';
import type { Sharing } from './sharing.svelte';
import type { Workbench } from './workbench.svelte';
import type { Workspace } from './workspace.svelte';

/** The app's views, one at a time. */
export type View = 'builder' | 'inspect' | 'history';

export interface AppModels {
  workspace: Workspace;
  sender: Sender;
  /** History's model, built on first need (its views load it with their chunk: getHistory). */
  history: OnDemand<HistoryModel>;
  /** Share links' model, built on first need (the Share bar loads it with its chunk: getSharing). */
  sharing: OnDemand<Sharing>;
  /** Which view is shown: the builder, the inspector or the history. */
  view: { current: View };
  /** Takes the person to a control: the one an explanation points at, or where focus goes next. */
  navigation: Navigation;
  /** The workbench's panels that open and close (details, recent sends, shortcuts). */
  workbench: Workbench;
  /** The choices that come back on reload. */
  prefs: RememberedChoices;
  /** The reload offered when a chunk could not load (a stale deploy). */
  reload: ReloadOffer;
  clock: Clock;
  /** Opens when the editor has arrived (or could not): start-up's idle work waits for it. */
  editorArrived: Gate;
  /** The page's language: its texts (`t`, `m`), its formatters, and the switch. */
  i18n: I18n;
}

export const [getModels, setModels] = createContext<AppModels>();

/** History's model, in a component of a chunk that loaded it (HistoryPanel, the recent sends). */
export function getHistory(): HistoryModel {
  const history = getModels().history.current;
  if (!history) throw new Error('A history view mounted before the history model was built');
  return history;
}

/** Share links' model, in a component of a chunk that loaded it (the Share bar and its parts). */
export function getSharing(): Sharing {
  const sharing = getModels().sharing.current;
  if (!sharing) throw new Error('A share view mounted before the share model was built');
  return sharing;
}
