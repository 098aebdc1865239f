// The advice about a body, in sentences for the Send bar: everything the service will probably
// refuse or misread, listed beside Send and never stopping it (readiness.ts says why). It loads
// with the list, only when there is something to list (readiness.ts's hasAdvice).
import { msg, type Text } from '../i18n/message';
import type { BodyAnalysis } from './body-analysis';
import type { PendingInputs } from './readiness';

/** One thing the service will probably refuse or misread; the body is sent anyway. */
export interface Advice {
  message: Text;
  /** The form field it is about, or null for the body as a whole. */
  field: string | null;
  /** `error`: the service refuses it (as documented); `warn`: it is accepted but probably not meant. */
  tone: 'error' | 'warn';
}

/**
 * Everything about the body worth knowing before it goes: the syntax error, then the field
 * errors, what is typed in the form but not in the body, and the warnings (unknown names, names
 * twice, valid values that are probably mistakes).
 */
export function bodyAdvice(check: BodyAnalysis, pending: PendingInputs = {}): Advice[] {
  const out: Advice[] = [];
  const { parse, validation } = check;
  if (!parse.ok) {
    out.push({
      message: msg('rules.adv.json', {
        line: parse.line,
        column: parse.column,
        message: parse.message,
      }),
      field: null,
      tone: 'error',
    });
  }
  for (const issue of validation?.errors ?? []) {
    out.push({ message: issue.message, field: issue.field, tone: 'error' });
  }
  for (const [field, p] of Object.entries(pending)) {
    out.push({
      message: msg('rules.adv.pending', { field, why: p.message }),
      field,
      tone: 'error',
    });
  }
  for (const issue of validation?.warnings ?? []) {
    out.push({ message: issue.message, field: issue.field, tone: 'warn' });
  }
  return out;
}

/** The Send bar's summary of the advice: "2 problems: sending shows what the service says". */
export function adviceSummary(advice: readonly Advice[]): Text {
  if (advice.length === 0) return '';
  return msg('rules.adv.summary', { n: advice.length });
}
