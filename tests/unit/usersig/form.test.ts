import { describe, expect, it } from 'vitest';
import { validateSignForm as validateMessages } from '../../../src/lib/usersig';
import { inEnglish } from '../i18n/texts';

// The sentences a person reads, in English.
const validateSignForm = inEnglish(validateMessages);

const good = { sdkAppId: '1400000000', key: 'k', identifier: 'administrator', expire: '86400' };

describe('validateSignForm', () => {
  it('turns a good form into genUserSig input', () => {
    expect(validateSignForm({ ...good, sdkAppId: ' 1400000000 ' })).toEqual({
      ok: true,
      input: { sdkAppId: 1400000000, key: 'k', identifier: 'administrator', expire: 86400 },
    });
  });

  it.each([
    ['sdkAppId', '', /Enter the SDKAppID/],
    ['sdkAppId', '14000x', /digits only/],
    ['sdkAppId', '-5', /digits only/],
    ['sdkAppId', '0', /between 1 and/],
    ['sdkAppId', '4294967296', /between 1 and/],
    ['key', '', /secret key/],
    ['key', ' abc', /white space/],
    ['identifier', '', /admin account/],
    ['identifier', 'admin ', /white space/],
    ['expire', 'abc', /whole number/],
    ['expire', '0', /between 1/],
    ['expire', '1.5', /whole number/],
  ])('gives %s = %j a message', (field, value, message) => {
    const r = validateSignForm({ ...good, [field]: value });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[field as keyof typeof good]).toMatch(message);
    expect(Object.keys(!r.ok ? r.errors : {})).toEqual([field]);
  });
});
