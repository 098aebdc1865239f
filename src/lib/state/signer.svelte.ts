// The UserSig signer: what the person typed, the validation, and the generated UserSig.
// The key lives in this object only, in memory: it is never written to storage.
import type { Text } from '../i18n/message';
import { DEFAULT_PREFS } from '../prefs/prefs';
// Not through '../usersig': its index brings decoding and verifying, which the first screen
// does not need (they load with the sandbox, the inspector and share links).
import { validateSignForm, type SignForm } from '../usersig/form';
import { genUserSig, type UserSigFields } from '../usersig/usersig';

export type SignField = keyof SignForm;

/** What the signer signed: the fields of its UserSig that the page shows (no decoding needed). */
export type SignedFields = Pick<
  UserSigFields,
  'identifier' | 'sdkAppId' | 'time' | 'expire' | 'expiresAt'
>;

/** State and verbs of the UserSig signer. */
export class Signer {
  sdkAppId = $state('');
  key = $state('');
  identifier = $state(DEFAULT_PREFS.identifier);
  expire = $state('86400');
  /** Which fields the person has left at least once; errors show there (or after a sign attempt). */
  touched = $state<Partial<Record<SignField, boolean>>>({});

  userSig = $state('');
  fields = $state.raw<SignedFields | null>(null);
  signError = $state('');
  signing = $state(false);

  validation = $derived(
    validateSignForm({
      sdkAppId: this.sdkAppId,
      key: this.key,
      identifier: this.identifier,
      expire: this.expire,
    }),
  );
  errors = $derived(this.validation.ok ? {} : this.validation.errors);

  #now: () => number;
  #generation = 0;

  constructor({ now = Date.now }: { now?: () => number } = {}) {
    this.#now = now;
  }

  /** Sets a field as typed and signs again when the whole form is valid. */
  set(field: SignField, value: string): void {
    this[field] = value;
    void this.sign();
  }

  /** Marks a field as visited so its message shows. */
  touch(field: SignField): void {
    this.touched = { ...this.touched, [field]: true };
  }

  /** The message to show beside a field, if any. */
  errorFor(field: SignField): Text {
    return this.touched[field] ? (this.errors[field] ?? '') : '';
  }

  /** Signs a fresh UserSig from the current form; a stale result never overwrites a newer one. */
  async sign(): Promise<void> {
    const generation = ++this.#generation;
    const v = this.validation;
    if (!v.ok) {
      this.userSig = '';
      this.fields = null;
      return;
    }
    this.signing = true;
    try {
      // One clock reading for the signature and for what the page says about it.
      const time = Math.floor(this.#now() / 1000);
      const userSig = await genUserSig(v.input, { now: () => time * 1000 });
      if (generation !== this.#generation) return;
      this.userSig = userSig;
      const { identifier, sdkAppId, expire } = v.input;
      this.fields = { identifier, sdkAppId, time, expire, expiresAt: time + expire };
      this.signError = '';
    } catch (err) {
      if (generation !== this.#generation) return;
      this.userSig = '';
      this.fields = null;
      this.signError = `Signing failed: ${err instanceof Error ? err.message : String(err)}`;
    } finally {
      if (generation === this.#generation) this.signing = false;
    }
  }

  /** Shows every field's message, as after pressing Sign with a bad form. */
  touchAll(): void {
    this.touched = { sdkAppId: true, key: true, identifier: true, expire: true };
  }
}
