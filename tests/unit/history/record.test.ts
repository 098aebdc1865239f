// From what the Sender reports to what history stores: outcomes, pages, runs, failures.
import { describe, expect, it } from 'vitest';
import { buildEntry, draftFromSend, type RecordedExchange } from '../../../src/lib/history';
import type { RequestSnapshot } from '../../../src/lib/api/types';
import { getListBody } from './helpers';

const SNAPSHOT: RequestSnapshot = {
  region: { kind: 'sandbox' },
  sdkAppId: '1400000001',
  identifier: 'administrator',
  endpoint: 'get_list',
  body: getListBody('alice'),
};

function answered(body: string, answer: object, status = 200): RecordedExchange {
  const text = JSON.stringify(answer);
  return {
    body,
    startedAt: 1000,
    result: {
      ok: true,
      response: { status, body: text, headers: {} },
      durationMs: 12.6,
      sizeBytes: text.length,
    },
    outcome: { ok: true, json: answer, ...answer },
  };
}

describe('draftFromSend', () => {
  it('keeps a single answered request: status, ActionStatus, ErrorCode, ErrorInfo, time, size, text', () => {
    const exchange = answered(SNAPSHOT.body, {
      ActionStatus: 'FAIL',
      ErrorCode: 70001,
      ErrorInfo: 'UserSig expired',
    });
    const draft = draftFromSend(
      { snapshot: SNAPSHOT, host: 'sandbox', via: 'sandbox', kind: 'single', exchange },
      2000,
    );
    expect(draft).toMatchObject({
      region: { kind: 'sandbox' },
      host: 'sandbox',
      sdkAppId: '1400000001',
      identifier: 'administrator',
      endpoint: 'get_list',
      sentVia: 'sandbox',
    });
    expect(draft?.combinedCount).toBeUndefined();
    expect(draft?.pages).toEqual([
      {
        body: SNAPSHOT.body,
        outcome: {
          kind: 'response',
          httpStatus: 200,
          actionStatus: 'FAIL',
          errorCode: 70001,
          errorInfo: 'UserSig expired',
          durationMs: 13,
          sizeBytes: exchange.result.ok ? exchange.result.sizeBytes : -1,
        },
        response: exchange.result.ok ? exchange.result.response.body : '',
      },
    ]);
  });

  it('keeps a transport failure with its kind, its message and the time until it was reported', () => {
    const draft = draftFromSend(
      {
        snapshot: { ...SNAPSHOT, region: { kind: 'region', id: 'singapore', backup: false } },
        host: 'adminapisgp.im.qcloud.com',
        via: 'direct',
        kind: 'single',
        exchange: {
          body: SNAPSHOT.body,
          startedAt: 1000,
          result: { ok: false, kind: 'network', message: 'Could not reach it.', hint: 'Try curl.' },
          outcome: null,
        },
      },
      1450,
    );
    expect(draft?.pages[0]).toEqual({
      body: SNAPSHOT.body,
      outcome: {
        kind: 'transport',
        failure: 'network',
        message: 'Could not reach it.',
        durationMs: 450,
      },
      response: '',
    });
  });

  it('keeps an answer that is not JSON with nulls for the fields it lacks', () => {
    const draft = draftFromSend(
      {
        snapshot: SNAPSHOT,
        host: 'sandbox',
        via: 'proxy',
        kind: 'single',
        exchange: {
          body: SNAPSHOT.body,
          startedAt: 0,
          result: {
            ok: true,
            response: { status: 502, body: '<html>Bad gateway</html>', headers: {} },
            durationMs: 5,
            sizeBytes: 24,
          },
          outcome: { ok: false, message: 'The answer is not JSON.' },
        },
      },
      10,
    );
    expect(draft?.pages[0]?.outcome).toMatchObject({
      httpStatus: 502,
      actionStatus: null,
      errorCode: null,
      errorInfo: null,
    });
  });

  it('makes a "Fetch all pages" run one draft holding every page and the item count', () => {
    const ok = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
    const pages = [
      answered(getListBody('alice'), ok),
      answered(getListBody('alice'), ok),
      answered(getListBody('alice'), ok),
    ];
    const draft = draftFromSend(
      {
        snapshot: SNAPSHOT,
        host: 'sandbox',
        via: 'sandbox',
        kind: 'all',
        run: { result: { items: new Array(250).fill({}) } },
        exchanges: pages,
      },
      5000,
    );
    expect(draft?.pages).toHaveLength(3);
    expect(draft?.combinedCount).toBe(250);
    // buildEntry accepts it as a run (several pages need combinedCount).
    const entry = buildEntry(draft!, { id: 'x', time: 1 });
    expect(entry.kind).toBe('all-pages');
  });

  it('gives no draft for a run that sent nothing', () => {
    expect(
      draftFromSend(
        {
          snapshot: SNAPSHOT,
          host: 'sandbox',
          via: 'sandbox',
          kind: 'all',
          run: { result: { items: [] } },
          exchanges: [],
        },
        0,
      ),
    ).toBeNull();
  });
});
