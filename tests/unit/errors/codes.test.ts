import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../../src/lib/api/endpoints';
import {
  ERROR_CODES as CODES,
  explainError as explain,
  type ErrorAction,
} from '../../../src/lib/errors';
import { en, english, inEnglish, zh } from '../i18n/texts';

// The catalogue as a person reads it in English (the texts are in the errors area's tables).
const ERROR_CODES = new Map([...CODES].map(([code, e]) => [code, english(e)]));
const explainError = inEnglish(explain);

// docs/reference/chat-rest-facts.md, the repository's own copy of the facts.
const FACTS = readFileSync(
  new URL('../../../docs/reference/chat-rest-facts.md', import.meta.url),
  'utf8',
);

// Every five-digit number in the facts is an error code, except the bounds of the public range
// ("60000 to 79999"), which name a range, not a code.
const RANGE_BOUNDS = new Set([60000, 79999]);
const FACT_CODES = [...new Set([...FACTS.matchAll(/\b\d{5}\b/g)].map((m) => Number(m[0])))].filter(
  (c) => !RANGE_BOUNDS.has(c),
);

describe('the error catalogue', () => {
  it('finds the codes in the facts file (the extraction itself works)', () => {
    expect(FACT_CODES.length).toBeGreaterThanOrEqual(50);
    for (const c of [50001, 50005, 51006, 51012, 60004, 60005, 60018, 60019, 70169, 70202, 70500]) {
      expect(FACT_CODES).toContain(c);
    }
  });

  it('has an entry for every code in chat-rest-facts.md', () => {
    const missing = FACT_CODES.filter((c) => !ERROR_CODES.has(c));
    expect(missing).toEqual([]);
  });

  it('has an entry for every code an endpoint description documents', () => {
    const missing = ENDPOINTS.flatMap((e) => e.errors.map((x) => x.code)).filter(
      (c) => !ERROR_CODES.has(c),
    );
    expect(missing).toEqual([]);
  });

  it('holds no code that neither the facts nor an endpoint description document', () => {
    const described = new Set(ENDPOINTS.flatMap((e) => e.errors.map((x) => x.code)));
    const extra = [...ERROR_CODES.keys()].filter(
      (c) => !FACT_CODES.includes(c) && !described.has(c),
    );
    expect(extra).toEqual([]);
  });

  it('words the codes every endpoint can get without naming one endpoint', () => {
    for (const code of [50002, 60002, 60007, 60009]) {
      const e = ERROR_CODES.get(code);
      expect(`${e?.meaning} ${e?.fix}`, String(code)).not.toMatch(
        /recentcontact\/get_list|get_list allows|all six fields/,
      );
    }
    expect(explainError(60009).fix).toMatch(/sandbox serves only/);
  });

  it('gives every entry its own code, a meaning and a fix of one or two sentences', () => {
    for (const [code, e] of ERROR_CODES) {
      expect(e.code).toBe(code);
      expect(e.meaning.length).toBeGreaterThan(10);
      expect(e.fix.length).toBeGreaterThan(5);
      // Sentence ends, not counting "…" placeholders or dots inside a word (e.g. "v4/...").
      const sentences = e.fix.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, `${code}: ${e.fix}`).toBeLessThanOrEqual(2);
    }
  });

  it('scopes codes by their page', () => {
    expect(ERROR_CODES.get(50003)?.scope).toBe('recentcontact');
    expect(ERROR_CODES.get(90003)?.scope).toBe('openim');
    expect(ERROR_CODES.get(51010)?.scope).toBe('conversation-group');
    expect(ERROR_CODES.get(70001)?.scope).toBe('public');
  });

  it.each<[number, ErrorAction]>([
    [70016, 'region'],
    [70020, 'region'],
    [70001, 'resign'],
    [70002, 'resign'],
    [70003, 'resign'],
    [70009, 'key'],
    [70013, 'identifier'],
    [60010, 'identifier'],
    [50003, 'identifier'],
    [70014, 'sdkappid'],
    [60012, 'sdkappid'],
    [60007, 'wait'],
    [70050, 'wait'],
    [60018, 'wait'],
    [60019, 'wait'],
    [50004, 'retry'],
    [70169, 'retry'],
    [70202, 'retry'],
    [50002, 'body'],
    [60003, 'body'],
    [60021, null],
  ])('points %i at %s', (code, action) => {
    expect(explainError(code)).toMatchObject({ code, action, known: true });
  });

  it('gives paired codes the same meaning', () => {
    for (const [a, b] of [
      [60004, 60005],
      [60018, 60019],
      [70169, 70202],
    ] as const) {
      expect(ERROR_CODES.get(a)?.meaning).toBe(ERROR_CODES.get(b)?.meaning);
    }
  });

  it('says 70016 and 70020 are about the region', () => {
    expect(explainError(70016).meaning).toMatch(/region/);
    expect(explainError(70020).fix).toMatch(/region/);
  });
});

describe('explainError for codes outside the catalogue', () => {
  it('says a public-range code is not in the catalogue and where to look', () => {
    const e = explainError(71234);
    expect(e).toMatchObject({ code: 71234, known: false, action: null, scope: null });
    expect(e.meaning).toContain('71234');
    expect(e.meaning).toMatch(/not in our catalogue/);
    expect(e.meaning).toMatch(/public REST error/);
    expect(e.meaning).toContain('https://www.tencentcloud.com/document/product/1047/34348');
    expect(e.fix).toMatch(/ErrorInfo/);
  });

  it("sends other codes to the endpoint's own page", () => {
    const e = explainError(91234);
    expect(e.known).toBe(false);
    expect(e.meaning).toMatch(/endpoint's own documentation page/);
  });

  it('reads 0 as success', () => {
    expect(explainError(0)).toMatchObject({ known: true, action: null, meaning: 'Success.' });
  });
});

describe('the catalogue in both languages', () => {
  it('gives every code an explanation and a fix in English and Chinese, none empty', () => {
    for (const [code, e] of CODES) {
      for (const text of [e.meaning, e.fix]) {
        expect(typeof text === 'string' ? '' : text.key, String(code)).toMatch(
          new RegExp(`^errors\\.${code}\\.(meaning|fix)$`),
        );
        expect(en(text).trim(), `${code} en`).not.toBe('');
        expect(zh(text).trim(), `${code} zh`).not.toBe('');
        // A Chinese explanation is Chinese, not the English left in place.
        expect(zh(text), `${code} zh`).toMatch(/[\u4e00-\u9fff]/);
        expect(zh(text)).not.toBe(en(text));
      }
    }
  });

  it('explains 70009 and the fallback in Chinese, wire names verbatim', () => {
    expect(zh(explain(70009).meaning)).toBe('UserSig 校验失败：它是用另一个应用的密钥签发的。');
    expect(zh(explain(70009).fix)).toContain('SDKAppID');
    expect(zh(explain(50001).fix)).toContain('From_Account');
    expect(zh(explain(71234).meaning)).toContain('71234');
    expect(zh(explain(71234).fix)).toContain('ErrorInfo');
    expect(zh(explain(0).meaning)).toBe('成功。');
  });
});
