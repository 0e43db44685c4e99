import { describe, expect, it } from '@jest/globals';
import { type Actor, courtUseAllowed, leadEvents } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { refusal } from '@liaison/platform/testing';
import { participantUnitIds } from '../src/domain/lead';
import { cmd, erqi, jinshui, posted, postPayload, psb, sharedWith, spec, system } from './lead-fixtures';

/** The transfer line as Decree No. 310 reads it (ADR 0014); every command is at T0 unless it names its own time. */

const procurator: Actor = { officerId: 'officer-city-procuratorate-zheng', unitId: 'procuratorate-city', roles: ['procurator'] };
const otherPolice: Actor = { officerId: 'officer-city-psb-zhou', unitId: 'psb-city', roles: ['liaison_officer'] };
const LATER = '2026-06-01T00:00:00.000Z';

const flag = cmd('FlagSuspectedCrime', jinshui, { reason: 'value above the threshold' });
const decide = cmd('DecideTransfer', jinshui, { transfer: true, reasons: 'suspected crime of selling counterfeit goods' });
const decideNot = cmd('DecideTransfer', jinshui, { transfer: false, reasons: 'below the criminal threshold' });
const handOver = (namedOfficerIds: string[] = []) =>
  cmd('HandOverToPolice', jinshui, {
    policeUnitId: 'psb-city',
    facts: '600 bottles',
    amountInvolved: 180000,
    evidenceRefs: [],
    namedOfficerIds,
  });
const declined = cmd('RecordPoliceDecision', psb, { decision: 'declined', reason: 'insufficient evidence', caseNumber: '' });
const supervise = (procuratorateUnitId = 'procuratorate-city', namedOfficerIds: string[] = []) =>
  cmd('RequestProcuratorateSupervision', jinshui, { procuratorateUnitId, reason: 'the refusal ignores the seized goods', namedOfficerIds });
const answer = (outcome: string, reason = 'reviewed the file') => cmd('AnswerSupervision', procurator, { outcome, reason });
const overdue = (state: { deadlines: Record<string, { kind: string; unitId: string; dueAt: string }> }, key: string, now = LATER) => {
  const d = state.deadlines[key]!;
  return cmd('MarkOverdue', system, { kind: d.kind, unitId: d.unitId, dueAt: d.dueAt, taskId: '' }, now);
};
const supervisePayload = () => ({ procuratorateUnitId: 'procuratorate-city', reason: 'r', namedOfficerIds: [] as string[] });
const refused = [posted(), flag, decide, handOver(), declined];

