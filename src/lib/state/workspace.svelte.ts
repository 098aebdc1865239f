// The builder as a whole: who signs (Signer), where it goes (Target), what is sent (RequestDraft),
// and the exact request they make together, derived here once (buildExactRequest) and read by
// Send, the Exact request view and Copy as code. Components reach it through context.
import { describe, endpointNow } from '../api/endpoint-catalog';
import { isMenuId } from '../api/endpoint-menu';
import { GET_LIST } from '../api/endpoints/get-list';
import { sendBlockers, type Blocker } from '../api/readiness';
import { buildExactRequest, randomUint32, SANDBOX_ORIGIN, type ExactRequest } from '../api/url';
import type { EndpointDescription, RegionChoice, RequestSnapshot } from '../api/types';
import { msg, type Text } from '../i18n/message';
import { SANDBOX_APP } from '../sandbox/app';
import { DEFAULT_PREFS } from '../prefs/prefs';
import { RequestDraft } from './request.svelte';
import { Signer } from './signer.svelte';
import { Target } from './target.svelte';

interface Credentials {
  sdkAppId: string;
  key: string;
  identifier: string;
}

/** State and verbs of the request builder. */
export class Workspace {
  signer: Signer;
  target = new Target();
  draft = new RequestDraft(GET_LIST);
  /** The `random` the next send uses; a fresh one is drawn after every send. */
  random = $state(0);
  revealUrl = $state(false);

  #getRandomValues: (a: Uint32Array<ArrayBuffer>) => unknown;
  /** What the person had typed before choosing the sandbox, given back when they leave it. */
  #beforeSandbox: Credentials | null = null;

  /** The exact request, or null while there is nowhere to send it. */
  request: ExactRequest | null = $derived.by(() => {
    const origin = this.target.isSandbox ? SANDBOX_ORIGIN : this.target.origin;
    if (!origin) return null;
    return buildExactRequest(
      {
        origin,
        path: this.draft.endpoint.path,
        sdkAppId: this.signer.sdkAppId.trim(),
        identifier: this.signer.identifier,
        userSig: this.signer.userSig,
        random: this.random,
      },
      this.draft.text,
    );
  });

  /**
   * What makes the request impossible to send (no host, no UserSig, a raw path that is not one);
   * empty when it can go. Everything about the body is advice (draft.advice), never a blocker.
   */
  blockers: Blocker[] = $derived.by(() =>
    sendBlockers({
      customHostError: this.target.customHostError,
      hasOrigin: this.target.isSandbox || this.target.origin !== null,
      rawPath: this.draft.rawPathCheck,
      signErrors: this.signer.validation.ok ? null : this.signer.validation.errors,
      hasUserSig: this.signer.userSig !== '',
      signCodeFailure: this.signer.loadFailure?.message ?? null,
    }),
  );

  constructor({
    now = Date.now,
    getRandomValues = (a: Uint32Array<ArrayBuffer>) => crypto.getRandomValues(a),
  }: { now?: () => number; getRandomValues?: (a: Uint32Array<ArrayBuffer>) => unknown } = {}) {
    this.signer = new Signer({ now });
    this.#getRandomValues = getRandomValues;
    this.random = randomUint32(getRandomValues);
    this.#fillSandbox();
  }

