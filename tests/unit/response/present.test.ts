// The response model: what the Response panel shows of an exchange or a run, decided in lib.
import { describe, expect, it } from 'vitest';
import { itemViewsFor } from '../../../src/lib/api/response-views';
import { explainError } from '../../../src/lib/errors';
import type { FetchAllResult } from '../../../src/lib/pagination';
import type { Exchange, Run } from '../../../src/lib/response/exchange';
import {
  accountOf,
  answerOf,
  answeringViews,
  duplicateFlags,
  exchangeFailed,
  explanationView as explanationIn,
  outcomeView as outcomeIn,
  responseDocument,
  responseTables,
  summaryFields,
} from '../../../src/lib/response/present';
import { rowCells } from '../../../src/lib/response/table';
import { parseOutcome, type SendFailureKind } from '../../../src/lib/transport';
import { inEnglish } from '../i18n/texts';

// The outcome line and the explanation as a person reads them in English.
const outcomeView = inEnglish(outcomeIn);
const explanationView = inEnglish(explanationIn);

/** An exchange answered with `body` (HTTP `status`), as the Sender makes one. */
function answered(endpointId: string, body: string, status = 200): Exchange {
  const outcome = parseOutcome(body, status);
  const code = outcome.ok ? outcome.ErrorCode : undefined;
  return {
    endpointId,
    body: '{}',
    via: 'sandbox',
    startedAt: 1_700_000_000_000,
    result: {
      ok: true,
      response: { status, body, headers: {} },
      durationMs: 12.4,
      sizeBytes: body.length,
    },
    outcome,
    explanation: code !== undefined && code !== 0 ? explainError(code) : null,
  };
}

function transportFailure(kind: SendFailureKind): Exchange {
  return {
    endpointId: 'get_list',
    body: '{}',
    via: 'direct',
    startedAt: 0,
    result: { ok: false, kind, message: `It failed (${kind}).`, hint: 'Try curl.' },
    outcome: null,
    explanation: null,
  };
}

const item = (to: string, msgTime = 1_700_000_000) => ({
  Type: 1,
  To_Account: to,
  MsgTime: msgTime,
  TopFlag: 0,
});
const OK_PAGE = JSON.stringify({
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
  CompleteFlag: 1,
  TimeStamp: 5,
  StartIndex: 1,
  SessionItem: [item('bob'), item('carol')],
});

function runOf(items: unknown[], duplicates: FetchAllResult['duplicates']): Run {
  return {
    endpointId: 'get_list',
    startedAt: 0,
    result: {
      status: 'complete',
      pages: [{ body: {}, text: '{}', response: { CompleteFlag: 1 } }],
      items,
      duplicates,
      anomalies: [],
      estimatedBytes: 0,
    },
    failure: null,
  };
}

