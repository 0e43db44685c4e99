import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { leadEvents } from '@liaison/contracts';
import {
  admin,
  analyst,
  cmd,
  directory,
  erqi,
  given,
  jinshui,
  LEAD,
  OTHER,
  posted,
  postPayload,
  psb,
  sharedWith,
  system,
  T0,
  when,
  zhongmu,
} from './support/given';

const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const HOUR = 3_600_000;

/** Expect `fn` to throw `type` whose issues name `path` (for ValidationError) or whose currentStatus is `status`. */
function refused(fn: () => unknown, type: new (...args: never[]) => Error, detail?: { path?: string; status?: string }) {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(type);
  if (detail?.path) expect((caught as ValidationError).issues.map((i) => i.path)).toContain(detail.path);
  if (detail?.status) expect((caught as InvalidTransitionError).currentStatus).toBe(detail.status);
}

const validAgainstRegistry = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(leadEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

describe('PostLead', () => {
  it('records LeadPosted with the owner and poster from the actor', () => {
    const events = when(given().state, posted());
    expect(events).toEqual([
      {
        type: 'LeadPosted',
        data: expect.objectContaining({ leadId: LEAD, ownerUnitId: 'msb-jinshui', postedByOfficerId: jinshui.officerId, postedAt: T0 }),
      },
    ]);
    validAgainstRegistry(events);
  });

  it('records possible duplicates in the same commit', () => {
    const events = when(
      given().state,
      posted({
        possibleDuplicates: [{ leadId: OTHER, ownerUnitId: 'msb-zhongmu', reason: 'credit_code', matchedOn: '91410105MA12345678' }],
      }),
    );
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
      when(given().state, cmd('PostLead', jinshui, bad));
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
    refused(() => when(given().state, posted({ subject: empty })), ValidationError, { path: 'subject' });
    refused(
      () =>
        when(
          given().state,
          posted({
            handling: {
              code: 'PURPLE' as 'RED',
              noCourtUseWithoutConsent: false,
              noOnwardSharingWithoutConsent: false,
              namedOfficerIds: [],
            },
          }),
        ),
      ValidationError,
      { path: 'handling.code' },
    );
    refused(
      () =>
        when(
          given().state,
          posted({
            handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: ['nobody'] },
          }),
        ),
      ValidationError,
      { path: 'handling.named_officer_ids[0]' },
    );
  });

  it('is refused to analysts and admins, and on an existing lead', () => {
    refused(() => when(given().state, cmd('PostLead', analyst, postPayload())), ForbiddenError);
    refused(() => when(given().state, cmd('PostLead', admin, postPayload())), ForbiddenError);
    refused(() => when(given(posted()).state, posted()), InvalidTransitionError, { status: 'posted' });
  });
});

