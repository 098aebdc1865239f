// What blocks a send and what is advice (issue 13): blockers are what makes a request
// impossible; everything about the body is advice, listed and never blocking; hasAdvice, which
// decides whether the list is loaded, agrees with the list itself.
import { describe, expect, it } from 'vitest';
import {
  adviceSummary as adviceSummaryRaw,
  bodyAdvice as bodyAdviceRaw,
} from '../../../src/lib/api/advice';
import { defaultBodyText } from '../../../src/lib/api/body-defaults';
import { checkRequestBody } from '../../../src/lib/api/body-analysis';
import { DELETE_CONVERSATION, GET_LIST } from '../../../src/lib/api/endpoints';
import {
  hasAdvice,
  sendBlockers as blockerMessages,
  type BlockerInput,
  type PendingInputs,
} from '../../../src/lib/api/readiness';
import { msg } from '../../../src/lib/i18n/message';
import { loadFailureMessage } from '../../../src/lib/lazy/lazy';
import { validateSignForm } from '../../../src/lib/usersig/form';
import { inEnglish } from '../i18n/texts';

// Lib code returns messages; these assert the English a person reads.
const bodyAdvice = inEnglish(bodyAdviceRaw);
const adviceSummary = inEnglish(adviceSummaryRaw);

// The sentences a person reads, in English.
const sendBlockers = inEnglish(blockerMessages);

const READY: BlockerInput = {
  customHostError: '',
  hasOrigin: true,
  rawPath: null,
  signErrors: null,
  hasUserSig: true,
  signCodeFailure: null,
};

describe('sendBlockers', () => {
  it('is empty for a request that can be made, whatever its body', () => {
    expect(sendBlockers(READY)).toEqual([]);
  });

  it('names each impossibility with the control that fixes it, in the page’s order', () => {
    const form = validateSignForm({ sdkAppId: '', key: '', identifier: 'admin', expire: '86400' });
    expect(form.ok).toBe(false);
    const blockers = sendBlockers({
      customHostError: 'Enter a host, such as console.tim.qq.com or localhost:8080.',
      hasOrigin: false,
      rawPath: { ok: false, message: 'A REST path has three parts.' },
      signErrors: form.ok ? null : form.errors,
      hasUserSig: false,
      signCodeFailure: null,
    });
    expect(blockers.map((b) => [b.kind, b.action])).toEqual([
      ['host', 'region'],
      ['path', null],
      ['usersig', 'sdkappid'],
      ['usersig', 'key'],
    ]);
    expect(blockers[0]?.message).toBe(
      'Custom host: Enter a host, such as console.tim.qq.com or localhost:8080.',
    );
    expect(blockers[1]?.message).toBe('Path: A REST path has three parts.');
    expect(blockers[3]?.message).toMatch(/^No UserSig can be made: Enter the app’s secret key/);
  });

  it('says there is no host when there is none and no custom host explains why', () => {
    expect(sendBlockers({ ...READY, hasOrigin: false })).toEqual([
      {
        kind: 'host',
        message: 'There is no host to send to: choose a region.',
        action: 'region',
      },
    ]);
  });

  it('has a UserSig still being signed wait, and says so, only while the form is complete', () => {
    expect(sendBlockers({ ...READY, hasUserSig: false })).toEqual([
      { kind: 'signing', message: expect.stringMatching(/being signed/), action: null },
    ]);
    const blockers = sendBlockers({ ...READY, hasUserSig: false, signErrors: { expire: 'x' } });
    expect(blockers).toEqual([{ kind: 'usersig', message: expect.any(String), action: 'key' }]);
  });

  it('says the signing code could not load, with signing again (which downloads it) as the fix', () => {
    const failure = loadFailureMessage(msg('core.part.signer'));
    expect(sendBlockers({ ...READY, hasUserSig: false, signCodeFailure: failure })).toEqual([
      {
        kind: 'code',
        message:
          'No UserSig can be made: Could not load the signing code — check the connection and try again.',
        action: 'resign',
      },
    ]);
    // The form's own problems come first: they must be fixed before any signing helps.
    const withForm = sendBlockers({
      ...READY,
      hasUserSig: false,
      signErrors: { key: 'x' },
      signCodeFailure: failure,
    });
    expect(withForm.map((b) => b.kind)).toEqual(['usersig']);
    // A UserSig made after a failed load (Retry worked) leaves nothing in the way.
    expect(sendBlockers({ ...READY, signCodeFailure: failure })).toEqual([]);
  });
});

describe('bodyAdvice', () => {
  const advice = (text: string, pending = {}) =>
    bodyAdvice(checkRequestBody(GET_LIST, text), pending);

  it('has nothing to say about a good body', () => {
    expect(advice(defaultBodyText(GET_LIST, { account: 'alice' }))).toEqual([]);
  });

  it('lists the syntax error with its place', () => {
    expect(advice('{"From_Account": "alice",, }')).toEqual([
      {
        message: expect.stringMatching(/^The JSON body has an error at line 1, column 26: /),
        field: null,
        tone: 'error',
      },
    ]);
  });

  it('lists missing and mistyped fields as errors and unknown names as warnings', () => {
    const list = advice('{"From_Account": "alice", "TimeStamp": "0", "Extra": 1}');
    expect(list.filter((a) => a.tone === 'error').map((a) => a.field)).toEqual([
      'TimeStamp',
      'StartIndex',
      'TopTimeStamp',
      'TopStartIndex',
      'AssistFlags',
    ]);
    expect(list.filter((a) => a.tone === 'warn').map((a) => a.field)).toEqual(['Extra']);
  });

  it('lists what the form holds that the body does not', () => {
    const text = defaultBodyText(GET_LIST, { account: 'alice' });
    expect(advice(text, { StartIndex: { raw: '12a', message: 'Enter a whole number' } })).toEqual([
      {
        message: 'StartIndex: what is typed in the form is not in the body (Enter a whole number).',
        field: 'StartIndex',
        tone: 'error',
      },
    ]);
  });

  it('is summed up beside Send in one line', () => {
    expect(adviceSummary([])).toBe('');
    const one = advice('{');
    expect(adviceSummary(one)).toBe('1 problem: sending shows what the service says');
    expect(adviceSummary(advice('{}'))).toMatch(/^6 problems: /);
  });
});

describe('hasAdvice', () => {
  const texts = [
    defaultBodyText(GET_LIST, { account: 'alice' }),
    defaultBodyText(GET_LIST),
    '{',
    '[]',
    '{}',
    '{"From_Account": "a", "From_Account": "b"}',
    '{"From_Account": "alice", "TimeStamp": 5.0, "StartIndex": 0, "TopTimeStamp": 0, "TopStartIndex": 0, "AssistFlags": 7}',
    '{"From_Account": "alice", "Type": 1, "To_Account": "bob", "ClearRamble": 1}',
  ];

  it('agrees with the list, for every endpoint, with and without pending input', () => {
    for (const desc of [GET_LIST, DELETE_CONVERSATION]) {
      for (const text of texts) {
        const check = checkRequestBody(desc, text);
        const pendings: PendingInputs[] = [{}, { X: { raw: 'a', message: 'm' } }];
        for (const pending of pendings) {
          expect(hasAdvice(check, pending), `${desc.id} ${text}`).toBe(
            bodyAdvice(check, pending).length > 0,
          );
        }
      }
    }
  });
});
