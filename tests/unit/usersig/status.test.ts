// The UserSig in a few words for the connection strip: what is missing, being signed, for how
// long it is valid, or since when it is not.
import { msg } from '../../../src/lib/i18n/message';
import { describe, expect, it } from 'vitest';
import { durationParts, userSigStatus as status } from '../../../src/lib/usersig/status';
import { chinese, en, inEnglish } from '../i18n/texts';

// The status as the strip shows it in English.
const userSigStatus = inEnglish(status);
/** The units as the English table words them. */
const shortDuration = (seconds: number) =>
  en(msg('core.sig.left', { parts: durationParts(seconds) })).replace('UserSig expires in ', '');

const SIGNED = {
  errors: null,
  hasUserSig: true,
  signError: '',
  codeFailed: false,
  expiresAt: 1_000_000,
};

describe('userSigStatus', () => {
  it('tells how long a UserSig is valid, to two units', () => {
    expect(userSigStatus(SIGNED, 1_000_000 - 86_400)).toEqual({
      tone: 'ok',
      text: 'UserSig expires in 1 d 0 h',
    });
    expect(userSigStatus(SIGNED, 1_000_000 - 3_599).text).toBe('UserSig expires in 59 min 59 s');
    expect(userSigStatus(SIGNED, 1_000_000)).toEqual({
      tone: 'ok',
      text: 'UserSig expires in 0 s',
    });
  });

  it('says since when it has expired', () => {
    expect(userSigStatus(SIGNED, 1_000_000 + 125)).toEqual({
      tone: 'error',
      text: 'UserSig expired 2 min 5 s ago',
    });
  });

  it('names what is missing before one can be made', () => {
    expect(
      userSigStatus(
        {
          ...SIGNED,
          hasUserSig: false,
          errors: {
            key: msg('core.signForm.keyEmpty'),
            sdkAppId: msg('core.signForm.sdkAppIdEmpty'),
          },
          expiresAt: null,
        },
        0,
      ),
    ).toEqual({ tone: 'warn', text: 'No UserSig: check the secret key, the SDKAppID' });
  });

  it('is "Signing…" between a complete form and its UserSig, and says when signing failed', () => {
    expect(userSigStatus({ ...SIGNED, hasUserSig: false, expiresAt: null }, 0).text).toBe(
      'Signing…',
    );
    expect(userSigStatus({ ...SIGNED, signError: 'Signing failed: x' }, 0)).toEqual({
      tone: 'error',
      text: 'Signing failed: see the details',
    });
  });

  it('says the signing code did not load, until a UserSig is made after all', () => {
    const failed = { ...SIGNED, hasUserSig: false, expiresAt: null, codeFailed: true };
    expect(userSigStatus(failed, 0)).toEqual({
      tone: 'error',
      text: 'No UserSig: the signing code did not load',
    });
    expect(chinese(status(failed, 0).text)).toBe('没有 UserSig：签发 UserSig 的代码未能加载');
    // The form's own problems come first, as in Send's list: they must be fixed before signing helps.
    expect(userSigStatus({ ...failed, errors: { key: msg('core.sig.key') } }, 0)).toEqual({
      tone: 'warn',
      text: 'No UserSig: check the secret key',
    });
    expect(userSigStatus({ ...SIGNED, codeFailed: true }, 1_000_000 - 60).text).toBe(
      'UserSig expires in 1 min 0 s',
    );
  });
});

describe('shortDuration', () => {
  it('keeps the two largest units', () => {
    expect(shortDuration(0)).toBe('0 s');
    expect(shortDuration(59)).toBe('59 s');
    expect(shortDuration(61)).toBe('1 min 1 s');
    expect(shortDuration(3 * 86_400 + 5 * 3600 + 7)).toBe('3 d 5 h');
    expect(shortDuration(-90)).toBe('1 min 30 s');
  });
});

describe('in Chinese', () => {
  it('words the status and its units in Chinese', () => {
    expect(chinese(status(SIGNED, 1_000_000 - 3_599))).toEqual({
      tone: 'ok',
      text: 'UserSig 将在 59 分 59 秒后过期',
    });
    expect(chinese(status(SIGNED, 1_000_000 + 125)).text).toBe('UserSig 已过期 2 分 5 秒');
    expect(durationParts(3 * 86_400 + 5 * 3600 + 7)).toEqual([
      [3, 'd'],
      [5, 'h'],
    ]);
  });
});