describe('exchangeFailed and outcomeView', () => {
  it('an OK answer: its status, code, time, size and way, not failed', () => {
    const x = answered('get_list', OK_PAGE);
    expect(exchangeFailed(x)).toBe(false);
    expect(outcomeView(x)).toEqual({
      kind: 'answer',
      failed: false,
      headline: 'OK',
      errorCode: 0,
      durationMs: 12,
      sizeBytes: OK_PAGE.length,
      via: 'sandbox',
      route: null,
      requestId: null,
      notes: [],
      errorInfo: null,
    });
  });

  it('an error answer fails, with its ErrorInfo and RequestId', () => {
    const x = answered(
      'get_list',
      '{"ActionStatus":"FAIL","ErrorCode":70009,"ErrorInfo":"bad sig","RequestId":"r-1"}',
    );
    expect(exchangeFailed(x)).toBe(true);
    expect(outcomeView(x)).toMatchObject({
      failed: true,
      headline: 'FAIL',
      errorCode: 70009,
      requestId: 'r-1',
      errorInfo: 'bad sig',
    });
    // A non-zero code fails even when ActionStatus says OK.
    expect(exchangeFailed(answered('get_list', '{"ActionStatus":"OK","ErrorCode":50004}'))).toBe(
      true,
    );
  });

  it('an answer that is not the API’s: the HTTP status heads it, and the notes say why', () => {
    const x = answered('get_list', '<html><title>Bad Gateway</title></html>', 502);
    expect(exchangeFailed(x)).toBe(true);
    const v = outcomeView(x);
    expect(v).toMatchObject({
      kind: 'answer',
      failed: true,
      headline: 'HTTP 502',
      errorCode: null,
    });
    expect(v.kind === 'answer' && v.notes).toEqual([
      expect.stringMatching(/^HTTP 502: .*gateway.*an HTML page \("Bad Gateway"\)/),
    ]);
    const notJson = outcomeView(answered('get_list', 'oops', 200));
    expect(notJson.kind === 'answer' && notJson.notes).toEqual([
      'The answer is not JSON: it starts with "oops".',
    ]);
    const gateway = outcomeView(answered('get_list', '{"x":1}', 502));
    expect(gateway.kind === 'answer' && gateway.notes[0]).toMatch(/^HTTP 502: .*gateway/);
  });

  it('a network failure offers curl and the proxy; a timeout offers nothing', () => {
    expect(outcomeView(transportFailure('network'))).toEqual({
      kind: 'transport',
      failed: true,
      message: 'It failed (network).',
      hint: 'Try curl.',
      offers: [
        { action: 'copy-curl', label: 'Copy as curl' },
        { action: 'proxy', label: 'Send via the proxy' },
      ],
      help: 'proxy',
      route: null,
    });
    expect(outcomeView(transportFailure('timeout'))).toMatchObject({ offers: [] });
    expect(exchangeFailed(transportFailure('timeout'))).toBe(true);
  });
});

describe('explanationView', () => {
  it('offers the control that fixes the code, and no button for an action without one', () => {
    const key = explanationView(answered('get_list', '{"ActionStatus":"FAIL","ErrorCode":70009}'));
    expect(key?.code).toBe(70009);
    expect(key?.offers).toEqual([{ action: 'key', label: 'Check the secret key' }]);
    const retry = explanationView(
      answered('get_list', '{"ActionStatus":"FAIL","ErrorCode":50004}'),
    );
    expect(retry?.fix).toBe('Send the request again.');
    expect(retry?.offers).toEqual([]);
    expect(explanationView(answered('get_list', OK_PAGE))).toBeNull();
  });
});

describe('issue 17: the ways around a failure, Auto, and the region finder', () => {
  it('offers the proxy help where a proxy would help, and the region for a name that does not resolve', () => {
    expect(outcomeView(transportFailure('proxy-down'))).toMatchObject({
      offers: [{ action: 'copy-curl' }],
      help: 'proxy',
    });
    expect(outcomeView(transportFailure('proxy-origin'))).toMatchObject({ help: 'proxy' });
    expect(outcomeView(transportFailure('unresolved'))).toMatchObject({
      offers: [{ action: 'region' }, { action: 'copy-curl' }],
      help: null,
    });
    expect(outcomeView(transportFailure('timeout'))).toMatchObject({ help: null });
  });

  it("says which way Auto went and why, on the answer's outcome line", () => {
    const x: Exchange = {
      ...answered('get_list', OK_PAGE),
      via: 'proxy',
      route: 'Auto: via the proxy.',
    };
    expect(outcomeView(x)).toMatchObject({ via: 'proxy', route: 'Auto: via the proxy.' });
  });

  it('offers "Find my region" for 70020 and 70016 from a real host, not from the sandbox', () => {
    for (const code of [70020, 70016]) {
      const body = `{"ActionStatus":"FAIL","ErrorCode":${code}}`;
      const real = explanationView({ ...answered('get_list', body), via: 'direct' });
      expect(real?.offers.map((o) => o.action)).toEqual(['region', 'find-region']);
      expect(explanationView(answered('get_list', body))?.offers.map((o) => o.action)).toEqual([
        'region',
      ]);
    }
  });
});

