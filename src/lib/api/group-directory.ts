// The names of an account's conversation groups as an answer lists them: the answer field an
// endpoint names as its `groupDirectory` (get_contact_group's and search_contact_group's
// GroupItem, [{GroupName, GroupId}]), so other answers can show ContactGroupId's numbers as names.
import { isPlainObject } from '../json/value';
import type { Exchange } from '../response/exchange';
import { endpointById } from './endpoints';

/** The group names an exchange's answer lists, by GroupId; null when it lists none. */
export function groupNamesOf(exchange: Exchange): Map<number, string> | null {
  const field = endpointById(exchange.endpointId)?.groupDirectory;
  const json = exchange.outcome?.ok ? exchange.outcome.json : null;
  const list = field && isPlainObject(json) ? json[field] : undefined;
  if (!Array.isArray(list)) return null;
  const names = new Map<number, string>();
  for (const g of list) {
    if (
      isPlainObject(g) &&
      typeof g['GroupId'] === 'number' &&
      typeof g['GroupName'] === 'string'
    ) {
      names.set(g['GroupId'], g['GroupName']);
    }
  }
  return names;
}
