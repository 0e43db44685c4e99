import { describe, expect, it } from '@jest/globals';
import { type EventEnvelope, meetingEvents, type RecordAccess } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '@liaison/platform';
import { proposalIdFor, type ProposalInput, proposalsFor } from '../src/agenda/proposals';
import { discloseMeeting } from '../src/application/disclosure';
import { SYSTEM_ACTOR } from '../src/domain/commands';
import { evolveMeetingView, type MeetingView } from '../src/projections/meeting-view';
import { evolveStuckItem, type StuckItemRow } from '../src/projections/stuck-items';
import { cmd, erqi, jinshui, MEETING, scheduled, spec, T0, zhongmu } from './meeting-fixtures';

const LEAD = 'lead-00000000-0000-8000-8000-0000000000a1';
const OP = 'operation-00000000-0000-8000-8000-0000000000b1';
const EVIDENCE = 'evidence-00000000-0000-8000-8000-0000000000c1';

const valid = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(meetingEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

/** An Erqi lead shared with Jinshui (AMBER unless told). */
const leadAccess = (code: RecordAccess['code'] = 'AMBER'): RecordAccess => ({
  ownerUnitId: 'msb-erqi',
  createdByOfficerId: erqi.officerId,
  participantUnitIds: ['msb-jinshui'],
  code,
  namedOfficerIds: [],
});
const proposal = (access = leadAccess()): ProposalInput => ({
  proposalId: proposalIdFor(LEAD),
  source: { kind: 'lead', id: LEAD, access },
  title: 'Lead: counterfeit baby formula',
  reasons: [{ kind: 'lead_deadline_missed', unitId: 'msb-jinshui', since: '2026-11-20T00:00:00.000Z', detail: 'acknowledge' }],
});
const propose = (...proposals: ProposalInput[]) => cmd('ProposeAgendaItems', SYSTEM_ACTOR, { proposals });

describe('agenda proposals: the decider', () => {
  it('ProposeAgendaItems records one AgendaItemProposed per new proposal, with the source record’s access', () => {
    spec
      .givenCommands(scheduled())
      .when(propose(proposal()))
      .thenMatches((events) => {
        valid(events);
        expect(events).toEqual([
          {
            type: 'AgendaItemProposed',
            data: expect.objectContaining({
              proposalId: `proposal-${LEAD}`,
              source: { kind: 'lead', id: LEAD, access: leadAccess() },
              at: T0,
            }),
          },
        ]);
      });
  });

  it('is internal, and proposes nothing twice', () => {
    spec
      .givenCommands(scheduled())
      .when(cmd('ProposeAgendaItems', jinshui, { proposals: [proposal()] }))
      .thenThrows(ForbiddenError);
    spec.givenCommands(scheduled(), propose(proposal())).when(propose(proposal())).thenThrows(InvalidTransitionError);
  });

  it('accept: the convener’s item through AddAgendaItem, with the source’s access (accessSource source)', () => {
    spec
      .givenCommands(scheduled(), propose(proposal()))
      .when(cmd('AcceptAgendaProposal', jinshui, { proposalId: proposalIdFor(LEAD), itemId: 'item-1' }))
      .thenMatches((events) => {
        valid(events);
        expect(events.map((e) => e.type)).toEqual(['AgendaProposalAccepted', 'AgendaItemAdded']);
        expect(events[1]!.data).toMatchObject({
          itemId: 'item-1',
          kind: 'lead',
          title: 'Lead: counterfeit baby formula',
          references: [{ kind: 'lead', id: LEAD, access: leadAccess(), accessSource: 'source' }],
          proposedByUnitId: 'msb-jinshui',
        });
      });
  });

  it('drop; then neither accept nor drop again', () => {
    spec
      .givenCommands(scheduled(), propose(proposal()))
      .when(cmd('DropAgendaProposal', jinshui, { proposalId: proposalIdFor(LEAD), reason: 'discussed last month' }))
      .thenMatches((events) => {
        valid(events);
        expect(events[0]).toMatchObject({ type: 'AgendaProposalDropped', data: { reason: 'discussed last month' } });
      });
    const dropped = cmd('DropAgendaProposal', jinshui, { proposalId: proposalIdFor(LEAD), reason: '' });
    spec
      .givenCommands(scheduled(), propose(proposal()), dropped)
      .when(cmd('AcceptAgendaProposal', jinshui, { proposalId: proposalIdFor(LEAD), itemId: 'item-1' }))
      .thenThrows(InvalidTransitionError);
  });

  it('only the convener unit decides; a proposal whose source the convener may not see does not exist for it', () => {
    spec
      .givenCommands(scheduled(), propose(proposal()))
      .when(cmd('AcceptAgendaProposal', erqi, { proposalId: proposalIdFor(LEAD), itemId: 'item-1' }))
      .thenThrows(ForbiddenError);
    // Zhongmu's AMBER+STRICT lead, proposed for a meeting Zhongmu attends: Jinshui (the convener) is not party to it.
    const strict = { ...leadAccess('AMBER+STRICT'), ownerUnitId: 'msb-zhongmu', participantUnitIds: [] };
    spec
      .givenCommands(scheduled(), propose(proposal(strict)))
      .when(cmd('AcceptAgendaProposal', jinshui, { proposalId: proposalIdFor(LEAD), itemId: 'item-1' }))
      .thenThrows(NotFoundError);
    spec
      .givenCommands(scheduled(), propose(proposal()))
      .when(cmd('DropAgendaProposal', jinshui, { proposalId: 'proposal-unknown', reason: '' }))
      .thenThrows(NotFoundError);
  });
});

const envelope = (streamId: string, version: number, type: string, data: Record<string, unknown>): EventEnvelope => ({
  eventId: `${streamId}:${version}`,
  type,
  schemaVersion: 1,
  streamId,
  version,
  occurredAt: T0,
  recordedAt: T0,
  actor: erqi,
  correlationId: 'c',
  causationId: null,
  traceparent: null,
  data,
});
const fold = (kind: 'lead' | 'operation' | 'evidence', events: EventEnvelope[]) =>
  events.reduce<StuckItemRow | null>((row, e) => evolveStuckItem(kind, row, e), null);
const handling = (code: string) => ({ code, noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] });

