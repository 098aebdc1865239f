import { describe, expect, it } from 'vitest';
import { inspectPaste, toBuilderRequest } from '../../../src/lib/inspect';
import { VECTORS } from '../fixtures/vectors';
import { GET_LIST_BODY, regionOfHost, requestUrl, validateBody } from './helpers';
import { english } from '../i18n/texts';

const V = VECTORS[0]!;
const QUERY = {
  sdkappid: String(V.sdkappid),
  identifier: V.identifier,
  usersig: V.userSigNodeSdk,
  random: '1',
  contenttype: 'json',
};

const load = async (text: string) =>
  english(
    toBuilderRequest(
      await inspectPaste(text, { now: () => V.time * 1000, regionOfHost, validateBody }),
    ),
  );

describe('toBuilderRequest', () => {
  it('loads a curl command: region, SDKAppID, identifier, endpoint and body, but no UserSig', async () => {
    const r = await load(`curl -X POST '${requestUrl(QUERY)}' --data-binary '${GET_LIST_BODY}'`);
    expect(r).toEqual({
      ok: true,
      request: {
        region: { kind: 'region', id: 'singapore', backup: false },
        sdkAppId: '1400000000',
        identifier: 'administrator',
        endpointPath: 'v4/recentcontact/get_list',
        body: GET_LIST_BODY,
      },
      bodyFromPaste: true,
      notes: [],
    });
    expect(JSON.stringify(r)).not.toContain(V.userSigNodeSdk);
  });

  it('loads the body exactly as pasted, even when it does not parse', async () => {
    const r = await load(`curl '${requestUrl(QUERY)}' -d '{"From_Account": "id1",'`);
    expect(r.ok && r.request.body).toBe('{"From_Account": "id1",');
  });

  it('keeps a backup domain as such, and a proxy as a custom host', async () => {
    const backup = await load(requestUrl(QUERY, 'adminapisgp.my-imcloud.com'));
    expect(backup.ok && backup.request.region).toEqual({
      kind: 'region',
      id: 'singapore',
      backup: true,
    });
    const proxy = await load(requestUrl(QUERY, 'localhost:8787').replace('https:', 'http:'));
    expect(proxy.ok && proxy.request.region).toEqual({ kind: 'custom', host: 'localhost:8787' });
    expect(proxy.ok && proxy.notes.join(' ')).toMatch(/custom host.*http:\/\//s);
  });

  it('says a URL has no body, and loads an empty one', async () => {
    const r = await load(requestUrl(QUERY));
    expect(r).toMatchObject({ ok: true, bodyFromPaste: false, request: { body: '' } });
    expect(r.ok && r.notes.join(' ')).toMatch(/no body/);
  });

  it('keeps a malformed SDKAppID as typed, for the builder to flag', async () => {
    const r = await load(requestUrl({ ...QUERY, sdkappid: '14e8' }));
    expect(r.ok && r.request.sdkAppId).toBe('14e8');
  });

  it('fills a missing SDKAppID and identifier from the UserSig, saying so', async () => {
    const { sdkappid: _a, identifier: _b, ...rest } = QUERY;
    const r = await load(requestUrl(rest));
    expect(r).toMatchObject({
      ok: true,
      request: { sdkAppId: '1400000000', identifier: 'administrator' },
    });
    expect(r.ok && r.notes.join(' ')).toMatch(/taken from the UserSig.*taken from the UserSig/s);
  });

  it('says what is missing when neither the URL nor a UserSig has it', async () => {
    const r = await load('https://adminapisgp.im.qcloud.com/v4/recentcontact/get_list?random=1');
    expect(r).toMatchObject({ ok: false, missing: ['sdkAppId', 'identifier'] });
    const noPath = await load(`https://adminapisgp.im.qcloud.com/?sdkappid=1&identifier=a`);
    expect(noPath).toMatchObject({ ok: false, missing: ['endpointPath'] });
  });

  it('refuses a bare UserSig, an unreadable paste and an unknown one, with reasons', async () => {
    expect(await load(V.userSigNodeSdk)).toMatchObject({
      ok: false,
      missing: ['region', 'endpointPath', 'body'],
      message: expect.stringMatching(/UserSig alone/),
    });
    expect(await load(`curl 'https://x/v4/a/b`)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/never closed/),
    });
    expect(await load('hello there')).toMatchObject({
      ok: false,
      missing: ['region', 'sdkAppId', 'identifier', 'endpointPath', 'body'],
    });
  });
});
