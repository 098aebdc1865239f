// The form's edits in place: one value changes, is added or goes, and the layout stays.
import { describe, expect, it } from 'vitest';
import { defaultBody, defaultBodyText } from '../../../src/lib/api/body-defaults';
import {
  objectTextOf,
  removeFieldFromBodyText,
  removeMember,
  setFieldInBodyText,
  setMember,
  type ObjectText,
} from '../../../src/lib/api/body-edit';
import { insertItemAtPath, removeAtPath, setValueAtPath } from '../../../src/lib/api/path-edits';
import { formatBody } from '../../../src/lib/api/body-format';
import { MARK_CONTACT } from '../../../src/lib/api/endpoints';
import { DELETE_CONVERSATION } from '../../../src/lib/api/endpoints/delete';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { scanJson } from '../../../src/lib/api/json-scan';
import { rng } from '../usersig/helpers';
import type { Msg } from '../../../src/lib/i18n/message';
import { en, english } from '../i18n/texts';

describe('setFieldInBodyText', () => {
  const text = defaultBodyText(GET_LIST);

  it('changes only the value’s text', () => {
    const custom = '{ "From_Account":"",\n\n    "TimeStamp" :  0 , "x": [1,2] }';
    const r = setFieldInBodyText(custom, 'TimeStamp', 1631012800, GET_LIST);
    expect(r).toEqual({ ok: true, text: custom.replace(':  0 ', ':  1631012800 ') });
    const s = setFieldInBodyText(text, 'From_Account', 'a"b\\c', GET_LIST);
    expect(s.ok && JSON.parse(s.text)).toEqual({
      ...defaultBody(GET_LIST),
      From_Account: 'a"b\\c',
    });
    expect(s.ok && s.text.split('\n').length).toBe(text.split('\n').length);
  });

  it('inserts a missing field where the description puts it, reusing the indentation', () => {
    const noStart = text.replace('  "StartIndex": 0,\n', '');
    expect(noStart).not.toContain('"StartIndex"');
    const r = setFieldInBodyText(noStart, 'StartIndex', 5, GET_LIST);
    // Back after TimeStamp, as in the description, and on its own indented line.
    expect(r).toEqual({ ok: true, text: text.replace('"StartIndex": 0', '"StartIndex": 5') });
    // The first field goes first.
    const noFrom = text.replace('  "From_Account": "",\n', '');
    expect(setFieldInBodyText(noFrom, 'From_Account', 'u', GET_LIST)).toEqual({
      ok: true,
      text: text.replace('"From_Account": ""', '"From_Account": "u"'),
    });
  });

  it('appends a name the description does not know, and handles compact and empty objects', () => {
    expect(setFieldInBodyText('{"a":1}', 'b', 2)).toEqual({ ok: true, text: '{"a":1,"b": 2}' });
    expect(setFieldInBodyText('  {}  ', 'AssistFlags', 7, GET_LIST)).toEqual({
      ok: true,
      text: '  {\n  "AssistFlags": 7\n}  ',
    });
  });

  it('writes the last of duplicate names, the one JSON.parse reads', () => {
    const r = setFieldInBodyText('{"a": 1, "a": 2}', 'a', 3);
    expect(r).toEqual({ ok: true, text: '{"a": 1, "a": 3}' });
  });

  it('leaves broken text and non-objects alone, with a reason', () => {
    const broken = '{"From_Account": "x",\n}';
    expect(english(setFieldInBodyText(broken, 'TimeStamp', 1, GET_LIST))).toEqual({
      ok: false,
      message: expect.stringMatching(/line 1, column 21/),
    });
    expect(setFieldInBodyText('[1]', 'TimeStamp', 1)).toMatchObject({ ok: false });
  });
});

