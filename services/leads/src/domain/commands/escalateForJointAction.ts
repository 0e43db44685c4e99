import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail, isRfc3339, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * EscalateForJointAction: the owner asks for a joint operation on an open lead. The event carries
 * title, subject, location, handling and officer, so operations drafts a proposal from it alone.
 * The window is optional: both times or neither, end after start.
 */
export function escalateForJointAction(c: CommandOf<'EscalateForJointAction'>, state: LeadState): LeadEvent {
  authorise(state, c, 'owner');
  const issues: FieldIssue[] = contractIssues(c);
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
  let window: { startsAt: string; endsAt: string } | null = null;
  const w = c.proposedWindow;
  if (w && (w.startsAt || w.endsAt)) {
    if (!isRfc3339(w.startsAt)) issues.push({ path: 'proposed_window.starts_at', message: 'an RFC 3339 time' });
    if (!isRfc3339(w.endsAt)) issues.push({ path: 'proposed_window.ends_at', message: 'an RFC 3339 time' });
    else if (isRfc3339(w.startsAt) && Date.parse(w.endsAt) <= Date.parse(w.startsAt))
      issues.push({ path: 'proposed_window.ends_at', message: 'must be after starts_at' });
    if (isRfc3339(w.startsAt) && isRfc3339(w.endsAt))
      window = { startsAt: new Date(w.startsAt).toISOString(), endsAt: new Date(w.endsAt).toISOString() };
  }
  fail(issues);
  return leadEvent('LeadEscalated', {
    leadId: c.leadId,
    ownerUnitId: state.ownerUnitId,
    officerId: c.actor.officerId,
    title: state.title,
    subject: state.subject,
    location: state.location,
    handling: state.handling,
    reason: c.reason,
    proposedWindow: window,
    at: c.now,
  });
}
