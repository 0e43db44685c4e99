import { type FieldIssue, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { mayAct } from '../policy';
import { isOccurrence, parseRecurrenceRule } from '../recurrence';
import { canonical, checkWindow, contractIssues, fail, type MeetingDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * ScheduleMeeting: the caller's unit convenes a regular (with an RRULE whose first occurrence is
 * the window's start), ad-hoc or emergency meeting, in a place or online, inviting known units.
 * Names every offending field at once; nothing is stored on a refusal.
 */
export function scheduleMeeting(
  c: CommandOf<'ScheduleMeeting'>,
  state: MeetingState,
  { directory }: MeetingDeciderDependencies,
): MeetingEvent {
  if (state.exists) throw new InvalidTransitionError(`meeting ${c.meetingId} already exists`, state.status);
  if (!mayAct(c.actor)) throw new ForbiddenError('ScheduleMeeting needs the liaison_officer or coordinator role');
  const issues: FieldIssue[] = contractIssues(c);
  const convener = c.convenerUnitId || c.actor.unitId;
  if (convener !== c.actor.unitId)
    issues.push({ path: 'convener_unit_id', message: `officers convene for their own unit (${c.actor.unitId})` });
  if (!directory.unit(convener)) issues.push({ path: 'convener_unit_id', message: `unknown unit "${convener}"` });
  if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
  checkWindow(c.window, c.now, issues);
  if (!nonEmpty(c.place) && !nonEmpty(c.onlineLink)) issues.push({ path: 'place', message: 'give a place or an online_link' });
  if (nonEmpty(c.onlineLink) && !/^https:\/\/\S+$/.test(c.onlineLink.trim()))
    issues.push({ path: 'online_link', message: 'an https:// link' });
  if (c.invitedUnitIds.length === 0) issues.push({ path: 'invited_unit_ids', message: 'invite at least one unit' });
  c.invitedUnitIds.forEach((id, i) => {
    if (!directory.unit(id)) issues.push({ path: `invited_unit_ids[${i}]`, message: `unknown unit "${id}"` });
    else if (id === convener) issues.push({ path: `invited_unit_ids[${i}]`, message: 'the convener unit takes part anyway' });
  });
  if (new Set(c.invitedUnitIds).size !== c.invitedUnitIds.length)
    issues.push({ path: 'invited_unit_ids', message: 'a unit is listed twice' });
  const h = c.handling;
  if (h.code === 'RED' && h.namedOfficerIds.length === 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'a RED meeting names the officers who may see it' });
  if (h.code !== 'RED' && h.namedOfficerIds.length > 0)
    issues.push({ path: 'handling.named_officer_ids', message: 'only RED meetings name officers' });
  h.namedOfficerIds.forEach((id, i) => {
    if (!directory.officer(id)) issues.push({ path: `handling.named_officer_ids[${i}]`, message: `unknown officer "${id}"` });
  });
  let rule = '';
  if (c.kind === 'regular') {
    const parsed = parseRecurrenceRule(c.recurrenceRule);
    if (!parsed.ok) issues.push({ path: 'recurrence_rule', message: parsed.message });
    else {
      rule = parsed.rule;
      const startOk = issues.every((i) => !i.path.startsWith('window'));
      if (startOk && !isOccurrence(parsed.options, c.window.startsAt, c.window.startsAt))
        issues.push({
          path: 'window.starts_at',
          message: `not an occurrence of ${rule} (Asia/Shanghai): start the series on its first occurrence`,
        });
    }
  } else if (nonEmpty(c.recurrenceRule)) issues.push({ path: 'recurrence_rule', message: 'only regular meetings recur' });
  fail(issues);
  const window = { startsAt: canonical(c.window.startsAt), endsAt: canonical(c.window.endsAt) };
  return meetingEvent('MeetingScheduled', {
    meetingId: c.meetingId,
    kind: c.kind,
    title: c.title.trim(),
    convenerUnitId: convener,
    scheduledByOfficerId: c.actor.officerId,
    window,
    place: c.place.trim(),
    onlineLink: c.onlineLink.trim(),
    invitedUnitIds: c.invitedUnitIds,
    handling: h,
    recurrence: rule ? { rule, seriesId: c.meetingId, seriesStartsAt: window.startsAt, occurrenceStartsAt: window.startsAt } : null,
    previousMeetingId: '',
    scheduledAt: c.now,
  });
}
