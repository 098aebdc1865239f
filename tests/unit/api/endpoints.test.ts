// The endpoint registry and the three descriptions beyond get_list, against chat-rest-facts.md
// ("Related endpoints in the same group"): fields, required flags (also conditional ones),
// defaults, docs, errors and the table views.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRequestBody as checkRequestBodyRaw } from '../../../src/lib/api/body-analysis';
import { en, english, inEnglish } from '../i18n/texts';
import { GET_C2C_UNREAD_MSG_NUM } from '../../../src/lib/api/endpoints/c2c-unread';
import { GET_CONTACT_GROUP } from '../../../src/lib/api/endpoints/contact-group';
import { DELETE_CONVERSATION } from '../../../src/lib/api/endpoints/delete';
import {
  DEFAULT_ENDPOINT_ID,
  ENDPOINTS,
  describedEndpointForPath,
  endpointById,
  isKnownEndpointId,
} from '../../../src/lib/api/endpoints';
import { advisorFor, ENDPOINT_ADVICE } from '../../../src/lib/api/endpoint-advice';
import { describeEndpointId } from '../../../src/lib/api/endpoint-names';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { nextPageBodyText, readPage } from '../../../src/lib/api/pagination';
import { itemViewsFor, itemsOf } from '../../../src/lib/api/response-views';
import { itemTable as tableIn } from '../../../src/lib/response/table';
import { toJsonSchema } from '../../../src/lib/api/schema';
import type { EndpointDescription, FieldDescription } from '../../../src/lib/api/types';
import { analyzeBody as analyzeBodyRaw } from '../../../src/lib/api/body-analysis';
import { defaultBody, defaultBodyText } from '../../../src/lib/api/body-defaults';
import { removeFieldFromBodyText, setFieldInBodyText } from '../../../src/lib/api/body-edit';
import { formatBody } from '../../../src/lib/api/body-format';
import { fieldRequirement, validateBody as validateBodyRaw } from '../../../src/lib/api/body-rules';

// Lib code returns messages; these assert the English a person reads.
const validateBody = inEnglish(validateBodyRaw);
const checkRequestBody = inEnglish(checkRequestBodyRaw);
const analyzeBody = inEnglish(analyzeBodyRaw);

// The table as a person reads it in English.
const itemTable = (...[view, items, now]: Parameters<typeof tableIn>) =>
  tableIn(view, items, now, undefined, en);

const FACTS = readFileSync(
  new URL('../../../docs/reference/chat-rest-facts.md', import.meta.url),
  'utf8',
);
// The group, mark and account pages' facts (issue 16).
const SESSION_FACTS = readFileSync(
  new URL('../../../docs/reference/session-apis.md', import.meta.url),
  'utf8',
);

/** Every field of a description, nested ones too, with its path as text. */
function allFields(
  fields: readonly FieldDescription[],
  at = '',
): [string, FieldDescription, readonly FieldDescription[]][] {
  return fields.flatMap((f) => [
    [`${at}${f.name}`, f, fields] as [string, FieldDescription, readonly FieldDescription[]],
    ...allFields(f.fields ?? [], `${at}${f.name}.`),
  ]);
}

/** A body's required strings and lists filled in, at any depth, so the default body can pass. */
function filled(fields: readonly FieldDescription[], body: Record<string, unknown>): void {
  for (const f of fields) {
    const v = body[f.name];
    if (v === undefined) continue;
    if (f.type === 'string' && f.nonEmpty) body[f.name] = 'alice';
    if (f.type === 'string[]' && (f.minItems ?? 0) > 0 && Array.isArray(v) && v.length === 0)
      body[f.name] = ['alice'];
    if (f.type === 'object') filled(f.fields ?? [], v as Record<string, unknown>);
    if (f.type === 'object[]')
      for (const row of v as Record<string, unknown>[]) filled(f.fields ?? [], row);
  }
}

const field = (desc: EndpointDescription, name: string): FieldDescription => {
  const f = desc.fields.find((x) => x.name === name);
  if (!f) throw new Error(`${desc.id} has no ${name}`);
  return f;
};

const kinds = (issues: { field: string | null; kind: string }[]) =>
  issues.map((i) => `${i.field}:${i.kind}`);

