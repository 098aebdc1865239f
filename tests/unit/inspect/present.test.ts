import { describe, expect, it } from 'vitest';
import { inspectPaste, type InspectReport, type Verdict } from '../../../src/lib/inspect';
import { INSPECT_DEPS } from '../../../src/lib/inspect/deps';
import {
  builderPlan,
  clipForDisplay,
  compactDuration,
  decodeSteps,
  issueSeverity,
  MAX_BOX_CHARS,
  MAX_BOX_LINES,
  MAX_SHOWN_CHARS,
  mismatches,
  pasteInBox,
  prettyJson,
  regionText,
  severityLabel,
  validityAt,
  verdictLine,
} from '../../../src/lib/inspect/present';
import { formatLocal } from '../../../src/lib/time/format';
import { VECTORS } from '../fixtures/vectors';
import { packUserSig } from '../usersig/helpers';
import { GET_LIST_BODY, requestUrl } from './helpers';
import { en, english } from '../i18n/texts';

const V = VECTORS[0]!; // administrator, SDKAppID 1400000000, signed at 1700000000 for 180 days
const NOW = V.time + 3600;
const QUERY = {
  sdkappid: String(V.sdkappid),
  identifier: V.identifier,
  usersig: V.userSigNodeSdk,
  random: '3141592653',
  contenttype: 'json',
};

function inspect(text: string, { key, now = NOW }: { key?: string; now?: number } = {}) {
  return inspectPaste(text, {
    now: () => now * 1000,
    ...INSPECT_DEPS,
    ...(key === undefined ? {} : { key }),
  });
}

function verdictOf(r: InspectReport<unknown>): Verdict {
  if (r.kind !== 'usersig' && r.kind !== 'request') throw new Error(r.kind);
  return r.verdict;
}

function decodedOf(r: InspectReport<unknown>) {
  if (r.kind !== 'usersig' && r.kind !== 'request') throw new Error(r.kind);
  return r.userSig?.decoded ?? null;
}

/** The status line of a report. */
function lineOf(r: InspectReport<unknown>) {
  return english(verdictLine(verdictOf(r), decodedOf(r)));
}

function problemOf(r: InspectReport<unknown>) {
  if (r.kind !== 'usersig' || r.userSig.decoded.ok) throw new Error('decoded');
  return r.userSig.decoded;
}

describe('validityAt', () => {
  it('counts down to the last valid second, then up since it passed', () => {
    expect(english(validityAt(100, 40))).toEqual({
      expired: false,
      seconds: 60,
      text: 'valid for another 1 min 0 s',
    });
    expect(english(validityAt(100, 100))).toMatchObject({ expired: false, seconds: 0 });
    expect(english(validityAt(100, 101))).toEqual({
      expired: true,
      seconds: 1,
      text: 'expired 1 s ago',
    });
  });
});

