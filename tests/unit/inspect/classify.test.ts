import { describe, expect, it } from 'vitest';
import { classifyPaste, readUserSigText } from '../../../src/lib/inspect';
import { VECTORS } from '../fixtures/vectors';
import { en } from '../i18n/texts';

const SIG = VECTORS[0]!.userSigNodeSdk;

describe('classifyPaste', () => {
  it.each(['', '   ', '\n\t \r\n'])('calls %j empty', (text) => {
    expect(classifyPaste(text)).toMatchObject({ kind: 'empty' });
  });

  it('reads a bare UserSig without saying it was trimmed', () => {
    expect(classifyPaste(SIG)).toMatchObject({
      kind: 'usersig',
      userSig: SIG,
      trimmed: false,
      notes: [],
    });
  });

  it.each([
    [`  ${SIG}\n`, /whitespace/],
    [`"${SIG}"`, /quotes/],
    [`'${SIG}'`, /quotes/],
    [`\u201c${SIG}\u201d`, /quotes/],
    [` \`"${SIG}"\` `, /whitespace and quotes/],
    [`usersig=${SIG}`, /usersig=/],
  ])('trims what surrounds a UserSig and says so: %#', (text, words) => {
    const c = classifyPaste(text);
    expect(c).toMatchObject({ kind: 'usersig', userSig: SIG, trimmed: true });
    expect(c.kind === 'usersig' && en(c.notes[0]?.message ?? '')).toMatch(words);
  });

  it('reads a request URL, with or without its scheme, quoted or not', () => {
    const url = 'https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list?sdkappid=1';
    expect(classifyPaste(url)).toMatchObject({ kind: 'url', text: url });
    expect(classifyPaste(`"${url}"`)).toMatchObject({ kind: 'url', text: url });
    expect(classifyPaste(url.replace('https://', ''))).toMatchObject({ kind: 'url', text: url });
  });

  it.each([
    `curl -X POST 'https://x/v4/a/b'`,
    `$ curl https://x`,
    `curl.exe ^"https://x^"`,
    `C:\\tools\\curl.exe "https://x"`,
    `echo '{}' | curl -d @- https://x`,
    `# pull a page\ncurl https://x`,
  ])('reads %j as curl', (text) => {
    expect(classifyPaste(text)).toMatchObject({ kind: 'curl' });
  });

  it.each([
    [`fetch("https://x", {"method":"POST"})`, /Copy as fetch/],
    [`Invoke-WebRequest -Uri "https://x"`, /PowerShell/],
    [`{"From_Account":"id1"}`, /JSON/],
    [`v4/recentcontact/get_list?sdkappid=1`, /without its host/],
    [`sdkappid=1&usersig=${SIG}&random=1`, /without its host/],
    [`hello, is this thing on?`, /not a UserSig/],
    [`hello there`, /not a UserSig/],
    [`password123`, /not a UserSig/],
  ])('explains an unknown paste: %j', (text, reason) => {
    const c = classifyPaste(text);
    expect(c.kind).toBe('unknown');
    expect(en(c.reason)).toMatch(reason);
  });

  it('reads a UserSig broken over lines as a UserSig (the decode then points at the break)', () => {
    const c = classifyPaste(`${SIG.slice(0, 76)}\n${SIG.slice(76)}`);
    expect(c).toMatchObject({ kind: 'usersig' });
    expect(en(c.reason)).toMatch(/wrapped/);
  });

  it('reads one word outside the alphabet as a UserSig, saying it holds odd characters', () => {
    const c = classifyPaste(SIG.replace('*', '+'));
    expect(c).toMatchObject({ kind: 'usersig' });
    expect(en(c.reason)).toMatch(/never does/);
  });
});

describe('readUserSigText', () => {
  it('undoes URL-encoding, once or twice, and says so', () => {
    const once = SIG.replace(/\*/g, '%2A').replace(/_/g, '%5F').replace(/-/g, '%2D');
    expect(once).not.toBe(SIG);
    const r1 = readUserSigText(once);
    expect(r1).toMatchObject({ userSig: SIG, urlDecoded: true, trimmed: false });
    expect(r1.notes.map((n) => en(n.message)).join(' ')).toMatch(/URL-encoded/);
    const r2 = readUserSigText(once.replace(/%/g, '%25'));
    expect(r2).toMatchObject({ userSig: SIG, urlDecoded: true });
    expect(r2.notes).toHaveLength(2);
  });

  it('leaves a malformed escape for the decode step to point at', () => {
    expect(readUserSigText('eJyr%zzVgr')).toMatchObject({
      userSig: 'eJyr%zzVgr',
      urlDecoded: false,
    });
  });
});
