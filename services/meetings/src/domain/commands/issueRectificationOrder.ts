import { dueBy, type FieldIssue, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { isLeadingGroupOffice } from '../policy';
import { authorise, contractIssues, fail, type MeetingDeciderDependencies, nonEmpty, participants, requireScheduled } from '../rules';
import { actionItemIdOf } from './recordDecision';
import type { CommandOf } from '.';

/**
 * IssueRectificationOrder (policy §(五)2, ADR 0021): the leading-group office, convening a
 * scheduled meeting the problem unit takes part in, orders that unit to rectify. The order is a
 * decision with one action item owned by the unit, due by the rectification limit counted with
 * the one period rule (dueBy, ADR 0013) — so it breaches, shows in the unit's inbox and enters
 * the accountability register like every other action item. Whether the unit is a problem area of
 * the period is the assessment's (the application checks it and passes its reasons).
 */
export function issueRectificationOrder(
  c: CommandOf<'IssueRectificationOrder'>,
  state: MeetingState,
  { directory, rectification }: MeetingDeciderDependencies,
): MeetingEvent[] {
  authorise(state, c, 'convener');
  if (!isLeadingGroupOffice(directory, c.actor))
    throw new ForbiddenError('only the leading-group office orders a rectification (policy §(五)2)');
  requireScheduled(state, c);
  if (state.decisionIds.includes(c.decisionId))
    throw new InvalidTransitionError(`decision ${c.decisionId} is already recorded`, 'duplicate');
  const issues: FieldIssue[] = contractIssues(c);
  if (!nonEmpty(c.unitId)) issues.push({ path: 'unit_id', message: 'required' });
  else if (!directory.unit(c.unitId)) issues.push({ path: 'unit_id', message: `unknown unit "${c.unitId}"` });
  else if (!participants(state).includes(c.unitId))
    issues.push({ path: 'unit_id', message: `"${c.unitId}" does not take part in this meeting` });
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(c.period)) issues.push({ path: 'period', message: 'a month YYYY-MM' });
  if (c.reasons.filter(nonEmpty).length === 0) issues.push({ path: 'reasons', message: 'the assessment gives no reason' });
  fail(issues);
  const due = dueBy(c.now, rectification.limit, rectification.calendar);
  const actionItemId = actionItemIdOf(c.decisionId, 0);
  const reasons = c.reasons.filter(nonEmpty);
  const description = `Rectify the ${c.period} assessment findings: ${reasons.join('; ')}${nonEmpty(c.note) ? `. ${c.note.trim()}` : ''}`;
  return [
    meetingEvent('DecisionRecorded', {
      decisionId: c.decisionId,
      text: `Rectification order to ${c.unitId} for ${c.period} (policy §(五)2)`,
      actionItems: [
        {
          actionItemId,
          ownerUnitId: c.unitId,
          description: description.slice(0, 2_000),
          dueAt: due.dueAt,
          dueRule: `rectification order ${actionItemId} of the leading-group office ${c.actor.unitId}: ${due.rule}`,
        },
      ],
      officerId: c.actor.officerId,
      at: c.now,
    }),
    meetingEvent('RectificationOrdered', {
      decisionId: c.decisionId,
      actionItemId,
      unitId: c.unitId,
      period: c.period,
      reasons,
      dueAt: due.dueAt,
      officerId: c.actor.officerId,
      at: c.now,
    }),
  ];
}