describe('verdictLine', () => {
  it('ACCEPTED with the right key, naming what it was checked against and the expiry date', async () => {
    const line = lineOf(await inspect(V.userSigNodeSdk, { key: V.key }));
    expect(line).toMatchObject({ tone: 'accepted', label: 'ACCEPTED', code: null });
    expect(line.message).toContain('SDKAppID 1400000000 and identifier "administrator"');
    expect(line.message).toContain(formatLocal(V.expiresAt, 'en'));
    expect(line.caveats.join(' ')).toMatch(/60010/);
  });

  it('REJECTED 70009 with a wrong key', async () => {
    const line = lineOf(await inspect(V.userSigNodeSdk, { key: 'nope' }));
    expect(line).toMatchObject({ tone: 'rejected', label: 'REJECTED 70009', code: 70009 });
    expect(line.message).toMatch(/another key/);
  });

  it('REJECTED 70001 once expired, with the date and no duration (it must not change every second)', async () => {
    for (const key of [undefined, V.key]) {
      const r = await inspect(V.userSigNodeSdk, { now: V.expiresAt + 5, ...(key ? { key } : {}) });
      const line = lineOf(r);
      expect(line).toMatchObject({ label: 'REJECTED 70001', code: 70001 });
      expect(line.message).toContain(formatLocal(V.expiresAt, 'en'));
      expect(line.message).toMatch(/whatever the key/);
      expect(line.message).not.toMatch(/\d+ s\b/);
    }
  });

  it('KEY NEEDED without a key, with the expiry item reworded as a date', async () => {
    const line = lineOf(await inspect(V.userSigNodeSdk));
    expect(line).toMatchObject({ tone: 'undecided', label: 'KEY NEEDED', code: null });
    expect(line.canTell).toContain(
      `It has not expired (it is valid until ${formatLocal(V.expiresAt, 'en')}), so not 70001.`,
    );
    expect(line.canTell.join(' ')).not.toMatch(/valid for another/);
    expect(line.cannotTell.join(' ')).toMatch(/70009/);
  });

  it('REJECTED 70003 for a UserSig that does not decode, and 70014 / 70013 for a URL that disagrees', async () => {
    const cut = lineOf(await inspect(V.userSigNodeSdk.slice(0, 100)));
    expect(cut.label).toBe('REJECTED 70003');
    // The status line names the step; the decode message itself is shown with the steps.
    expect(cut.message).toBe(
      'The UserSig does not decode (the zlib step fails): the server answers 70003 whatever the key.',
    );
    const other = await inspect(
      requestUrl({ ...QUERY, sdkappid: '1400000001', identifier: 'bob' }),
    );
    expect(lineOf(other).label).toBe('REJECTED 70014');
    const bob = await inspect(requestUrl({ ...QUERY, identifier: 'bob' }));
    expect(lineOf(bob).label).toBe('REJECTED 70013');
  });

  it('REJECTED 70002 for a URL without a usersig', async () => {
    const { usersig: _, ...rest } = QUERY;
    expect(lineOf(await inspect(requestUrl(rest))).label).toBe('REJECTED 70002');
  });

  it('OLD SCHEME for a v1 UserSig', async () => {
    const v1 = await packUserSig(
      '{"TLS.account_type":"0","TLS.identifier":"admin","TLS.appid_at_3rd":"0","TLS.sdk_appid":"1400000000","TLS.expire_after":"180","TLS.version":"201512300000","TLS.time":"1500000000","TLS.sig":"MEUCIQ"}',
    );
    const line = lineOf(await inspect(v1));
    expect(line).toMatchObject({ tone: 'old', label: 'OLD SCHEME (v1)' });
    expect(line.message).toMatch(/v1/);
  });
});

describe('decodeSteps', () => {
  it('marks the failing step, those before as passed and those after as not reached', async () => {
    const steps = decodeSteps(problemOf(await inspect(V.userSigNodeSdk.slice(0, 120))));
    expect(steps.map((s) => [s.step, s.state])).toEqual([
      ['alphabet', 'passed'],
      ['base64', 'passed'],
      ['zlib', 'failed'],
      ['json', 'not reached'],
      ['field', 'not reached'],
    ]);
  });

  it('stops at the alphabet for a character out of place', async () => {
    const bad = V.userSigNodeSdk.slice(0, 40) + '+' + V.userSigNodeSdk.slice(41);
    const p = problemOf(await inspect(bad));
    expect(decodeSteps(p)[0]).toMatchObject({ step: 'alphabet', state: 'failed' });
    expect(p.excerpt?.caret.trimStart()).toBe('^');
  });

  it('puts a v1 UserSig at the fields step, after all the others passed', async () => {
    const v1 = await packUserSig('{"TLS.sdk_appid":"1","TLS.account_type":"0"}');
    const steps = decodeSteps(problemOf(await inspect(v1)));
    expect(steps.at(-1)).toMatchObject({ step: 'field', state: 'failed' });
    expect(steps.slice(0, -1).every((s) => s.state === 'passed')).toBe(true);
  });
});

