import { isRightWindow, leadEvent, type LeadEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { DeadlineState, LeadState } from '../lead';
import type { DeadlineKind } from '../model';
import { authorise, contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/**
 * Duties of other units on the transfer line that closing the agency's lead does not end: the
 * police and the Procuratorate still answer on a closed lead (ADR 0014).
 */
const RUNS_PAST_CLOSE: ReadonlySet<DeadlineKind> = new Set([
  'police_decision',
  'reconsideration_answer',
  'supervision_answer',
  'police_reasons',
  'police_opening',
]);

const ref = (d: DeadlineState) => ({ kind: d.kind, unitId: d.unitId, dueAt: d.dueAt, ...(d.taskId ? { taskId: d.taskId } : {}) });

/**
 * CloseLead (owner), with no escape from the transfer line (ADR 0014): a suspected crime closes
 * only after the transfer decision, a decision to transfer only after the hand-over, and the
 * outcome `transferred` needs a hand-over. Closing resolves nothing silently: every deadline
 * already missed is recorded as a breach in the same commit, a right's window already past
 * closes, the police's and the Procuratorate's deadlines keep running, and the rest (answers
 * nobody can give on a closed lead) are named in the event as ended by the close.
 */
export function closeLead(c: CommandOf<'CloseLead'>, state: LeadState): LeadEvent[] {
  authorise(state, c, 'owner');
  fail(contractIssues(c));
  const stage = state.transfer.stage;
  if (stage === 'suspected')
    throw new InvalidTransitionError('a lead flagged as a suspected crime closes only after the transfer decision (DecideTransfer)', stage);
  if (stage === 'decided_transfer')
    throw new InvalidTransitionError('the decision to transfer is carried out first: hand the case over (HandOverToPolice)', stage);
  if (c.outcome === 'transferred' && !state.transfer.policeUnitId)
    throw ValidationError.field('outcome', '"transferred" needs a hand-over to the police (HandOverToPolice) first');

  const now = Date.parse(c.now);
  const open = Object.values(state.deadlines).filter((d) => !d.resolved && !d.breached);
  const passed = open.filter((d) => Date.parse(d.dueAt) <= now);
  const running = open.filter((d) => Date.parse(d.dueAt) > now);
  const events: LeadEvent[] = passed.map((d) =>
    isRightWindow(d.kind)
      ? leadEvent('TransferWindowClosed', { kind: d.kind, unitId: d.unitId, endsAt: d.dueAt, closedAt: c.now })
      : leadEvent('LeadOverdue', {
          kind: d.kind,
          unitId: d.unitId,
          dueAt: d.dueAt,
          detectedAt: c.now,
          ...(d.rule ? { rule: d.rule } : {}),
          ...(d.taskId ? { taskId: d.taskId } : {}),
        }),
  );
  const endedDeadlines = running.filter((d) => !RUNS_PAST_CLOSE.has(d.kind)).map(ref);
  return [...events, leadEvent('LeadClosed', { outcome: c.outcome, summary: c.summary, at: c.now, endedDeadlines })];
}