describe('sharing', () => {
  it('ShareLead by the owner sets an acknowledgement deadline per the configured limit', () => {
    const [e] = when(given(posted()).state, sharedWith('msb-erqi', 'psb-city'));
    expect(e).toEqual({
      type: 'LeadShared',
      data: expect.objectContaining({ unitIds: ['msb-erqi', 'psb-city'], acknowledgeDueAt: later(24 * HOUR), onwardRequestId: null }),
    });
  });

  it('rejects unknown, duplicate and already-sharing units, naming the field', () => {
    const { state } = given(posted(), sharedWith('msb-erqi'));
    refused(() => when(state, cmd('ShareLead', jinshui, { unitIds: ['msb-nowhere'], message: '' })), ValidationError, {
      path: 'unit_ids[0]',
    });
    refused(() => when(state, cmd('ShareLead', jinshui, { unitIds: ['msb-erqi'], message: '' })), ValidationError, { path: 'unit_ids[0]' });
    refused(() => when(state, cmd('ShareLead', jinshui, { unitIds: [], message: '' })), ValidationError, { path: 'unit_ids' });
  });

  it('lets a recipient share onward only when the lead allows it', () => {
    const open = given(posted(), sharedWith('msb-erqi')).state;
    expect(when(open, cmd('ShareLead', erqi, { unitIds: ['msb-zhongmu'], message: '' }))[0]!.type).toBe('LeadShared');
    const restricted = given(
      posted({ handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: true, namedOfficerIds: [] } }),
      sharedWith('msb-erqi'),
    ).state;
    refused(() => when(restricted, cmd('ShareLead', erqi, { unitIds: ['msb-zhongmu'], message: '' })), ForbiddenError);
  });

  it('onward sharing: request by a recipient, approve by the owner shares with the requested units', () => {
    const restricted = postPayload({
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: true, namedOfficerIds: [] },
    });
    const request = cmd('RequestOnwardSharing', erqi, { requestId: 'osr-1', unitIds: ['msb-zhongmu'], reason: 'their warehouse' });
    const { state } = given(cmd('PostLead', jinshui, restricted), sharedWith('msb-erqi'), request);
    refused(() => when(state, cmd('ApproveOnwardSharing', erqi, { requestId: 'osr-1', reason: '' })), ForbiddenError);
    const approved = when(state, cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: 'ok' }));
    expect(approved.map((e) => e.type)).toEqual(['OnwardSharingApproved', 'LeadShared']);
    expect(approved[1]!.data).toMatchObject({ unitIds: ['msb-zhongmu'], sharedByUnitId: 'msb-erqi', onwardRequestId: 'osr-1' });
    const after = given(
      cmd('PostLead', jinshui, restricted),
      sharedWith('msb-erqi'),
      request,
      cmd('RefuseOnwardSharing', jinshui, { requestId: 'osr-1', reason: 'too early' }),
    ).state;
    refused(() => when(after, cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-1', reason: '' })), InvalidTransitionError, {
      status: 'refused',
    });
    refused(() => when(state, cmd('RefuseOnwardSharing', jinshui, { requestId: 'osr-1', reason: '' })), ValidationError, {
      path: 'reason',
    });
    refused(() => when(state, cmd('ApproveOnwardSharing', jinshui, { requestId: 'osr-x', reason: '' })), ValidationError, {
      path: 'request_id',
    });
  });
});

describe('recipient answers', () => {
  const shared = () => given(posted(), sharedWith('msb-erqi', 'psb-city')).state;

  it('acknowledge, then accept', () => {
    const acked = given(posted(), sharedWith('msb-erqi'), cmd('AcknowledgeLead', erqi, {})).state;
    expect(acked.recipients['msb-erqi']!.status).toBe('acknowledged');
    expect(acked.deadlines['acknowledge:msb-erqi']!.resolved).toBe(true);
    expect(when(acked, cmd('AcceptLead', erqi, {}))).toEqual([{ type: 'LeadAccepted', data: { unitId: 'msb-erqi', at: T0 } }]);
  });

  it('decline needs a reason', () => {
    refused(() => when(shared(), cmd('DeclineLead', erqi, { reason: '  ' })), ValidationError, { path: 'reason' });
    expect(when(shared(), cmd('DeclineLead', erqi, { reason: 'outside our remit' }))[0]!.type).toBe('LeadDeclined');
  });

  it('accept after decline, or twice, is an invalid transition with the current status', () => {
    const declined = given(posted(), sharedWith('msb-erqi'), cmd('DeclineLead', erqi, { reason: 'no' })).state;
    refused(() => when(declined, cmd('AcceptLead', erqi, {})), InvalidTransitionError, { status: 'declined' });
    const accepted = given(posted(), sharedWith('msb-erqi'), cmd('AcceptLead', erqi, {})).state;
    refused(() => when(accepted, cmd('DeclineLead', erqi, { reason: 'x' })), InvalidTransitionError, { status: 'accepted' });
    refused(() => when(accepted, cmd('AcknowledgeLead', erqi, {})), InvalidTransitionError, { status: 'accepted' });
  });

  it('accept before the lead was shared with the unit: 409 on a GREEN lead, 403 on AMBER, 404 on RED', () => {
    const green = given(
      posted({ handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] } }),
    ).state;
    refused(() => when(green, cmd('AcceptLead', erqi, {})), InvalidTransitionError, { status: 'posted' });
    refused(() => when(given(posted()).state, cmd('AcceptLead', erqi, {})), ForbiddenError);
    const red = given(
      posted({
        handling: {
          code: 'RED',
          noCourtUseWithoutConsent: false,
          noOnwardSharingWithoutConsent: false,
          namedOfficerIds: [jinshui.officerId],
        },
      }),
    ).state;
    refused(() => when(red, cmd('AcceptLead', erqi, {})), NotFoundError);
  });

  it('the owner cannot answer its own lead; analysts cannot act', () => {
    refused(() => when(shared(), cmd('AcceptLead', jinshui, {})), ForbiddenError);
    refused(() => when(shared(), cmd('AcceptLead', analyst, {})), ForbiddenError);
  });

  it('a missing lead is not found', () => {
    refused(() => when(given().state, cmd('AcceptLead', erqi, {})), NotFoundError);
  });
});

