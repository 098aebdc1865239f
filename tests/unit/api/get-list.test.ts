// The get_list description against its documentation page (docs/reference/get_list-seed.txt, verbatim).
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/texts';
import { ASSIST_FLAG_BITS, ASSIST_FLAGS_PRESETS } from '../../../src/lib/api/assist-flags';
import { ENDPOINTS, endpointById } from '../../../src/lib/api/endpoints';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { advisorFor } from '../../../src/lib/api/endpoint-advice';
import { adviseGetList } from '../../../src/lib/api/endpoints/get-list.advice';
import { itemViewsFor, itemsOf } from '../../../src/lib/api/response-views';
import { itemTable as tableIn } from '../../../src/lib/response/table';
import { defaultBody } from '../../../src/lib/api/body-defaults';
import { validateBody } from '../../../src/lib/api/body-rules';
import { bitmaskFor } from '../../../src/lib/api/widgets';
import { formatLocal } from '../../../src/lib/time/format';
import { docErrors, docRequestFields, docSampleRequest, PAGE } from './doc-page';

// The table as a person reads it in English.
const itemTable = (...[view, items, now]: Parameters<typeof tableIn>) =>
  tableIn(view, items, now, undefined, en);

// The page says "String" and "Integer"; the description refines Integer to uint32 for these
// fields (Unix seconds, indexes and a bit mask are never negative).
const TYPE_OF_DOC: Record<string, string[]> = {
  String: ['string'],
  Integer: ['uint32', 'integer'],
};

describe('GET_LIST', () => {
  const doc = docRequestFields();

  it('the page table parses into the six documented fields', () => {
    // A guard on the parser: the page names six request fields (chat-rest-facts.md agrees).
    expect(doc.map((f) => f.name)).toEqual([
      'From_Account',
      'TimeStamp',
      'StartIndex',
      'TopTimeStamp',
      'TopStartIndex',
      'AssistFlags',
    ]);
  });

  it('has every field of the page, in its order, with its type, required flag and words', () => {
    expect(GET_LIST.fields.map((f) => f.name)).toEqual(doc.map((f) => f.name));
    for (const d of doc) {
      const f = GET_LIST.fields.find((x) => x.name === d.name);
      expect(f, d.name).toBeDefined();
      expect(TYPE_OF_DOC[d.type], d.name).toContain(f?.type);
      expect(f?.required, d.name).toBe(d.required === 'Yes');
      expect(f && en(f.description), d.name).toBe(d.description);
    }
  });

  it('has the brief’s defaults: empty required From_Account, cursors 0, AssistFlags 7', () => {
    const by = (n: string) => GET_LIST.fields.find((f) => f.name === n);
    expect(by('From_Account')).toMatchObject({ default: '', nonEmpty: true, required: true });
    for (const n of ['TimeStamp', 'StartIndex', 'TopTimeStamp', 'TopStartIndex']) {
      // Each request cursor is filled from the response field of the same name (the page:
      // "sent to the Chat backend via the TimeStamp field of the request").
      expect(by(n)).toMatchObject({ default: 0, cursorFrom: n });
      expect(PAGE).toContain(`via the ${n} field of the request`);
    }
    expect(by('AssistFlags')?.default).toBe(7);
    expect(by('AssistFlags')?.cursorFrom).toBeUndefined();
  });

  it('defaults match the page’s sample request except the UserID, which starts empty', () => {
    const sample = docSampleRequest() as Record<string, unknown>;
    const body = defaultBody(GET_LIST);
    expect(Object.keys(body)).toEqual(Object.keys(sample));
    expect({ ...body, From_Account: sample['From_Account'] }).toEqual(sample);
    // The sample itself is a valid body.
    expect(validateBody(GET_LIST, sample).errors).toEqual([]);
  });

  it('lists the page’s own error codes with the page’s words', () => {
    const errors = docErrors();
    expect([...errors.keys()]).toEqual([50001, 50002, 50003, 50004, 50005]);
    expect(GET_LIST.errors.map((e) => [e.code, e.meaning])).toEqual([...errors.entries()]);
  });

  it('carries the path, rate limit and pagination of the page', () => {
    expect(PAGE).toContain(`https://xxxxxx/${GET_LIST.path}?`);
    expect(PAGE).toContain(`${GET_LIST.rateLimit} calls per second`);
    expect(GET_LIST.pagination).toMatchObject({
      completeField: 'CompleteFlag',
      itemsField: 'SessionItem',
    });
    // Any item key fields are item fields of the page's response table.
    for (const k of GET_LIST.pagination?.itemKeyFields ?? []) expect(PAGE).toContain(`\n${k}\n`);
    // Both are response fields of the page.
    expect(PAGE).toMatch(/\nCompleteFlag\nInteger\n/);
    expect(PAGE).toMatch(/\nSessionItem\nArray\n/);
    expect(PAGE).toContain(GET_LIST.title);
    expect(PAGE).toContain(en(GET_LIST.summary));
  });
});

