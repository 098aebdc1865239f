// Where requests go and how: the region (or the sandbox, or a custom host) and, for real hosts,
// direct or through a proxy.
import { regionById, resolveOrigin, validateCustomHost } from '../api/regions';
import type { RegionChoice, SendVia } from '../api/types';
import type { Text } from '../i18n/message';
import { DEFAULT_PREFS } from '../prefs/prefs';

/** The picker's value: 'sandbox', a region id, or 'custom'. */
export type RegionKey = string;

/** State and verbs of the connection settings. */
export class Target {
  regionKey = $state<RegionKey>('sandbox');
  backup = $state(false);
  customHost = $state('');
  // A first visit's choices, from the one place defaults live (lib/prefs).
  sendVia = $state<SendVia>(DEFAULT_PREFS.sendVia);
  proxyBase = $state(DEFAULT_PREFS.proxyBase);
  timeoutSeconds = $state(DEFAULT_PREFS.timeoutSeconds);

  choice: RegionChoice = $derived.by(() => {
    if (this.regionKey === 'sandbox') return { kind: 'sandbox' };
    if (this.regionKey === 'custom') return { kind: 'custom', host: this.customHost };
    return { kind: 'region', id: this.regionKey, backup: this.backup && this.hasBackup };
  });
  isSandbox = $derived(this.regionKey === 'sandbox');
  hasBackup = $derived(regionById(this.regionKey)?.backupDomain != null);
  /** The origin requests go to; null for the sandbox or an invalid custom host. */
  origin = $derived(resolveOrigin(this.choice));
  customHostError: Text = $derived.by(() => {
    if (this.regionKey !== 'custom') return '';
    const v = validateCustomHost(this.customHost);
    return v.ok ? '' : v.message;
  });

  /** Puts a stored or linked choice into the picker. */
  setChoice(choice: RegionChoice): void {
    if (choice.kind === 'sandbox') this.regionKey = 'sandbox';
    else if (choice.kind === 'custom') {
      this.regionKey = 'custom';
      this.customHost = choice.host;
    } else if (regionById(choice.id)) {
      this.regionKey = choice.id;
      this.backup = choice.backup;
    }
  }
}
