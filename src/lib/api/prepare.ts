// A request made ready in the builder from something on the page (an answer's row, an error's
// explanation): which endpoint and what body. Preparing switches the endpoint and sets the body;
// it never sends (sending stays the person's act).
import { isPlainObject } from '../json/value';

/** An endpoint (its description's id) and the body to start it with. */
export interface PreparedRequest {
  endpointId: string;
  body: Record<string, unknown>;
}

/**
 * The account_import that fixes a 50001 ("From_Account has not been imported") for the request
 * that got it: its From_Account as the UserID. Null when the body names no From_Account.
 */
export function accountImportFor(requestBody: string): PreparedRequest | null {
  const from = requestAccount(requestBody);
  // The id of account-import.ts, written here so the first screen need not load its module.
  return from === null ? null : { endpointId: 'account_import', body: { UserID: from } };
}

/** The From_Account of a request body (whose data it asks for), or null when it names none. */
export function requestAccount(requestBody: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(requestBody);
  } catch {
    return null;
  }
  const from = isPlainObject(value) ? value['From_Account'] : undefined;
  return typeof from === 'string' && from !== '' ? from : null;
}
