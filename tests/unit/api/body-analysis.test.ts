// analyzeBody: the one analysis of the body text, and what only the text shows.
import { describe, expect, it } from 'vitest';
import {
  analyzeBody as analyzeBodyRaw,
  checkRequestBody as checkRequestBodyRaw,
} from '../../../src/lib/api/body-analysis';
import { checkRequestBodyWith } from '../../../src/lib/api/body-check';
import { formatBody } from '../../../src/lib/api/body-format';
import * as rules from '../../../src/lib/api/body-rules';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { good } from './bodies';
import { en, inEnglish } from '../i18n/texts';

// Lib code returns messages; these assert the English a person reads.
const analyzeBody = inEnglish(analyzeBodyRaw);
const checkRequestBody = inEnglish(checkRequestBodyRaw);

describe('analyzeBody and checkRequestBody', () => {
  it('gives the syntax error and no validation when the text does not parse', () => {
    const r = analyzeBody(GET_LIST, '{"From_Account": "id1",}');
    expect(r.parse.ok).toBe(false);
    expect(r.validation).toBeNull();
  });

  it('warns about a name given twice, which JSON.parse would silently resolve', () => {
    const text =
      '{"From_Account": "a", "TimeStamp": 0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 7, "From_Account": "b"}';
    const r = analyzeBody(GET_LIST, text);
    expect(r.validation?.ok).toBe(true);
    expect(r.validation?.warnings).toEqual([
      {
        field: 'From_Account',
        kind: 'duplicate',
        message: expect.stringMatching(/appears more than once/),
      },
    ]);
  });

  it.each(['5.0', '5e0', '50E-1', '-0'])(
    'warns that %s is a valid but odd spelling of an integer',
    (raw) => {
      const text = formatBody(good(), GET_LIST).replace('"TimeStamp": 0', `"TimeStamp": ${raw}`);
      const r = analyzeBody(GET_LIST, text);
      expect(r.validation?.ok).toBe(true);
      expect(r.validation?.warnings).toEqual([
        {
          field: 'TimeStamp',
          kind: 'advice',
          message: expect.stringContaining(`TimeStamp is written ${raw}`),
        },
      ]);
    },
  );

  it('adds get_list’s AssistFlags advice, but only once the types are right', () => {
    const withFlags = (v: string) =>
      formatBody(good(), GET_LIST).replace('"AssistFlags": 7', `"AssistFlags": ${v}`);
    const zero = checkRequestBody(GET_LIST, withFlags('0'));
    expect(zero.validation?.ok).toBe(true);
    expect(zero.validation?.warnings.map((w) => [w.field, w.kind])).toEqual([
      ['AssistFlags', 'advice'],
    ]);
    expect(checkRequestBody(GET_LIST, withFlags('7')).validation?.warnings).toEqual([]);
    const broken = checkRequestBody(GET_LIST, withFlags('"0"'));
    expect(broken.validation?.warnings).toEqual([]);
    expect(broken.validation?.errors.map((e) => e.kind)).toEqual(['type']);
  });
});

describe('analyzeBody, what the page reads from it', () => {
  it('groups the issues where they are shown: by field, unknown names, the body as a whole', () => {
    const text =
      '{"From_Account": "", "TimeStamp": "0", "Extra": 1, "Nested": {"a": 1, "a": 2}, "TopTimeStamp": 0, "TopStartIndex": 0, "StartIndex": 0, "AssistFlags": 7}';
    const r = analyzeBody(GET_LIST, text);
    expect(r.object).toEqual(JSON.parse(text));
    expect(r.scan?.ok && r.scan.members?.map((m) => m.key)).toEqual(Object.keys(r.object ?? {}));
    expect(Object.keys(r.byField)).toEqual(['From_Account', 'TimeStamp']);
    expect(r.byField.From_Account?.errors.map((e) => e.kind)).toEqual(['empty']);
    expect(r.byField.TimeStamp?.errors.map((e) => e.kind)).toEqual(['type']);
    expect(r.unknown.map((w) => w.field)).toEqual(['Extra', 'Nested']);
    expect(r.bodyIssues).toEqual([
      { field: null, kind: 'duplicate', message: expect.stringMatching(/^"Nested\.a" appears/) },
    ]);
    // Every issue is in exactly one group.
    const all = [...(r.validation?.errors ?? []), ...(r.validation?.warnings ?? [])];
    const grouped = [
      ...Object.values(r.byField).flatMap((g) => [...g.errors, ...g.warnings]),
      ...r.unknown,
      ...r.bodyIssues,
    ];
    expect(grouped).toHaveLength(all.length);
    expect(new Set(grouped)).toEqual(new Set(all));
  });

  it('has no object for text that does not parse or is not an object, and says so', () => {
    const broken = analyzeBody(GET_LIST, '{"a": }');
    expect(broken).toMatchObject({ object: null, validation: null, byField: {}, bodyIssues: [] });
    expect(broken.scan).toMatchObject({ ok: false, offset: 6 });
    expect(broken.parse).toMatchObject({ ok: false, line: 1, column: 7, offset: 6 });
    const list = analyzeBody(GET_LIST, '[1]');
    expect(list.object).toBeNull();
    expect(list.bodyIssues.map((i) => i.kind)).toEqual(['not-object']);
  });
});

// The first screen parses before the rules (and the scanner with them) have loaded.
describe('checkRequestBodyWith, before the rules are in', () => {
  it('gives the value the form shows, and no scan or check until the rules come', () => {
    const text = JSON.stringify({ ...good(), AssistFlags: 5 }, null, 2);
    const before = checkRequestBodyWith(null, GET_LIST, text);
    expect(before).toMatchObject({ scan: null, validation: null, object: JSON.parse(text) });
    const after = checkRequestBodyWith(rules, GET_LIST, text);
    expect(after.scan?.ok && after.scan.members?.map((m) => m.key)).toEqual(
      Object.keys(JSON.parse(text)),
    );
    expect(after.validation?.ok).toBe(true);
  });

  it('says the text is not JSON, at the engine’s place, and the scanner’s words once in', () => {
    const text = '{"From_Account": "id1",}';
    const before = checkRequestBodyWith(null, GET_LIST, text);
    expect(before.parse.ok || en(before.parse.message)).toBe('The body is not valid JSON.');
    // V8: "Expected double-quoted property name in JSON at position 23", the "}".
    expect(before.parse).toMatchObject({ ok: false, offset: 23, line: 1, column: 24 });
    const after = checkRequestBodyWith(rules, GET_LIST, text);
    expect(after.parse).toMatchObject({ ok: false, offset: 22, line: 1, column: 23 });
    expect(after.parse.ok || en(after.parse.message)).toMatch(/trailing comma/i);
  });
});
