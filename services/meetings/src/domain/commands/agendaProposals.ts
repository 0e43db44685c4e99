import { mayDisclose, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError } from '@liaison/platform';
import type { MeetingState, ProposalState } from '../meeting';
import { authorise, requireExists, requireScheduled } from '../rules';
import type { CommandOf } from '.';
import { addAgendaItem } from './addAgendaItem';

/**
 * Agenda proposals (ADR 0020): the service proposes what is overdue or stuck for the meeting's
 * units (ProposeAgendaItems, internal, once per scheduling); the convener unit accepts each —
 * it becomes an agenda item through AddAgendaItem's own rules, with the source record's access —
 * or drops it. A proposal whose source the caller may not see does not exist for the caller
 * (NOT_FOUND), like an agenda item it may not see.
 */

/** ProposeAgendaItems: the proposals not yet made on this meeting, one event each. */
export function proposeAgendaItems(c: CommandOf<'ProposeAgendaItems'>, state: MeetingState): MeetingEvent[] {
  requireExists(state, c);
  requireScheduled(state, c);
  const fresh = c.proposals.filter((p) => !state.proposals[p.proposalId]);
  if (fresh.length === 0) throw new InvalidTransitionError(`meeting ${c.meetingId} has every proposal already`, state.status);
  return fresh.map((p) =>
    meetingEvent('AgendaItemProposed', {
      proposalId: p.proposalId,
      source: p.source,
      title: p.title,
      reasons: p.reasons.map((r) => ({ ...r, detail: r.detail.slice(0, 200) })),
      at: c.now,
    }),
  );
}

function openProposal(state: MeetingState, c: CommandOf<'AcceptAgendaProposal'> | CommandOf<'DropAgendaProposal'>): ProposalState {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  const proposal = state.proposals[c.proposalId];
  if (!proposal || !mayDisclose([proposal.source.access], c.actor)) throw new NotFoundError('agenda proposal', c.proposalId);
  if (proposal.status !== 'proposed')
    throw new InvalidTransitionError(`agenda proposal ${c.proposalId} is ${proposal.status}`, proposal.status);
  return proposal;
}

const reasonNote = (p: ProposalState): string =>
  p.reasons.map((r) => `${r.kind}${r.unitId ? ` (${r.unitId})` : ''} since ${r.since}${r.detail ? `: ${r.detail}` : ''}`).join('\n');

/** AcceptAgendaProposal: AgendaProposalAccepted and the agenda item (AddAgendaItem's decision, the source's access). */
export function acceptAgendaProposal(c: CommandOf<'AcceptAgendaProposal'>, state: MeetingState): MeetingEvent[] {
  const proposal = openProposal(state, c);
  const item = addAgendaItem(
    {
      type: 'AddAgendaItem',
      meetingId: c.meetingId,
      actor: c.actor,
      now: c.now,
      itemId: c.itemId,
      kind: proposal.source.kind,
      title: proposal.title,
      notes: reasonNote(proposal),
      references: [{ kind: proposal.source.kind, id: proposal.source.id, access: proposal.source.access }],
    },
    state,
  );
  return [
    meetingEvent('AgendaProposalAccepted', { proposalId: c.proposalId, itemId: c.itemId, officerId: c.actor.officerId, at: c.now }),
    item,
  ];
}

/** DropAgendaProposal: the proposal is no longer shown. */
export function dropAgendaProposal(c: CommandOf<'DropAgendaProposal'>, state: MeetingState): MeetingEvent {
  openProposal(state, c);
  return meetingEvent('AgendaProposalDropped', { proposalId: c.proposalId, reason: c.reason, officerId: c.actor.officerId, at: c.now });
}