describe('co-handling, feedback, regrading, linking, closing', () => {
  it("assign for co-handling with a due date, then feedback resolves that unit's task deadline", () => {
    const assign = cmd('AssignForCoHandling', jinshui, {
      tasks: [{ unitId: 'msb-erqi', description: 'inspect the warehouse', dueAt: later(48 * HOUR) }],
    });
    const { state } = given(posted(), assign);
    expect(state.deadlines['co_handling_task:msb-erqi']).toMatchObject({ dueAt: later(48 * HOUR), resolved: false });
    expect(state.status).toBe('in_progress');
    const after = given(posted(), assign, cmd('RecordFeedback', erqi, { result: 'verified', summary: '200 bottles' })).state;
    expect(after.deadlines['co_handling_task:msb-erqi']!.resolved).toBe(true);
    refused(
      () =>
        when(
          given(posted()).state,
          cmd('AssignForCoHandling', jinshui, { tasks: [{ unitId: 'x-nowhere', description: '', dueAt: 'tomorrow' }] }),
        ),
      ValidationError,
      { path: 'tasks[0].unit_id' },
    );
  });

  it('feedback needs a result and comes from a participant, not the owner', () => {
    const { state } = given(posted(), sharedWith('msb-erqi'));
    refused(() => when(state, cmd('RecordFeedback', erqi, { result: '', summary: '' })), ValidationError, { path: 'result' });
    refused(() => when(state, cmd('RecordFeedback', jinshui, { result: 'verified', summary: '' })), ForbiddenError);
  });

  it('regrade by the owner keeps the previous grading', () => {
    const [e] = when(
      given(posted()).state,
      cmd('RegradeLead', jinshui, { grading: { sourceReliability: 'A', information: 1 }, reason: 'confirmed' }),
    );
    expect(e!.data).toMatchObject({
      grading: { sourceReliability: 'A', information: 1 },
      previous: { sourceReliability: 'B', information: 2 },
    });
    refused(
      () => when(given(posted()).state, cmd('RegradeLead', jinshui, { grading: { sourceReliability: 'A', information: 9 }, reason: '' })),
      ValidationError,
      { path: 'grading.information' },
    );
  });

  it('link to another lead, not to itself', () => {
    expect(when(given(posted()).state, cmd('LinkLead', jinshui, { otherLeadId: OTHER, relation: 'related', note: '' }))[0]!.type).toBe(
      'LeadLinked',
    );
    refused(
      () => when(given(posted()).state, cmd('LinkLead', jinshui, { otherLeadId: LEAD, relation: 'related', note: '' })),
      ValidationError,
      { path: 'other_lead_id' },
    );
    refused(
      () => when(given(posted()).state, cmd('LinkLead', jinshui, { otherLeadId: OTHER, relation: 'cousin', note: '' })),
      ValidationError,
      { path: 'relation' },
    );
  });

  it('close by the owner resolves every deadline; nothing else is accepted afterwards', () => {
    const { state } = given(posted(), sharedWith('msb-erqi'), cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' }));
    expect(state.status).toBe('closed');
    expect(Object.values(state.deadlines).every((d) => d.resolved)).toBe(true);
    refused(() => when(state, cmd('AcceptLead', erqi, {})), InvalidTransitionError, { status: 'closed' });
    refused(() => when(given(posted()).state, cmd('CloseLead', jinshui, { outcome: 'vanished', summary: '' })), ValidationError, {
      path: 'outcome',
    });
    refused(
      () => when(given(posted(), sharedWith('msb-erqi')).state, cmd('CloseLead', erqi, { outcome: 'resolved', summary: '' })),
      ForbiddenError,
    );
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
  });
  const opened = cmd('RecordPoliceDecision', psb, { decision: 'opened', reason: '', caseNumber: 'ZZ-2026-001' });
  const declined = cmd('RecordPoliceDecision', psb, { decision: 'declined', reason: 'insufficient evidence', caseNumber: '' });

  it('flag → decide → hand over → opened, each stage with its statutory deadline', () => {
    expect(when(given(posted()).state, flag)[0]!.data).toMatchObject({ decisionDueAt: later(72 * HOUR) });
    expect(when(given(posted(), flag).state, decide)[0]!.data).toMatchObject({ transfer: true, handOverDueAt: later(24 * HOUR) });
    expect(when(given(posted(), flag, decide).state, handOver)[0]!.data).toMatchObject({
      policeUnitId: 'psb-city',
      policeDecisionDueAt: later(72 * HOUR),
    });
    const { state } = given(posted(), flag, decide, handOver, opened);
    expect(state.transfer).toEqual({ stage: 'police_opened', policeUnitId: 'psb-city' });
    expect(state.deadlines['police_decision:psb-city']!.resolved).toBe(true);
  });

  it('the police unit becomes a participant: it can see an AMBER lead it was not shared with', () => {
    const { state } = given(posted(), flag, decide, handOver);
    expect(when(state, opened)[0]!.type).toBe('PoliceDecisionRecorded');
  });

  it('declined → reconsideration requested → answered', () => {
    const { state } = given(posted(), flag, decide, handOver, declined);
    expect(state.deadlines['reconsideration_request:msb-jinshui']).toMatchObject({ resolved: false });
    const request = cmd('RequestReconsideration', jinshui, { reason: 'new evidence' });
    expect(when(state, request)[0]!.data).toMatchObject({ answerDueAt: later(72 * HOUR) });
    const requested = given(posted(), flag, decide, handOver, declined, request).state;
    expect(when(requested, cmd('AnswerReconsideration', psb, { answer: 'reversed', reason: '' }))[0]!.data).toMatchObject({
      answer: 'reversed',
    });
    refused(() => when(requested, cmd('AnswerReconsideration', psb, { answer: 'maybe', reason: '' })), ValidationError, { path: 'answer' });
  });

  it('refuses steps out of order with the current stage', () => {
    refused(() => when(given(posted()).state, decide), InvalidTransitionError, { status: 'none' });
    refused(() => when(given(posted(), flag).state, handOver), InvalidTransitionError, { status: 'suspected' });
    refused(
      () => when(given(posted(), flag, decide, handOver, opened).state, cmd('RequestReconsideration', jinshui, { reason: 'x' })),
      InvalidTransitionError,
      { status: 'police_opened' },
    );
    refused(() => when(given(posted(), flag).state, flag), InvalidTransitionError, { status: 'suspected' });
  });

  it('hand-over only to a police unit; decision only by that police unit, with a reason when declining', () => {
    const decided = given(posted(), flag, decide).state;
    refused(
      () => when(decided, cmd('HandOverToPolice', jinshui, { policeUnitId: 'msb-erqi', facts: 'x', amountInvolved: 0, evidenceRefs: [] })),
      ValidationError,
      { path: 'police_unit_id' },
    );
    refused(
      () => when(decided, cmd('HandOverToPolice', jinshui, { policeUnitId: 'psb-city', facts: '', amountInvolved: -1, evidenceRefs: [] })),
      ValidationError,
      { path: 'facts' },
    );
    const handed = given(posted(), sharedWith('msb-erqi'), flag, decide, handOver).state;
    refused(() => when(handed, cmd('RecordPoliceDecision', erqi, { decision: 'opened', reason: '', caseNumber: '' })), ForbiddenError);
    refused(() => when(handed, cmd('RecordPoliceDecision', psb, { decision: 'declined', reason: '', caseNumber: '' })), ValidationError, {
      path: 'reason',
    });
    refused(() => when(given(posted(), flag).state, cmd('DecideTransfer', jinshui, { transfer: false, reasons: '' })), ValidationError, {
      path: 'reasons',
    });
  });
});

describe('internal commands', () => {
  const share = sharedWith('msb-erqi');
  const dueAt = later(24 * HOUR);

  it('MarkOverdue records one breach naming the late unit, once', () => {
    const { state } = given(posted(), share);
    const mark = cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(25 * HOUR));
    expect(when(state, mark)).toEqual([
      { type: 'LeadOverdue', data: { kind: 'acknowledge', unitId: 'msb-erqi', dueAt, detectedAt: later(25 * HOUR) } },
    ]);
    const breached = given(posted(), share, mark).state;
    refused(() => when(breached, mark), InvalidTransitionError, { status: 'overdue' });
  });

  it('MarkOverdue is refused before the due time, for a met deadline, a wrong due time, and from officers', () => {
    const { state } = given(posted(), share);
    refused(
      () => when(state, cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(HOUR))),
      InvalidTransitionError,
      { status: 'pending' },
    );
    refused(
      () => when(state, cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: later(1) }, later(25 * HOUR))),
      InvalidTransitionError,
    );
    const acked = given(posted(), share, cmd('AcknowledgeLead', erqi, {})).state;
    refused(
      () => when(acked, cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(25 * HOUR))),
      InvalidTransitionError,
      { status: 'resolved' },
    );
    refused(
      () => when(state, cmd('MarkOverdue', jinshui, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt }, later(25 * HOUR))),
      ForbiddenError,
    );
  });

  it('FlagPossibleDuplicate records the later lead on the earlier one, once', () => {
    const flagDup = cmd('FlagPossibleDuplicate', system, {
      otherLeadId: OTHER,
      otherOwnerUnitId: 'msb-zhongmu',
      reason: 'credit_code',
      matchedOn: 'x',
      position: 'earlier',
    });
    expect(when(given(posted()).state, flagDup)[0]!.data).toMatchObject({ otherLeadId: OTHER, position: 'earlier' });
    refused(() => when(given(posted(), flagDup).state, flagDup), InvalidTransitionError);
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
      ...overrides,
    });

  it('records the outcome on the lead, valid against the registry', () => {
    const events = when(given(posted(), sharedWith('msb-erqi')).state, outcome());
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
        },
      },
    ]);
    validAgainstRegistry(events);
  });

  it('is recorded whatever the status, even on a closed lead', () => {
    const closed = given(posted(), cmd('CloseLead', jinshui, { outcome: 'resolved', summary: 'done' })).state;
    expect(when(closed, outcome({ outcome: 'cancelled' }))[0]!.data).toMatchObject({ outcome: 'cancelled' });
  });

  it('once per operation; another operation is recorded too', () => {
    const { state } = given(posted(), outcome());
    refused(() => when(state, outcome()), InvalidTransitionError);
    expect(when(state, outcome({ operationId: 'operation-00000000-0000-8000-8000-0000000000bb' }))).toHaveLength(1);
  });

  it('the lead must exist, and only the system may issue it', () => {
    refused(() => when(given().state, outcome()), NotFoundError);
    refused(() => when(given(posted()).state, { ...outcome(), actor: jinshui }), ForbiddenError);
  });
});