describe('ENDPOINTS', () => {
  it('offers get_list first (the default), then delete, the unread counts, the contact groups, the marks and the accounts', () => {
    expect(ENDPOINTS.map((e) => e.id)).toEqual([
      'get_list',
      'delete',
      'get_c2c_unread_msg_num',
      'get_contact_group',
      'create_contact_group',
      'update_contact_group',
      'del_contact_group',
      'mark_contact',
      'search_contact_group',
      'account_import',
      'multiaccount_import',
      'account_check',
    ]);
    expect(DEFAULT_ENDPOINT_ID).toBe('get_list');
    expect(ENDPOINTS[0]).toBe(GET_LIST);
  });

  it('finds each by id, and gives the paths of chat-rest-facts.md', () => {
    expect(endpointById('delete')).toBe(DELETE_CONVERSATION);
    expect(endpointById('get_c2c_unread_msg_num')).toBe(GET_C2C_UNREAD_MSG_NUM);
    expect(endpointById('get_contact_group')).toBe(GET_CONTACT_GROUP);
    expect(endpointById('Delete')).toBeNull();
    for (const e of ENDPOINTS) {
      expect(FACTS + SESSION_FACTS, e.id).toContain(`v4/${e.path.slice(3)}`);
      expect(e.path).toMatch(/^v4\/[a-z_]+\/[a-z_0-9]+$/);
      // Ids never contain ":", so no described id can be mistaken for a raw one.
      expect(e.id).not.toContain(':');
    }
  });

  it('describes every field with words, a type-correct default and no duplicate name', () => {
    for (const e of ENDPOINTS) {
      expect(new Set(e.fields.map((f) => f.name)).size, e.id).toBe(e.fields.length);
      expect(e.title.length, e.id).toBeGreaterThan(0);
      // "100 calls per second" on the two account pages that say so (session-apis.md §9).
      const slower = ['multiaccount_import', 'account_check'];
      expect(e.rateLimit, e.id).toBe(slower.includes(e.id) ? 100 : 200);
      for (const [, f, siblings] of allFields(e.fields)) {
        if (f.fields) expect(new Set(f.fields.map((x) => x.name)).size).toBe(f.fields.length);
        expect(en(f.description).length, `${e.id}.${f.name}`).toBeGreaterThan(0);
        if (f.enum) expect(f.enum, `${e.id}.${f.name}`).toContain(f.default);
        // Words for an enum's values, when given, name each value once.
        if (f.enumLabels) expect(f.enumLabels.length, `${e.id}.${f.name}`).toBe(f.enum?.length);
        // A conditional field is never also unconditionally required.
        if (f.requiredWhen) {
          expect(f.required).toBe(false);
          expect(siblings.some((x) => x.name === f.requiredWhen?.field)).toBe(true);
        }
        // Objects describe their members; nothing else has any.
        expect(f.fields !== undefined, `${e.id}.${f.name}`).toBe(f.type.startsWith('object'));
      }
      expect(e.errors.length, e.id).toBeGreaterThan(0);
      for (const err of e.errors) expect(err.meaning.length).toBeGreaterThan(10);
    }
  });

  it('accepts each default body once its UserID is filled, and refuses it while empty', () => {
    for (const e of ENDPOINTS) {
      const body: Record<string, unknown> = defaultBody(e);
      expect(validateBody(e, body).ok, e.id).toBe(false);
      filled(e.fields, body);
      expect(validateBody(e, body), e.id).toMatchObject({ ok: true, errors: [] });
      // The editor's text is the same body.
      expect(JSON.parse(defaultBodyText(e))).toEqual(defaultBody(e));
    }
  });
});

describe('one module per endpoint: what the registry reads from each', () => {
  it('pages only through uint32 cursors, the one rule Next page and Fetch all pages apply', () => {
    for (const e of ENDPOINTS) {
      for (const f of e.fields.filter((x) => x.cursorFrom !== undefined)) {
        expect(f.type, `${e.id}.${f.name}`).toBe('uint32');
      }
      // A paging endpoint has a cursor, and its main table is the paged items.
      if (e.pagination) {
        expect(
          e.fields.some((f) => f.cursorFrom !== undefined),
          e.id,
        ).toBe(true);
        expect((itemViewsFor(e.id)[0] ?? null)?.itemsField, e.id).toBe(e.pagination.itemsField);
      }
    }
  });

  it('gives widgets only to fields it has, and its advice to the builder and the inspector', () => {
    for (const e of ENDPOINTS) {
      for (const name of Object.keys(e.widgets ?? {})) {
        expect(
          e.fields.map((f) => f.name),
          e.id,
        ).toContain(name);
      }
    }
    expect(ENDPOINTS.filter((e) => advisorFor(e.id)).map((e) => e.id)).toEqual([
      'get_list',
      'delete',
      'mark_contact',
    ]);
    expect(ENDPOINTS.filter((e) => e.widgets).map((e) => e.id)).toEqual(['get_list']);
  });
});

