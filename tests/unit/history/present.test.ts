// How the History panel reads its filter and words an entry: pure functions, no DOM.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER_INPUT,
  exportFileName,
  noticeOfImport as noticeOfImportMsg,
  unreadableNote as unreadableNoteMsg,
  readFilterInput as readFilterInputMsg,
} from '../../../src/lib/history';
import {
  endpointLabel as endpointLabelMsg,
  formatBytes,
  formatMs,
  outcomeBadge as outcomeBadgeMsg,
  placeLabel as placeLabelMsg,
  prettyText,
  regionOfHost as regionOfHostMsg,
  runLabel as runLabelMsg,
} from '../../../src/lib/history/present';
import { msg } from '../../../src/lib/i18n/message';
import { inEnglish, zh } from '../i18n/texts';

// The lib's words as the page shows them, in English.
const noticeOfImport = inEnglish(noticeOfImportMsg);
const unreadableNote = inEnglish(unreadableNoteMsg);
const readFilterInput = inEnglish(readFilterInputMsg);
const endpointLabel = inEnglish(endpointLabelMsg);
const outcomeBadge = inEnglish(outcomeBadgeMsg);
const placeLabel = inEnglish(placeLabelMsg);
const regionOfHost = inEnglish(regionOfHostMsg);
const runLabel = inEnglish(runLabelMsg);

describe('readFilterInput', () => {
  it('reads blank inputs as no filter, and trims the rest', () => {
    expect(readFilterInput(EMPTY_FILTER_INPUT)).toEqual({ ok: true, filter: {}, active: false });
    expect(
      readFilterInput({
        text: '  expired ',
        fromAccount: ' alice',
        errorCode: ' 70001 ',
        host: 'sgp',
        starredOnly: true,
      }),
    ).toEqual({
      ok: true,
      active: true,
      filter: {
        text: 'expired',
        fromAccount: 'alice',
        errorCode: 70001,
        host: 'sgp',
        starred: true,
      },
    });
  });

  it('refuses an ErrorCode that is not a whole number, with a sentence', () => {
    const r = readFilterInput({ ...EMPTY_FILTER_INPUT, errorCode: '7000x' });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('whole number') });
    expect(readFilterInput({ ...EMPTY_FILTER_INPUT, errorCode: '0' })).toMatchObject({
      filter: { errorCode: 0 },
    });
  });
});

describe('exportFileName', () => {
  it('names the file by the local date and minute', () => {
    expect(exportFileName(new Date(2024, 4, 1, 9, 5).getTime())).toBe(
      'chat-rest-history-2024-05-01-0905.json',
    );
  });
});

