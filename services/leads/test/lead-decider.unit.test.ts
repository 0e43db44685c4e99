import { describe, expect, it } from '@jest/globals';
import { refusal } from '@liaison/platform/testing';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { LEAD_LIMITS, leadEvents } from '@liaison/contracts';
import {
  admin,
  analyst,
  cmd,
  directory,
  erqi,
  spec,
  jinshui,
  accessOf,
  LEAD,
  OTHER,
  posted,
  postPayload,
  psb,
  sharedWith,
  system,
  T0,
  zhongmu,
} from './lead-fixtures';

const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const HOUR = 3_600_000;

const validAgainstRegistry = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(leadEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

describe('PostLead', () => {
  it('records LeadPosted with the owner and poster from the actor', () => {
    const events = spec.givenCommands().when(posted()).decided().events;
    expect(events).toEqual([
      {
        type: 'LeadPosted',
        data: expect.objectContaining({ leadId: LEAD, ownerUnitId: 'msb-jinshui', postedByOfficerId: jinshui.officerId, postedAt: T0 }),
      },
    ]);
    validAgainstRegistry(events);
  });

  it('records possible duplicates in the same commit', () => {
    const events = spec
      .givenCommands()
      .when(
        posted({
          possibleDuplicates: [
            { leadId: OTHER, ownerUnitId: 'msb-zhongmu', reason: 'credit_code', matchedOn: '91410105MA1234567T', access: accessOf() },
          ],
        }),
      )
      .decided().events;
    expect(events.map((e) => e.type)).toEqual(['LeadPosted', 'LeadPossibleDuplicateDetected']);
    expect(events[1]!.data).toMatchObject({ otherLeadId: OTHER, position: 'later' });
    validAgainstRegistry(events);
  });

  it('names every offending field', () => {
    const bad = postPayload({
      title: ' ',
      category: 'liquor',
      priority: 'asap',
      subject: { enterpriseName: '', creditCode: '123', personName: '', onlineShop: '', url: '' },
      location: { jurisdiction: 'atlantis', address: '', coordinates: null },
      grading: { sourceReliability: 'E' as 'A', information: 5 },
      handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    let issues: string[] = [];
    try {
      spec
        .givenCommands()
        .when(cmd('PostLead', jinshui, bad))
        .decided();
    } catch (error) {
      issues = (error as ValidationError).issues.map((i) => i.path);
    }
    expect(issues).toEqual(
      expect.arrayContaining([
        'title',
        'category',
        'priority',
        'subject.credit_code',
        'location.jurisdiction',
        'grading.source_reliability',
        'grading.information',
        'handling.named_officer_ids',
      ]),
    );
  });

  it('needs at least one subject identifier, a known handling code and known named officers', () => {
    const empty = { enterpriseName: '', creditCode: '', personName: '', onlineShop: '', url: '' };
    spec
      .givenCommands()
      .when(posted({ subject: empty }))
      .thenThrows(ValidationError, refusal({ path: 'subject' }));
    spec
      .givenCommands()
      .when(
        posted({
          handling: {
            code: 'PURPLE' as 'RED',
            noCourtUseWithoutConsent: false,
            noOnwardSharingWithoutConsent: false,
            namedOfficerIds: [],
          },
        }),
      )
      .thenThrows(ValidationError, refusal({ path: 'handling.code' }));
    spec
      .givenCommands()
      .when(
        posted({
          handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: ['nobody'] },
        }),
      )
      .thenThrows(ValidationError, refusal({ path: 'handling.named_officer_ids[0]' }));
  });

  it('is refused to analysts and admins, and on an existing lead', () => {
    spec
      .givenCommands()
      .when(cmd('PostLead', analyst, postPayload()))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands()
      .when(cmd('PostLead', admin, postPayload()))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(posted())
      .when(posted())
      .thenThrows(InvalidTransitionError, refusal({ status: 'posted' }));
  });
});

describe('sharing', () => {
  it('ShareLead by the owner sets an acknowledgement deadline per the configured limit', () => {
    const [e] = spec.givenCommands(posted()).when(sharedWith('msb-erqi', 'psb-city')).decided().events;
    expect(e).toEqual({
      type: 'LeadShared',
      data: expect.objectContaining({ unitIds: ['msb-erqi', 'psb-city'], acknowledgeDueAt: later(24 * HOUR), onwardRequestId: null }),
    });
  });

  it('rejects unknown, duplicate and already-sharing units, naming the field', () => {
    const lead = spec.givenCommands(posted(), sharedWith('msb-erqi'));
    lead.when(cmd('ShareLead', jinshui, { unitIds: ['msb-nowhere'], message: '', namedOfficerIds: [] })).thenThrows(
      ValidationError,
      refusal({
        path: 'unit_ids[0]',
      }),
    );
    lead
      .when(cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: [] }))
      .thenThrows(ValidationError, refusal({ path: 'unit_ids[0]' }));
    lead
      .when(cmd('ShareLead', jinshui, { unitIds: [], message: '', namedOfficerIds: [] }))
      .thenThrows(ValidationError, refusal({ path: 'unit_ids' }));
  });

  it('lets a recipient share onward only when the lead allows it', () => {
    const open = spec.givenCommands(posted(), sharedWith('msb-erqi'));
    expect(
      open.when(cmd('ShareLead', erqi, { unitIds: ['msb-zhongmu'], message: '', namedOfficerIds: [] })).decided().events[0]!.type,
    ).toBe('LeadShared');
    const restricted = spec.givenCommands(
      posted({ handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: true, namedOfficerIds: [] } }),
      sharedWith('msb-erqi'),
    );
    restricted.when(cmd('ShareLead', erqi, { unitIds: ['msb-zhongmu'], message: '', namedOfficerIds: [] })).thenThrows(ForbiddenError);
  });

  it('onward sharing: request by a recipient, approve by the owner shares with the requested units', () => {
    const restricted = postPayload({
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: true, namedOfficerIds: [] },
    });
    const request = cmd('RequestOnwardSharing', erqi, { requestId: 'osr-1', unitIds: ['msb-zhongmu'], reason: 'their warehouse' });
    const lead = spec.givenCommands(cmd('PostLead', jinshui, restricted), sharedWith('msb-erqi'), request);
    lead.when(cmd('ApproveOnwardSharing', erqi, { requestId: 'osr-1', reason: '', namedOfficerIds: [] })).thenThrows(ForbiddenError);
    const approved = lead
      .when(cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: 'ok', namedOfficerIds: [] }))
      .decided().events;
    expect(approved.map((e) => e.type)).toEqual(['OnwardSharingApproved', 'LeadShared']);
    expect(approved[1]!.data).toMatchObject({ unitIds: ['msb-zhongmu'], sharedByUnitId: 'msb-erqi', onwardRequestId: 'osr-1' });
    const after = spec.givenCommands(
      cmd('PostLead', jinshui, restricted),
      sharedWith('msb-erqi'),
      request,
      cmd('RefuseOnwardSharing', jinshui, { requestId: 'osr-1', reason: 'too early' }),
    );
    after.when(cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: '', namedOfficerIds: [] })).thenThrows(
      InvalidTransitionError,
      refusal({
        status: 'refused',
      }),
    );
    lead.when(cmd('RefuseOnwardSharing', jinshui, { requestId: 'osr-1', reason: '' })).thenThrows(
      ValidationError,
      refusal({
        path: 'reason',
      }),
    );
    lead.when(cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-x', reason: '', namedOfficerIds: [] })).thenThrows(
      ValidationError,
      refusal({
        path: 'request_id',
      }),
    );
  });
});

