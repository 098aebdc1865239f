// Shows the "Loaded into the builder" note on the page's body, outside the Inspect view's box,
// which is hidden once the builder shows. Loaded with the first note, not with the page.
import { mount, unmount } from 'svelte';
import type { LoadedNote as Note } from '../../lib/state/inspector.svelte';
import LoadedNote from './LoadedNote.svelte';

/** Mounts the note with the app's context (it switches views); returns the function that removes it. */
export function showLoadedNote(note: Note, context: Map<unknown, unknown>): () => void {
  let app: Record<string, unknown> | null = null;
  const dismiss = () => {
    if (app) void unmount(app);
    app = null;
  };
  app = mount(LoadedNote, { target: document.body, props: { note, ondismiss: dismiss }, context });
  return dismiss;
}