describe('mismatches', () => {
  it('names each of the URL’s values that differs from the UserSig’s, without a key', async () => {
    const r = await inspect(requestUrl({ ...QUERY, sdkappid: '1400000001', identifier: 'bob' }));
    expect(english(mismatches(r))).toEqual([
      expect.objectContaining({
        field: 'sdkappid',
        inUrl: '1400000001',
        inUserSig: '1400000000',
        code: 70014,
      }),
      expect.objectContaining({
        field: 'identifier',
        inUrl: 'bob',
        inUserSig: 'administrator',
        code: 70013,
      }),
    ]);
  });

  it('finds none when they agree, when the URL leaves them out, or for a bare UserSig', async () => {
    expect(english(mismatches(await inspect(requestUrl(QUERY))))).toEqual([]);
    const { identifier: _i, sdkappid: _s, ...rest } = QUERY;
    expect(english(mismatches(await inspect(requestUrl(rest))))).toEqual([]);
    expect(english(mismatches(await inspect(V.userSigNodeSdk)))).toEqual([]);
  });
});

describe('builderPlan', () => {
  const NOW_BUILDER = { endpoint: 'get_list', body: '{"From_Account":"kept"}' };

  it('maps the path to the endpoint id and takes the pasted body', async () => {
    const r = await inspect(`curl '${requestUrl(QUERY)}' --data-raw '${GET_LIST_BODY}'`);
    const plan = english(builderPlan(r, NOW_BUILDER));
    expect(plan).toMatchObject({
      ok: true,
      snapshot: {
        region: { kind: 'region', id: 'singapore', backup: false },
        sdkAppId: '1400000000',
        identifier: 'administrator',
        endpoint: 'get_list',
        body: GET_LIST_BODY,
      },
    });
    expect(plan.ok && plan.summary).toMatch(/Singapore.*get_list with the pasted body/);
    expect(plan.ok && plan.summary).toMatch(/UserSig was not copied/);
    expect(JSON.stringify(plan)).not.toContain(V.userSigNodeSdk);
  });

  it('keeps the builder’s body when the paste has none', async () => {
    const plan = english(
      builderPlan(await inspect(requestUrl(QUERY, 'adminapisgp.my-imcloud.com')), NOW_BUILDER),
    );
    expect(plan.ok && plan.snapshot.body).toBe(NOW_BUILDER.body);
    expect(plan.ok && plan.snapshot.region).toEqual({
      kind: 'region',
      id: 'singapore',
      backup: true,
    });
    expect(plan.ok && plan.notes).toContain("The paste has no body: the builder's body was kept.");
    expect(plan.ok && plan.notes.join(' ')).not.toMatch(/write it in the builder/);
  });

  it('keeps the endpoint and body for a path that is not a REST path', async () => {
    const url = requestUrl(QUERY, 'adminapisgp.im.qcloud.com', 'v4/openim/sendmsg/extra');
    const plan = english(builderPlan(await inspect(`curl '${url}' -d '{"x":1}'`), NOW_BUILDER));
    expect(plan).toMatchObject({
      ok: true,
      snapshot: { endpoint: 'get_list', body: NOW_BUILDER.body },
    });
    expect(plan.ok && plan.notes.join(' ')).toMatch(/no description of v4\/openim\/sendmsg\/extra/);
  });

  it('loads any other v4 path in raw mode, with the pasted body', async () => {
    const url = requestUrl(QUERY, 'adminapisgp.im.qcloud.com', 'v4/openim/sendmsg');
    const plan = english(builderPlan(await inspect(`curl '${url}' -d '{"x":1}'`), NOW_BUILDER));
    expect(plan).toMatchObject({
      ok: true,
      snapshot: { endpoint: 'raw:v4/openim/sendmsg', body: '{"x":1}' },
    });
    expect(plan.ok && plan.summary).toMatch(/v4\/openim\/sendmsg in raw mode with the pasted body/);
  });

  it('starts another endpoint from its default body when the paste has none', async () => {
    const raw = english(
      builderPlan(
        await inspect(requestUrl(QUERY, 'adminapisgp.im.qcloud.com', 'v4/openim/sendmsg')),
        NOW_BUILDER,
      ),
    );
    expect(raw.ok && raw.snapshot).toMatchObject({ endpoint: 'raw:v4/openim/sendmsg', body: '{}' });
    const del = english(
      builderPlan(
        await inspect(requestUrl(QUERY, 'adminapisgp.im.qcloud.com', 'v4/recentcontact/delete')),
        NOW_BUILDER,
      ),
    );
    expect(del.ok && del.snapshot.endpoint).toBe('delete');
    expect(del.ok && JSON.parse(del.snapshot.body)).toMatchObject({ From_Account: '', Type: 1 });
    expect(del.ok && del.notes.join(' ')).toMatch(/starts from delete's default body/);
  });

  it('loads an unknown host as a custom one', async () => {
    const plan = english(builderPlan(await inspect(requestUrl(QUERY, 'example.com')), NOW_BUILDER));
    expect(plan.ok && plan.snapshot.region).toEqual({ kind: 'custom', host: 'example.com' });
    expect(plan.ok && plan.summary).toMatch(/custom host example\.com/);
  });

  it('refuses a bare UserSig, saying why', async () => {
    const plan = english(builderPlan(await inspect(V.userSigNodeSdk), NOW_BUILDER));
    expect(plan).toMatchObject({ ok: false });
    expect(!plan.ok && plan.message).toMatch(/paste the request URL or the curl command/);
  });
});

describe('small words', () => {
  it('compactDuration drops trailing zero units only', () => {
    expect(compactDuration(15552000)).toBe('180 d');
    expect(compactDuration(90061)).toBe('1 d 1 h 1 min 1 s');
    expect(compactDuration(3600)).toBe('1 h');
    expect(compactDuration(0)).toBe('0 s');
    expect(compactDuration(60)).toBe('1 min');
  });

  it('prettyJson indents JSON and leaves anything else as it is', () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson('{oops')).toBe('{oops');
  });

  it('names severities and regions in words', () => {
    expect(['ok', 'info', 'warning', 'error'].map((s) => en(severityLabel(s as 'ok')))).toEqual([
      'OK',
      'Note',
      'Warning',
      'Error',
    ]);
    expect(en(regionText({ id: 'singapore', name: 'Singapore', backup: true }, 'x'))).toBe(
      'Singapore (backup domain)',
    );
    expect(en(regionText(null, 'example.com'))).toMatch(/Unknown host: example\.com/);
    expect(issueSeverity({ field: 'A', kind: 'advice', message: '' })).toBe('warning');
    expect(issueSeverity({ field: 'A', kind: 'missing', message: '' })).toBe('error');
  });
});

describe('long pastes on screen', () => {
  it('show the box the beginning of a paste over 20,000 characters or 500 lines, all of a short one', () => {
    expect(pasteInBox('curl x\n -H a')).toEqual({ text: 'curl x\n -H a', cut: false });
    const wide = 'a'.repeat(MAX_BOX_CHARS + 5);
    expect(pasteInBox(wide)).toEqual({ text: 'a'.repeat(MAX_BOX_CHARS), cut: true });
    const tall = 'x\n'.repeat(MAX_BOX_LINES * 2);
    const shown = pasteInBox(tall);
    expect(shown.cut).toBe(true);
    expect(shown.text.split('\n')).toHaveLength(MAX_BOX_LINES);
    expect(pasteInBox('x\n'.repeat(MAX_BOX_LINES - 1)).cut).toBe(false);
  });

  it('clip a long value for display and say how much is not shown', () => {
    expect(en(clipForDisplay('short'))).toBe('short');
    expect(en(clipForDisplay('b'.repeat(MAX_SHOWN_CHARS + 1234)))).toBe(
      `${'b'.repeat(MAX_SHOWN_CHARS)}… (1,234 more characters not shown)`,
    );
  });
});