describe('recipient answers', () => {
  const shared = () => spec.givenCommands(posted(), sharedWith('msb-erqi', 'psb-city'));

  it('acknowledge, then accept', () => {
    const acked = spec.givenCommands(posted(), sharedWith('msb-erqi'), cmd('AcknowledgeLead', erqi, {}));
    expect(acked.state.recipients['msb-erqi']!.status).toBe('acknowledged');
    expect(acked.state.deadlines['acknowledge:msb-erqi']!.resolved).toBe(true);
    expect(acked.when(cmd('AcceptLead', erqi, {})).decided().events).toEqual([
      { type: 'LeadAccepted', data: { unitId: 'msb-erqi', at: T0 } },
    ]);
  });

  it('decline needs a reason', () => {
    shared()
      .when(cmd('DeclineLead', erqi, { reason: '  ' }))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
    expect(
      shared()
        .when(cmd('DeclineLead', erqi, { reason: 'outside our remit' }))
        .decided().events[0]!.type,
    ).toBe('LeadDeclined');
  });

  it('accept after decline is refused (the unit left: 403), accept twice is an invalid transition with the current status', () => {
    const declined = spec.givenCommands(posted(), sharedWith('msb-erqi'), cmd('DeclineLead', erqi, { reason: 'no' }));
    declined.when(cmd('AcceptLead', erqi, {})).thenThrows(ForbiddenError);
    const accepted = spec.givenCommands(posted(), sharedWith('msb-erqi'), cmd('AcceptLead', erqi, {}));
    accepted.when(cmd('DeclineLead', erqi, { reason: 'x' })).thenThrows(InvalidTransitionError, refusal({ status: 'accepted' }));
    accepted.when(cmd('AcknowledgeLead', erqi, {})).thenThrows(InvalidTransitionError, refusal({ status: 'accepted' }));
  });

  it('accept by a unit the lead was never shared with (no party): 403 on GREEN and AMBER, 404 on RED', () => {
    const green = spec.givenCommands(
      posted({ handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] } }),
    );
    green.when(cmd('AcceptLead', erqi, {})).thenThrows(ForbiddenError);
    spec
      .givenCommands(posted())
      .when(cmd('AcceptLead', erqi, {}))
      .thenThrows(ForbiddenError);
    const red = spec.givenCommands(
      posted({
        handling: {
          code: 'RED',
          noCourtUseWithoutConsent: false,
          noOnwardSharingWithoutConsent: false,
          namedOfficerIds: [jinshui.officerId],
        },
      }),
    );
    red.when(cmd('AcceptLead', erqi, {})).thenThrows(NotFoundError);
  });

  it('the owner cannot answer its own lead; analysts cannot act', () => {
    shared()
      .when(cmd('AcceptLead', jinshui, {}))
      .thenThrows(ForbiddenError);
    shared()
      .when(cmd('AcceptLead', analyst, {}))
      .thenThrows(ForbiddenError);
  });

  it('a missing lead is not found', () => {
    spec
      .givenCommands()
      .when(cmd('AcceptLead', erqi, {}))
      .thenThrows(NotFoundError);
  });
});

