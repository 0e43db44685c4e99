import { describe, expect, it } from '@jest/globals';
import { ReadModelHarness } from '@liaison/platform/testing';
import type { LeadCommand } from '../src/domain/commands';
import { type DeadlineRow, LEAD_ROW_SETS } from '../src/projections/lead-read-model';
import { leadDetailsProjection, type LeadView } from '../src/projections/lead-view';
import { cmd, erqi, jinshui, LEAD, posted, psb, sharedWith, spec, system } from './lead-fixtures';

/** The lead document and its rows after the events these commands record, applied as the projection applies them. */
const project = (...commands: LeadCommand[]) => {
  const model = new ReadModelHarness<LeadView>(leadDetailsProjection, LEAD_ROW_SETS).apply(...spec.givenCommands(...commands).history);
  return { v: model.document(LEAD)!, rows: (collection: string) => model.rowsOf(collection) };
};

describe('lead view and the rows derived from it', () => {
  it('follows recipients, deadlines, the transfer stage and history', () => {
    const { v, rows } = project(
      posted(),
      sharedWith('msb-erqi', 'psb-city'),
      cmd('AcknowledgeLead', erqi, {}),
      cmd('AcceptLead', erqi, {}),
      cmd('FlagSuspectedCrime', jinshui, { reason: 'x' }),
    );
    expect(v.status).toBe('in_progress');
    expect(v.recipients.map((r) => [r.unitId, r.status])).toEqual([
      ['msb-erqi', 'accepted'],
      ['psb-city', 'shared'],
    ]);
    // 3 days by the rules for periods from Sunday 2026-03-01 (Beijing): ends Wednesday 24:00 = 16:00Z.
    expect(v.transfer).toMatchObject({ stage: 'suspected', dueAt: '2026-03-04T16:00:00.000Z', dueRule: expect.stringContaining('3 days') });
    expect(v.history.map((h) => h.version)).toEqual([1, 2, 3, 4, 5]);
    expect(v.participantUnitIds).toEqual(['msb-erqi', 'psb-city']);

    expect(rows('lead_inbox').map((r) => [r._id, r.unitId, r.myStatus])).toEqual([
      [`${LEAD}:msb-erqi`, 'msb-erqi', 'accepted'],
      [`${LEAD}:psb-city`, 'psb-city', 'shared'],
    ]);
    expect((rows('lead_deadlines') as DeadlineRow[]).map((r) => [r.kind, r.unitId, r.resolved])).toEqual([
      ['acknowledge', 'msb-erqi', true],
      ['acknowledge', 'psb-city', false],
      ['transfer_decision', 'msb-jinshui', false],
    ]);
    expect(rows('lead_subjects').map((r) => r.key)).toEqual([
      'credit:91410105MA1234567T',
      'name:zhengzhou jiuxiang trading co ltd|18 jiefang road erqi district',
    ]);
  });

  it('marks a breach on the recipient and the deadline row; the police unit joins the participants', () => {
    const { v, rows } = project(
      posted(),
      sharedWith('psb-city'),
      cmd(
        'MarkOverdue',
        system,
        { kind: 'acknowledge', unitId: 'psb-city', dueAt: '2026-03-02T08:00:00.000Z' },
        '2026-03-02T09:00:00.000Z',
      ),
      cmd('FlagSuspectedCrime', jinshui, { reason: 'x' }),
      cmd('DecideTransfer', jinshui, { transfer: true, reasons: 'y' }),
      cmd('HandOverToPolice', jinshui, {
        policeUnitId: 'psb-jinshui',
        facts: 'f',
        amountInvolved: 1,
        evidenceRefs: [],
        namedOfficerIds: [],
      }),
      cmd('RecordPoliceDecision', { ...psb, officerId: 'p', unitId: 'psb-jinshui' }, { decision: 'opened', reason: '', caseNumber: 'C-1' }),
    );
    expect(v.recipients[0]).toMatchObject({ unitId: 'psb-city', overdue: true });
    expect((rows('lead_deadlines') as DeadlineRow[]).find((r) => r.kind === 'acknowledge')).toMatchObject({
      breached: true,
      detectedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(v.participantUnitIds).toEqual(['psb-city', 'psb-jinshui']);
    expect(v.transfer).toMatchObject({ stage: 'police_opened', caseNumber: 'C-1', dueAt: '' });
  });
});

describe('the transfer line in the view (ADR 0014)', () => {
  const procurator = { officerId: 'officer-city-procuratorate-zheng', unitId: 'procuratorate-city', roles: ['procurator' as const] };
  const refused = [
    posted(),
    cmd('FlagSuspectedCrime', jinshui, { reason: 'x' }),
    cmd('DecideTransfer', jinshui, { transfer: true, reasons: 'y' }),
    cmd('HandOverToPolice', jinshui, { policeUnitId: 'psb-city', facts: 'f', amountInvolved: 1, evidenceRefs: [], namedOfficerIds: [] }),
    cmd('RecordPoliceDecision', psb, { decision: 'declined', reason: 'no', caseNumber: '' }),
  ];

  it('a closed reconsideration window is resolved, not breached; the supervising Procuratorate joins and is filterable', () => {
    const window = spec.givenCommands(...refused).state.deadlines['reconsideration_request:msb-jinshui']!;
    const closeWindow = cmd(
      'MarkOverdue',
      system,
      { kind: 'reconsideration_request', unitId: 'msb-jinshui', dueAt: window.dueAt },
      '2026-06-01T00:00:00.000Z',
    );
    const supervise = cmd(
      'RequestProcuratorateSupervision',
      jinshui,
      { procuratorateUnitId: 'procuratorate-city', reason: 'r', namedOfficerIds: [] },
      '2026-06-01T01:00:00.000Z',
    );
    const { v, rows } = project(
      ...refused,
      closeWindow,
      supervise,
      cmd('AnswerSupervision', procurator, { outcome: 'opening_required', reason: '' }),
    );
    const deadlines = rows('lead_deadlines') as DeadlineRow[];
    expect(deadlines.find((r) => r.kind === 'reconsideration_request')).toMatchObject({ resolved: true, breached: false });
    expect(deadlines.find((r) => r.kind === 'supervision_answer')).toMatchObject({ unitId: 'procuratorate-city', resolved: true });
    expect(deadlines.find((r) => r.kind === 'police_opening')).toMatchObject({ unitId: 'psb-city', resolved: false });
    expect(v.procuratorateUnitId).toBe('procuratorate-city');
    expect(v.participantUnitIds).toEqual(['psb-city', 'procuratorate-city']);
    expect(v.transfer).toMatchObject({
      stage: 'police_opening_required',
      procuratorateUnitId: 'procuratorate-city',
      supervisionOutcome: 'opening_required',
      dueAt: deadlines.find((r) => r.kind === 'police_opening')!.dueAt,
    });
    expect(v.history.map((h) => h.type)).toContain('TransferWindowClosed');
  });

  it('court-use consent requests and their answers', () => {
    const { v } = project(
      posted(),
      cmd('RequestCourtUseConsent', jinshui, { requestId: 'cur-1', unitId: 'psb-city', reason: 'hand-over' }),
      cmd('ApproveCourtUseConsent', jinshui, { requestId: 'cur-1', reason: 'ok' }),
    );
    expect(v.courtUseConsentRequests).toEqual([
      {
        requestId: 'cur-1',
        requestedByUnitId: 'msb-jinshui',
        unitId: 'psb-city',
        reason: 'hand-over',
        status: 'approved',
        answerReason: 'ok',
      },
    ]);
  });

  it('closing ends only the deadlines it names; a close recorded before ADR 0014 still ended them all', () => {
    const shared = [posted(), sharedWith('msb-erqi')];
    const close = cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' }, '2026-03-01T09:00:00.000Z');
    const now = project(...shared, close);
    expect((now.rows('lead_deadlines') as DeadlineRow[])[0]).toMatchObject({ kind: 'acknowledge', resolved: true, breached: false });
    expect(now.v.history.at(-1)!.summary).toContain('ended acknowledge of msb-erqi');

    // The same close as stored before: no endedDeadlines.
    const history = spec.givenCommands(...shared, close).history;
    const old = history.map((e) =>
      e.type === 'LeadClosed' ? { ...e, data: { outcome: 'resolved', summary: '', at: '2026-03-01T09:00:00.000Z' } } : e,
    );
    const model = new ReadModelHarness<LeadView>(leadDetailsProjection, LEAD_ROW_SETS).apply(...old);
    expect(model.document(LEAD)!.deadlines.every((d) => d.resolved)).toBe(true);
    expect(spec.given(old.map((e) => ({ type: e.type, data: e.data })) as never).state.deadlines['acknowledge:msb-erqi']!.resolved).toBe(
      true,
    );
  });
});

describe("a second round of the same duty keeps the first round's breach", () => {
  it('a revisited decision not to transfer: the missed first decision stays breached beside the new deadline', () => {
    const { v, rows } = project(
      posted(),
      cmd('FlagSuspectedCrime', jinshui, { reason: 'x' }, '2026-03-02T02:00:00.000Z'),
      cmd(
        'MarkOverdue',
        system,
        { kind: 'transfer_decision', unitId: 'msb-jinshui', dueAt: '2026-03-05T16:00:00.000Z' },
        '2026-03-06T01:00:00.000Z',
      ),
      cmd('DecideTransfer', jinshui, { transfer: false, reasons: 'no crime found' }, '2026-03-06T02:00:00.000Z'),
      cmd('RevisitTransferDecision', jinshui, { newFacts: 'a second warehouse found' }, '2026-03-10T02:00:00.000Z'),
    );
    const decisions = v.deadlines.filter((d) => d.kind === 'transfer_decision');
    expect(decisions).toEqual([
      expect.objectContaining({ breached: true, superseded: true, detectedAt: '2026-03-06T01:00:00.000Z' }),
      expect.objectContaining({ breached: false, resolved: false, round: 2 }),
    ]);
    const rowIds = (rows('lead_deadlines') as DeadlineRow[]).filter((r) => r.kind === 'transfer_decision').map((r) => r._id);
    expect(new Set(rowIds).size).toBe(2);
  });
});
