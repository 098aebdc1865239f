import { describe, expect, it } from 'vitest';
import {
  KEY_REDACTED,
  USERSIG_REDACTED,
  buildEntry,
  responseOutcome,
  sanitizeEntry,
  scrubSecrets,
  type HistoryDraft,
} from '../../../src/lib/history';
import { maskUserSigs, USERSIG_MASK } from '../../../src/lib/api/url';
import { genUserSig } from '../../../src/lib/usersig';
import { dumpAllDatabases, getListBody, makeStore, okDraft } from './helpers';

// A distinctive key in Tencent's shape (64 hex digits) and a real UserSig signed with it.
const KEY = 'c0ffee00deadbeef5ec7e7'.padEnd(64, '0123456789abcdef');
const SDKAPPID = 1400000001;

async function realUserSig(): Promise<string> {
  return genUserSig(
    { sdkAppId: SDKAPPID, key: KEY, identifier: 'administrator', expire: 180 * 86400 },
    { now: () => 1_700_000_000_000 },
  );
}

/** The app's one UserSig mask of a value: what history stores in a signed URL's place. */
const masked = (userSig: string) => `${USERSIG_MASK}(${userSig.length} characters hidden)`;

function signedUrl(userSig: string): string {
  return `https://console.tim.qq.com/v4/recentcontact/get_list?sdkappid=${SDKAPPID}&identifier=administrator&usersig=${userSig}&random=1234567&contenttype=json`;
}

describe('scrubSecrets', () => {
  it('masks the UserSig of a signed URL with the app’s one mask and keeps the rest of the URL', async () => {
    const userSig = await realUserSig();
    const scrubbed = scrubSecrets(signedUrl(userSig));
    expect(scrubbed).not.toContain(userSig);
    expect(scrubbed).toBe(
      `https://console.tim.qq.com/v4/recentcontact/get_list?sdkappid=${SDKAPPID}&identifier=administrator&usersig=${masked(userSig)}&random=1234567&contenttype=json`,
    );
    expect(scrubbed).toBe(maskUserSigs(signedUrl(userSig)));
    expect(scrubSecrets('?UserSig=abc&x=1')).toBe(
      `?UserSig=${USERSIG_MASK}(3 characters hidden)&x=1`,
    );
    // What history stored before the masks were one stays as it is.
    expect(scrubSecrets(signedUrl(USERSIG_REDACTED))).toBe(signedUrl(USERSIG_REDACTED));
  });

  it('removes bare UserSigs, in either base64 alphabet, and TLS.sig values', async () => {
    const userSig = await realUserSig();
    const standard = userSig.replaceAll('*', '+').replaceAll('-', '/').replaceAll('_', '=');
    for (const text of [
      userSig,
      `{"UserSig":"${userSig}"}`,
      `usersig%3D${userSig}%26`,
      `sig ${standard} end`,
    ]) {
      const scrubbed = scrubSecrets(text);
      expect(scrubbed).toContain(USERSIG_REDACTED);
      expect(scrubbed).not.toContain(userSig.slice(0, 40));
      expect(scrubbed).not.toContain(standard.slice(0, 40));
    }
    expect(scrubSecrets('{"TLS.sig": "abcDEF+/=="}')).toBe(`{"TLS.sig": "${USERSIG_REDACTED}"}`);
  });

  it('removes 64-hex-digit keys and leaves ordinary text alone', () => {
    expect(scrubSecrets(`key=${KEY};`)).toBe(`key=${KEY_REDACTED};`);
    const ordinary = getListBody('eJohn_the_user') + ' ErrorCode 70001 deadbeef ' + 'a'.repeat(65);
    expect(scrubSecrets(ordinary)).toBe(ordinary);
  });
});

describe('sanitizeEntry', () => {
  it('changes nothing the second time, so re-imported entries keep their content hash', async () => {
    const userSig = await realUserSig();
    const body = `{"url":"${signedUrl(userSig)}","sig":"${userSig}","key":"${KEY}"}`;
    const draft = okDraft();
    const once = buildEntry(
      { ...draft, host: signedUrl(userSig), pages: [{ ...draft.pages[0]!, body }] },
      { id: 'e', time: 1, secrets: ['named-secret-1'] },
    );
    expect(sanitizeEntry(once, ['named-secret-1'])).toEqual(once);
    expect(once.pages[0]?.body).toBe(
      `{"url":"${signedUrl(masked(userSig))}","sig":"${USERSIG_REDACTED}","key":"${KEY_REDACTED}"}`,
    );
  });

  it('keeps only known fields, however they got there', () => {
    const entry = buildEntry(okDraft(), { id: 'e', time: 1 });
    const withExtras = Object.assign(structuredClone(entry), { url: 'x', userSig: 'y', key: 'z' });
    const pageExtras = Object.assign(structuredClone(entry.pages[0]!), { signedUrl: 'x' });
    const clean = sanitizeEntry({ ...withExtras, pages: [pageExtras] });
    expect(clean).toEqual(entry);
    expect(Object.keys(clean)).not.toContain('userSig');
    expect(Object.keys(clean.pages[0]!)).not.toContain('signedUrl');
  });
});

describe('history never stores a credential', () => {
  it('leaves neither the key nor the UserSig anywhere in IndexedDB', async () => {
    const userSig = await realUserSig();
    const url = signedUrl(userSig);
    const store = makeStore();
    const leakyResponse = JSON.stringify({
      ActionStatus: 'FAIL',
      ErrorCode: 70009,
      ErrorInfo: `verification failed for ${url} (usersig ${userSig})`,
      Echo: { url, UserSig: userSig },
    });
    const draft: HistoryDraft = {
      ...okDraft(),
      host: url,
      identifier: `administrator ${userSig}`,
      pages: [
        {
          body: JSON.stringify({ From_Account: 'alice', UserSig: userSig, url, note: KEY }),
          outcome: responseOutcome({ status: 200, body: leakyResponse }, 40),
          response: leakyResponse,
        },
      ],
    };
    const added = await store.add(draft);
    expect(added.ok).toBe(true);
    await store.add({
      ...okDraft(),
      pages: [
        {
          body: getListBody('bob'),
          outcome: {
            kind: 'transport',
            failure: 'network',
            message: `fetch ${url} failed`,
            durationMs: 3,
          },
          response: '',
        },
      ],
    });
    // Through the import path too: a file written by someone else's copy.
    const exported = await store.exportAll();
    const file = JSON.parse(JSON.stringify(exported)) as { entries: Record<string, unknown>[] };
    file.entries.push({
      ...file.entries[0],
      id: `import-${userSig.slice(0, 120)}`,
      time: 5,
      key: KEY,
      url,
    });
    const imported = makeStore({ idPrefix: 'imp' });
    expect(
      await imported.importFile(
        JSON.stringify(file)
          .replaceAll(USERSIG_REDACTED, userSig)
          .replaceAll(masked(userSig), userSig),
      ),
    ).toMatchObject({
      ok: true,
      added: 3,
    });

    const dump = await dumpAllDatabases();
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).not.toContain(KEY);
    expect(dump).not.toContain(userSig);
    expect(dump).not.toContain(userSig.slice(0, 30));
    expect(dump.toLowerCase()).not.toContain(`usersig=${userSig.slice(0, 10).toLowerCase()}`);
    expect(dump).toContain(USERSIG_REDACTED);
    expect(JSON.stringify(await imported.exportAll())).not.toContain(userSig);
    // Scrubbed content is stable: the same export imported again is all duplicates.
    expect(await store.importFile(JSON.stringify(exported))).toMatchObject({
      added: 0,
      skippedDuplicates: 2,
    });
  });
});