describe('co-handling, feedback, regrading, linking, closing', () => {
  it("assign for co-handling with a due date, then feedback resolves that unit's task deadline", () => {
    const assign = cmd('AssignForCoHandling', jinshui, {
      tasks: [{ unitId: 'msb-erqi', description: 'inspect the warehouse', dueAt: later(48 * HOUR) }],
    });
    const lead = spec.givenCommands(posted(), assign);
    expect(lead.state.deadlines['co_handling_task:msb-erqi:task-1']).toMatchObject({ dueAt: later(48 * HOUR), resolved: false });
    expect(lead.state.status).toBe('in_progress');
    const after = spec.givenCommands(posted(), assign, cmd('RecordFeedback', erqi, { result: 'verified', summary: '200 bottles' }));
    expect(after.state.deadlines['co_handling_task:msb-erqi:task-1']!.resolved).toBe(true);
    spec
      .givenCommands(posted())
      .when(cmd('AssignForCoHandling', jinshui, { tasks: [{ unitId: 'x-nowhere', description: '', dueAt: 'tomorrow' }] }))
      .thenThrows(ValidationError, refusal({ path: 'tasks[0].unit_id' }));
  });

  it('feedback needs a result and comes from a participant, not the owner', () => {
    const lead = spec.givenCommands(posted(), sharedWith('msb-erqi'));
    lead.when(cmd('RecordFeedback', erqi, { result: '', summary: '' })).thenThrows(ValidationError, refusal({ path: 'result' }));
    lead.when(cmd('RecordFeedback', jinshui, { result: 'verified', summary: '' })).thenThrows(ForbiddenError);
  });

  it('regrade by the owner keeps the previous grading', () => {
    const [e] = spec
      .givenCommands(posted())
      .when(cmd('RegradeLead', jinshui, { grading: { sourceReliability: 'A', information: 1 }, reason: 'confirmed' }))
      .decided().events;
    expect(e!.data).toMatchObject({
      grading: { sourceReliability: 'A', information: 1 },
      previous: { sourceReliability: 'B', information: 2 },
    });
    spec
      .givenCommands(posted())
      .when(cmd('RegradeLead', jinshui, { grading: { sourceReliability: 'A', information: 9 }, reason: '' }))
      .thenThrows(ValidationError, refusal({ path: 'grading.information' }));
  });

  it('link to another lead, not to itself', () => {
    expect(
      spec
        .givenCommands(posted())
        .when(cmd('LinkLead', jinshui, { otherLeadId: OTHER, relation: 'related', note: '' }))
        .decided().events[0]!.type,
    ).toBe('LeadLinked');
    spec
      .givenCommands(posted())
      .when(cmd('LinkLead', jinshui, { otherLeadId: LEAD, relation: 'related', note: '' }))
      .thenThrows(ValidationError, refusal({ path: 'other_lead_id' }));
    spec
      .givenCommands(posted())
      .when(cmd('LinkLead', jinshui, { otherLeadId: OTHER, relation: 'cousin', note: '' }))
      .thenThrows(ValidationError, refusal({ path: 'relation' }));
  });

  it('close by the owner resolves every deadline; nothing else is accepted afterwards', () => {
    const lead = spec.givenCommands(posted(), sharedWith('msb-erqi'), cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' }));
    expect(lead.state.status).toBe('closed');
    expect(Object.values(lead.state.deadlines).every((d) => d.resolved)).toBe(true);
    lead.when(cmd('AcceptLead', erqi, {})).thenThrows(InvalidTransitionError, refusal({ status: 'closed' }));
    spec
      .givenCommands(posted())
      .when(cmd('CloseLead', jinshui, { outcome: 'vanished', summary: '' }))
      .thenThrows(
        ValidationError,
        refusal({
          path: 'outcome',
        }),
      );
    spec
      .givenCommands(posted(), sharedWith('msb-erqi'))
      .when(cmd('CloseLead', erqi, { outcome: 'resolved', summary: '' }))
      .thenThrows(ForbiddenError);
  });
});

describe('criminal transfer (两法衔接)', () => {
  const flag = cmd('FlagSuspectedCrime', jinshui, { reason: 'value above threshold' });
  const decide = cmd('DecideTransfer', jinshui, { transfer: true, reasons: 'suspected crime of selling counterfeit goods' });
  const handOver = cmd('HandOverToPolice', jinshui, {
    policeUnitId: 'psb-city',
    facts: '600 bottles',
    amountInvolved: 180000,
    evidenceRefs: ['ev-1'],
    namedOfficerIds: [],
  });
  const opened = cmd('RecordPoliceDecision', psb, { decision: 'opened', reason: '', caseNumber: 'ZZ-2026-001' });
  const declined = cmd('RecordPoliceDecision', psb, { decision: 'declined', reason: 'insufficient evidence', caseNumber: '' });

  it('flag → decide → hand over → opened, each stage with its statutory deadline', () => {
    // T0 is Sunday 2026-03-01 16:00 in Beijing: 3 days by the rules for periods are 2, 3 and 4
    // March, ending Wednesday 24:00 (16:00Z), not 72 hours later; 24 hours stay 24 hours.
    expect(spec.givenCommands(posted()).when(flag).decided().events[0]!.data).toMatchObject({
      decisionDueAt: '2026-03-04T16:00:00.000Z',
      decisionDueRule: expect.stringContaining('Decree No. 310, art. 5): 3 days from 2026-03-01, start day not counted'),
    });
    expect(spec.givenCommands(posted(), flag).when(decide).decided().events[0]!.data).toMatchObject({
      transfer: true,
      handOverDueAt: later(24 * HOUR),
      handOverDueRule: expect.stringContaining('24 hours from 2026-03-01 16:00 (Asia/Shanghai), counted in hours'),
    });
    expect(spec.givenCommands(posted(), flag, decide).when(handOver).decided().events[0]!.data).toMatchObject({
      policeUnitId: 'psb-city',
      policeDecisionDueAt: '2026-03-04T16:00:00.000Z',
      policeDecisionDueRule: expect.stringContaining('art. 8'),
    });
    const lead = spec.givenCommands(posted(), flag, decide, handOver, opened);
    expect(lead.state.transfer).toEqual({ stage: 'police_opened', policeUnitId: 'psb-city', procuratorateUnitId: '' });
    expect(lead.state.deadlines['police_decision:psb-city']!.resolved).toBe(true);
  });

  it('the police unit becomes a participant: it can see an AMBER lead it was not shared with', () => {
    const lead = spec.givenCommands(posted(), flag, decide, handOver);
    expect(lead.when(opened).decided().events[0]!.type).toBe('PoliceDecisionRecorded');
  });

  it('declined → reconsideration requested → answered', () => {
    const lead = spec.givenCommands(posted(), flag, decide, handOver, declined);
    expect(lead.state.deadlines['reconsideration_request:msb-jinshui']).toMatchObject({ resolved: false });
    const request = cmd('RequestReconsideration', jinshui, { reason: 'new evidence' });
    expect(lead.when(request).decided().events[0]!.data).toMatchObject({ answerDueAt: '2026-03-04T16:00:00.000Z' });
    const requested = spec.givenCommands(posted(), flag, decide, handOver, declined, request);
    expect(requested.when(cmd('AnswerReconsideration', psb, { answer: 'reversed', reason: '' })).decided().events[0]!.data).toMatchObject({
      answer: 'reversed',
    });
    requested
      .when(cmd('AnswerReconsideration', psb, { answer: 'maybe', reason: '' }))
      .thenThrows(ValidationError, refusal({ path: 'answer' }));
  });

  it('refuses steps out of order with the current stage', () => {
    spec
      .givenCommands(posted())
      .when(decide)
      .thenThrows(InvalidTransitionError, refusal({ status: 'none' }));
    spec
      .givenCommands(posted(), flag)
      .when(handOver)
      .thenThrows(InvalidTransitionError, refusal({ status: 'suspected' }));
    spec
      .givenCommands(posted(), flag, decide, handOver, opened)
      .when(cmd('RequestReconsideration', jinshui, { reason: 'x' }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'police_opened' }));
    spec
      .givenCommands(posted(), flag)
      .when(flag)
      .thenThrows(InvalidTransitionError, refusal({ status: 'suspected' }));
  });

  it('hand-over only to a police unit; decision only by that police unit, with a reason when declining', () => {
    const decided = spec.givenCommands(posted(), flag, decide);
    decided
      .when(
        cmd('HandOverToPolice', jinshui, {
          policeUnitId: 'msb-erqi',
          facts: 'x',
          amountInvolved: 0,
          evidenceRefs: [],
          namedOfficerIds: [],
        }),
      )
      .thenThrows(ValidationError, refusal({ path: 'police_unit_id' }));
    decided
      .when(
        cmd('HandOverToPolice', jinshui, {
          policeUnitId: 'psb-city',
          facts: '',
          amountInvolved: -1,
          evidenceRefs: [],
          namedOfficerIds: [],
        }),
      )
      .thenThrows(ValidationError, refusal({ path: 'facts' }));
    const handed = spec.givenCommands(posted(), sharedWith('msb-erqi'), flag, decide, handOver);
    handed.when(cmd('RecordPoliceDecision', erqi, { decision: 'opened', reason: '', caseNumber: '' })).thenThrows(ForbiddenError);
    handed.when(cmd('RecordPoliceDecision', psb, { decision: 'declined', reason: '', caseNumber: '' })).thenThrows(
      ValidationError,
      refusal({
        path: 'reason',
      }),
    );
    spec
      .givenCommands(posted(), flag)
      .when(cmd('DecideTransfer', jinshui, { transfer: false, reasons: '' }))
      .thenThrows(
        ValidationError,
        refusal({
          path: 'reasons',
        }),
      );
  });
});