describe('visibility in decisions', () => {
  it('an unrelated unit acting on an AMBER lead gets 403, on AMBER+STRICT and RED 404', () => {
    const code = (c: 'AMBER' | 'AMBER+STRICT' | 'RED') =>
      given(
        posted({
          handling: {
            code: c,
            noCourtUseWithoutConsent: false,
            noOnwardSharingWithoutConsent: false,
            namedOfficerIds: c === 'RED' ? [erqi.officerId] : [],
          },
        }),
        sharedWith('msb-erqi'),
      ).state;
    refused(() => when(code('AMBER'), cmd('AcknowledgeLead', zhongmu, {})), ForbiddenError);
    refused(() => when(code('AMBER+STRICT'), cmd('AcknowledgeLead', zhongmu, {})), NotFoundError);
    refused(() => when(code('RED'), cmd('AcknowledgeLead', zhongmu, {})), NotFoundError);
    // A named officer of a recipient unit may act on a RED lead.
    expect(when(code('RED'), cmd('AcknowledgeLead', erqi, {}))[0]!.type).toBe('LeadAcknowledged');
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
    const events = when(given(posted(), sharedWith('msb-erqi')).state, escalate(window));
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
    expect(when(given(posted()).state, escalate())[0]!.data).toMatchObject({ proposedWindow: null });
  });

  it('refuses a recipient, a closed lead, a missing reason and a bad window', () => {
    refused(() => when(given(posted(), sharedWith('msb-erqi')).state, { ...escalate(), actor: erqi }), ForbiddenError);
    refused(
      () => when(given(posted(), cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' })).state, escalate()),
      InvalidTransitionError,
      { status: 'closed' },
    );
    refused(() => when(given(posted()).state, escalate(null, ' ')), ValidationError, { path: 'reason' });
    refused(() => when(given(posted()).state, escalate({ startsAt: later(2 * HOUR), endsAt: later(HOUR) })), ValidationError, {
      path: 'proposed_window.ends_at',
    });
    refused(() => when(given(posted()).state, escalate({ startsAt: 'soon', endsAt: '' })), ValidationError, {
      path: 'proposed_window.starts_at',
    });
  });
});
