// Shows the "Loaded into the builder" note on the page's body, outside the Inspect view, which
// is gone once the builder shows. One note at a time: the next one replaces it.
import { mount, unmount } from 'svelte';
import type { LoadedNote as Note } from '../../lib/state/inspector.svelte';
import LoadedNote from './LoadedNote.svelte';

let removeShown: (() => void) | null = null;

/** Mounts the note with the app's context (it switches views); returns the function that removes it. */
export function showLoadedNote(note: Note, context: Map<unknown, unknown>): () => void {
  removeShown?.();
  let app: Record<string, unknown> | null = null;
  const dismiss = () => {
    if (app) void unmount(app);
    app = null;
    if (removeShown === dismiss) removeShown = null;
  };
  app = mount(LoadedNote, { target: document.body, props: { note, ondismiss: dismiss }, context });
  removeShown = dismiss;
  return dismiss;
}