  /** Draws the `random` for the next send. */
  rollRandom(): void {
    this.random = randomUint32(this.#getRandomValues);
  }

  /**
   * Chooses where requests go; the sandbox brings its public credentials and its sample account,
   * and takes them away again where they are still its own.
   */
  chooseRegion(key: string): void {
    const wasSandbox = this.target.isSandbox;
    this.target.regionKey = key;
    if (key === 'sandbox' && !wasSandbox) this.#fillSandbox();
    if (key !== 'sandbox' && wasSandbox) this.#leaveSandbox();
  }

  /**
   * Restores stored or linked choices: region, SDKAppID and identifier (never a key). A key
   * typed for the same SDKAppID is kept; for another app it is cleared, since a key belongs to one app.
   */
  restore({
    region,
    sdkAppId,
    identifier,
  }: {
    region: RegionChoice;
    sdkAppId: string;
    identifier: string;
  }): void {
    if (region.kind === 'sandbox') {
      this.chooseRegion('sandbox');
      return;
    }
    const s = this.signer;
    const wasSandbox = this.target.isSandbox;
    const before = wasSandbox ? this.#beforeSandbox : null;
    this.#beforeSandbox = null;
    this.target.setChoice(region);
    if (wasSandbox) s.key = before && before.sdkAppId === sdkAppId ? before.key : '';
    else if (s.sdkAppId !== sdkAppId) s.key = '';
    // Away from the sandbox, its sample account goes too (where it is still the sample).
    if (wasSandbox) this.draft.setSampleAccount('');
    s.sdkAppId = sdkAppId;
    s.identifier = identifier;
    void s.sign();
  }

  /** The request as composed, without any secret: what history keeps and links carry. */
  snapshot(): RequestSnapshot {
    return {
      region: { ...this.target.choice },
      sdkAppId: this.signer.sdkAppId,
      identifier: this.signer.identifier,
      endpoint: this.draft.endpoint.id,
      body: this.draft.text,
    };
  }

  /**
   * Loads a request (from history, a link or the inspector) into the builder: region, SDKAppID,
   * identifier, endpoint (a raw id opens raw mode on its path) and body. The key is never part of
   * it; a real region asks for it again. Returns a message when the endpoint is unknown (the body
   * is still loaded as text).
   */
  load(snapshot: RequestSnapshot): Text {
    const desc = endpointNow(snapshot.endpoint);
    return this.#load(
      snapshot,
      desc,
      `Unknown endpoint "${snapshot.endpoint}": the body was loaded as it is.`,
    );
  }

  /**
   * Like load, once the endpoint's description is here: every described endpoint but get_list
   * loads after the first paint (api/endpoint-catalog.ts). What the page holds already is loaded
   * at once, before this returns; if the descriptions cannot load, the request is loaded with the
   * body as it is and the message says so.
   */
  open(snapshot: RequestSnapshot): Promise<Text> {
    if (endpointNow(snapshot.endpoint) || !isMenuId(snapshot.endpoint))
      return Promise.resolve(this.load(snapshot));
    return describe(snapshot.endpoint).then((d) =>
      d.ok
        ? this.load(snapshot)
        : this.#load(snapshot, null, msg('core.lazy.loadedAsIs', { failure: d.failure.message })),
    );
  }

  #load(snapshot: RequestSnapshot, desc: EndpointDescription | null, unknown: Text): Text {
    this.restore(snapshot);
    // Also for the same endpoint: a half-typed raw path goes back to the one loaded.
    if (desc) this.draft.setEndpoint(desc);
    this.draft.setText(snapshot.body);
    return desc ? '' : unknown;
  }

  /** True while the signer holds the sandbox's public values. */
  get usingSandboxCredentials(): boolean {
    return (
      this.signer.sdkAppId === String(SANDBOX_APP.sdkAppId) &&
      this.signer.key === SANDBOX_APP.key &&
      this.signer.identifier === SANDBOX_APP.admin
    );
  }

  #fillSandbox(): void {
    const s = this.signer;
    if (!this.usingSandboxCredentials)
      this.#beforeSandbox = { sdkAppId: s.sdkAppId, key: s.key, identifier: s.identifier };
    s.sdkAppId = String(SANDBOX_APP.sdkAppId);
    s.key = SANDBOX_APP.key;
    s.identifier = SANDBOX_APP.admin;
    // A fresh request is ready to send: the account field gets the sample account while empty.
    this.draft.setSampleAccount(SANDBOX_APP.sampleAccount);
    void s.sign();
  }

  #leaveSandbox(): void {
    const s = this.signer;
    const back = this.#beforeSandbox ?? {
      sdkAppId: '',
      key: '',
      identifier: DEFAULT_PREFS.identifier,
    };
    // Only what still holds the sandbox's value is replaced: anything typed since is kept.
    if (s.sdkAppId === String(SANDBOX_APP.sdkAppId)) s.sdkAppId = back.sdkAppId;
    if (s.key === SANDBOX_APP.key) s.key = back.key;
    if (s.identifier === SANDBOX_APP.admin) s.identifier = back.identifier;
    this.draft.setSampleAccount('');
    this.#beforeSandbox = null;
    void s.sign();
  }
}
