import { describe, expect, it } from 'vitest';
import { endpointById } from '../../../src/lib/api/endpoints';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { REGIONS } from '../../../src/lib/api/regions';
import { inspectPaste } from '../../../src/lib/inspect';
import {
  endpointByPath,
  INSPECT_DEPS,
  regionOfHost,
  validateBody,
} from '../../../src/lib/inspect/deps';
import { VECTORS } from '../fixtures/vectors';
import { GET_LIST_BODY, requestUrl } from './helpers';

const V = VECTORS[0]!;

describe('regionOfHost (the api table in the inspector’s shape)', () => {
  it('names every documented domain and backup domain', () => {
    for (const r of REGIONS) {
      expect(regionOfHost(r.domain)).toEqual({ id: r.id, name: r.name, backup: false });
      if (r.backupDomain)
        expect(regionOfHost(r.backupDomain)).toEqual({ id: r.id, name: r.name, backup: true });
    }
  });

  it('reads a host with a port or another case, and knows no other host', () => {
    expect(regionOfHost('AdminAPISGP.im.qcloud.com:443')).toMatchObject({ id: 'singapore' });
    expect(regionOfHost('example.com')).toBeNull();
    expect(regionOfHost('localhost:8787')).toBeNull();
  });
});

describe('validateBody (the endpoint descriptions in the inspector’s shape)', () => {
  it('finds the endpoint by path, with or without the leading slash', () => {
    expect(endpointByPath('v4/recentcontact/get_list')).toBe(GET_LIST);
    expect(endpointByPath('/v4/recentcontact/get_list')).toBe(GET_LIST);
  });

  it('gives any other v4 path its raw-mode endpoint, and nothing for what is not a REST path', () => {
    const raw = endpointByPath('/v4/openim/sendmsg');
    expect(raw).toBe(endpointById('raw:v4/openim/sendmsg'));
    expect(raw).toMatchObject({ id: 'raw:v4/openim/sendmsg', path: 'v4/openim/sendmsg' });
    expect(endpointByPath('v4/ConfigSvc/GetIPList')?.id).toBe('raw:v4/ConfigSvc/GetIPList');
    for (const path of [
      'v4/openim',
      'v3/openim/sendmsg',
      'v4/a/b/c',
      'v4/../x/y',
      '',
      'v4/a%2Fb/c',
    ]) {
      expect(endpointByPath(path), path).toBeNull();
    }
  });

  it('checks a raw path’s body only for being an object, saying nothing when it is one', () => {
    expect(validateBody('v4/openim/sendmsg', {})).toBeNull();
    expect(validateBody('v4/openim/sendmsg', { Anything: [1, 2] })).toBeNull();
    expect(validateBody('v4/openim/sendmsg', [1])).toEqual([
      expect.objectContaining({ kind: 'not-object' }),
    ]);
    expect(validateBody('not/a/rest/path', {})).toBeNull();
  });

  it('passes a valid body, and lists errors before warnings', () => {
    expect(validateBody('v4/recentcontact/get_list', JSON.parse(GET_LIST_BODY))).toEqual([]);
    const issues = validateBody('/v4/recentcontact/get_list', { StartIndex: -1, Extra: 1 });
    expect(issues).not.toBeNull();
    const kinds = issues!.map((i) => i.kind);
    expect(kinds).toContain('missing');
    expect(kinds).toContain('unknown');
    expect(kinds.lastIndexOf('missing')).toBeLessThan(kinds.indexOf('unknown'));
  });

  it('includes the endpoint’s own advice, as the builder shows it', () => {
    const body = { ...JSON.parse(GET_LIST_BODY), AssistFlags: 0 };
    const issues = validateBody('v4/recentcontact/get_list', body) ?? [];
    expect(issues.filter((i) => i.kind === 'advice').length).toBeGreaterThan(0);
  });

  it('plugs into inspectPaste: region and body issues of a real paste', async () => {
    const url = requestUrl({
      sdkappid: String(V.sdkappid),
      identifier: V.identifier,
      usersig: V.userSigNodeSdk,
      random: '7',
      contenttype: 'json',
    });
    const r = await inspectPaste(`curl '${url}' -d '{"From_Account":5}'`, {
      now: () => V.time * 1000,
      ...INSPECT_DEPS,
    });
    expect(r.kind).toBe('request');
    if (r.kind !== 'request') return;
    expect(r.request.region).toEqual({ id: 'singapore', name: 'Singapore', backup: false });
    expect(r.request.body?.issues?.map((i) => i.field)).toContain('From_Account');
  });
});
