// Copying text: the async Clipboard API where the page may use it, else the legacy command
// (plain-http pages have no navigator.clipboard). The document is injected for tests.

/** Copies text to the clipboard; resolves to false when the browser refuses. */
export async function copyText(
  text: string,
  { clipboard = globalThis.navigator?.clipboard, doc = globalThis.document } = {},
): Promise<boolean> {
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or not focused: try the legacy path below.
    }
  }
  if (!doc) return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
