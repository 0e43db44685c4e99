import { type FieldIssue, meetingEvent, type MeetingEvent, type MeetingReference, type RecordAccess, visibility } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { authorise, contractIssues, fail, nonEmpty, requireScheduled } from '../rules';
import type { CommandOf } from '.';

/**
 * The access of a record the meetings service cannot look up (evidence, a situation analysis, or
 * a caller that gave none): the proposer's view — the proposer's unit as owner, AMBER+STRICT —
 * so only the proposer's unit sees the item until the owning context can be asked (ADR 0020).
 */
export const proposerView = (actor: { unitId: string; officerId: string }): RecordAccess => ({
  ownerUnitId: actor.unitId,
  createdByOfficerId: actor.officerId,
  participantUnitIds: [],
  code: 'AMBER+STRICT',
  namedOfficerIds: [],
});

/**
 * AddAgendaItem: an officer of any participant unit adds an item to a scheduled meeting, with
 * references to the records it is about. Each reference carries the record's access as its own
 * context gives it (the gateway reads the record with the proposer's identity), so viewers see
 * the item only when they may see every referenced record (mayDisclose); a record the proposer
 * may not see cannot be referenced.
 */
export function addAgendaItem(c: CommandOf<'AddAgendaItem'>, state: MeetingState): MeetingEvent {
  authorise(state, c, 'participant');
  requireScheduled(state, c);
  const issues: FieldIssue[] = contractIssues(c);
  if (!nonEmpty(c.title)) issues.push({ path: 'title', message: 'required' });
  if (state.agendaItemIds.includes(c.itemId))
    throw new InvalidTransitionError(`agenda item ${c.itemId} is already on the agenda`, 'duplicate');
  const references: MeetingReference[] = [];
  const seen = new Set<string>();
  c.references.forEach((r, i) => {
    if (!nonEmpty(r.id)) issues.push({ path: `references[${i}].id`, message: 'required' });
    const key = `${r.kind}:${r.id}`;
    if (seen.has(key)) issues.push({ path: `references[${i}]`, message: 'referenced twice' });
    seen.add(key);
    if (r.access && visibility(r.access, c.actor) !== 'visible')
      issues.push({ path: `references[${i}].id`, message: `unknown ${r.kind} "${r.id}"` });
    references.push({
      kind: r.kind,
      id: r.id.trim(),
      access: r.access ?? proposerView(c.actor),
      accessSource: r.access ? 'source' : 'proposer_view',
    } as MeetingReference);
  });
  if (c.kind !== 'other' && !c.references.some((r) => r.kind === c.kind))
    issues.push({ path: 'references', message: `a ${c.kind} item references at least one ${c.kind}` });
  fail(issues);
  return meetingEvent('AgendaItemAdded', {
    itemId: c.itemId,
    kind: c.kind,
    title: c.title.trim(),
    notes: c.notes,
    references,
    proposedByUnitId: c.actor.unitId,
    officerId: c.actor.officerId,
    at: c.now,
  });
}
