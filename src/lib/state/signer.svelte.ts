// The UserSig signer: what the person typed, the validation, and the generated UserSig.
// The key lives in this object only, in memory: it is never written to storage.
import {
  decodeUserSig,
  genUserSig,
  validateSignForm,
  type SignForm,
  type UserSigFields,
} from '../usersig';

export type SignField = keyof SignForm;

/** State and verbs of the UserSig signer. */
export class Signer {
  sdkAppId = $state('');
  key = $state('');
  identifier = $state('administrator');
  expire = $state('86400');
  /** Which fields the person has left at least once; errors show there (or after a sign attempt). */
  touched = $state<Partial<Record<SignField, boolean>>>({});

  userSig = $state('');
  fields = $state.raw<UserSigFields | null>(null);
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
  errorFor(field: SignField): string {
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
      const userSig = await genUserSig(v.input, { now: this.#now });
      const decoded = await decodeUserSig(userSig);
      if (generation !== this.#generation) return;
      this.userSig = userSig;
      this.fields = decoded.ok ? decoded.fields : null;
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