describe('internal commands', () => {
  const share = sharedWith('msb-erqi');
  const dueAt = later(24 * HOUR);

  it('MarkOverdue records one breach naming the late unit, once', () => {
    const lead = spec.givenCommands(posted(), share);
    const mark = cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(25 * HOUR));
    expect(lead.when(mark).decided().events).toEqual([
      {
        type: 'LeadOverdue',
        data: {
          kind: 'acknowledge',
          unitId: 'msb-erqi',
          dueAt,
          detectedAt: later(25 * HOUR),
          rule: 'acknowledgement of a shared lead (liaison policy): 24 hours from 2026-03-01 16:00 (Asia/Shanghai), counted in hours: holidays do not extend it',
        },
      },
    ]);
    const breached = spec.givenCommands(posted(), share, mark);
    breached.when(mark).thenThrows(InvalidTransitionError, refusal({ status: 'overdue' }));
  });

  it('MarkOverdue is refused before the due time, for a met deadline, a wrong due time, and from officers', () => {
    const lead = spec.givenCommands(posted(), share);
    lead
      .when(cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'pending' }));
    lead
      .when(cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: later(1) }, later(25 * HOUR)))
      .thenThrows(InvalidTransitionError);
    const acked = spec.givenCommands(posted(), share, cmd('AcknowledgeLead', erqi, {}));
    acked
      .when(cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(25 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'resolved' }));
    lead.when(cmd('MarkOverdue', jinshui, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(25 * HOUR))).thenThrows(ForbiddenError);
  });

  it('FlagPossibleDuplicate records the later lead on the earlier one, once', () => {
    const flagDup = cmd('FlagPossibleDuplicate', system, {
      otherLeadId: OTHER,
      otherOwnerUnitId: 'msb-zhongmu',
      reason: 'credit_code',
      matchedOn: 'x',
      position: 'earlier',
      otherAccess: accessOf(),
    });
    expect(spec.givenCommands(posted()).when(flagDup).decided().events[0]!.data).toMatchObject({ otherLeadId: OTHER, position: 'earlier' });
    spec.givenCommands(posted(), flagDup).when(flagDup).thenThrows(InvalidTransitionError);
  });
});