describe('tables, duplicates and summary', () => {
  it('the answering endpoint’s views: the run’s, else the exchange’s, else the builder’s', () => {
    const last = answered('get_c2c_unread_msg_num', '{}');
    expect(answeringViews(last, null, 'get_list')).toBe(itemViewsFor('get_c2c_unread_msg_num'));
    expect(answeringViews(last, runOf([], []), 'delete')).toBe(itemViewsFor('get_list'));
    expect(answeringViews(null, null, 'get_contact_group')).toBe(itemViewsFor('get_contact_group'));
  });

  it('one table of the answer’s items, and the summary fields it has', () => {
    const last = answered('get_list', OK_PAGE);
    const views = answeringViews(last, null, 'get_list');
    const [t, ...rest] = responseTables(views, last, null);
    expect(rest).toEqual([]);
    expect(t?.main).toBe(true);
    const rows = t ? t.table.items.map((_, i) => rowCells(t.table, i, 1_700_000_100)) : [];
    expect(rows.map((r) => r[1])).toEqual(['bob', 'carol']);
    expect(t?.duplicates).toEqual([]);
    expect(summaryFields(views, answerOf(last))).toEqual([
      ['CompleteFlag', '1'],
      ['TimeStamp', '5'],
      ['StartIndex', '1'],
    ]);
  });

  it('leaves out a view whose items field the answer lacks', () => {
    const views = itemViewsFor('get_c2c_unread_msg_num');
    const all = answered(
      'get_c2c_unread_msg_num',
      '{"ActionStatus":"OK","ErrorCode":0,"C2CUnreadMsgNumList":[{"Peer_Account":"bob","C2CUnreadMsgNum":2}],"ErrorList":[{"Peer_Account":"zed","ErrorCode":70107}]}',
    );
    expect(responseTables(views, all, null).map((t) => [t.view.itemsField, t.main])).toEqual([
      ['C2CUnreadMsgNumList', true],
      ['ErrorList', false],
    ]);
    const found = answered(
      'get_c2c_unread_msg_num',
      '{"ActionStatus":"OK","ErrorCode":0,"C2CUnreadMsgNumList":[]}',
    );
    expect(responseTables(views, found, null).map((t) => t.view.itemsField)).toEqual([
      'C2CUnreadMsgNumList',
    ]);
  });

  it('a run’s main table holds every item collected, its duplicates flagged by the spec’s key', () => {
    const items = [item('bob'), item('carol'), item('bob', 5)];
    const run = runOf(items, [{ key: '1:bob', pages: [1, 2] }]);
    expect(duplicateFlags(run)).toEqual([true, false, true]);
    expect(duplicateFlags(runOf(items, []))).toEqual([]);
    const [t] = responseTables(itemViewsFor('get_list'), null, run);
    expect(t?.table.items).toHaveLength(3);
    expect(t?.duplicates).toEqual([true, false, true]);
  });

  it('the JSON view: a run’s pages, an answer (to fold), or text as it came', () => {
    expect(responseDocument(null, runOf([], []))).toEqual({
      kind: 'json',
      value: [{ CompleteFlag: 1 }],
    });
    expect(responseDocument(answered('get_list', '{"a":1}'), null)).toEqual({
      kind: 'json',
      value: { a: 1 },
    });
    expect(responseDocument(answered('get_list', 'not json'), null)).toEqual({
      kind: 'text',
      text: 'not json',
    });
    expect(responseDocument(transportFailure('network'), null)).toEqual({ kind: 'text', text: '' });
  });

  it('the account an answer was asked for, for export file names', () => {
    expect(accountOf('{"From_Account":"alice","TimeStamp":0}')).toBe('alice');
    expect(accountOf('{"To_Account":"bob"}')).toBe('bob');
    expect(accountOf('{"From_Account":7}')).toBeNull();
    expect(accountOf('not json')).toBeNull();
  });
});
