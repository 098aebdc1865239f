// The app's models, shared with components through context (never exported reassigned state).
import { createContext } from 'svelte';
import type { Clock } from './clock.svelte';
import type { HistoryModel } from './history.svelte';
import type { Inspector } from './inspector.svelte';
import type { Sender } from './sender.svelte';
import type { Sharing } from './sharing.svelte';
import type { Workspace } from './workspace.svelte';

/** The app's views, one at a time. */
export type View = 'builder' | 'inspect' | 'history';

export interface AppModels {
  workspace: Workspace;
  sender: Sender;
  history: HistoryModel;
  inspector: Inspector;
  sharing: Sharing;
  /** Which view is shown: the builder, the inspector or the history. */
  view: { current: View };
  clock: Clock;
}

export const [getModels, setModels] = createContext<AppModels>();
