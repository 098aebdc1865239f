// A huge answer is kept as a capped copy with a note (issue 14.3), scrubbed without scrubbing
// megabytes history then throws away, and without letting a secret cut at the prefix through.
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../src/lib/bytes/utf8-length';
import { RESPONSE_CAP_BYTES } from '../../../src/lib/history/entry';
import { buildEntry } from '../../../src/lib/history/draft';
import { USERSIG_REDACTED, scrubForCap, sanitizeEntry } from '../../../src/lib/history/sanitize';
import { okDraft } from './helpers';

/** Shaped like a UserSig for the scrubber (zlib's "eJ", then 198 of its alphabet). */
const FAKE_SIG = `eJ${'x'.repeat(198)}`;

describe('a huge answer in history', () => {
  it('counts UTF-8 bytes as TextEncoder does, astral characters and lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '用户', '😀', 'a\ud800b', '\udc00', 'x😀y\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('scrubs a prefix only, keeps 256 KB with a note of the full size, and no secret in it', () => {
    const filler = '{"To_Account":"user"},'.repeat(20_000);
    const text = `${FAKE_SIG},${filler}${FAKE_SIG}${filler}`;
    const r = scrubForCap(text, []);
    expect(r.fullBytes).toBe(utf8Length(text));
    expect(r.text.length).toBeLessThan(text.length);
    expect(r.text.startsWith(USERSIG_REDACTED)).toBe(true);
    expect(r.text).not.toContain('xxxxxxxxxx');
  });

  it('a secret cut by the prefix’s end never reaches what is kept', () => {
    const cap = 1000;
    for (let at = cap; at < cap + 400; at += 7) {
      const text = `${'a'.repeat(at)}${FAKE_SIG}${'b'.repeat(5000)}`;
      const r = scrubForCap(text, [], cap);
      expect(r.text.slice(0, cap), `UserSig at ${at}`).not.toMatch(/x{5}/);
    }
  });

  it('where scrubbing shrinks the prefix too much, the whole text is scrubbed', () => {
    const text = `${FAKE_SIG},`.repeat(5000);
    const r = scrubForCap(text, [], 10_000);
    expect(r.fullBytes).toBeNull();
    expect(r.text).not.toContain('xxxxx');
  });

  it('an entry with a 3 MB answer keeps its first 256 KB, scrubbed, and says what was cut', () => {
    const big = `{"SessionItem":[${'{"Type":1,"To_Account":"u"},'.repeat(110_000)}{}],"sig":"${FAKE_SIG}"}`;
    const draft = okDraft();
    const response = `"${FAKE_SIG}"${big}`;
    const entry = buildEntry(
      { ...draft, pages: draft.pages.map((p) => ({ ...p, response })) },
      { id: 'e1', time: 1_700_000_000_000 },
    );
    const page = entry.pages[0];
    expect(page?.response.startsWith(`"${USERSIG_REDACTED}"`)).toBe(true);
    expect(utf8Length(page?.response ?? '')).toBeLessThanOrEqual(RESPONSE_CAP_BYTES);
    expect(page?.cut?.fullBytes).toBe(utf8Length(`"${FAKE_SIG}"${big}`));
    expect(page?.cut?.note).toMatch(/History kept only the first 256 KB of this \d+ KB response/);
    // Sanitising again (an import) changes nothing.
    expect(sanitizeEntry(entry)).toEqual(entry);
  });
});
