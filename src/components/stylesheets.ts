// Vite's preload helper adds a chunk's stylesheet as a <link> and remembers it as seen even
// when it failed to download, so a chunk loaded again after a failure comes without its styles.
// The page keeps the stylesheets that failed and, before any retry (lib/lazy's beforeRetry),
// puts a fresh copy of each in its place, which the browser downloads again.
import { beforeRetry } from '../lib/lazy/lazy';

/** Watches `doc` for stylesheets that fail to load and fetches them again before a retry. */
export function refetchFailedStylesheets(doc: Document = document): () => void {
  const failed = new Set<HTMLLinkElement>();
  // Load errors do not bubble; they reach the document in the capture phase.
  const onError = (e: Event) => {
    const link = e.target;
    if (link instanceof HTMLLinkElement && link.rel === 'stylesheet') failed.add(link);
  };
  doc.addEventListener('error', onError, true);
  const stop = beforeRetry(() => {
    for (const link of failed) link.replaceWith(link.cloneNode());
    failed.clear();
  });
  return () => {
    doc.removeEventListener('error', onError, true);
    stop();
  };
}
