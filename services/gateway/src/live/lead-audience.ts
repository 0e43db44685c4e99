import { leadRecordAccess, visibility, type Actor, type EventEnvelope, type LeadAccessRow } from '@liaison/contracts';

/** What a connected console learns of a change to a lead: a pointer and its title, nothing more. */
export interface LeadNotice {
  kind: 'lead';
  type: string;
  leadId: string;
  title: string;
  version: number;
  occurredAt: string;
  /** The unit the change concerns (shared with, acknowledged by, …), when the event names one. */
  unitIds: string[];
}

const unitIdsOf = (data: Record<string, unknown>): string[] => {
  const ids = Array.isArray(data.unitIds) ? data.unitIds.filter((u): u is string => typeof u === 'string') : [];
  return typeof data.unitId === 'string' ? [...ids, data.unitId] : ids;
};

export const leadNotice = (row: LeadAccessRow, event: EventEnvelope): LeadNotice => ({
  kind: 'lead',
  type: event.type,
  leadId: row._id,
  title: row.title,
  version: event.version,
  occurredAt: event.occurredAt,
  unitIds: unitIdsOf(event.data as Record<string, unknown>),
});

/**
 * Who is told: an officer who may see the lead (the one visibility rule of handling.ts, on the
 * lead's access as folded from its events) and whose unit takes part in it — a change is news
 * to the owner and the recipients, not to every reader the handling code would allow.
 * The row is the access after the event: a unit that declined is no longer told.
 */
export function isTold(row: LeadAccessRow, actor: Actor): boolean {
  const access = leadRecordAccess(row);
  const party = access.ownerUnitId === actor.unitId || access.participantUnitIds.includes(actor.unitId);
  return party && visibility(access, actor) === 'visible';
}