const leadEvents = (code = 'AMBER') => [
  envelope(LEAD, 1, 'LeadPosted', {
    ownerUnitId: 'msb-erqi',
    postedByOfficerId: erqi.officerId,
    title: 'Formula',
    handling: handling(code),
  }),
  envelope(LEAD, 2, 'LeadShared', { unitIds: ['msb-jinshui'] }),
  envelope(LEAD, 3, 'LeadOverdue', { kind: 'acknowledge', unitId: 'msb-jinshui', dueAt: '2026-11-20T00:00:00.000Z' }),
];

describe('agenda proposals: the stuck-items projection', () => {
  it('a lead past its acknowledgement limit is stuck for Erqi and Jinshui, with the lead’s access; the acknowledgement clears it', () => {
    const row = fold('lead', leadEvents())!;
    expect(row).toMatchObject({
      kind: 'lead',
      stuck: true,
      unitIds: ['msb-erqi', 'msb-jinshui'],
      access: leadAccess(),
      reasons: [{ kind: 'lead_deadline_missed', unitId: 'msb-jinshui', detail: 'acknowledge' }],
    });
    const acknowledged = evolveStuckItem('lead', row, envelope(LEAD, 4, 'LeadAcknowledged', { unitId: 'msb-jinshui', at: T0 }))!;
    expect(acknowledged).toMatchObject({ stuck: false, reasons: [] });
    // A redelivered event (version already applied) changes nothing.
    expect(evolveStuckItem('lead', acknowledged, leadEvents()[2]!)).toBe(acknowledged);
  });

  it('a transfer case waits on the decision until TransferDecided; a declined recipient leaves the access', () => {
    const row = fold('lead', [
      ...leadEvents().slice(0, 2),
      envelope(LEAD, 3, 'SuspectedCrimeFlagged', { at: T0 }),
      envelope(LEAD, 4, 'LeadDeclined', { unitId: 'msb-jinshui' }),
    ])!;
    expect(row).toMatchObject({ stuck: true, unitIds: ['msb-erqi'], reasons: [{ kind: 'transfer_decision_pending', unitId: 'msb-erqi' }] });
    expect(evolveStuckItem('lead', row, envelope(LEAD, 5, 'TransferDecided', { transfer: false }))).toMatchObject({ stuck: false });
  });

  it('operations: an unanswered invitation and an unresolved conflict, each cleared by its answer', () => {
    const events = [
      envelope(OP, 1, 'OperationProposed', {
        operationId: OP,
        leadUnitId: 'msb-erqi',
        proposedByOfficerId: erqi.officerId,
        handling: handling('GREEN'),
        title: 'Warehouse raid',
        window: null,
      }),
      envelope(OP, 2, 'UnitsInvited', { unitIds: ['msb-zhongmu'] }),
      envelope(OP, 3, 'InvitationOverdue', { unitId: 'msb-zhongmu', dueAt: '2026-11-21T00:00:00.000Z' }),
      envelope(OP, 4, 'DeconflictionAlertRaised', { conflictId: 'conflict-1', reason: 'same_subject', detectedAt: T0 }),
    ];
    const row = fold('operation', events)!;
    expect(row.reasons.map((r) => r.kind)).toEqual(['invitation_unanswered', 'conflict_unresolved']);
    expect(row.unitIds).toEqual(['msb-erqi', 'msb-zhongmu']);
    const answered = fold('operation', [
      ...events,
      envelope(OP, 5, 'OperationJoined', { unitId: 'msb-zhongmu' }),
      envelope(OP, 6, 'DeconflictionConflictResolved', { conflictId: 'conflict-1' }),
    ])!;
    expect(answered).toMatchObject({ stuck: false, reasons: [] });
  });

  it('evidence awaits each asked unit’s recognition decision', () => {
    const row = fold('evidence', [
      envelope(EVIDENCE, 1, 'EvidenceRegistered', {
        ownerUnitId: 'msb-erqi',
        collectedByUnitId: 'msb-erqi',
        registeredByOfficerId: erqi.officerId,
        handling: handling('AMBER'),
        title: 'Sample 7',
      }),
      envelope(EVIDENCE, 2, 'RecognitionRequested', {
        requestId: 'r1',
        targetUnitIds: ['msb-jinshui', 'msb-zhongmu'],
        purpose: 'prosecution',
        namedOfficerIds: [],
        at: T0,
      }),
      envelope(EVIDENCE, 3, 'Recognised', { requestId: 'r1', unitId: 'msb-jinshui' }),
    ])!;
    expect(row).toMatchObject({ title: 'Sample 7', stuck: true, reasons: [{ kind: 'recognition_pending', unitId: 'msb-zhongmu' }] });
  });

  it('a meeting is proposed the stuck records its units are party to, and nothing else', () => {
    const erqiLead = fold('lead', leadEvents())!;
    const other = { ...erqiLead, _id: 'lead-x', recordId: 'lead-x', unitIds: ['msb-guancheng'] };
    const proposals = proposalsFor({ convenerUnitId: 'msb-jinshui', invitedUnitIds: ['msb-erqi'] }, [erqiLead, other]);
    expect(proposals.map((p) => p.source.id)).toEqual([LEAD]);
    expect(proposals[0]).toMatchObject({ title: 'Lead: Formula', source: { access: leadAccess() } });
  });
});

describe('agenda proposals: who sees them', () => {
  const view = (access: RecordAccess): MeetingView => {
    const scheduledEvent = spec.givenCommands().when(scheduled()).decided().events[0]!;
    const proposed = spec
      .givenCommands(scheduled())
      .when(propose(proposal(access)))
      .decided().events[0]!;
    return [
      envelope(MEETING, 1, scheduledEvent.type, scheduledEvent.data),
      envelope(MEETING, 2, proposed.type, proposed.data),
    ].reduce<MeetingView | null>(evolveMeetingView, null)!;
  };

  it('an AMBER+STRICT lead’s proposal is shown to its parties, not to a participant unit that may not see the lead', () => {
    const v = view(leadAccess('AMBER+STRICT'));
    expect(discloseMeeting(v, jinshui).proposals).toHaveLength(1);
    expect(discloseMeeting(v, erqi).proposals).toHaveLength(1);
    expect(discloseMeeting(v, zhongmu).proposals).toEqual([]);
  });
});
