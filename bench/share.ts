// The share-link length of the typical request, computed with the app's own encoder (Node 20
// has CompressionStream, as the browser does).
import { GET_LIST } from '../src/lib/api/endpoints/get-list';
import type { RequestSnapshot } from '../src/lib/api/types';
import { defaultBody } from '../src/lib/api/body-defaults';
import { formatBody } from '../src/lib/api/body-format';
import { encodeShareFragment, SHARE_R1_DEFAULTS } from '../src/lib/share';
import type { Figure } from './figures';

/** get_list as a person starts it: the default cursors and flags, From_Account alice. */
const TYPICAL: RequestSnapshot = {
  region: { kind: 'region', id: 'singapore', backup: false },
  sdkAppId: '1400000000',
  identifier: 'administrator',
  endpoint: 'get_list',
  body: formatBody({ ...defaultBody(GET_LIST), From_Account: 'alice' }, GET_LIST),
};

/** Fragment lengths (the characters after `#`) of the typical request, Singapore and sandbox. */
export async function measureShare(): Promise<Figure[]> {
  const variants: [string, RequestSnapshot][] = [
    ['Singapore', TYPICAL],
    ['sandbox', { ...TYPICAL, region: { kind: 'sandbox' } }],
  ];
  const figures: Figure[] = [];
  for (const [label, snapshot] of variants) {
    const made = await encodeShareFragment(snapshot, { defaults: SHARE_R1_DEFAULTS });
    figures.push(
      made.ok
        ? {
            name: `share fragment, typical request (${label})`,
            value: made.fragment.length,
            unit: 'chars',
            budget: 200,
            note: `${made.compressed ? 'deflate-raw' : 'plain'}: #${made.fragment}`,
          }
        : {
            name: `share fragment, typical request (${label})`,
            value: null,
            unit: 'chars',
            budget: 200,
            note: `n/a (${made.message})`,
          },
    );
  }
  return figures;
}
