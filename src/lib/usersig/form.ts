// Turning what a person typed into a UserSigInput, with a message per field. Pure: no DOM.
import { MAX_UINT32 } from '../json/value';
import type { UserSigInput } from './usersig';

/** Validity presets offered beside the custom number of seconds. */
export const VALIDITY_PRESETS = [
  { label: '1 hour', seconds: 3600 },
  { label: '1 day', seconds: 86400 },
  { label: '7 days', seconds: 7 * 86400 },
  { label: '180 days', seconds: 180 * 86400 },
] as const;

/** The sign form's fields as typed. */
export interface SignForm {
  sdkAppId: string;
  key: string;
  identifier: string;
  expire: string;
}

/** A message per field that is wrong; absent fields are fine. */
export type SignFormErrors = Partial<Record<keyof SignForm, string>>;

/** Checks the typed sign form; returns the input for genUserSig or a message per bad field. */
export function validateSignForm(
  form: SignForm,
): { ok: true; input: UserSigInput } | { ok: false; errors: SignFormErrors } {
  const errors: SignFormErrors = {};
  const appId = form.sdkAppId.trim();
  if (appId === '')
    errors.sdkAppId = 'Enter the SDKAppID from the Chat console (a number such as 1400000000).';
  else if (!/^\d+$/.test(appId)) errors.sdkAppId = 'The SDKAppID is a whole number: digits only.';
  else if (Number(appId) < 1 || Number(appId) > MAX_UINT32) {
    errors.sdkAppId = 'The SDKAppID must be between 1 and 4294967295.';
  }
  if (form.key === '')
    errors.key = 'Enter the app’s secret key (Chat console → Basic configuration).';
  else if (form.key.trim() !== form.key) {
    errors.key = 'The key starts or ends with white space; a console key never does. Remove it.';
  }
  if (form.identifier === '')
    errors.identifier = 'Enter the app admin account, such as administrator.';
  else if (form.identifier.trim() !== form.identifier) {
    errors.identifier =
      'The identifier starts or ends with white space, which would be signed as typed.';
  }
  const exp = form.expire.trim();
  if (!/^\d+$/.test(exp)) errors.expire = 'The validity is a whole number of seconds.';
  else if (Number(exp) < 1 || Number(exp) > MAX_UINT32) {
    errors.expire = 'The validity must be between 1 and 4294967295 seconds.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      sdkAppId: Number(appId),
      key: form.key,
      identifier: form.identifier,
      expire: Number(exp),
    },
  };
}
