// The app's models, shared with components through context (never exported reassigned state).
import { createContext } from 'svelte';
import type { Clock } from './clock.svelte';
import type { Sender } from './sender.svelte';
import type { Workspace } from './workspace.svelte';

export interface AppModels {
  workspace: Workspace;
  sender: Sender;
  clock: Clock;
}

export const [getModels, setModels] = createContext<AppModels>();
