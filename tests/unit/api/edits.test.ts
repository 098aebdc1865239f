// The form's edits beyond one value: a field whose change brings others in or out
// (recentcontact/delete's Type), and the body a request starts with on another endpoint.
import { describe, expect, it } from 'vitest';
import { GET_C2C_UNREAD_MSG_NUM } from '../../../src/lib/api/endpoints/c2c-unread';
import { GET_CONTACT_GROUP } from '../../../src/lib/api/endpoints/contact-group';
import { DELETE_CONVERSATION } from '../../../src/lib/api/endpoints/delete';
import { bodyTextForSwitch, setFieldWithDependents } from '../../../src/lib/api/edits';
import { setPathWithDependents } from '../../../src/lib/api/path-edits';
import { formatBody } from '../../../src/lib/api/body-format';
import { UPDATE_CONTACT_GROUP } from '../../../src/lib/api/endpoints';
import { endpointById } from '../../../src/lib/api/endpoints';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { analyzeBody } from '../../../src/lib/api/body-analysis';
import { defaultBody, defaultBodyText } from '../../../src/lib/api/body-defaults';
import { en, english } from '../i18n/texts';

const D = DELETE_CONVERSATION;
const RAW = endpointById('raw:v4/openim/sendmsg')!;

function edited(r: ReturnType<typeof setFieldWithDependents>) {
  if (!r.ok) throw new Error(en(r.message));
  return r;
}

describe('setFieldWithDependents', () => {
  const typed =
    '{\n  "From_Account": "alice",\n  "Type": 1,\n  "To_Account": "bob",\n  "ClearRamble": 0\n}';

  it('Type 2: writes Type, takes To_Account out (saying what it held) and puts ToGroupid in', () => {
    const r = edited(setFieldWithDependents(D, typed, 'Type', 2));
    expect(r.text).toBe(
      '{\n  "From_Account": "alice",\n  "Type": 2,\n  "ToGroupid": "",\n  "ClearRamble": 0\n}',
    );
    expect(r.removed).toEqual({ To_Account: 'bob' });
    // The result is what validation expects: no leftover, only the empty ToGroupid to fill in.
    const v = analyzeBody(D, r.text).validation;
    expect(v?.warnings).toEqual([]);
    expect(v?.errors.map((e) => e.field)).toEqual(['ToGroupid']);
  });

  it('Type back to 1 gives the kept value back, else the default', () => {
    const two = edited(setFieldWithDependents(D, typed, 'Type', 2));
    const back = edited(setFieldWithDependents(D, two.text, 'Type', 1, two.removed));
    expect(back.text).toBe(typed);
    expect(back.removed).toEqual({ ToGroupid: '' });
    const fresh = edited(setFieldWithDependents(D, two.text, 'Type', 1));
    expect(JSON.parse(fresh.text)).toMatchObject({ To_Account: '' });
  });

  it('leaves the text alone for a field no other reads, and for the same Type', () => {
    expect(edited(setFieldWithDependents(D, typed, 'From_Account', 'carol')).text).toBe(
      typed.replace('alice', 'carol'),
    );
    expect(edited(setFieldWithDependents(D, typed, 'Type', 1))).toEqual({
      ok: true,
      text: typed,
      removed: {},
    });
  });

  it('a Type outside 1 and 2 makes both peer fields not apply: both go', () => {
    const both = '{"From_Account":"a","Type":1,"To_Account":"b","ToGroupid":"g"}';
    const r = edited(setFieldWithDependents(D, both, 'Type', 3));
    expect(JSON.parse(r.text)).toEqual({ From_Account: 'a', Type: 3 });
    expect(r.removed).toEqual({ To_Account: 'b', ToGroupid: 'g' });
  });

  it('keeps the person’s layout and unknown fields', () => {
    const compact = '{"From_Account":"a","Extra":true,"Type":1,"To_Account":"b"}';
    const r = edited(setFieldWithDependents(D, compact, 'Type', 2));
    expect(r.text).toBe('{"From_Account":"a","Extra":true,"Type":2,"ToGroupid": ""}');
  });

  it('explains instead of writing when the text does not parse', () => {
    const r = setFieldWithDependents(D, '{"Type": 1,', 'Type', 2);
    expect(english(r)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/error at line 1/),
    });
  });
});

