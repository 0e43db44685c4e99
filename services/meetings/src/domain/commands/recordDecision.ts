import { dueAsSet, type FieldIssue, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import {
  authorise,
  canonical,
  contractIssues,
  fail,
  isRfc3339,
  type MeetingDeciderDependencies,
  nonEmpty,
  participants,
  requireScheduled,
} from '../rules';
import type { CommandOf } from '.';

/** An action item's id: its decision's id and its place in the decision. */
export const actionItemIdOf = (decisionId: string, index: number): string => `${decisionId}-${index + 1}`;

/**
 * RecordDecision: the convener records a decision of a scheduled meeting (not a closed one) with
 * its action items, each owned by a participant unit and due at a future time; the due date's
 * rule says who set it (ADR 0013), and the overdue scheduler holds the owner unit to it.
 */
export function recordDecision(
  c: CommandOf<'RecordDecision'>,
  state: MeetingState,
  { directory }: MeetingDeciderDependencies,
): MeetingEvent {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  if (state.decisionIds.includes(c.decisionId))
    throw new InvalidTransitionError(`decision ${c.decisionId} is already recorded`, 'duplicate');
  const issues: FieldIssue[] = contractIssues(c);
  if (!nonEmpty(c.text)) issues.push({ path: 'text', message: 'required' });
  const parties = participants(state);
  c.actionItems.forEach((a, i) => {
    const at = `action_items[${i}]`;
    if (!nonEmpty(a.ownerUnitId)) issues.push({ path: `${at}.owner_unit_id`, message: 'required' });
    else if (!directory.unit(a.ownerUnitId)) issues.push({ path: `${at}.owner_unit_id`, message: `unknown unit "${a.ownerUnitId}"` });
    else if (!parties.includes(a.ownerUnitId))
      issues.push({ path: `${at}.owner_unit_id`, message: `"${a.ownerUnitId}" does not take part in this meeting` });
    if (!nonEmpty(a.description)) issues.push({ path: `${at}.description`, message: 'required' });
    if (!a.dueAt) issues.push({ path: `${at}.due_at`, message: 'required' });
    else if (!isRfc3339(a.dueAt)) issues.push({ path: `${at}.due_at`, message: 'an RFC 3339 time' });
    else if (Date.parse(a.dueAt) <= Date.parse(c.now)) issues.push({ path: `${at}.due_at`, message: 'must be in the future' });
  });
  fail(issues);
  return meetingEvent('DecisionRecorded', {
    decisionId: c.decisionId,
    text: c.text.trim(),
    actionItems: c.actionItems.map((a, i) => {
      const id = actionItemIdOf(c.decisionId, i);
      return {
        actionItemId: id,
        ownerUnitId: a.ownerUnitId,
        description: a.description.trim(),
        dueAt: canonical(a.dueAt),
        dueRule: `meeting action item ${id}: ${dueAsSet(a.dueAt, `the convener ${state.convenerUnitId}`).rule}`,
      };
    }),
    officerId: c.actor.officerId,
    at: c.now,
  });
}
