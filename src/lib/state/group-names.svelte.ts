// The names of each account's conversation groups, for answers that give only their numbers
// (get_list's ContactGroupId with AssistFlags 63): from the answer itself when it lists them
// (an endpoint's `groupDirectory`: get_contact_group's and search_contact_group's GroupItem),
// from the sandbox, which knows its own, or from the last such answer for the account when the
// request went to a real service. Made by the Response panel, loaded with it.
import { groupNamesOf } from '../api/group-directory';
import { requestAccount } from '../api/prepare';
import type { ViewContext } from '../api/response-views';
import type { Exchange } from '../response/exchange';
import type { SandboxModel } from './sandbox.svelte';
import type { Sender } from './sender.svelte';

/** What each answer table knows of an account's groups. */
export class GroupNames {
  /** From answers, by account: the last groupDirectory answer for it. */
  #fromAnswers = $state.raw<Readonly<Record<string, ReadonlyMap<number, string>>>>({});
  #sandbox: SandboxModel;
  #sender: Sender;

  constructor(sender: Sender, sandbox: SandboxModel) {
    this.#sender = sender;
    this.#sandbox = sandbox;
  }

  /** Follows the sends (and the sandbox); returns the function that stops. */
  listen(): () => void {
    void this.#sandbox.open();
    const stop = this.#sender.onRecord((record) => {
      const exchanges = record.kind === 'single' ? [record.exchange] : record.exchanges;
      for (const e of exchanges) this.#record(e);
    });
    return () => {
      stop();
      this.#sandbox.close();
    };
  }

  #record(exchange: Exchange): void {
    const names = groupNamesOf(exchange);
    const account = requestAccount(exchange.body);
    if (!names || account === null) return;
    this.#fromAnswers = { ...this.#fromAnswers, [account]: names };
  }

  /**
   * The context an exchange's tables are read in: its account and that account's group names,
   * from the answer itself when it lists them, else the sandbox's or the last answer's.
   */
  contextFor(exchange: Exchange | null): ViewContext {
    const account = exchange ? requestAccount(exchange.body) : null;
    if (!exchange || account === null) return { account, groupNames: null };
    const groupNames =
      groupNamesOf(exchange) ??
      (exchange.via === 'sandbox'
        ? this.#sandbox.groupNames(account)
        : Object.hasOwn(this.#fromAnswers, account)
          ? (this.#fromAnswers[account] ?? null)
          : null);
    return { account, groupNames };
  }
}
