// The UserSig signer: what the person typed, the validation, and the generated UserSig.
// The key lives in this object only, in memory: it is never written to storage.
import { msg, type Text } from '../i18n/message';
import { lazy, type LoadFailure, type LoadResult } from '../lazy/lazy';
import { DEFAULT_PREFS } from '../prefs/prefs';
import { validateSignForm, type SignForm } from '../usersig/form';
import type { UserSigFields } from '../usersig/usersig';

type SigningCode = typeof import('../usersig/usersig');

/**
 * The signing code (HMAC-SHA256, deflate, the UserSig's base64): not in the first download, and
 * asked for by the first sign, which the sandbox's filled-in form makes at start; held with the
 * first screen's other loads until its first paint (lib/lazy), and a Send pressed before the
 * UserSig is there waits for it (Sender). Not through '../usersig': its index brings decoding
 * and verifying too (the sandbox, the inspector and share links load those).
 */
export const SIGNING = lazy(msg('core.part.signer'), () => import('../usersig/usersig'));

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
  /** The signing code could not load: no UserSig until a sign after it succeeds (Retry). */
  loadFailure = $state.raw<LoadFailure | null>(null);

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
  #loadCode: () => Promise<LoadResult<SigningCode>>;
  #generation = 0;
  #latest: Promise<void> = Promise.resolve();

  constructor({
    now = Date.now,
    loadCode = SIGNING.load,
  }: { now?: () => number; loadCode?: () => Promise<LoadResult<SigningCode>> } = {}) {
    this.#now = now;
    this.#loadCode = loadCode;
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
  sign(): Promise<void> {
    const done = this.#sign();
    this.#latest = done;
    return done;
  }

  /** Resolves once the latest sign asked for has finished (at once when there is none). */
  settled(): Promise<void> {
    return this.#latest;
  }

  async #sign(): Promise<void> {
    const generation = ++this.#generation;
    const v = this.validation;
    if (!v.ok) {
      this.userSig = '';
      this.fields = null;
      return;
    }
    this.signing = true;
    try {
      const code = await this.#loadCode();
      if (generation !== this.#generation) return;
      this.loadFailure = code.ok ? null : code.failure;
      if (!code.ok) {
        this.userSig = '';
        this.fields = null;
        return;
      }
      // One clock reading for the signature and for what the page says about it.
      const time = Math.floor(this.#now() / 1000);
      const userSig = await code.value.genUserSig(v.input, { now: () => time * 1000 });
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