describe('RecordOperationOutcome (internal, operations topic)', () => {
  const OP = 'operation-00000000-0000-8000-8000-0000000000aa';
  const outcome = (overrides: Partial<{ operationId: string; outcome: 'concluded' | 'cancelled' }> = {}) =>
    cmd('RecordOperationOutcome', system, {
      operationId: OP,
      leadUnitId: 'msb-jinshui',
      outcome: 'concluded',
      summary: '600 bottles seized',
      results: '2 arrests',
      at: later(HOUR),
      operationAccess: accessOf({ ownerUnitId: 'msb-jinshui', createdByOfficerId: 'officer-jinshui-msb-zhao' }),
      ...overrides,
    });

  it('records the outcome on the lead, valid against the registry', () => {
    const events = spec.givenCommands(posted(), sharedWith('msb-erqi')).when(outcome()).decided().events;
    expect(events).toEqual([
      {
        type: 'LeadOperationOutcomeRecorded',
        data: {
          operationId: OP,
          leadUnitId: 'msb-jinshui',
          outcome: 'concluded',
          summary: '600 bottles seized',
          results: '2 arrests',
          at: later(HOUR),
          operationAccess: accessOf({ ownerUnitId: 'msb-jinshui', createdByOfficerId: 'officer-jinshui-msb-zhao' }),
        },
      },
    ]);
    validAgainstRegistry(events);
  });

  it('is recorded whatever the status, even on a closed lead', () => {
    const closed = spec.givenCommands(posted(), cmd('CloseLead', jinshui, { outcome: 'resolved', summary: 'done' }));
    expect(closed.when(outcome({ outcome: 'cancelled' })).decided().events[0]!.data).toMatchObject({ outcome: 'cancelled' });
  });

  it('once per operation; another operation is recorded too', () => {
    const lead = spec.givenCommands(posted(), outcome());
    lead.when(outcome()).thenThrows(InvalidTransitionError);
    expect(lead.when(outcome({ operationId: 'operation-00000000-0000-8000-8000-0000000000bb' })).decided().events).toHaveLength(1);
  });

  it('the lead must exist, and only the system may issue it', () => {
    spec.givenCommands().when(outcome()).thenThrows(NotFoundError);
    spec
      .givenCommands(posted())
      .when({ ...outcome(), actor: jinshui })
      .thenThrows(ForbiddenError);
  });
});

