import { MEETING_LIMITS, type MeetingCommandData } from '@liaison/contracts';
import type { StuckItemRow } from '../projections/stuck-items';

export type ProposalInput = MeetingCommandData<'ProposeAgendaItems'>['proposals'][number];

const LABEL = { lead: 'Lead', operation: 'Operation', evidence: 'Evidence' } as const;

/** A proposal's id derives from its source record: one proposal per record and meeting. */
export const proposalIdFor = (recordId: string): string => `proposal-${recordId}`;

/**
 * The proposals for a meeting: every stuck record to which the convener or an invited unit is
 * party (owner or participant, by the owning context's rule), oldest reason first, at most
 * MEETING_LIMITS.proposals. Who of the meeting sees each one is decided on reading, by the
 * record's access carried with it (mayDisclose); a unit's party to a record does not mean every
 * officer of it may see it (RED), so nothing is decided here for viewers.
 */
export function proposalsFor(meeting: { convenerUnitId: string; invitedUnitIds: string[] }, rows: StuckItemRow[]): ProposalInput[] {
  const units = new Set([meeting.convenerUnitId, ...meeting.invitedUnitIds]);
  const oldest = (r: StuckItemRow) => r.reasons.reduce((min, x) => (x.since < min ? x.since : min), r.reasons[0]?.since ?? '');
  return rows
    .filter((r) => r.stuck && r.reasons.length > 0 && r.unitIds.some((u) => units.has(u)))
    .sort((a, b) => oldest(a).localeCompare(oldest(b)) || a.recordId.localeCompare(b.recordId))
    .slice(0, MEETING_LIMITS.proposals)
    .map((r) => ({
      proposalId: proposalIdFor(r.recordId),
      source: { kind: r.kind, id: r.recordId, access: r.access },
      title: `${LABEL[r.kind]}: ${r.title}`.slice(0, MEETING_LIMITS.agendaTitle),
      reasons: r.reasons.slice(0, 50).map((x) => ({ kind: x.kind, unitId: x.unitId, since: x.since, detail: x.detail })),
    }));
}
