// The Compare view loads when it is first asked for, from the Response panel or from history.
import { msg } from '../../lib/i18n/message';
import { lazy } from '../../lib/lazy/lazy';

/** The Compare view's chunk. */
export const COMPARE_VIEW = lazy(msg('core.part.compare'), () => import('./CompareView.svelte'));
