import { type FieldIssue, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import type { MeetingState } from '../meeting';
import { authorise, contractIssues, fail, type MeetingDeciderDependencies, nonEmpty, participants, requireScheduled } from '../rules';
import type { CommandOf } from '.';

/**
 * RecordAttendance: the convener records, per participant unit, who was present, absent, or sent
 * someone in their place (delegated). A later record for the same unit replaces the earlier one.
 */
export function recordAttendance(
  c: CommandOf<'RecordAttendance'>,
  state: MeetingState,
  { directory }: MeetingDeciderDependencies,
): MeetingEvent {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  const issues: FieldIssue[] = contractIssues(c);
  if (!participants(state).includes(c.unitId)) issues.push({ path: 'unit_id', message: `"${c.unitId}" is not invited to this meeting` });
  const officer = c.officerId ? directory.officer(c.officerId) : undefined;
  if (c.status !== 'absent' && !c.officerId) issues.push({ path: 'officer_id', message: `required when ${c.status}` });
  if (c.officerId && !officer) issues.push({ path: 'officer_id', message: `unknown officer "${c.officerId}"` });
  else if (officer && officer.unitId !== c.unitId) issues.push({ path: 'officer_id', message: `not an officer of ${c.unitId}` });
  if (c.status === 'delegated' && !nonEmpty(c.delegatedTo)) issues.push({ path: 'delegated_to', message: 'required when delegated' });
  if (c.status !== 'delegated' && nonEmpty(c.delegatedTo))
    issues.push({ path: 'delegated_to', message: 'only for a delegated attendance' });
  fail(issues);
  return meetingEvent('AttendanceRecorded', {
    unitId: c.unitId,
    officerId: c.officerId,
    status: c.status,
    delegatedTo: c.delegatedTo.trim(),
    recordedByOfficerId: c.actor.officerId,
    at: c.now,
  });
}
