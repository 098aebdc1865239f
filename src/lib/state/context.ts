// The app's models, shared with components through context (never exported reassigned state).
import { createContext } from 'svelte';
import type { Clock } from './clock.svelte';
import type { Signer } from './signer.svelte';

export interface AppModels {
  signer: Signer;
  clock: Clock;
}

export const [getModels, setModels] = createContext<AppModels>();