const validAgainstRegistry = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(leadEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

describe('reconsideration is the agency’s right, not its duty', () => {
  it('a refusal opens a window; when it passes unused it closes, and nobody is in breach', () => {
    const lead = spec.givenCommands(...refused);
    const window = lead.state.deadlines['reconsideration_request:msb-jinshui']!;
    expect(window).toMatchObject({ resolved: false, breached: false });
    const { events, state } = lead.when(overdue(lead.state, 'reconsideration_request:msb-jinshui')).decided();
    expect(events).toEqual([
      {
        type: 'TransferWindowClosed',
        data: { kind: 'reconsideration_request', unitId: 'msb-jinshui', endsAt: window.dueAt, closedAt: LATER },
      },
    ]);
    validAgainstRegistry(events);
    expect(state.deadlines['reconsideration_request:msb-jinshui']).toMatchObject({ resolved: true, breached: false });
  });

  it('a request after the window is refused, whether or not the sweeper has closed it yet', () => {
    const lead = spec.givenCommands(...refused);
    const late = cmd('RequestReconsideration', jinshui, { reason: 'new evidence' }, LATER);
    lead.when(late).thenThrows(InvalidTransitionError, refusal({ status: 'window_closed' }));
    spec
      .givenCommands(...refused, overdue(lead.state, 'reconsideration_request:msb-jinshui'))
      .when(late)
      .thenThrows(InvalidTransitionError);
  });

  it('within the window the agency may ask the police to reconsider; the police answer is a duty with a breach', () => {
    const request = cmd('RequestReconsideration', jinshui, { reason: 'new evidence' });
    const lead = spec.givenCommands(...refused, request);
    expect(lead.state.deadlines['reconsideration_request:msb-jinshui']!.resolved).toBe(true);
    expect(lead.when(overdue(lead.state, 'reconsideration_answer:psb-city')).decided().events[0]).toMatchObject({
      type: 'LeadOverdue',
      data: { kind: 'reconsideration_answer', unitId: 'psb-city' },
    });
  });
});

describe('case-filing supervision by the Procuratorate (立案监督)', () => {
  it('the owner asks a procuratorate unit within the window; that unit joins the lead with an answer deadline', () => {
    const { events, state } = spec
      .givenCommands(...refused)
      .when(supervise())
      .decided();
    expect(events).toEqual([
      {
        type: 'ProcuratorateSupervisionRequested',
        data: expect.objectContaining({
          procuratorateUnitId: 'procuratorate-city',
          answerDueAt: expect.any(String),
          answerDueRule: expect.any(String),
        }),
      },
    ]);
    validAgainstRegistry(events);
    expect(state.transfer).toMatchObject({ stage: 'supervision_requested', procuratorateUnitId: 'procuratorate-city' });
    expect(participantUnitIds(state)).toContain('procuratorate-city');
    // Asking the Procuratorate uses the agency's window: no second request, no breach for not asking the police.
    expect(state.deadlines['reconsideration_request:msb-jinshui']).toMatchObject({ resolved: true, breached: false });
    expect(state.deadlines['supervision_answer:procuratorate-city']).toMatchObject({ resolved: false });
  });

  it('stays open after the reconsideration window closed unused (the 3 days of art. 9 bind the reconsideration only)', () => {
    const lead = spec.givenCommands(...refused);
    const closed = spec.givenCommands(...refused, overdue(lead.state, 'reconsideration_request:msb-jinshui'));
    const late = cmd('RequestProcuratorateSupervision', jinshui, supervisePayload(), LATER);
    expect(closed.when(late).decided().state.transfer.stage).toBe('supervision_requested');
  });

  it('is refused for a unit that is not a procuratorate, for anyone but the owner, and out of order', () => {
    const lead = spec.givenCommands(...refused);
    lead.when(supervise('psb-city')).thenThrows(ValidationError, refusal({ path: 'procuratorate_unit_id' }));
    lead.when(supervise('no-such-unit')).thenThrows(ValidationError, refusal({ path: 'procuratorate_unit_id' }));
    lead
      .when(cmd('RequestProcuratorateSupervision', psb, { procuratorateUnitId: 'procuratorate-city', reason: 'x', namedOfficerIds: [] }))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(posted(), flag, decide, handOver())
      .when(supervise())
      .thenThrows(InvalidTransitionError, refusal({ status: 'handed_over' }));
    lead
      .when(cmd('RequestProcuratorateSupervision', jinshui, { ...supervisePayload(), reason: '' }))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
  });

  it('only a procurator of the unit asked answers; the answer deadline is a breach like the others', () => {
    const lead = spec.givenCommands(...refused, supervise());
    lead.when(cmd('AnswerSupervision', jinshui, { outcome: 'refusal_upheld', reason: 'x' })).thenThrows(ForbiddenError);
    lead.when(cmd('AnswerSupervision', psb, { outcome: 'refusal_upheld', reason: 'x' })).thenThrows(ForbiddenError);
    // A procurator of a Procuratorate that was not asked is no party to the lead: refused too.
    const elsewhere: Actor = { officerId: 'officer-district-procuratorate-wu', unitId: 'procuratorate-erqi', roles: ['procurator'] };
    lead.when(cmd('AnswerSupervision', elsewhere, { outcome: 'refusal_upheld', reason: 'x' })).thenThrows(ForbiddenError);
    lead.when(answer('maybe')).thenThrows(ValidationError, refusal({ path: 'outcome' }));
    expect(lead.when(overdue(lead.state, 'supervision_answer:procuratorate-city')).decided().events[0]).toMatchObject({
      type: 'LeadOverdue',
      data: { kind: 'supervision_answer', unitId: 'procuratorate-city' },
    });
    const upheld = lead.when(answer('refusal_upheld')).decided();
    expect(upheld.state.transfer.stage).toBe('supervision_upheld');
    expect(upheld.state.deadlines['supervision_answer:procuratorate-city']!.resolved).toBe(true);
  });

  it('reasons requested → the police state them → opening required → the police record the opening', () => {
    const asked = spec.givenCommands(...refused, supervise(), answer('reasons_requested'));
    expect(asked.state.transfer.stage).toBe('police_reasons_requested');
    expect(asked.state.deadlines['police_reasons:psb-city']).toMatchObject({ resolved: false });
    asked.when(cmd('StatePoliceReasons', jinshui, { reasons: 'x' })).thenThrows(ForbiddenError);
    const reasons = cmd('StatePoliceReasons', psb, { reasons: 'the amount is below the threshold' });
    const stated = spec.givenCommands(...refused, supervise(), answer('reasons_requested'), reasons);
    expect(stated.state.transfer.stage).toBe('supervision_requested');
    expect(stated.state.deadlines['supervision_answer:procuratorate-city']).toMatchObject({ resolved: false });
    const required = spec.givenCommands(...refused, supervise(), answer('reasons_requested'), reasons, answer('opening_required', ''));
    expect(required.state.transfer.stage).toBe('police_opening_required');
    expect(required.state.deadlines['police_opening:psb-city']).toMatchObject({ resolved: false });
    required
      .when(cmd('RecordPoliceOpening', psb, { caseNumber: '', reason: '' }))
      .thenThrows(ValidationError, refusal({ path: 'case_number' }));
    const { events, state } = required.when(cmd('RecordPoliceOpening', psb, { caseNumber: 'ZZ-2026-077', reason: '' })).decided();
    validAgainstRegistry(events);
    expect(state.transfer.stage).toBe('police_opened');
    expect(state.deadlines['police_opening:psb-city']!.resolved).toBe(true);
  });

  it('after a maintained reconsideration the agency has a window to ask the Procuratorate; unused, it closes without a breach', () => {
    const maintained = [
      ...refused,
      cmd('RequestReconsideration', jinshui, { reason: 'new evidence' }),
      cmd('AnswerReconsideration', psb, { answer: 'maintained', reason: 'still insufficient' }),
    ];
    const lead = spec.givenCommands(...maintained);
    expect(lead.state.deadlines['supervision_request:msb-jinshui']).toMatchObject({ resolved: false });
    expect(lead.when(supervise()).decided().state.transfer.stage).toBe('supervision_requested');
    expect(lead.when(overdue(lead.state, 'supervision_request:msb-jinshui')).decided().events[0]!.type).toBe('TransferWindowClosed');
    lead
      .when(cmd('RequestProcuratorateSupervision', jinshui, supervisePayload(), LATER))
      .thenThrows(InvalidTransitionError, refusal({ status: 'window_closed' }));
  });

  it('RED: the request names a procurator, who then sees the lead', () => {
    const red = posted({ handling: { ...postPayload().handling, code: 'RED', namedOfficerIds: [jinshui.officerId] } });
    const redRefused = [red, flag, decide, handOver(['officer-city-psb-chen']), declined];
    spec
      .givenCommands(...redRefused)
      .when(supervise())
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
    const lead = spec.givenCommands(...redRefused, supervise('procuratorate-city', [procurator.officerId]));
    expect(lead.state.handling.namedOfficerIds).toContain(procurator.officerId);
    expect(lead.when(answer('refusal_upheld')).decided().events[0]!.type).toBe('SupervisionAnswered');
  });

  it('the procurator sees only the cases it is asked to supervise', () => {
    // GREEN lead, a refusal, no supervision asked: the procurator is refused (it is not party).
    const green = posted({ handling: { ...postPayload().handling, code: 'GREEN' } });
    spec.givenCommands(green, flag, decide, handOver(), declined).when(answer('refusal_upheld')).thenThrows(ForbiddenError);
    const strict = posted({ handling: { ...postPayload().handling, code: 'AMBER+STRICT' } });
    spec.givenCommands(strict, flag, decide, handOver(), declined).when(answer('refusal_upheld')).thenThrows(NotFoundError);
  });
});

describe('no escaping the line', () => {
  it('a suspected crime closes only after the transfer decision, a decision to transfer only after the hand-over', () => {
    const close = (outcome: string) => cmd('CloseLead', jinshui, { outcome, summary: '' });
    spec
      .givenCommands(posted(), flag)
      .when(close('resolved'))
      .thenThrows(InvalidTransitionError, refusal({ status: 'suspected' }));
    spec
      .givenCommands(posted(), flag, decide)
      .when(close('resolved'))
      .thenThrows(InvalidTransitionError, refusal({ status: 'decided_transfer' }));
    spec
      .givenCommands(posted(), flag, decideNot)
      .when(close('transferred'))
      .thenThrows(ValidationError, refusal({ path: 'outcome' }));
    spec
      .givenCommands(posted())
      .when(close('transferred'))
      .thenThrows(ValidationError, refusal({ path: 'outcome' }));
    expect(spec.givenCommands(posted(), flag, decideNot).when(close('unfounded')).decided().state.status).toBe('closed');
  });

  it('closing records missed deadlines as breaches, keeps the police deadline running and names what it ends', () => {
    // Shared with erqi at T0 (acknowledgement due in 24 h), handed over at T0 (police decision due in 3 days).
    const lead = spec.givenCommands(posted(), sharedWith('msb-erqi'), flag, decide, handOver());
    const close = cmd('CloseLead', jinshui, { outcome: 'transferred', summary: 'with the police' }, '2026-03-02T10:00:00.000Z');
    const { events, state } = lead.when(close).decided();
    validAgainstRegistry(events);
    expect(events.map((e) => e.type)).toEqual(['LeadOverdue', 'LeadClosed']);
    expect(events[0]!.data).toMatchObject({ kind: 'acknowledge', unitId: 'msb-erqi' });
    expect(events[1]!.data).toMatchObject({ outcome: 'transferred', endedDeadlines: [] });
    expect(state.deadlines['acknowledge:msb-erqi']).toMatchObject({ breached: true });
    expect(state.deadlines['police_decision:psb-city']).toMatchObject({ resolved: false, breached: false });

    // An acknowledgement not yet due is ended by the close, by name.
    const early = cmd('CloseLead', jinshui, { outcome: 'transferred', summary: '' }, '2026-03-01T09:00:00.000Z');
    const closedEarly = lead.when(early).decided();
    expect(closedEarly.events.map((e) => e.type)).toEqual(['LeadClosed']);
    expect(closedEarly.events[0]!.data).toMatchObject({ endedDeadlines: [{ kind: 'acknowledge', unitId: 'msb-erqi' }] });
    expect(closedEarly.state.deadlines['acknowledge:msb-erqi']!.resolved).toBe(true);
  });

  it('the police still answer on a closed lead, and a missed police deadline is still a breach after the close', () => {
    const closed = [posted(), flag, decide, handOver(), cmd('CloseLead', jinshui, { outcome: 'transferred', summary: '' })];
    const lead = spec.givenCommands(...closed);
    expect(lead.state.status).toBe('closed');
    expect(lead.when(declined).decided().state.transfer.stage).toBe('police_declined');
    expect(lead.when(overdue(lead.state, 'police_decision:psb-city')).decided().events[0]!.type).toBe('LeadOverdue');
    // The owner does nothing more on it.
    spec
      .givenCommands(...closed, declined)
      .when(cmd('RequestReconsideration', jinshui, { reason: 'x' }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'closed' }));
  });

  it('a reversed reconsideration gives the police a deadline to record the opening', () => {
    const reversed = [
      ...refused,
      cmd('RequestReconsideration', jinshui, { reason: 'new evidence' }),
      cmd('AnswerReconsideration', psb, { answer: 'reversed', reason: '' }),
    ];
    const lead = spec.givenCommands(...reversed);
    expect(lead.state.transfer.stage).toBe('reconsideration_reversed');
    expect(lead.state.deadlines['police_opening:psb-city']).toMatchObject({ resolved: false });
    lead.when(cmd('RecordPoliceOpening', jinshui, { caseNumber: 'X', reason: '' })).thenThrows(ForbiddenError);
    expect(lead.when(overdue(lead.state, 'police_opening:psb-city')).decided().events[0]!.type).toBe('LeadOverdue');
    const opened = lead.when(cmd('RecordPoliceOpening', psb, { caseNumber: 'ZZ-2026-078', reason: 'reconsidered' })).decided();
    expect(opened.state.transfer.stage).toBe('police_opened');
  });

  it('a decision not to transfer is revisited on new facts: suspected again, with a new decision deadline', () => {
    const revisit = cmd('RevisitTransferDecision', jinshui, { newFacts: 'a second warehouse found' }, '2026-03-10T02:00:00.000Z');
    const { events, state } = spec.givenCommands(posted(), flag, decideNot).when(revisit).decided();
    validAgainstRegistry(events);
    expect(state.transfer.stage).toBe('suspected');
    const deadline = state.deadlines['transfer_decision:msb-jinshui']!;
    expect(deadline).toMatchObject({ resolved: false, breached: false });
    expect(Date.parse(deadline.dueAt)).toBeGreaterThan(Date.parse('2026-03-10T02:00:00.000Z'));
    spec
      .givenCommands(posted(), flag, decideNot)
      .when(cmd('RevisitTransferDecision', jinshui, { newFacts: ' ' }))
      .thenThrows(ValidationError, refusal({ path: 'new_facts' }));
    spec
      .givenCommands(posted(), flag, decide)
      .when(revisit)
      .thenThrows(InvalidTransitionError, refusal({ status: 'decided_transfer' }));
    spec
      .givenCommands(posted(), flag, decideNot)
      .when(cmd('RevisitTransferDecision', erqi, { newFacts: 'x' }))
      .thenThrows(ForbiddenError);
  });
});