describe('bodyTextForSwitch', () => {
  it('starts the new endpoint from its default body, keeping From_Account', () => {
    const values = { ...defaultBody(GET_LIST), From_Account: 'alice', StartIndex: 100 };
    expect(JSON.parse(bodyTextForSwitch(GET_LIST, values, D))).toEqual({
      From_Account: 'alice',
      Type: 1,
      To_Account: '',
      ClearRamble: 0,
    });
    expect(JSON.parse(bodyTextForSwitch(D, { From_Account: 'alice' }, GET_CONTACT_GROUP))).toEqual({
      From_Account: 'alice',
      StartIndex: 0,
    });
    // Cursors and flags start over; a field the two name differently is not guessed at.
    expect(JSON.parse(bodyTextForSwitch(GET_LIST, values, GET_C2C_UNREAD_MSG_NUM))).toEqual({
      To_Account: '',
    });
  });

  it('does not carry a conditional field, nor an empty or mistyped value', () => {
    // delete's To_Account (the peer) is not get_c2c_unread_msg_num's To_Account (whose counts).
    expect(JSON.parse(bodyTextForSwitch(D, { To_Account: 'bob' }, GET_C2C_UNREAD_MSG_NUM))).toEqual(
      { To_Account: '' },
    );
    expect(bodyTextForSwitch(GET_LIST, { From_Account: '' }, D)).toBe(defaultBodyText(D));
    expect(bodyTextForSwitch(GET_LIST, { From_Account: 5 }, D)).toBe(defaultBodyText(D));
  });

  it('from raw mode takes a field of that name; to raw mode the body is {}', () => {
    expect(JSON.parse(bodyTextForSwitch(RAW, { From_Account: 'x', Other: 1 }, D))).toMatchObject({
      From_Account: 'x',
    });
    expect(bodyTextForSwitch(GET_LIST, { From_Account: 'alice' }, RAW)).toBe('{}');
  });
});

describe('setPathWithDependents (nested fields)', () => {
  const U = UPDATE_CONTACT_GROUP;
  it('switches update_contact_group’s kind: NewGroupName out, ContactUpdateItem in, and back', () => {
    const start = defaultBodyText(U);
    const two = setPathWithDependents(U, start, ['UpdateGroup', 'UpdateGroupType'], 2);
    if (!two.ok) throw new Error(en(two.message));
    expect(JSON.parse(two.text).UpdateGroup).toEqual({
      UpdateGroupType: 2,
      OldGroupName: '',
      ContactUpdateItem: [{ ContactOptType: 1, ContactItem: { Type: 1, To_Account: '' } }],
    });
    expect(two.removed).toEqual({ 'UpdateGroup.NewGroupName': '' });
    const one = setPathWithDependents(U, two.text, ['UpdateGroup', 'UpdateGroupType'], 1, {
      'UpdateGroup.NewGroupName': 'kept',
    });
    if (!one.ok) throw new Error(en(one.message));
    expect(JSON.parse(one.text).UpdateGroup).toEqual({
      UpdateGroupType: 1,
      OldGroupName: '',
      NewGroupName: 'kept',
    });
    // The text is laid out as before: the result is what Format would write.
    expect(one.text).toBe(formatBody(JSON.parse(one.text), U));
    // A top-level path is setFieldWithDependents itself.
    expect(setPathWithDependents(D, defaultBodyText(D), ['Type'], 2)).toEqual(
      setFieldWithDependents(D, defaultBodyText(D), 'Type', 2),
    );
  });
});