describe('wording', () => {
  it('names the region of a documented host, the sandbox, or leaves a custom host as it is', () => {
    expect(regionOfHost('adminapisgp.im.qcloud.com')).toBe('Singapore');
    expect(regionOfHost('adminapiger.my-imcloud.com')).toBe('Frankfurt (backup)');
    expect(placeLabel('sandbox')).toBe('Sandbox (offline)');
    expect(placeLabel('console.tim.qq.com')).toBe('China · console.tim.qq.com');
    expect(placeLabel('im-proxy.example.com')).toBe('im-proxy.example.com');
  });

  it('words outcomes: OK, FAIL with the code, HTTP status without a body, no answer', () => {
    const response = {
      kind: 'response' as const,
      httpStatus: 200,
      actionStatus: 'OK',
      errorCode: 0,
      errorInfo: '',
      durationMs: 1,
      sizeBytes: 1,
    };
    expect(outcomeBadge(response)).toEqual({ text: 'OK', tone: 'ok' });
    expect(outcomeBadge({ ...response, actionStatus: 'FAIL', errorCode: 70001 })).toEqual({
      text: 'FAIL 70001',
      tone: 'fail',
    });
    expect(
      outcomeBadge({ ...response, httpStatus: 502, actionStatus: null, errorCode: null }),
    ).toEqual({ text: 'HTTP 502', tone: 'fail' });
    expect(
      outcomeBadge({ kind: 'transport', failure: 'timeout', message: 'm', durationMs: 1 }),
    ).toEqual({ text: 'No answer (timeout)', tone: 'none' });
  });

  it('formats times, sizes, runs and JSON for reading', () => {
    expect(formatMs(12.4)).toBe('12 ms');
    expect(formatMs(1450)).toBe('1.4 s');
    expect(formatBytes(820)).toBe('820 B');
    expect(formatBytes(3482)).toBe('3.4 KB');
    expect(runLabel({ pageCount: 3, combinedCount: 250 })).toBe('3 pages · 250 items');
    expect(runLabel({ pageCount: 1, combinedCount: 1 })).toBe('1 page · 1 item');
    expect(runLabel({ pageCount: 1, combinedCount: null })).toBeNull();
    expect(prettyText('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyText('{"cut')).toBe('{"cut');
    expect(prettyText('<html>')).toBe('<html>');
  });

  it('explains an import: counts, rejected entries by position, and a refused file', () => {
    const n = noticeOfImport(
      {
        ok: true,
        added: 3,
        skippedDuplicates: 2,
        skippedOverLimit: 0,
        upgraded: 0,
        rejected: [{ index: 4, reason: 'entries[4].pages is empty' }],
      },
      'h.json',
      1000,
    );
    expect(n.tone).toBe('warn');
    expect(n.text).toBe('Imported from "h.json": 3 added, 2 skipped as already here, 1 rejected.');
    expect(n.details).toEqual(['Entry 5 rejected: entries[4].pages is empty.']);
    expect(
      noticeOfImport(
        { ok: false, code: 'not-json', message: msg('history.tr.json', { detail: null }) },
        'x',
        null,
      ),
    ).toEqual({ tone: 'error', text: 'Nothing was imported from "x": The file is not JSON.' });
  });
});

describe('unreadableNote', () => {
  it('counts the entries the list leaves out and says what removes them', () => {
    expect(unreadableNote(1)).toBe(
      '1 entry could not be read (damaged, or from a newer version of the app) and is not listed; Clear all removes it',
    );
    expect(unreadableNote(3)).toMatch(/^3 entries could not be read .* are not listed; .* them$/);
  });
});

describe('endpointLabel', () => {
  it('names a described endpoint by its id, in full by title and path', () => {
    expect(endpointLabel('delete')).toEqual({
      short: 'delete',
      full: 'Deleting a conversation · v4/recentcontact/delete',
      raw: false,
    });
  });

  it('names a raw request by its path, with the navigation’s name when it has one', () => {
    expect(endpointLabel('raw:v4/openim/sendmsg')).toEqual({
      short: 'v4/openim/sendmsg',
      full: 'Sending One-to-One Messages to One User · v4/openim/sendmsg (raw mode)',
      raw: true,
    });
    expect(endpointLabel('raw:v4/x_svc/y')).toEqual({
      short: 'v4/x_svc/y',
      full: 'v4/x_svc/y (raw mode)',
      raw: true,
    });
  });

  it('says so for an id this version does not know', () => {
    expect(endpointLabel('send_group_msg')).toEqual({
      short: 'send_group_msg',
      full: 'Unknown endpoint "send_group_msg"',
      raw: false,
    });
  });
});

describe('in Chinese', () => {
  it('names places and endpoints as the picker and the region list do', () => {
    expect(zh(placeLabelMsg('sandbox'))).toBe('沙盒（离线）');
    expect(zh(placeLabelMsg('adminapiger.my-imcloud.com'))).toBe(
      '法兰克福（备用） · adminapiger.my-imcloud.com',
    );
    expect(zh(endpointLabelMsg('get_list').full)).toBe('拉取会话列表 · v4/recentcontact/get_list');
    expect(zh(endpointLabelMsg('send_group_msg').full)).toBe('未知接口 "send_group_msg"');
  });
});