describe('visibility in decisions', () => {
  it('an unrelated unit acting on an AMBER lead gets 403, on AMBER+STRICT and RED 404', () => {
    const code = (c: 'AMBER' | 'AMBER+STRICT' | 'RED') =>
      spec.givenCommands(
        posted({
          handling: {
            code: c,
            noCourtUseWithoutConsent: false,
            noOnwardSharingWithoutConsent: false,
            namedOfficerIds: c === 'RED' ? [erqi.officerId] : [],
          },
        }),
        cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: c === 'RED' ? [erqi.officerId] : [] }),
      );
    code('AMBER')
      .when(cmd('AcknowledgeLead', zhongmu, {}))
      .thenThrows(ForbiddenError);
    code('AMBER+STRICT')
      .when(cmd('AcknowledgeLead', zhongmu, {}))
      .thenThrows(NotFoundError);
    code('RED')
      .when(cmd('AcknowledgeLead', zhongmu, {}))
      .thenThrows(NotFoundError);
    // A named officer of a recipient unit may act on a RED lead.
    expect(
      code('RED')
        .when(cmd('AcknowledgeLead', erqi, {}))
        .decided().events[0]!.type,
    ).toBe('LeadAcknowledged');
  });

  it('the directory knows the units the scenario uses', () => {
    expect(directory.unit('psb-city')?.police).toBe(true);
    expect(directory.unit('msb-erqi')?.police).toBe(false);
  });
});

