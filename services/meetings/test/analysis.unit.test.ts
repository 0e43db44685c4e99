import { describe, expect, it } from '@jest/globals';
import type { Actor, EventEnvelope, TlpCode } from '@liaison/contracts';
import { assessUnits, COMPLIANCE_MEASURES, type DutyFact, measureOf } from '../src/analysis/assessment';
import { monthPeriod } from '../src/analysis/period';
import { foldBreach, foldEvidence, foldLead, foldOperation } from '../src/analysis/record-folds';
import { drillDown, situationReport } from '../src/analysis/situation';

const env = (streamId: string, version: number, type: string, data: Record<string, unknown>): EventEnvelope =>
  ({
    eventId: `${streamId}:${version}`,
    streamId,
    version,
    type,
    data,
    occurredAt: '2026-11-10T00:00:00.000Z',
  }) as unknown as EventEnvelope;

const posted = (id: string, code: TlpCode, category: string, jurisdiction: string, postedAt: string, ownerUnitId = 'unit-a') =>
  env(`lead-${id}`, 1, 'LeadPosted', {
    leadId: `lead-${id}`,
    ownerUnitId,
    postedByOfficerId: 'officer-a1',
    category,
    location: { jurisdiction, address: '', coordinates: null },
    handling: { code, namedOfficerIds: [] },
    postedAt,
  });

const lead = (...events: EventEnvelope[]) => events.reduce((row, e) => foldLead(row, e), null as ReturnType<typeof foldLead>)!;

const greenAnalyst: Actor = { officerId: 'officer-x1', unitId: 'unit-x', roles: ['analyst'], clearance: 'GREEN' };
const amberAnalyst: Actor = { officerId: 'officer-x2', unitId: 'unit-x', roles: ['analyst'], clearance: 'AMBER' };
const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };

const THRESHOLDS = { minOnTimeRate: 0.9, maxUnexplainedBreaches: 3, minRates: { acknowledged: 0.8, transfer: 0.9, police: 0.9 } };
const MIN: Record<string, number> = { acknowledged: 0.8, transfer: 0.9, police: 0.9, action_items: 0.9 };
/** The four compliance figures; measures not given had nothing due. */
const figures = (given: Record<string, [number, number, number | null]>) =>
  COMPLIANCE_MEASURES.map((measure) => {
    const [due, onTime, rate] = given[measure] ?? [0, 0, null];
    return { measure, due, onTime, rate, minRate: MIN[measure] };
  });

const rows = [
  lead(posted('1', 'GREEN', 'food_safety', '410102', '2026-11-03T00:00:00.000Z')),
  lead(posted('2', 'AMBER', 'food_safety', '410102', '2026-11-04T00:00:00.000Z')),
  lead(posted('3', 'AMBER', 'drugs', '410105', '2026-11-05T00:00:00.000Z')),
  lead(posted('4', 'RED', 'drugs', '410105', '2026-11-06T00:00:00.000Z')),
  lead(posted('5', 'GREEN', 'drugs', '410105', '2026-10-20T00:00:00.000Z')),
];