describe('what else the get_list module carries', () => {
  const field = (name: string) => {
    const f = GET_LIST.fields.find((x) => x.name === name);
    if (!f) throw new Error(name);
    return f;
  };

  it('advises on AssistFlags values that are probably mistakes, from the advice module', () => {
    expect(advisorFor(GET_LIST.id)).toBe(adviseGetList);
    const body = { ...defaultBody(GET_LIST), From_Account: 'alice' };
    expect(adviseGetList({ ...body, AssistFlags: 0 })).toMatchObject([
      { field: 'AssistFlags', kind: 'advice' },
    ]);
    expect(adviseGetList(body)).toEqual([]);
    // Not a uint32: a type error elsewhere, no advice on top of it.
    expect(adviseGetList({ ...body, AssistFlags: '0' })).toEqual([]);
  });

  it('gives AssistFlags, and only AssistFlags, the bit-mask widget with the documented bits', () => {
    expect(bitmaskFor(GET_LIST, field('AssistFlags'))).toEqual({
      kind: 'bitmask',
      bits: ASSIST_FLAG_BITS,
      presets: ASSIST_FLAGS_PRESETS,
    });
    for (const f of GET_LIST.fields.filter((x) => x.name !== 'AssistFlags')) {
      expect(bitmaskFor(GET_LIST, f), f.name).toBeNull();
    }
  });

  it('shows SessionItem as its table, the page’s sample response row by row', () => {
    const view = itemViewsFor(GET_LIST.id)[0] ?? null;
    if (!view) throw new Error('get_list has a view');
    expect(view.itemsField).toBe(GET_LIST.pagination?.itemsField);
    expect(view.summaryFields).toEqual([
      'CompleteFlag',
      'TimeStamp',
      'StartIndex',
      'TopTimeStamp',
      'TopStartIndex',
    ]);
    const answer = {
      SessionItem: [
        { Type: 1, To_Account: 'id2', MsgTime: 1630997627, TopFlag: 1 },
        { Type: 2, GroupId: '@TGS#2J4SZEAEL', MsgTime: 1630997627, TopFlag: 0 },
        { Type: 1, To_Account: 'carol', MsgTime: 0, TopFlag: 0, StandardMark: '1' },
        { Type: 3, MsgTime: 'x', TopFlag: 2 },
      ],
    };
    const now = 1630997627 + 3600;
    expect(itemTable(view, itemsOf(view, answer), now)).toEqual({
      headers: ['Type', 'Peer or group ID', 'Last message (MsgTime)', 'Pinned', 'StandardMark'],
      rows: [
        ['One-to-one', 'id2', `${formatLocal(1630997627)} · 1 hour ago`, 'Pinned', ''],
        ['Group', '@TGS#2J4SZEAEL', `${formatLocal(1630997627)} · 1 hour ago`, '', ''],
        // StandardMark's bits named (issue 16): bit 0 is the star.
        ['One-to-one', 'carol', '— (no message yet)', '', '1 · star'],
        ['Type 3', '', 'x', '2', ''],
      ],
    });
  });
});

describe('ENDPOINTS', () => {
  it('finds get_list by id and nothing for an unknown id', () => {
    expect(endpointById('get_list')).toBe(GET_LIST);
    expect(endpointById('GET_LIST')).toBeNull();
    expect(endpointById('')).toBeNull();
    expect(ENDPOINTS).toContain(GET_LIST);
  });

  it('has unique ids and paths', () => {
    expect(new Set(ENDPOINTS.map((e) => e.id)).size).toBe(ENDPOINTS.length);
    expect(new Set(ENDPOINTS.map((e) => e.path)).size).toBe(ENDPOINTS.length);
  });
});