describe('EscalateForJointAction', () => {
  const escalate = (proposedWindow: { startsAt: string; endsAt: string } | null = null, reason = 'needs Erqi and the PSB') =>
    cmd('EscalateForJointAction', jinshui, { reason, proposedWindow });

  it('the owner escalates an open lead; the event carries what operations needs', () => {
    const window = { startsAt: later(48 * HOUR), endsAt: later(56 * HOUR) };
    const events = spec.givenCommands(posted(), sharedWith('msb-erqi')).when(escalate(window)).decided().events;
    expect(events).toEqual([
      {
        type: 'LeadEscalated',
        data: expect.objectContaining({
          leadId: LEAD,
          ownerUnitId: 'msb-jinshui',
          officerId: jinshui.officerId,
          title: postPayload().title,
          subject: postPayload().subject,
          location: postPayload().location,
          handling: expect.objectContaining({ code: 'AMBER' }),
          proposedWindow: window,
          at: T0,
        }),
      },
    ]);
    validAgainstRegistry(events);
    expect(spec.givenCommands(posted()).when(escalate()).decided().events[0]!.data).toMatchObject({ proposedWindow: null });
  });

  it('refuses a recipient, a closed lead, a missing reason and a bad window', () => {
    spec
      .givenCommands(posted(), sharedWith('msb-erqi'))
      .when({ ...escalate(), actor: erqi })
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(posted(), cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' }))
      .when(escalate())
      .thenThrows(InvalidTransitionError, refusal({ status: 'closed' }));
    spec
      .givenCommands(posted())
      .when(escalate(null, ' '))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
    spec
      .givenCommands(posted())
      .when(escalate({ startsAt: later(2 * HOUR), endsAt: later(HOUR) }))
      .thenThrows(
        ValidationError,
        refusal({
          path: 'proposed_window.ends_at',
        }),
      );
    spec
      .givenCommands(posted())
      .when(escalate({ startsAt: 'soon', endsAt: '' }))
      .thenThrows(
        ValidationError,
        refusal({
          path: 'proposed_window.starts_at',
        }),
      );
  });
});

describe('the longest request the API allows is recorded (one contract: the event schemas accept it)', () => {
  const max = (n: number) => 'x'.repeat(n);
  const L = LEAD_LIMITS;

  it('PostLead with every text at its limit', () => {
    spec
      .givenCommands()
      .when(
        posted({
          title: max(L.title),
          summary: max(L.summary),
          subject: {
            enterpriseName: max(L.enterpriseName),
            creditCode: '91410105MA1234567T',
            personName: max(L.personName),
            onlineShop: max(L.onlineShop),
            url: `https://${max(L.url - 'https://'.length)}`,
          },
          location: { jurisdiction: 'erqi', address: max(L.address), coordinates: null },
        }),
      )
      .thenMatches((events) => validAgainstRegistry(events));
  });

  it(`HandOverToPolice with ${LEAD_LIMITS.facts} characters of facts`, () => {
    const handOver = cmd('HandOverToPolice', jinshui, {
      policeUnitId: 'psb-city',
      facts: max(L.facts),
      amountInvolved: 0,
      evidenceRefs: [max(L.evidenceRef)],
      namedOfficerIds: [],
    });
    spec
      .givenCommands(
        posted(),
        cmd('FlagSuspectedCrime', jinshui, { reason: max(L.legalReason) }),
        cmd('DecideTransfer', jinshui, { transfer: true, reasons: max(L.legalReason) }),
      )
      .when(handOver)
      .thenMatches((events) => {
        expect(events).toEqual([{ type: 'LeadHandedOverToPolice', data: expect.objectContaining({ facts: max(L.facts) }) }]);
        validAgainstRegistry(events);
      });
  });

  it('one character over the limit is refused by the decider, naming the field (never by the store)', () => {
    const handOver = cmd('HandOverToPolice', jinshui, {
      policeUnitId: 'psb-city',
      facts: max(L.facts + 1),
      amountInvolved: 0,
      evidenceRefs: [],
      namedOfficerIds: [],
    });
    spec
      .givenCommands(
        posted(),
        cmd('FlagSuspectedCrime', jinshui, { reason: 'r' }),
        cmd('DecideTransfer', jinshui, { transfer: true, reasons: 'r' }),
      )
      .when(handOver)
      .thenThrows(ValidationError, refusal({ path: 'facts' }));
    spec
      .givenCommands()
      .when(posted({ summary: max(L.summary + 1) }))
      .thenThrows(ValidationError, refusal({ path: 'summary' }));
  });
});
