// The endpoints' own advice: values that are valid but probably mistakes, shown as warnings
// beside the field (STYLE.md: advice, not a gate). Each endpoint's is in
// `endpoints/<module>.advice.ts`, beside its module. They come with the body's rules (body-rules.ts
// reads them), not with the descriptions: get_list's description is in the first download and
// its AssistFlags advice need not be (issue 18, item 1). Listed here by hand, not found by name
// as the answer tables are (response-views.ts): body-rules.ts runs in Node too (`npm run
// sandbox`), where import.meta.glob does not exist. tests/unit/api/endpoints.test.ts checks that
// every `.advice.ts` file is listed, and for an endpoint that is described.
import { ADVICE as DELETE } from './endpoints/delete.advice';
import { ADVICE as GET_LIST } from './endpoints/get-list.advice';
import { ADVICE as MARK_CONTACT } from './endpoints/mark-contact.advice';
import type { FieldIssue } from './types';

/** Extra, endpoint-specific warnings about a body whose types are already right. */
export type BodyAdvisor = (body: Readonly<Record<string, unknown>>) => FieldIssue[];

/** An endpoint's advice, as its `.advice.ts` file exports it (ADVICE). */
export interface EndpointAdvice {
  /** The endpoint it is for (its description's id). */
  endpointId: string;
  advise: BodyAdvisor;
}

/** Every endpoint's advice, as listed above. */
export const ENDPOINT_ADVICE: readonly EndpointAdvice[] = [GET_LIST, DELETE, MARK_CONTACT];

const ADVICE_BY_ID: ReadonlyMap<string, BodyAdvisor> = new Map(
  ENDPOINT_ADVICE.map((a) => [a.endpointId, a.advise]),
);

/** The advisor of an endpoint, by its id; undefined for one without advice of its own. */
export function advisorFor(endpointId: string): BodyAdvisor | undefined {
  return ADVICE_BY_ID.get(endpointId);
}