describe('the answer tables beside the modules (endpoints/*.views.ts)', () => {
  it('are found for the endpoints whose answers have items, and for no other id', () => {
    expect(ENDPOINTS.map((e) => [e.id, itemViewsFor(e.id).map((v) => v.itemsField)])).toEqual([
      ['get_list', ['SessionItem']],
      ['delete', []],
      ['get_c2c_unread_msg_num', ['C2CUnreadMsgNumList', 'ErrorList']],
      ['get_contact_group', ['ContactItem', 'GroupItem']],
      ['create_contact_group', ['GroupResultItem']],
      ['update_contact_group', ['UpdateGroupResult', 'ContactResultItem']],
      ['del_contact_group', ['GroupItem']],
      ['mark_contact', ['ResultItem']],
      ['search_contact_group', ['ContactResultItem', 'GroupItem']],
      ['account_import', []],
      ['multiaccount_import', ['FailAccounts']],
      ['account_check', ['ResultItem']],
    ]);
    expect(itemViewsFor('nope')).toEqual([]);
    expect(itemViewsFor('GET_LIST')).toEqual([]);
  });

  it('name an endpoint of the registry each, once', () => {
    const files = import.meta.glob<{ endpointId: string }>(
      '../../../src/lib/api/endpoints/*.views.ts',
      { eager: true, import: 'VIEWS' },
    );
    const ids = Object.values(files).map((v) => v.endpointId);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ENDPOINTS.map((e) => e.id)).toContain(id);
  });
});

