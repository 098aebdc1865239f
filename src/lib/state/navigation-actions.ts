// What an explanation's or a failed send's offers do ("Check the secret key", "Send via the
// proxy", 50001's account_import), and a request prepared in the builder (a row's "Group…", an
// error's fix). Only the Response panel, the Send bar's problems and a link's notice offer them,
// all loaded after the first paint: this is in their chunks, not the first download (issue 18).
// The table below is typed by ResponseAction (every ErrorAction among them), so an action without
// a way to its control does not compile.
import { describe } from '../api/endpoint-catalog';
import { accountImportFor, type PreparedRequest } from '../api/prepare';
import type { Text } from '../i18n/message';
import type { ResponseAction } from '../response/present';
import type { Navigation, NavTarget } from './navigation.svelte';

// The control each action takes the person to; null: the action is done where it is asked for.
const ACTION_TARGETS: Readonly<Record<ResponseAction, NavTarget | null>> = {
  region: 'region',
  key: 'key',
  identifier: 'identifier',
  sdkappid: 'sdkappid',
  body: 'body',
  resign: null,
  retry: 'send',
  wait: 'send',
  proxy: 'proxy',
  'copy-curl': 'code',
  'find-region': 'find-region',
  'import-account': 'body',
};

/** Does what an explanation or a failed send offers: shows the control that fixes it, focused. */
export function go(nav: Navigation, action: ResponseAction): void {
  const { ws } = nav;
  nav.view.current = 'builder';
  if (action === 'resign') void ws.signer.sign();
  // "Send via the proxy" chooses the proxy, which brings its address field into the form.
  if (action === 'proxy') ws.target.sendVia = 'proxy';
  // 50001: the account_import for the UserID that was not imported, ready to send.
  // Its description may still be loading: the form is reached once it is in the builder.
  if (action === 'import-account') {
    const body = nav.answeredBody();
    const prepared = body === null ? null : accountImportFor(body);
    if (prepared) {
      void prepare(nav, prepared);
      return;
    }
  }
  const target = ACTION_TARGETS[action];
  if (target) nav.reach(target, true);
}

/**
 * Prepares a request in the builder (a row's "Group…", an error's fix): its endpoint and body,
 * never sent by itself; then shows its form. Resolves to a message when the endpoint is unknown
 * or its description could not load (the builder is left as it was).
 */
export async function prepare(
  nav: Navigation,
  { endpointId, body }: PreparedRequest,
): Promise<Text> {
  const desc = await describe(endpointId);
  if (!desc.ok) return desc.failure.message;
  if (!desc.value) return `Unknown endpoint "${endpointId}".`;
  nav.view.current = 'builder';
  nav.ws.draft.prepare(desc.value, body);
  nav.reach('body', true);
  return '';
}
