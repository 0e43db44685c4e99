import type { Actor } from '../envelope';
import { type RecordAccess, type TlpCode, visibility, type Visibility } from '../handling';

/**
 * Who takes part in a meeting, written once: the meetings decider, its projections and the
 * gateway call this. The convener unit and every invited unit take part; nobody else learns the
 * meeting exists (ADR 0020: others get NOT_FOUND).
 */
export function meetingParticipantUnitIds(convenerUnitId: string, invitedUnitIds: readonly string[]): string[] {
  return [...new Set([convenerUnitId, ...invitedUnitIds].filter(Boolean))];
}

/** The meeting as any record, for `visibility`: the convener owns it, the officer who scheduled it created it. */
export const meetingRecordAccess = (m: {
  convenerUnitId: string;
  scheduledByOfficerId: string;
  invitedUnitIds: readonly string[];
  code: TlpCode;
  namedOfficerIds: readonly string[];
}): RecordAccess => ({
  ownerUnitId: m.convenerUnitId,
  createdByOfficerId: m.scheduledByOfficerId,
  participantUnitIds: meetingParticipantUnitIds(m.convenerUnitId, m.invitedUnitIds).filter((u) => u !== m.convenerUnitId),
  code: m.code,
  namedOfficerIds: [...m.namedOfficerIds],
});

/** Roles that read meetings: officers, coordinators and analysts of a participant unit (supervisors, procurators and admins none). */
const READERS = new Set(['liaison_officer', 'coordinator', 'analyst']);

/**
 * Who may see a meeting: only officers of a participant unit (the convener or an invited unit)
 * learn it exists — everyone else gets `hidden` (NOT_FOUND), whatever the handling code, since a
 * meeting's invitation list and agenda tell who works on what. Within the participants the TLP
 * rules of handling.ts apply (RED: the creator and the named officers only).
 */
export function meetingVisibility(meeting: RecordAccess, actor: Actor): Visibility {
  const party = actor.unitId === meeting.ownerUnitId || meeting.participantUnitIds.includes(actor.unitId);
  if (!party || !actor.roles.some((r) => READERS.has(r))) return 'hidden';
  const seen = visibility(meeting, actor);
  return seen === 'visible' ? 'visible' : 'hidden';
}