describe('the advice beside the modules (endpoints/*.advice.ts)', () => {
  it('is listed in endpoint-advice.ts, every file of it, each for an endpoint of the registry, once', () => {
    const files = import.meta.glob<{ endpointId: string }>(
      '../../../src/lib/api/endpoints/*.advice.ts',
      { eager: true, import: 'ADVICE' },
    );
    const found = Object.values(files);
    expect(found.length).toBe(3);
    // A file written and not listed would give no advice: the list holds these very objects.
    expect(new Set(ENDPOINT_ADVICE)).toEqual(new Set(found));
    const ids = found.map((a) => a.endpointId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(ENDPOINTS.map((e) => e.id)).toContain(id);
    expect(advisorFor('nope')).toBeUndefined();
    expect(advisorFor('constructor')).toBeUndefined();
  });
});

describe('delete (v4/recentcontact/delete)', () => {
  const D = DELETE_CONVERSATION;
  const oneToOne = { From_Account: 'alice', Type: 1, To_Account: 'bob', ClearRamble: 1 };
  const group = { From_Account: 'alice', Type: 2, ToGroupid: '@TGS#2J4SZEAEL', ClearRamble: 1 };

  it('has the facts’ fields, with ToGroupid spelled as the service spells it', () => {
    expect(D.fields.map((f) => f.name)).toEqual([
      'From_Account',
      'Type',
      'To_Account',
      'ToGroupid',
      'ClearRamble',
    ]);
    expect(FACTS).toContain('"Type":2,"ToGroupid","ClearRamble":1');
    expect(field(D, 'Type')).toMatchObject({ required: true, enum: [1, 2], default: 1 });
    expect(field(D, 'To_Account').requiredWhen).toEqual({ field: 'Type', equals: 1 });
    expect(field(D, 'ToGroupid').requiredWhen).toEqual({ field: 'Type', equals: 2 });
    expect(field(D, 'ClearRamble')).toMatchObject({ required: false, enum: [0, 1] });
    expect(en(field(D, 'ClearRamble').description)).toMatch(/roaming messages/);
    expect(D.errors.map((e) => e.code)).toEqual([50001, 50002, 50003, 50004, 50005]);
    expect(D.pagination).toBeUndefined();
  });

  it('starts as a one-to-one delete that keeps the roaming messages', () => {
    expect(defaultBody(D)).toEqual({ From_Account: '', Type: 1, To_Account: '', ClearRamble: 0 });
  });

  it('accepts both of the facts’ sample bodies', () => {
    expect(validateBody(D, oneToOne)).toMatchObject({ ok: true, errors: [] });
    expect(validateBody(D, group)).toMatchObject({ ok: true, errors: [] });
  });

  it('requires To_Account when Type is 1 and ToGroupid when Type is 2 (requiredWhen, both ways)', () => {
    const noPeer = validateBody(D, { From_Account: 'alice', Type: 1 });
    expect(kinds(noPeer.errors)).toEqual(['To_Account:missing']);
    expect(noPeer.errors[0]?.message).toMatch(
      /To_Account is missing; it is required when Type is 1/,
    );

    const noGroup = validateBody(D, { From_Account: 'alice', Type: 2 });
    expect(kinds(noGroup.errors)).toEqual(['ToGroupid:missing']);
    expect(noGroup.errors[0]?.message).toMatch(/required when Type is 2/);

    // And not the other way round: neither is required while its Type is not chosen.
    expect(validateBody(D, oneToOne).errors).toEqual([]);
    expect(kinds(validateBody(D, group).errors)).toEqual([]);
  });

  it('points out a peer field left over from the other Type, without blocking the send', () => {
    const r = validateBody(D, { ...group, To_Account: '' });
    expect(r.ok).toBe(true);
    expect(kinds(r.warnings)).toEqual(['To_Account:advice']);
    expect(r.warnings[0]?.message).toMatch(/used only when Type is 1.*Type is 2 here/);
    const back = validateBody(D, { ...oneToOne, ToGroupid: 'g' });
    expect(kinds(back.warnings)).toContain('ToGroupid:advice');
  });

  it('warns about ToGroupId and names the service’s spelling, ToGroupid', () => {
    const withType2 = validateBody(D, { From_Account: 'alice', Type: 2, ToGroupId: 'g1' });
    expect(withType2.ok).toBe(false);
    expect(withType2.errors[0]?.message).toMatch(
      /ToGroupid is missing.*The body has "ToGroupId": names are case-sensitive, write "ToGroupid"/,
    );
    const unknown = withType2.warnings.find((w) => w.field === 'ToGroupId');
    expect(unknown?.kind).toBe('unknown');
    expect(unknown?.message).toMatch(/did you mean ToGroupid\? The service spells it "ToGroupid"/);

    // With Type 1 the misspelling blocks nothing, but is still named.
    const withType1 = validateBody(D, { ...oneToOne, ToGroupId: 'g1' });
    expect(withType1.ok).toBe(true);
    expect(withType1.warnings.map((w) => w.message).join('\n')).toMatch(/ToGroupid/);
  });

  it('refuses a Type other than 1 or 2, an empty peer and a ClearRamble other than 0 or 1', () => {
    expect(kinds(validateBody(D, { ...oneToOne, Type: 3 }).errors)).toEqual(['Type:range']);
    expect(kinds(validateBody(D, { ...oneToOne, Type: '1' }).errors)).toContain('Type:type');
    expect(kinds(validateBody(D, { ...oneToOne, To_Account: '' }).errors)).toEqual([
      'To_Account:empty',
    ]);
    expect(kinds(validateBody(D, { ...group, ToGroupid: '' }).errors)).toEqual(['ToGroupid:empty']);
    expect(kinds(validateBody(D, { ...oneToOne, ClearRamble: 2 }).errors)).toEqual([
      'ClearRamble:range',
    ]);
  });

  it('warns that ClearRamble 1 clears the roaming messages too (its advisor)', () => {
    expect(advisorFor(D.id)).toBeDefined();
    const r = checkRequestBody(D, JSON.stringify(oneToOne));
    expect(r.validation?.warnings.map((w) => w.field)).toEqual(['ClearRamble']);
    expect(r.validation?.warnings[0]?.message).toMatch(/cannot be undone/);
    expect(
      checkRequestBody(D, JSON.stringify({ ...oneToOne, ClearRamble: 0 })).validation?.warnings,
    ).toEqual([]);
  });

  it('tells the form which peer field applies (fieldRequirement)', () => {
    const to = field(D, 'To_Account');
    const gid = field(D, 'ToGroupid');
    expect(fieldRequirement(to, oneToOne)).toBe('required');
    expect(fieldRequirement(gid, oneToOne)).toBe('not-applicable');
    expect(fieldRequirement(to, group)).toBe('not-applicable');
    expect(fieldRequirement(gid, group)).toBe('required');
    expect(fieldRequirement(field(D, 'ClearRamble'), group)).toBe('optional');
    expect(fieldRequirement(field(D, 'From_Account'), 'not an object')).toBe('required');
  });

  it('lets the form switch Type by editing the text: set Type, drop To_Account, add ToGroupid', () => {
    const start = formatBody({ ...oneToOne, ClearRamble: 0 }, D);
    let r = setFieldInBodyText(start, 'Type', 2, D);
    if (!r.ok) throw new Error(en(r.message));
    r = removeFieldFromBodyText(r.text, 'To_Account');
    if (!r.ok) throw new Error(en(r.message));
    r = setFieldInBodyText(r.text, 'ToGroupid', 'g1', D);
    if (!r.ok) throw new Error(en(r.message));
    expect(r.text).toBe(
      '{\n  "From_Account": "alice",\n  "Type": 2,\n  "ToGroupid": "g1",\n  "ClearRamble": 0\n}',
    );
    expect(analyzeBody(D, r.text).validation?.ok).toBe(true);
  });

  it('puts the conditions in the editor’s schema as draft-07 if/then, and in the hover docs', () => {
    const schema = toJsonSchema(D, en);
    expect(schema.required).toEqual(['From_Account', 'Type']);
    expect(schema.allOf).toEqual([
      {
        if: { properties: { Type: { const: 1 } }, required: ['Type'] },
        then: { required: ['To_Account'] },
      },
      {
        if: { properties: { Type: { const: 2 } }, required: ['Type'] },
        then: { required: ['ToGroupid'] },
      },
    ]);
    expect(schema.properties?.['ToGroupid']?.markdownDescription).toContain(
      'required when Type is 2',
    );
    expect(schema.properties?.['ToGroupid']?.description).toContain('case-sensitive: ToGroupid');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    // get_list has no conditions, so no allOf.
    expect(toJsonSchema(GET_LIST, en).allOf).toBeUndefined();
  });

  it('has no table view: its answer is the outcome fields only', () => {
    expect(itemViewsFor('delete')[0] ?? null).toBeNull();
    expect(itemViewsFor('delete')).toEqual([]);
  });
});

describe('get_c2c_unread_msg_num (v4/openim/get_c2c_unread_msg_num)', () => {
  const U = GET_C2C_UNREAD_MSG_NUM;

  it('has To_Account (required) and Peer_Account (optional, up to 10), as the facts say', () => {
    expect(FACTS).toContain('`{"To_Account","Peer_Account":[up to 10]}`');
    expect(U.fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['To_Account', 'string', true],
      ['Peer_Account', 'string[]', false],
    ]);
    expect(field(U, 'Peer_Account').maxItems).toBe(10);
    expect(U.errors.map((e) => e.code)).toEqual([90001, 90003, 90008]);
    expect(U.pagination).toBeUndefined();
  });

  it('starts as the total query: no Peer_Account in a new body', () => {
    expect(defaultBody(U)).toEqual({ To_Account: '' });
  });

  it('accepts up to 10 peers and refuses 11, or a peer that is not a string', () => {
    const peers = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);
    expect(validateBody(U, { To_Account: 'alice', Peer_Account: peers(10) }).ok).toBe(true);
    expect(kinds(validateBody(U, { To_Account: 'alice', Peer_Account: peers(11) }).errors)).toEqual(
      ['Peer_Account:too-many'],
    );
    expect(
      kinds(validateBody(U, { To_Account: 'alice', Peer_Account: ['bob', 7] }).errors),
    ).toEqual(['Peer_Account:type']);
    expect(kinds(validateBody(U, { To_Account: 'alice', Peer_Account: 'bob' }).errors)).toEqual([
      'Peer_Account:type',
    ]);
    expect(kinds(validateBody(U, { Peer_Account: ['bob'] }).errors)).toEqual([
      'To_Account:missing',
    ]);
    expect(kinds(validateBody(U, { to_account: 'alice' }).errors)).toEqual(['To_Account:missing']);
  });

  it('shows C2CUnreadMsgNumList as its table, ErrorList beside it, and the total as a summary', () => {
    const answer = {
      C2CUnreadMsgNumList: [
        { Peer_Account: 'dramon2', C2CUnreadMsgNum: 12 },
        { Peer_Account: 'teacher', C2CUnreadMsgNum: 3 },
      ],
      ErrorList: [{ Peer_Account: 'nobody', ErrorCode: 70107 }],
    };
    const [main, errors] = itemViewsFor(U.id);
    if (!main || !errors) throw new Error('two views expected');
    expect(itemViewsFor(U.id)[0] ?? null).toBe(main);
    expect(main.summaryFields).toEqual(['AllC2CUnreadMsgNum']);
    expect(itemTable(main, itemsOf(main, answer), 0)).toEqual({
      headers: ['Peer (Peer_Account)', 'Unread (C2CUnreadMsgNum)'],
      rows: [
        ['dramon2', '12'],
        ['teacher', '3'],
      ],
    });
    expect(itemTable(errors, itemsOf(errors, answer), 0).rows).toEqual([
      ['nobody', '70107 · the account does not exist'],
    ]);
  });
});

