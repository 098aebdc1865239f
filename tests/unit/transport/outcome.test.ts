import { describe, expect, it } from 'vitest';
import * as transport from '../../../src/lib/transport';
import { inEnglish } from '../i18n/texts';

// The notes as the page words them in English.
const explainHttpStatus = inEnglish(transport.explainHttpStatus);
const parseOutcome = inEnglish(transport.parseOutcome);

describe('parseOutcome', () => {
  it('reads the documented sample answer', () => {
    const body =
      '{"SessionItem":[],"CompleteFlag":1,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ErrorDisplay":""}';
    const o = parseOutcome(body, 200);
    expect(o).toEqual({
      ok: true,
      json: JSON.parse(body) as unknown,
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ErrorDisplay: '',
    });
  });

  it('reads a failure with its RequestId', () => {
    const o = parseOutcome(
      '{"ActionStatus":"FAIL","ErrorCode":70001,"ErrorInfo":"usersig expired","ErrorDisplay":"","RequestId":"Id-7a1b"}',
    );
    expect(o).toMatchObject({
      ok: true,
      ActionStatus: 'FAIL',
      ErrorCode: 70001,
      ErrorInfo: 'usersig expired',
      RequestId: 'Id-7a1b',
    });
  });

  it('drops fields of the wrong type instead of trusting them', () => {
    const o = parseOutcome('{"ActionStatus":1,"ErrorCode":"70001","ErrorInfo":null,"RequestId":5}');
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.ActionStatus).toBeUndefined();
    expect(o.ErrorCode).toBeUndefined();
    expect(o.ErrorInfo).toBeUndefined();
    expect(o.RequestId).toBeUndefined();
    expect(Object.keys(o).sort()).toEqual(['json', 'ok']);
    expect(parseOutcome('{"ErrorCode":1.5}')).not.toHaveProperty('ErrorCode');
  });

  it('explains an HTML 502 page: not JSON, from something in the way, title quoted', () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>';
    const o = parseOutcome(html, 502);
    expect(o.ok).toBe(false);
    if (o.ok) return;
    expect(o.message).toMatch(/HTTP 502/);
    expect(o.message).toMatch(/answers 200/);
    expect(o.message).toMatch(/gateway/);
    expect(o.message).toMatch(/HTML page \("502 Bad Gateway"\)/);
  });

  it('explains an empty body and other text', () => {
    expect(parseOutcome('')).toEqual({ ok: false, message: 'The answer is empty, not JSON.' });
    const o = parseOutcome('upstream connect error');
    expect(!o.ok && o.message).toMatch(/not JSON: it starts with "upstream connect error"/);
  });

  it.each([
    ['[1,2]', /an array/],
    ['null', /null/],
    ['42', /a number/],
    ['"OK"', /a string/],
  ])('refuses JSON that is not an object: %s', (text, words) => {
    const o = parseOutcome(text);
    expect(o.ok).toBe(false);
    expect(!o.ok && o.message).toMatch(words);
  });

  it('keeps a JSON answer with a status other than 200, with a note', () => {
    const o = parseOutcome('{"ActionStatus":"FAIL","ErrorCode":60008}', 504);
    expect(o).toMatchObject({ ok: true, ErrorCode: 60008 });
    expect(o.ok && o.statusNote).toMatch(/HTTP 504/);
  });
});

describe('explainHttpStatus', () => {
  it('is silent about 200 and explains the rest', () => {
    expect(explainHttpStatus(200)).toBeNull();
    expect(explainHttpStatus(404)).toMatch(/nothing is at this address/);
    expect(explainHttpStatus(405)).toMatch(/POST/);
    expect(explainHttpStatus(302)).toMatch(/redirect/);
    expect(explainHttpStatus(418)).toMatch(/something on the way/);
  });
});
