// The Signer loads its signing code on the first sign (it is not in the first download): it signs
// what the official SDK signs, says when the code could not load, and signs on the next try.
import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/lib/lazy/lazy';
import { Signer } from '../../../src/lib/state/signer.svelte';
import { decodeUserSig } from '../../../src/lib/usersig';
import { VECTORS } from '../fixtures/vectors';
import { en } from '../i18n/texts';

const vector = VECTORS.find((v) => v.userbufUtf8 === undefined)!;

/** A Signer over the vector's form and clock, whose code loads (or fails) as `state` says. */
function setup(state = { fail: false, loads: 0 }) {
  const loadCode = lazy('the signing code', () => {
    state.loads++;
    return state.fail
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: usersig.js'))
      : import('../../../src/lib/usersig/usersig');
  }).load;
  const signer = new Signer({ now: () => vector.time * 1000 + 500, loadCode });
  signer.sdkAppId = String(vector.sdkappid);
  signer.key = vector.key;
  signer.identifier = vector.identifier;
  signer.expire = String(vector.expire);
  return { signer, state };
}

describe('Signer', () => {
  it('signs what the official Node SDK signs, with the code loaded on the first sign', async () => {
    const { signer, state } = setup();
    expect(state.loads).toBe(0);
    await signer.sign();
    expect(state.loads).toBe(1);
    expect(signer.loadFailure).toBeNull();
    const [ours, theirs] = await Promise.all([
      decodeUserSig(signer.userSig),
      decodeUserSig(vector.userSigNodeSdk),
    ]);
    if (!ours.ok || !theirs.ok) throw new Error('a UserSig did not decode');
    expect(ours.fields.sig).toBe(theirs.fields.sig);
    expect(signer.fields).toEqual({
      identifier: vector.identifier,
      sdkAppId: vector.sdkappid,
      time: vector.time,
      expire: vector.expire,
      expiresAt: vector.expiresAt,
    });
    // Loaded once: the next sign does not download again.
    await signer.sign();
    expect(state.loads).toBe(1);
  });

  it('keeps no UserSig and says why when the code cannot load, then signs on the next try', async () => {
    const { signer, state } = setup({ fail: true, loads: 0 });
    await signer.sign();
    expect(signer.userSig).toBe('');
    expect(signer.fields).toBeNull();
    expect(signer.signing).toBe(false);
    expect(en(signer.loadFailure!.message)).toBe(
      'Could not load the signing code — check the connection and try again.',
    );
    expect(signer.loadFailure?.cause).toMatch(/usersig\.js/);
    // Nothing typed was lost.
    expect(signer.key).toBe(vector.key);

    state.fail = false;
    await signer.sign();
    expect(state.loads).toBe(2);
    expect(signer.loadFailure).toBeNull();
    expect(signer.userSig).not.toBe('');
  });

  it('lets a newer sign win over one still waiting for the code', async () => {
    const { signer } = setup();
    const first = signer.sign();
    signer.identifier = 'someone-else';
    const second = signer.sign();
    await Promise.all([first, second]);
    expect(signer.fields?.identifier).toBe('someone-else');
  });
});