describe('get_contact_group (v4/recentcontact/get_contact_group)', () => {
  const G = GET_CONTACT_GROUP;
  // The page's sample answer (tencentcloud.com/document/product/1047/53440), with one more page.
  const SAMPLE = {
    ContactItem: [
      {
        Type: 1,
        To_Account: 'teacher4',
        StandardMark: '111001',
        ContactGroupId: [1, 2],
        Timestamp: 1670843110,
      },
      {
        Type: 2,
        ToGroupId: '@TGS#1N3RSUYG2',
        StandardMark: '111001',
        CustomMark: 'abcd',
        Timestamp: 1672998266,
      },
    ],
    GroupItem: [
      { GroupName: 'test1x', GroupId: 1 },
      { GroupName: 'test10', GroupId: 2 },
    ],
    CompleteFlag: 1,
    NextStartIndex: 0,
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
  };

  it('has From_Account and StartIndex, the cursor filled from NextStartIndex', () => {
    expect(FACTS).toContain('`{"From_Account","StartIndex":0}`');
    expect(FACTS).toContain('`ContactItem`, `GroupItem`, `CompleteFlag`, `NextStartIndex`');
    expect(G.fields.map((f) => [f.name, f.type, f.required, f.default])).toEqual([
      ['From_Account', 'string', true, ''],
      ['StartIndex', 'uint32', true, 0],
    ]);
    expect(field(G, 'StartIndex').cursorFrom).toBe('NextStartIndex');
    expect(G.pagination).toEqual({
      completeField: 'CompleteFlag',
      itemsField: 'ContactItem',
      itemKeyFields: ['Type', 'To_Account', 'ToGroupId'],
    });
    expect(G.errors.map((e) => e.code)).toContain(50001);
    expect(G.errors.map((e) => e.code)).toContain(50002);
  });

  it('reads a page and builds the next request from NextStartIndex, keeping the rest of the text', () => {
    expect(readPage(G, SAMPLE)).toEqual({
      ok: true,
      complete: true,
      cursors: { StartIndex: 0 },
      itemCount: 2,
    });
    const text = formatBody({ From_Account: 'user0', StartIndex: 0, Extra: 1 }, G);
    const next = nextPageBodyText(G, text, { ...SAMPLE, CompleteFlag: 0, NextStartIndex: 20 });
    if (!next.ok) throw new Error(en(next.message));
    expect(next.complete).toBe(false);
    expect(JSON.parse(next.text)).toEqual({ From_Account: 'user0', StartIndex: 20, Extra: 1 });
    expect(readPage(G, { ActionStatus: 'FAIL', ErrorCode: 50001 })).toMatchObject({ ok: false });
  });

  it('shows ContactItem as its table (ToGroupId for groups) and GroupItem beside it', () => {
    const [main, groups] = itemViewsFor(G.id);
    if (!main || !groups) throw new Error('two views expected');
    expect(main.itemsField).toBe(G.pagination?.itemsField);
    expect(main.summaryFields).toEqual(['CompleteFlag', 'NextStartIndex']);
    const table = itemTable(main, itemsOf(main, SAMPLE), 1673000000);
    expect(table.headers).toEqual([
      'Type',
      'Peer or group ID',
      'Groups (ContactGroupId)',
      'Updated (Timestamp)',
      'StandardMark',
      'CustomMark',
    ]);
    // StandardMark's bits named, bit 0 rightmost (issue 16); the value itself first.
    expect(table.rows.map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual([
      ['One-to-one', 'teacher4', '1, 2', '111001 · star, hide, bit 4, bit 5', ''],
      ['Group', '@TGS#1N3RSUYG2', '', '111001 · star, hide, bit 4, bit 5', 'abcd'],
    ]);
    expect(table.rows[0]?.[3]).toMatch(/ago/);
    expect(itemTable(groups, itemsOf(groups, SAMPLE), 0).rows).toEqual([
      ['1', 'test1x'],
      ['2', 'test10'],
    ]);
  });
});

describe('endpoint ids for history, links and the inspector', () => {
  it('describes described, raw and unknown ids', () => {
    expect(describeEndpointId('get_list')).toEqual({
      kind: 'described',
      title: 'Pulling a conversation list',
      path: 'v4/recentcontact/get_list',
    });
    expect(describeEndpointId('raw:v4/openim/sendmsg')).toEqual({
      kind: 'raw',
      title: 'Sending One-to-One Messages to One User',
      path: 'v4/openim/sendmsg',
    });
    expect(describeEndpointId('raw:v4/foo/bar')).toEqual({
      kind: 'raw',
      title: 'v4/foo/bar',
      path: 'v4/foo/bar',
    });
    expect(describeEndpointId('raw:v4/../x')).toMatchObject({ kind: 'unknown', path: null });
    expect(describeEndpointId('send_group_msg')).toMatchObject({ kind: 'unknown', path: null });
    expect(isKnownEndpointId('delete')).toBe(true);
    expect(isKnownEndpointId('raw:v4/openim/sendmsg')).toBe(true);
    expect(isKnownEndpointId('raw:v4/openim')).toBe(false);
    expect(isKnownEndpointId('nope')).toBe(false);
  });

  it('finds the described endpoint behind a path typed in raw mode', () => {
    expect(describedEndpointForPath('v4/recentcontact/delete')).toBe(DELETE_CONVERSATION);
    expect(describedEndpointForPath('/v4/recentcontact/get_list')).toBe(GET_LIST);
    expect(describedEndpointForPath('v4/openim/sendmsg')).toBeNull();
    expect(describedEndpointForPath('v4/recentcontact/get_list?x=1')).toBeNull();
  });
});

describe('removeFieldFromBodyText', () => {
  it('removes a first, middle, last or only member and keeps the rest of the layout', () => {
    const text = '{\n  "a": 1,\n  "b": [2, 3],\n  "c": "x"\n}';
    const ok = (r: ReturnType<typeof removeFieldFromBodyText>) => {
      if (!r.ok) throw new Error(en(r.message));
      return r.text;
    };
    expect(ok(removeFieldFromBodyText(text, 'a'))).toBe('{\n  "b": [2, 3],\n  "c": "x"\n}');
    expect(ok(removeFieldFromBodyText(text, 'b'))).toBe('{\n  "a": 1,\n  "c": "x"\n}');
    expect(ok(removeFieldFromBodyText(text, 'c'))).toBe('{\n  "a": 1,\n  "b": [2, 3]\n}');
    expect(ok(removeFieldFromBodyText('{"a":1}', 'a'))).toBe('{}');
    expect(ok(removeFieldFromBodyText(' {"a":1} ', 'a'))).toBe(' {} ');
    expect(ok(removeFieldFromBodyText(text, 'zz'))).toBe(text);
    // Every copy of a duplicated name goes, and nested names of the same spelling stay.
    expect(ok(removeFieldFromBodyText('{"a":1,"b":{"a":2},"a":3}', 'a'))).toBe('{"b":{"a":2}}');
  });

  it('leaves text that does not parse, or is not an object, alone and says why', () => {
    expect(english(removeFieldFromBodyText('{"a":', 'a'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/line 1/),
    });
    expect(english(removeFieldFromBodyText('[1]', 'a'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a JSON object/),
    });
  });
});
