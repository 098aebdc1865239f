// Pathological pastes (issue 14.4): each is read in one pass and its report stays bounded,
// whatever its size. Before, 50,000 heredoc markers took minutes and a URL of 200,000 query
// parameters never finished; what they answer is checked here, how long they take is measured
// in Chromium (tests/e2e/hostile-paste.spec.ts reports it).
import { describe, expect, it } from 'vitest';
import {
  inspectPaste,
  MAX_NOTES,
  MAX_PASTE_CHARS,
  MAX_QUERY_PARAMS,
  parseCurl,
  parseQuery,
  splitShellWords,
} from '../../../src/lib/inspect';
import { regionOfHost, requestUrl, validateBody } from './helpers';
import { en, english } from '../i18n/texts';

const URL_BASE = 'https://console.tim.qq.com/v4/recentcontact/get_list';
const inspect = async (text: string) =>
  english(await inspectPaste(text, { now: () => 1_700_000_000_000, regionOfHost, validateBody }));

describe('pathological pastes', () => {
  it('refuses a paste over the size cap at once, saying how large it is and what fits', async () => {
    const r = await inspect('eJ' + 'A'.repeat(5_000_000));
    expect(r.kind).toBe('too-large');
    expect(r.classification.reason).toBe(
      `The paste is 5.0 MB; the inspector reads up to 1 MB (${MAX_PASTE_CHARS.toLocaleString('en-US')} characters). A UserSig is a few hundred characters and a request URL under 8 KB: paste just the UserSig, the URL or the curl command.`,
    );
    expect((await inspect('x'.repeat(MAX_PASTE_CHARS))).kind).not.toBe('too-large');
  });

  it('reads 50,000 here-document markers without terminators in one pass, with one note', () => {
    const text = `curl ${URL_BASE} ` + '<<A '.repeat(50_000) + '\nx\n';
    const split = splitShellWords(text);
    expect(split.ok).toBe(true);
    expect(split.ok && english(split.notes)).toEqual([
      {
        severity: 'info',
        message:
          "A here-document (from line 2) feeds the command's input; it was not read as arguments.",
      },
    ]);
    expect(parseCurl(text)).toMatchObject({ ok: true, request: { url: URL_BASE } });
  });

  it('reads 100,000 line continuations, backslash or caret, as one command', () => {
    for (const [text, dialect] of [
      // As terminals and Chrome's "Copy as cURL" end their lines: " \" for bash, " ^" for cmd.
      ['curl ' + ' \\\n'.repeat(100_000) + URL_BASE, 'posix'],
      ['curl ' + ' ^\n'.repeat(100_000) + URL_BASE, 'cmd'],
    ] as const) {
      const r = parseCurl(text);
      expect(r).toMatchObject({ ok: true, request: { url: URL_BASE, dialect } });
    }
  });

  it('names many lines without a backslash in one note, and caps every list of notes', () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => ` -H x${i}:1`).join('\n');
    const r = parseCurl(`curl ${URL_BASE}\n${lines}\n --opt-${'a'.repeat(3)}`);
    if (!r.ok) throw new Error(en(r.problem.message));
    expect(r.request.headers).toHaveLength(50_000);
    expect(en(r.request.notes[0]?.message ?? '')).toBe(
      'Lines 1, 2, 3 and 49,998 more end without a backslash, so a shell would end the command at each; the lines after them were read as part of it.',
    );
    const unknown = Array.from({ length: 500 }, (_, i) => `--unknown-${i}`).join(' ');
    const many = parseCurl(`curl ${URL_BASE} ${unknown}`);
    if (!many.ok) throw new Error(en(many.problem.message));
    expect(many.request.notes).toHaveLength(MAX_NOTES + 1);
    expect(en(many.request.notes.at(-1)?.message ?? '')).toBe(
      `…and ${500 - MAX_NOTES} more notes.`,
    );
  });

  it(`reads at most ${MAX_QUERY_PARAMS} query parameters and says how many it left out`, async () => {
    const query = Array.from({ length: 200_000 }, () => 'a=1').join('&');
    expect(parseQuery(query).params).toHaveLength(MAX_QUERY_PARAMS);
    expect(parseQuery(query).dropped).toBe(200_000 - MAX_QUERY_PARAMS);
    const r = await inspect(`${requestUrl({ sdkappid: '1400000000' })}&${query}`);
    if (r.kind !== 'request') throw new Error(r.kind);
    expect(r.request.query).toHaveLength(MAX_QUERY_PARAMS);
    expect(r.request.notes.map((n) => en(n.message))).toContain(
      `The query has ${(200_000 + 1).toLocaleString('en-US')} parameters; only the first ${MAX_QUERY_PARAMS.toLocaleString('en-US')} were read (a request has five).`,
    );
  });

  it('keeps variables without a closing brace linear: each is noted once', () => {
    const r = splitShellWords(`curl "${'${'.repeat(50_000)}"`);
    expect(r.ok && r.notes.length).toBe(1);
  });
});