describe('situation analysis: counts inherit need-to-know', () => {
  it('a GREEN analyst counts only the GREEN leads of other units; AMBER clearance adds the AMBER ones; RED is counted by nobody outside', () => {
    const green = situationReport(rows, greenAnalyst, period, 'category').contexts.find((c) => c.context === 'leads')!;
    const amber = situationReport(rows, amberAnalyst, period, 'category').contexts.find((c) => c.context === 'leads')!;
    expect(green.total).toBe(1);
    expect(green.groups).toEqual([
      { key: 'food_safety', count: 1, previousCount: 0 },
      { key: 'drugs', count: 0, previousCount: 1 },
    ]);
    expect(amber.total).toBe(3);
    expect(amber.groups).toEqual([
      { key: 'food_safety', count: 2, previousCount: 0 },
      { key: 'drugs', count: 1, previousCount: 1 },
    ]);
  });

  it('a group made only of hidden records does not appear at all, and the drill-down lists exactly the counted records', () => {
    const onlyRed = [lead(posted('9', 'RED', 'wildlife', '410199', '2026-11-07T00:00:00.000Z'))];
    const report = situationReport([...rows, ...onlyRed], amberAnalyst, period, 'jurisdiction');
    expect(report.contexts[0]!.groups.map((g) => g.key)).toEqual(['410102', '410105']);
    expect(drillDown([...rows, ...onlyRed], amberAnalyst, period, 'jurisdiction', 'leads', '410105')).toEqual(['lead-3']);
    expect(drillDown([...rows, ...onlyRed], amberAnalyst, period, 'jurisdiction', 'leads', '410199')).toEqual([]);
  });

  it('the owner unit counts its own RED lead; a unit the lead is shared with counts it, and stops when it declines', () => {
    const owner: Actor = { officerId: 'officer-a1', unitId: 'unit-a', roles: ['coordinator'] };
    expect(situationReport(rows, owner, period, 'category').contexts[0]!.total).toBe(4);
    const b: Actor = { officerId: 'officer-b1', unitId: 'unit-b', roles: ['analyst'], clearance: 'GREEN' };
    const p = posted('7', 'AMBER', 'food_safety', '410102', '2026-11-08T00:00:00.000Z');
    const shared = lead(p, env('lead-7', 2, 'LeadShared', { unitIds: ['unit-b'] }));
    const declined = foldLead(shared, env('lead-7', 3, 'LeadDeclined', { unitId: 'unit-b' }))!;
    expect(situationReport([shared], b, period, 'category').contexts[0]!.total).toBe(1);
    expect(situationReport([declined], b, period, 'category').contexts[0]!.total).toBe(0);
  });
});

describe('assessment of units', () => {
  it('counts breaches by kind, explained or not, the on-time rate of duties due in the month, and flags problem areas', () => {
    const nov = monthPeriod('2026-11');
    expect(nov).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    const overdue = foldBreach(
      'leads',
      () => null,
      env('lead-1', 4, 'LeadOverdue', {
        kind: 'acknowledge',
        unitId: 'unit-b',
        dueAt: '2026-11-02T00:00:00.000Z',
        detectedAt: '2026-11-02T00:01:00.000Z',
      }),
    )!;
    const explained = foldBreach(
      'leads',
      (id) => (id === overdue._id ? overdue : null),
      env('lead-1', 5, 'BreachExplained', { kind: 'acknowledge', unitId: 'unit-b', dueAt: overdue.dueAt }),
    )!;
    expect(explained.explained).toBe(true);
    const second = { ...overdue, _id: 'x', recordId: 'lead-2' };
    const units = assessUnits(
      [explained, second, { ...second, _id: 'y', detectedAt: '2026-12-05T00:00:00.000Z' }],
      [
        {
          measure: 'action_items',
          unitId: 'unit-b',
          dueAt: '2026-11-10T00:00:00.000Z',
          doneAt: '2026-11-09T00:00:00.000Z',
          breachedAt: '',
        },
        { measure: 'action_items', unitId: 'unit-b', dueAt: '2026-11-11T00:00:00.000Z', doneAt: '', breachedAt: '' },
        {
          measure: 'action_items',
          unitId: 'unit-c',
          dueAt: '2026-11-12T00:00:00.000Z',
          doneAt: '2026-11-12T00:00:00.000Z',
          breachedAt: '',
        },
      ],
      nov,
      THRESHOLDS,
      undefined,
      '2026-12-01T00:00:00.000Z',
    );
    expect(units).toEqual([
      {
        unitId: 'unit-b',
        breaches: [{ context: 'leads', kind: 'acknowledge', total: 2, explained: 1 }],
        breachTotal: 2,
        unexplained: 1,
        dutiesDue: 2,
        dutiesOnTime: 1,
        onTimeRate: 0.5,
        compliance: figures({ action_items: [2, 1, 0.5] }),
        problemArea: true,
        reasons: ['on-time rate 50.0% below 90.0%'],
      },
      {
        unitId: 'unit-c',
        breaches: [],
        breachTotal: 0,
        unexplained: 0,
        dutiesDue: 1,
        dutiesOnTime: 1,
        onTimeRate: 1,
        compliance: figures({ action_items: [1, 1, 1] }),
        problemArea: false,
        reasons: [],
      },
    ]);
  });

  it('refuses a malformed month naming the field', () => {
    expect(() => monthPeriod('2026-13')).toThrow(/period: expected a month YYYY-MM/);
  });
});