describe('noCourtUseWithoutConsent: the hand-over needs the originator’s recorded consent', () => {
  const restricted = posted({ handling: { ...postPayload().handling, noCourtUseWithoutConsent: true } });
  const ask = (unitId = 'psb-city') => cmd('RequestCourtUseConsent', jinshui, { requestId: `cur-${unitId}`, unitId, reason: 'hand-over' });

  it('without consent the hand-over is refused; with the owner’s approval for that police unit it goes through', () => {
    spec.givenCommands(restricted, flag, decide).when(handOver()).thenThrows(ForbiddenError);
    const approve = cmd('ApproveCourtUseConsent', jinshui, { requestId: 'cur-psb-city', reason: '' });
    const { events } = spec.givenCommands(restricted, flag, decide, ask(), approve).when(handOver()).decided();
    expect(events[0]!.type).toBe('LeadHandedOverToPolice');
    // Consent for another unit, or a refusal, does not count.
    spec
      .givenCommands(
        restricted,
        flag,
        decide,
        ask('psb-jinshui'),
        cmd('ApproveCourtUseConsent', jinshui, { requestId: 'cur-psb-jinshui', reason: '' }),
      )
      .when(handOver())
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(
        restricted,
        flag,
        decide,
        ask(),
        cmd('RefuseCourtUseConsent', jinshui, { requestId: 'cur-psb-city', reason: 'source protection' }),
      )
      .when(handOver())
      .thenThrows(ForbiddenError);
  });

  it('consent requests are events, answered once by the owner unit', () => {
    const asked = spec.givenCommands(restricted, sharedWith('msb-erqi'), cmd('AcceptLead', erqi, {}), ask());
    expect(asked.state.courtUseConsents['cur-psb-city']).toMatchObject({
      unitId: 'psb-city',
      status: 'pending',
      requestedByUnitId: 'msb-jinshui',
    });
    asked.when(cmd('ApproveCourtUseConsent', erqi, { requestId: 'cur-psb-city', reason: '' })).thenThrows(ForbiddenError);
    asked
      .when(cmd('RefuseCourtUseConsent', jinshui, { requestId: 'cur-psb-city', reason: '' }))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
    asked.when(ask()).thenThrows(InvalidTransitionError);
    const approved = spec.givenCommands(
      restricted,
      ask(),
      cmd('ApproveCourtUseConsent', jinshui, { requestId: 'cur-psb-city', reason: '' }),
    );
    approved.when(cmd('ApproveCourtUseConsent', jinshui, { requestId: 'cur-psb-city', reason: '' })).thenThrows(InvalidTransitionError);
    spec
      .givenCommands(restricted)
      .when(cmd('ApproveCourtUseConsent', jinshui, { requestId: 'nope', reason: '' }))
      .thenThrows(ValidationError);
  });

  it('the rule itself (@liaison/contracts courtUseAllowed)', () => {
    const approved = [{ unitId: 'psb-city', status: 'approved' as const }];
    expect(courtUseAllowed({ noCourtUseWithoutConsent: false }, [], 'psb-city')).toBe(true);
    expect(courtUseAllowed({ noCourtUseWithoutConsent: true }, [], 'psb-city')).toBe(false);
    expect(courtUseAllowed({ noCourtUseWithoutConsent: true }, approved, 'psb-city')).toBe(true);
    expect(courtUseAllowed({ noCourtUseWithoutConsent: true }, approved, 'psb-jinshui')).toBe(false);
    expect(courtUseAllowed({ noCourtUseWithoutConsent: true }, [{ unitId: 'psb-city', status: 'pending' }], 'psb-city')).toBe(false);
  });
});

