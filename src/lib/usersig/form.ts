// Turning what a person typed into a UserSigInput, with a message per field. Pure: no DOM.
import { msg, type Msg } from '../i18n/message';
import { MAX_UINT32 } from '../json/value';
import type { UserSigInput } from './usersig';

/**
 * Validity presets offered beside the custom number of seconds: 1 hour, 1 day, 7 days, 180 days
 * (named `bench.sig.v<seconds>` in the tables).
 */
export const VALIDITY_PRESETS = [
  { seconds: 3600 },
  { seconds: 86400 },
  { seconds: 604800 },
  { seconds: 15552000 },
] as const;

/** The sign form's fields as typed. */
export interface SignForm {
  sdkAppId: string;
  key: string;
  identifier: string;
  expire: string;
}

/** A message per field that is wrong; absent fields are fine. */
export type SignFormErrors = Partial<Record<keyof SignForm, Msg>>;

/** Checks the typed sign form; returns the input for genUserSig or a message per bad field. */
export function validateSignForm(
  form: SignForm,
): { ok: true; input: UserSigInput } | { ok: false; errors: SignFormErrors } {
  const errors: SignFormErrors = {};
  const appId = form.sdkAppId.trim();
  if (appId === '') errors.sdkAppId = msg('core.signForm.sdkAppIdEmpty');
  else if (!/^\d+$/.test(appId)) errors.sdkAppId = msg('core.signForm.sdkAppIdDigits');
  else if (Number(appId) < 1 || Number(appId) > MAX_UINT32) {
    errors.sdkAppId = msg('core.signForm.sdkAppIdRange');
  }
  if (form.key === '') errors.key = msg('core.signForm.keyEmpty');
  else if (form.key.trim() !== form.key) {
    errors.key = msg('core.signForm.keySpace');
  }
  if (form.identifier === '') errors.identifier = msg('core.signForm.identifierEmpty');
  else if (form.identifier.trim() !== form.identifier) {
    errors.identifier = msg('core.signForm.identifierSpace');
  }
  const exp = form.expire.trim();
  if (!/^\d+$/.test(exp)) errors.expire = msg('core.signForm.expireDigits');
  else if (Number(exp) < 1 || Number(exp) > MAX_UINT32) {
    errors.expire = msg('core.signForm.expireRange');
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