describe('time-limit compliance from the leads topic (the deadline rule of contracts)', () => {
  const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();
  const e = (v: number, type: string, data: Record<string, unknown>) => env('lead-c', v, type, data);
  const folded = [
    posted('c', 'AMBER', 'drugs', 'erqi', at(2)),
    // Shared with B and C, both to acknowledge by the 4th.
    e(2, 'LeadShared', { unitIds: ['unit-b', 'unit-c'], acknowledgeDueAt: at(4), acknowledgeDueRule: 'r' }),
    e(3, 'LeadAcknowledged', { unitId: 'unit-b', at: at(3) }),
    e(4, 'LeadOverdue', { kind: 'acknowledge', unitId: 'unit-c', dueAt: at(4), detectedAt: at(4, 1) }),
    e(5, 'LeadAccepted', { unitId: 'unit-c', at: at(5) }),
    // The owner flags a crime, decides the transfer in time, hands over late; the police decide in time.
    e(6, 'SuspectedCrimeFlagged', { at: at(6), decisionDueAt: at(9) }),
    e(7, 'TransferDecided', { transfer: true, at: at(8), handOverDueAt: at(9), reasons: 'x' }),
    e(8, 'LeadHandedOverToPolice', { policeUnitId: 'unit-p', at: at(10), policeDecisionDueAt: at(13), amountInvolved: 0 }),
    e(9, 'PoliceDecisionRecorded', {
      policeUnitId: 'unit-p',
      decision: 'declined',
      at: at(12),
      reconsiderationRequestDueAt: at(15),
      caseNumber: '',
      reason: 'x',
    }),
  ].reduce((row, ev) => foldLead(row, ev), null as ReturnType<typeof foldLead>)!;

  it('folds every deadline set, met and breached, per unit; a right (reconsideration request) is not a duty', () => {
    expect(folded.duties).toEqual([
      { kind: 'acknowledge', unitId: 'unit-b', taskId: '', dueAt: at(4), metAt: at(3), breachedAt: '', ended: false },
      { kind: 'acknowledge', unitId: 'unit-c', taskId: '', dueAt: at(4), metAt: at(5), breachedAt: at(4, 1), ended: false },
      { kind: 'transfer_decision', unitId: 'unit-a', taskId: '', dueAt: at(9), metAt: at(8), breachedAt: '', ended: false },
      { kind: 'hand_over', unitId: 'unit-a', taskId: '', dueAt: at(9), metAt: at(10), breachedAt: '', ended: false },
      { kind: 'police_decision', unitId: 'unit-p', taskId: '', dueAt: at(13), metAt: at(12), breachedAt: '', ended: false },
    ]);
    // Redelivery changes nothing.
    expect(foldLead(folded, e(9, 'PoliceDecisionRecorded', {}))).toBe(folded);
  });

  it('closing ends the deadlines not yet due: they count for nobody', () => {
    const shared = foldLead(
      lead(posted('d', 'GREEN', 'drugs', 'erqi', at(2))),
      env('lead-d', 2, 'LeadShared', { unitIds: ['unit-b'], acknowledgeDueAt: at(20) }),
    )!;
    const closed = foldLead(
      shared,
      env('lead-d', 3, 'LeadClosed', {
        outcome: 'unfounded',
        at: at(3),
        endedDeadlines: [{ kind: 'acknowledge', unitId: 'unit-b', dueAt: at(20) }],
      }),
    )!;
    expect(closed.duties).toEqual([expect.objectContaining({ kind: 'acknowledge', ended: true, metAt: '' })]);
  });

  it('gives each unit its acknowledged / transfer / police / action-item rates and names the measures below threshold', () => {
    const duties: DutyFact[] = folded.duties!.flatMap((d) =>
      measureOf(d.kind)
        ? [{ measure: measureOf(d.kind)!, unitId: d.unitId, dueAt: d.dueAt, doneAt: d.metAt, breachedAt: d.breachedAt }]
        : [],
    );
    // An open acknowledgement of unit-b due after "now" is not counted yet.
    duties.push({ measure: 'acknowledged', unitId: 'unit-b', dueAt: at(29), doneAt: '', breachedAt: '' });
    const units = assessUnits([], duties, monthPeriod('2026-11'), THRESHOLDS, undefined, at(20));
    const of = (id: string) => units.find((u) => u.unitId === id)!;
    expect(of('unit-a').compliance).toEqual(figures({ transfer: [2, 1, 0.5] }));
    expect(of('unit-a').reasons).toEqual(['transfer decisions and hand-overs within limit 50.0% below 90.0%']);
    expect(of('unit-b').compliance).toEqual(figures({ acknowledged: [1, 1, 1] }));
    expect(of('unit-c')).toMatchObject({ problemArea: true, reasons: ['acknowledged within limit 0.0% below 80.0%'] });
    expect(of('unit-p')).toMatchObject({ problemArea: false, compliance: figures({ police: [1, 1, 1] }) });
  });
});

