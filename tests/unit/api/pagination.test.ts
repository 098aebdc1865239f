// Reading a page and building the next request from the page's sample response.
import { describe, expect, it } from 'vitest';
import { chinese, en, english } from '../i18n/texts';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { nextPageBodyText, readPage } from '../../../src/lib/api/pagination';
import { defaultBody } from '../../../src/lib/api/body-defaults';
import { formatBody } from '../../../src/lib/api/body-format';
import { section } from './doc-page';

const SAMPLE = JSON.parse(section('Sample response\n', '\nResponse fields')) as Record<
  string,
  unknown
>;

describe('readPage', () => {
  it('reads the page’s sample response', () => {
    expect(readPage(GET_LIST, SAMPLE)).toEqual({
      ok: true,
      complete: true,
      cursors: { TimeStamp: 1631012800, StartIndex: 0, TopTimeStamp: 1631012800, TopStartIndex: 0 },
      itemCount: 4,
    });
    expect(readPage(GET_LIST, { ...SAMPLE, CompleteFlag: 0 })).toMatchObject({
      ok: true,
      complete: false,
    });
  });

  it('refuses what is not a page, saying why', () => {
    const fail = { ActionStatus: 'FAIL', ErrorCode: 50002, ErrorInfo: 'bad', ErrorDisplay: '' };
    expect(english(readPage(GET_LIST, fail))).toEqual({
      ok: false,
      field: 'CompleteFlag',
      message: expect.stringMatching(/no CompleteFlag.*ErrorCode/),
    });
    expect(readPage(GET_LIST, [SAMPLE])).toMatchObject({ ok: false });
    expect(english(readPage(GET_LIST, { ...SAMPLE, TopStartIndex: -1 }))).toEqual({
      ok: false,
      field: 'TopStartIndex',
      message: expect.stringMatching(/TopStartIndex is -1/),
    });
    expect(readPage(GET_LIST, { ...SAMPLE, StartIndex: undefined })).toMatchObject({ ok: false });
    expect(readPage({ ...GET_LIST, pagination: undefined }, SAMPLE)).toMatchObject({ ok: false });
    // The same reasons in Chinese, wire names verbatim.
    expect(chinese(readPage(GET_LIST, { ...SAMPLE, TopStartIndex: -1 }))).toMatchObject({
      message: '应答的 TopStartIndex 是 -1，不是 0 到 4294967295 的整数：无法据此构造下一页。',
    });
  });
});

describe('nextPageBodyText', () => {
  it('copies the cursors in place and keeps everything else, unknown fields included', () => {
    const body = { ...defaultBody(GET_LIST), From_Account: 'id1', AssistFlags: 63, Extra: 'kept' };
    const text = formatBody(body, GET_LIST);
    const r = nextPageBodyText(GET_LIST, text, { ...SAMPLE, CompleteFlag: 0, StartIndex: 20 });
    if (!r.ok) throw new Error(en(r.message));
    expect(r.complete).toBe(false);
    expect(JSON.parse(r.text)).toEqual({
      ...body,
      TimeStamp: 1631012800,
      StartIndex: 20,
      TopTimeStamp: 1631012800,
      TopStartIndex: 0,
    });
    expect(r.text.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('passes on a body that does not parse or a response that is not a page', () => {
    expect(nextPageBodyText(GET_LIST, '{', SAMPLE)).toMatchObject({ ok: false });
    expect(nextPageBodyText(GET_LIST, '{}', {})).toMatchObject({ ok: false });
  });
});
