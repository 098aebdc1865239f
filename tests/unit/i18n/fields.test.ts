// The builder's texts (issue 15, phase 2): every field of every endpoint, nested ones too, has
// its description in English and in Chinese, none empty; so have its choices, the endpoints'
// summaries and AssistFlags' bits and presets. Wire names stay verbatim in the Chinese.
import { describe, expect, it } from 'vitest';
import { ASSIST_FLAG_BITS, ASSIST_FLAGS_PRESETS } from '../../../src/lib/api/assist-flags';
import { validateBody } from '../../../src/lib/api/body-rules';
import { ENDPOINTS } from '../../../src/lib/api/endpoints';
import { GET_LIST } from '../../../src/lib/api/endpoints/get-list';
import { parseFieldInput } from '../../../src/lib/api/form-input';
import { toJsonSchema } from '../../../src/lib/api/schema';
import type { FieldDescription } from '../../../src/lib/api/types';
import { isMsg, type Text } from '../../../src/lib/i18n/message';
import { en, zh } from './texts';

function* everyField(
  fields: readonly FieldDescription[],
  at = '',
): Generator<[string, FieldDescription]> {
  for (const f of fields) {
    yield [`${at}${f.name}`, f];
    if (f.fields) yield* everyField(f.fields, `${at}${f.name}.`);
  }
}

const HAN = /\p{Script=Han}/u;
const both = (text: Text, where: string) => {
  // A message, not an inline English string: the words live in the tables.
  expect(isMsg(text), where).toBe(true);
  expect(en(text).trim(), where).not.toBe('');
  expect(zh(text).trim(), where).not.toBe('');
  expect(zh(text), where).toMatch(HAN);
};

describe('the builder’s texts', () => {
  it.each(ENDPOINTS.map((e) => [e.id, e] as const))(
    '%s: every field has a description in both languages',
    (_, e) => {
      both(e.summary, `${e.id} summary`);
      for (const [path, f] of everyField(e.fields)) {
        both(f.description, `${e.id}.${path}`);
        for (const [i, label] of (f.enumLabels ?? []).entries()) both(label, `${path}[${i}]`);
        // The field's own name appears verbatim wherever a description names it.
        if (en(f.description).includes(f.name)) expect(zh(f.description)).toContain(f.name);
      }
    },
  );

  it('words AssistFlags’ bits and presets in both, from the pages', () => {
    for (const b of ASSIST_FLAG_BITS) {
      both(b.label, `bit ${b.bit}`);
      both(b.doc, `bit ${b.bit} doc`);
    }
    for (const p of ASSIST_FLAGS_PRESETS) both(p.note, `preset ${p.value}`);
    const doc = GET_LIST.fields.find((f) => f.name === 'AssistFlags')?.description ?? '';
    // The Chinese page's words (cloud.tencent.com/document/product/269/62118 and trtc.io/zh).
    expect(zh(doc)).toContain('会话辅助标志位');
    expect(zh(doc)).toContain('Bit 0：是否支持置顶会话');
    expect(zh(ASSIST_FLAGS_PRESETS[1]?.note ?? '')).toMatch(/中文页.*固定值/);
  });

  it('words validation in Chinese, keeping the wire names', () => {
    const r = validateBody(GET_LIST, { ...defaults(), From_Account: '' });
    const empty = r.errors[0]?.message ?? '';
    expect(en(empty)).toBe(
      'From_Account is empty; it must not be (UserID of the account for which to pull a conversation list).',
    );
    expect(zh(empty)).toBe('From_Account 为空，但它不能为空（要拉取其会话列表的用户的 UserID）。');
    const typed = parseFieldInput(GET_LIST.fields[1] as FieldDescription, '-1');
    expect(typed.ok).toBe(false);
    if (!typed.ok)
      expect(zh(typed.message)).toBe('TimeStamp 不能为负数：请输入取值 0 到 4294967295 的整数。');
  });
  it('words the editor’s hover docs in the page’s language', () => {
    const hover = toJsonSchema(GET_LIST, zh).properties?.['AssistFlags']?.markdownDescription;
    expect(hover).toContain('**AssistFlags** · 整数，0 到 4294967295 · 必填');
    expect(hover).toContain('会话辅助标志位：\n\n- Bit 0（值 1）：是否支持置顶会话');
    expect(toJsonSchema(GET_LIST, zh).description).toBe('分页拉取会话列表。');
  });
});

function defaults(): Record<string, unknown> {
  return {
    From_Account: 'a',
    TimeStamp: 0,
    StartIndex: 0,
    TopTimeStamp: 0,
    TopStartIndex: 0,
    AssistFlags: 7,
  };
}
