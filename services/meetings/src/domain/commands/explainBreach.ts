import { mayAct, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import { meetingAccess, type MeetingState } from '../meeting';
import { visibility } from '../policy';
import { contractIssues, fail, nonEmpty, requireExists } from '../rules';
import type { CommandOf } from '.';

/**
 * ExplainBreach: an officer of an action item's owner unit gives the reason it was not done in
 * time, for the accountability register (ADR 0013); also after the meeting closed. A later
 * explanation supersedes an earlier one in the register; the history keeps both.
 */
export function explainBreach(c: CommandOf<'ExplainBreach'>, state: MeetingState): MeetingEvent {
  requireExists(state, c);
  if (visibility(meetingAccess(state), c.actor) !== 'visible') throw new NotFoundError('meeting', c.meetingId);
  const item = state.actionItems[c.actionItemId];
  if (!item || item.ownerUnitId !== c.actor.unitId || !item.breached)
    throw new NotFoundError(`action-item breach ${c.actionItemId} of ${c.actor.unitId} on meeting`, c.meetingId);
  if (!mayAct(c.actor)) throw new ForbiddenError('ExplainBreach needs the liaison_officer or coordinator role of the owner unit');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return meetingEvent('BreachExplained', {
    kind: 'action_item',
    unitId: c.actor.unitId,
    actionItemId: c.actionItemId,
    dueAt: item.dueAt,
    reason: c.reason.trim(),
    officerId: c.actor.officerId,
    at: c.now,
  });
}
