import { describe, expect, it } from '@jest/globals';
import type { Actor, EventEnvelope, TlpCode } from '@liaison/contracts';
import { assessUnits } from '../src/analysis/assessment';
import { monthPeriod } from '../src/analysis/period';
import { foldBreach, foldLead } from '../src/analysis/record-folds';
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
        { unitId: 'unit-b', dueAt: '2026-11-10T00:00:00.000Z', doneAt: '2026-11-09T00:00:00.000Z' },
        { unitId: 'unit-b', dueAt: '2026-11-11T00:00:00.000Z', doneAt: '' },
        { unitId: 'unit-c', dueAt: '2026-11-12T00:00:00.000Z', doneAt: '2026-11-12T00:00:00.000Z' },
      ],
      nov,
      { minOnTimeRate: 0.9, maxUnexplainedBreaches: 3 },
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
        problemArea: false,
        reasons: [],
      },
    ]);
  });

  it('refuses a malformed month naming the field', () => {
    expect(() => monthPeriod('2026-13')).toThrow(/period: expected a month YYYY-MM/);
  });
});