describe('RED: handing over names an officer of the police unit', () => {
  const red = posted({ handling: { ...postPayload().handling, code: 'RED', namedOfficerIds: [jinshui.officerId] } });

  it('without a named police officer, or naming an officer of another unit, the hand-over is refused', () => {
    const lead = spec.givenCommands(red, flag, decide);
    lead.when(handOver()).thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
    lead.when(handOver(['officer-erqi-msb-wang'])).thenThrows(ValidationError, refusal({ path: 'named_officer_ids[0]' }));
  });

  it('the named officer joins the named officers and can record the decision; an unnamed colleague cannot see the lead', () => {
    const { events, state } = spec
      .givenCommands(red, flag, decide)
      .when(handOver(['officer-city-psb-chen']))
      .decided();
    validAgainstRegistry(events);
    expect(events[0]!.data).toMatchObject({ namedOfficerIds: ['officer-city-psb-chen'] });
    expect(state.handling.namedOfficerIds).toContain('officer-city-psb-chen');
    const handed = spec.givenCommands(red, flag, decide, handOver(['officer-city-psb-chen']));
    expect(handed.when(declined).decided().events[0]!.type).toBe('PoliceDecisionRecorded');
    handed.when(cmd('RecordPoliceDecision', otherPolice, { decision: 'opened', reason: '', caseNumber: 'X' })).thenThrows(NotFoundError);
  });
});