describe('setMember and removeMember', () => {
  const D = DELETE_CONVERSATION;
  const scanned = (text: string): ObjectText => {
    const o = objectTextOf(text, scanJson(text), 'set a field in');
    if (!o.ok) throw new Error(en(o.message));
    return o.body;
  };

  it('keep the offsets a fresh scan finds, over 3,000 random edits of random layouts', () => {
    const next = rng(12);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const NAMES = ['From_Account', 'Type', 'To_Account', 'ToGroupid', 'ClearRamble', 'x', 'é"\\'];
    const VALUES = [
      0,
      2,
      -1.5,
      'bob',
      '',
      'a"b\\c\n',
      [],
      ['p', 'q'],
      { n: [1, { m: null }] },
      null,
    ];
    const GAPS = ['', ' ', '\n  ', '\r\n\t', '  \n\n    '];
    const layout = (): string => {
      const names = Array.from({ length: Math.floor(next() * 5) }, () => pick(NAMES));
      const gap = pick(GAPS);
      const members = names.map(
        (n) =>
          `${JSON.stringify(n)}${pick(['', ' '])}:${pick(GAPS)}${JSON.stringify(pick(VALUES))}`,
      );
      return `${pick(['', ' ', '\n'])}{${members.map((m) => gap + m).join(`${pick(GAPS)},`)}${names.length ? gap : pick(GAPS)}}${pick(['', '\n'])}`;
    };
    let edits = 0;
    for (let doc = 0; doc < 300; doc++) {
      let o = scanned(layout());
      for (let step = 0; step < 10; step++) {
        const name = pick(NAMES);
        const before = o.text;
        if (next() < 0.6) {
          const value = pick(VALUES);
          o = setMember(o, name, value, next() < 0.5 ? D : undefined);
          expect((JSON.parse(o.text) as Record<string, unknown>)[name]).toEqual(value);
        } else {
          o = removeMember(o, name);
          expect(Object.hasOwn(JSON.parse(o.text) as object, name)).toBe(false);
        }
        // The offsets carried through the edit are the ones scanning the new text gives.
        const fresh = scanned(o.text);
        expect(o, JSON.stringify(before)).toEqual(fresh);
        edits++;
      }
    }
    expect(edits).toBe(3000);
  });

  it('edit as setFieldInBodyText and removeFieldFromBodyText do, step after step', () => {
    const text = '{\n  "From_Account": "alice",\n  "Type": 1,\n  "To_Account": "bob"\n}';
    let o = scanned(text);
    o = setMember(o, 'Type', 2, D);
    o = removeMember(o, 'To_Account');
    o = setMember(o, 'ToGroupid', 'g1', D);
    o = setMember(o, 'ClearRamble', 0, D);
    let t = text;
    for (const step of [
      (s: string) => setFieldInBodyText(s, 'Type', 2, D),
      (s: string) => removeFieldFromBodyText(s, 'To_Account'),
      (s: string) => setFieldInBodyText(s, 'ToGroupid', 'g1', D),
      (s: string) => setFieldInBodyText(s, 'ClearRamble', 0, D),
    ]) {
      const r = step(t);
      if (!r.ok) throw new Error(en(r.message));
      t = r.text;
    }
    expect(o.text).toBe(t);
    expect(o.text).toBe(
      '{\n  "From_Account": "alice",\n  "Type": 2,\n  "ToGroupid": "g1",\n  "ClearRamble": 0\n}',
    );
  });

  it('say why the form cannot write to text that does not parse or is not an object', () => {
    expect(english(objectTextOf('{"a": 1,', scanJson('{"a": 1,'), 'remove a field from'))).toEqual({
      ok: false,
      message: expect.stringMatching(/^The JSON has an error at line 1, column 9: fix it/),
    });
    expect(english(objectTextOf('[1]', scanJson('[1]'), 'remove a field from'))).toEqual({
      ok: false,
      message: 'The body is not a JSON object, so the form cannot remove a field from it.',
    });
  });
});

