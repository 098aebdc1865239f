// delete's own advice: ClearRamble 1 deletes the roaming messages too. Loaded with the body's
// rules (../endpoint-advice.ts lists it).
import { msg } from '../../i18n/message';
import type { BodyAdvisor, EndpointAdvice } from '../endpoint-advice';

/** Advice for a delete body: ClearRamble 1 deletes the conversation's messages too. */
export const adviseDelete: BodyAdvisor = (body) =>
  body['ClearRamble'] === 1
    ? [
        {
          field: 'ClearRamble',
          kind: 'advice',
          message: msg('rules.del.clearRamble'),
        },
      ]
    : [];

export const ADVICE: EndpointAdvice = { endpointId: 'delete', advise: adviseDelete };
