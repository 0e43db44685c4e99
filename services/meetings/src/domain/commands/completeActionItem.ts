import { meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { authorise, contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/** CompleteActionItem: an officer of the owner unit completes it once, with a note — also after the meeting closed. */
export function completeActionItem(c: CommandOf<'CompleteActionItem'>, state: MeetingState): MeetingEvent {
  authorise(state, c, 'participant');
  const item = state.actionItems[c.actionItemId];
  if (!item) throw ValidationError.field('action_item_id', `no action item "${c.actionItemId}" on this meeting`);
  if (item.ownerUnitId !== c.actor.unitId) throw new ForbiddenError(`action item ${c.actionItemId} belongs to ${item.ownerUnitId}`);
  if (item.status === 'done') throw new InvalidTransitionError(`action item ${c.actionItemId} is already done`, 'done');
  fail(contractIssues(c));
  return meetingEvent('ActionItemCompleted', {
    actionItemId: c.actionItemId,
    unitId: c.actor.unitId,
    note: c.note,
    officerId: c.actor.officerId,
    at: c.now,
  });
}