describe('operations results and the region of the period report', () => {
  const op = (id: string, code: TlpCode, jurisdiction: string) =>
    env(`operation-${id}`, 1, 'OperationProposed', {
      operationId: `operation-${id}`,
      leadUnitId: 'unit-a',
      proposedByOfficerId: 'officer-a1',
      title: 't',
      urgency: 'normal',
      targets: [{ subject: {}, place: { jurisdiction, address: '', coordinates: null } }],
      handling: { code, namedOfficerIds: [] },
      proposedAt: '2026-11-03T00:00:00.000Z',
      invitations: [],
      linkedLeadIds: [],
    });
  const progress = (id: string, v: number, at: string, arrests: number, values: number[]) =>
    env(`operation-${id}`, v, 'ProgressReported', {
      unitId: 'unit-a',
      seizures: values.map((valueYuan) => ({ goods: 'g', quantity: 1, unitOfMeasure: 'box', valueYuan })),
      inspections: 2,
      arrests,
      notes: '',
      at,
    });
  const fold = (...events: EventEnvelope[]) => events.reduce((r, ev) => foldOperation(r, ev), null as ReturnType<typeof foldOperation>)!;
  const ops = [
    fold(
      op('1', 'GREEN', 'erqi'),
      progress('1', 2, '2026-11-05T00:00:00.000Z', 2, [1000, 500]),
      progress('1', 3, '2026-10-20T00:00:00.000Z', 1, []),
    ),
    fold(op('2', 'AMBER', 'jinshui'), progress('2', 2, '2026-11-06T00:00:00.000Z', 3, [20000])),
  ];

  it('sums seizures, their value and arrests reported in the period over the operations the viewer may see', () => {
    expect(situationReport(ops, amberAnalyst, period, 'category').operationResults).toEqual({
      reports: 2,
      seizures: 3,
      valueYuan: 21500,
      arrests: 5,
      inspections: 4,
      previous: { reports: 1, seizures: 0, valueYuan: 0, arrests: 1, inspections: 2 },
    });
    expect(situationReport(ops, greenAnalyst, period, 'category').operationResults).toMatchObject({
      seizures: 2,
      valueYuan: 1500,
      arrests: 2,
    });
  });

  it('limits every figure to a region; evidence takes its lead’s jurisdiction only when the viewer may see the lead', () => {
    const evidence = (id: string, leadId: string) =>
      foldEvidence(
        null,
        env(`evidence-${id}`, 1, 'EvidenceRegistered', {
          evidenceId: `evidence-${id}`,
          kind: 'document',
          ownerUnitId: 'unit-a',
          registeredByOfficerId: 'officer-a1',
          handling: { code: 'GREEN', namedOfficerIds: [] },
          leadId,
          registeredAt: '2026-11-07T00:00:00.000Z',
        }),
      )!;
    const all = [...rows, ...ops, evidence('1', 'lead-3'), evidence('2', 'lead-4')];
    const amber = situationReport(all, amberAnalyst, period, 'category', '410105');
    expect(amber.region).toBe('410105');
    expect(amber.contexts.map((c) => [c.context, c.total])).toEqual([
      ['leads', 1],
      ['operations', 0],
      ['evidence', 1],
    ]);
    expect(drillDown(all, amberAnalyst, period, 'category', 'evidence', 'document', '410105')).toEqual(['evidence-1']);
    expect(situationReport(all, amberAnalyst, period, 'category', 'erqi').operationResults).toMatchObject({ reports: 1, arrests: 2 });
  });
});