describe('edits at a path (nested fields), keeping the layout', () => {
  const M = MARK_CONTACT;
  const text = defaultBodyText(M);
  const edit = (r: { ok: true; text: string } | { ok: false; message: Msg }): string => {
    if (!r.ok) throw new Error(en(r.message));
    return r.text;
  };

  it('sets a nested value, changing only its text', () => {
    const t = edit(setValueAtPath(text, ['MarkItem', 0, 'SetMark'], [1, 2, 3], M.fields));
    expect(t).toBe(text.replace('"SetMark": [\n        0\n      ]', '"SetMark": [1,2,3]'));
    const u = edit(
      setValueAtPath(t, ['MarkItem', 0, 'ContactItem', 'To_Account'], 'bob', M.fields),
    );
    expect(u).toBe(t.replace('"To_Account": ""', '"To_Account": "bob"'));
    // Compact text stays compact.
    const compact = JSON.stringify(JSON.parse(text));
    expect(edit(setValueAtPath(compact, ['MarkItem', 0, 'OptType'], 3, M.fields))).toBe(
      compact.replace('"OptType":1', '"OptType":3'),
    );
  });

  it('inserts a missing nested member in its description’s order, indented like its siblings', () => {
    const t = edit(setValueAtPath(text, ['MarkItem', 0, 'CustomMark'], 'vip', M.fields));
    expect(JSON.parse(t)).toEqual({
      From_Account: '',
      MarkItem: [
        { OptType: 1, ContactItem: { Type: 1, To_Account: '' }, SetMark: [0], CustomMark: 'vip' },
      ],
    });
    expect(t).toContain('      ],\n      "CustomMark": "vip"\n    }');
    // ClearMark goes between SetMark and CustomMark, as described.
    const u = edit(setValueAtPath(t, ['MarkItem', 0, 'ClearMark'], [2], M.fields));
    expect(Object.keys((JSON.parse(u) as { MarkItem: object[] }).MarkItem[0] ?? {})).toEqual([
      'OptType',
      'ContactItem',
      'SetMark',
      'ClearMark',
      'CustomMark',
    ]);
    // A missing object on the way is written whole.
    const noUpdate = '{\n  "From_Account": "a",\n  "UpdateType": 1\n}';
    expect(
      JSON.parse(edit(setValueAtPath(noUpdate, ['UpdateGroup', 'OldGroupName'], 'g', []))),
    ).toEqual({ From_Account: 'a', UpdateType: 1, UpdateGroup: { OldGroupName: 'g' } });
    // Into an empty nested object: a line deeper than the line it is on.
    expect(edit(setValueAtPath('{\n  "a": {}\n}', ['a', 'b'], 1))).toBe(
      '{\n  "a": {\n    "b": 1\n  }\n}',
    );
    expect(edit(setValueAtPath('{"a":{}}', ['a', 'b'], 1))).toBe('{"a":{"b": 1}}');
  });

  it('adds and removes rows of a list of objects, laid out like the rows beside them', () => {
    const row = { OptType: 2, ContactItem: { Type: 2, ToGroupId: 'g' }, CustomMark: 'x' };
    const two = edit(insertItemAtPath(text, ['MarkItem'], 1, row, M.fields));
    expect(two).toBe(
      formatBody(
        { ...defaultBody(M), MarkItem: [...(defaultBody(M).MarkItem as object[]), row] },
        M,
      ),
    );
    const first = edit(insertItemAtPath(two, ['MarkItem'], 0, row, M.fields));
    expect((JSON.parse(first) as { MarkItem: unknown[] }).MarkItem).toEqual([
      row,
      ...(JSON.parse(two) as { MarkItem: unknown[] }).MarkItem,
    ]);
    // Removing each row again gives the text back, byte for byte.
    expect(edit(removeAtPath(first, ['MarkItem', 0]))).toBe(two);
    expect(edit(removeAtPath(two, ['MarkItem', 1]))).toBe(text);
    const none = edit(removeAtPath(text, ['MarkItem', 0]));
    expect(JSON.parse(none)).toEqual({ From_Account: '', MarkItem: [] });
    // Into an empty list, and compact lists.
    expect(
      JSON.parse(edit(insertItemAtPath(none, ['MarkItem'], 0, row, M.fields))).MarkItem,
    ).toEqual([row]);
    expect(edit(insertItemAtPath('{"a":[1,2]}', ['a'], 2, 3))).toBe('{"a":[1,2,3]}');
    expect(edit(insertItemAtPath('{"a":[]}', ['a'], 0, 3))).toBe('{"a":[3]}');
    expect(edit(removeAtPath('{"a":[1, 2, 3]}', ['a', 1]))).toBe('{"a":[1, 3]}');
    expect(edit(removeAtPath('{"a":[1, 2, 3]}', ['a', 2]))).toBe('{"a":[1, 2]}');
  });

  it('removes a nested member, every copy of its name, and explains what it cannot reach', () => {
    const t = '{\n  "u": {\n    "x": 1,\n    "y": 2,\n    "x": 3\n  }\n}';
    expect(edit(removeAtPath(t, ['u', 'x']))).toBe('{\n  "u": {\n    "y": 2\n  }\n}');
    expect(edit(removeAtPath(t, ['u', 'nope']))).toBe(t);
    expect(english(setValueAtPath('{"u": null}', ['u', 'x'], 1))).toEqual({
      ok: false,
      message: expect.stringMatching(/not an object at u/),
    });
    expect(insertItemAtPath('{"u": {}}', ['u'], 0, 1)).toMatchObject({ ok: false });
    expect(setValueAtPath('{"u": [', ['u', 0], 1)).toMatchObject({ ok: false });
  });

  it('agree with JSON.parse over random nested edits of random layouts', () => {
    const next = rng(16);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const LAYOUTS = [0, 2, 4, '\t'] as const;
    for (let doc = 0; doc < 200; doc++) {
      let value: { MarkItem: Record<string, unknown>[] } = {
        MarkItem: [{ OptType: 1, ContactItem: { Type: 1, To_Account: 'a' } }],
      };
      let t = JSON.stringify(value, null, pick(LAYOUTS));
      for (let step = 0; step < 8; step++) {
        const n = value.MarkItem.length;
        const r = next();
        if (r < 0.3 || n === 0) {
          const row = { OptType: pick([1, 2, 3]), ContactItem: { Type: 2, ToGroupId: `g${step}` } };
          const at = Math.floor(next() * (n + 1));
          t = edit(insertItemAtPath(t, ['MarkItem'], at, row, M.fields));
          value.MarkItem.splice(at, 0, row);
        } else if (r < 0.5) {
          const at = Math.floor(next() * n);
          t = edit(removeAtPath(t, ['MarkItem', at]));
          value.MarkItem.splice(at, 1);
        } else {
          const at = Math.floor(next() * n);
          const name = pick(['SetMark', 'ClearMark', 'CustomMark', 'OptType']);
          const v = name === 'CustomMark' ? pick(['', 'x"y']) : name === 'OptType' ? 2 : [1, 2];
          t = edit(setValueAtPath(t, ['MarkItem', at, name], v, M.fields));
          (value.MarkItem[at] as Record<string, unknown>)[name] = v;
        }
        expect(JSON.parse(t)).toEqual(value);
        value = JSON.parse(t) as typeof value;
      }
    }
  });
});
