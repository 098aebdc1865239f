// Saving text as a file without a server: a Blob behind an object URL, clicked through a
// temporary <a download> (nothing is rendered). The answer table's exports build theirs in
// chunks, one at a time with a pause between, so a 100,000-row file never holds the page for
// more than one chunk; history's export saves its text at once.

/** Waits for the next turn of the event loop, letting input and paint go first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Offers `parts`, joined, as a download named `name`. */
export function saveFile(
  name: string,
  parts: readonly string[],
  type: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers: give it time to start.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Builds a file from `chunks`, pausing between them, and offers it as a download named `name`. */
export async function downloadChunks(
  chunks: Iterable<string>,
  name: string,
  type: string,
): Promise<void> {
  const parts: string[] = [];
  for (const chunk of chunks) {
    parts.push(chunk);
    await nextTurn();
  }
  saveFile(name, parts, type);
}
