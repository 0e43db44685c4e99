import { describe, expect, it } from '@jest/globals';
import {
  type AccountabilityRow,
  accountabilityEntry,
  type Actor,
  leadEvents,
  mayQueryUnit,
  mayReadRegister,
  registerDisclosure,
} from '@liaison/contracts';
import { NotFoundError, ValidationError, ForbiddenError } from '@liaison/platform';
import { refusal, ReadModelHarness } from '@liaison/platform/testing';
import type { LeadCommand } from '../src/domain/commands';
import { LEAD_ROW_SETS } from '../src/projections/lead-read-model';
import { leadDetailsProjection, type LeadView } from '../src/projections/lead-view';
import { admin, analyst, cmd, erqi, jinshui, LEAD, posted, psb, sharedWith, spec, system, T0 } from './lead-fixtures';

/** Co-handling deadlines per task, ExplainBreach, and the leads accountability register (ADR 0013). */

const HOUR = 3_600_000;
const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const two = cmd('AssignForCoHandling', jinshui, {
  tasks: [
    { unitId: 'msb-erqi', description: 'inspect the warehouse', dueAt: later(24 * HOUR) },
    { unitId: 'msb-erqi', description: 'question the shop keeper', dueAt: later(48 * HOUR) },
  ],
});
const overdueTask = (taskId: string, dueAt: string, at: string) =>
  cmd('MarkOverdue', system, { kind: 'co_handling_task', unitId: 'msb-erqi', dueAt, taskId }, at);

describe('co-handling deadlines belong to the task, not the unit', () => {
  it('two tasks for one unit are two deadlines, each with the rule that set it', () => {
    const events = spec.givenCommands(posted()).when(two).decided().events;
    expect(events[0]!.data).toMatchObject({
      tasks: [
        {
          taskId: 'task-1',
          dueAt: later(24 * HOUR),
          dueRule: 'co-handling task task-1: due 2026-03-02 16:00 (Asia/Shanghai) as set by the owner unit msb-jinshui',
        },
        { taskId: 'task-2', dueAt: later(48 * HOUR), dueRule: expect.stringContaining('co-handling task task-2') },
      ],
    });
    for (const e of events) expect(leadEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
    const lead = spec.givenCommands(posted(), two);
    expect(Object.keys(lead.state.deadlines).sort()).toEqual(['co_handling_task:msb-erqi:task-1', 'co_handling_task:msb-erqi:task-2']);
  });

  it('feedback names the task it answers and meets only that deadline; with two open tasks it must name one', () => {
    const lead = spec.givenCommands(posted(), two);
    lead.when(cmd('RecordFeedback', erqi, { result: 'verified', summary: '' })).thenThrows(ValidationError, refusal({ path: 'task_id' }));
    lead
      .when(cmd('RecordFeedback', erqi, { result: 'verified', summary: '', taskId: 'task-9' }))
      .thenThrows(ValidationError, refusal({ path: 'task_id' }));
    const after = spec.givenCommands(posted(), two, cmd('RecordFeedback', erqi, { result: 'verified', summary: '', taskId: 'task-2' }));
    expect(after.state.deadlines['co_handling_task:msb-erqi:task-2']!.resolved).toBe(true);
    expect(after.state.deadlines['co_handling_task:msb-erqi:task-1']!.resolved).toBe(false);
    // One open task left: feedback without a task id answers it.
    const last = spec.givenCommands(posted(), two, cmd('RecordFeedback', erqi, { result: 'verified', summary: '', taskId: 'task-2' }));
    expect(last.when(cmd('RecordFeedback', erqi, { result: 'verified', summary: '' })).decided().events[0]!.data).toMatchObject({
      taskId: 'task-1',
    });
  });

  it('each task breaches on its own: MarkOverdue names the task and carries its rule', () => {
    const lead = spec.givenCommands(posted(), two);
    const event = lead.when(overdueTask('task-1', later(24 * HOUR), later(25 * HOUR))).decided().events[0]!;
    expect(event).toMatchObject({
      type: 'LeadOverdue',
      data: { kind: 'co_handling_task', unitId: 'msb-erqi', taskId: 'task-1', rule: expect.stringContaining('task-1') },
    });
    const breached = spec.givenCommands(posted(), two, overdueTask('task-1', later(24 * HOUR), later(25 * HOUR)));
    expect(breached.state.deadlines['co_handling_task:msb-erqi:task-1']!.breached).toBe(true);
    expect(breached.state.deadlines['co_handling_task:msb-erqi:task-2']!.breached).toBe(false);
  });
});

describe('ExplainBreach', () => {
  const ackDue = later(24 * HOUR);
  const breached = [
    posted(),
    sharedWith('msb-erqi'),
    cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: ackDue }, later(30 * HOUR)),
  ];
  const explain = (actor: Actor, kind = 'acknowledge', reason = 'the liaison officer was on leave') =>
    cmd('ExplainBreach', actor, { kind: kind as 'acknowledge', reason }, later(40 * HOUR));

  it('an officer of the responsible unit records the reason', () => {
    expect(
      spec
        .givenCommands(...breached)
        .when(explain(erqi))
        .decided().events,
    ).toEqual([
      {
        type: 'BreachExplained',
        data: {
          kind: 'acknowledge',
          unitId: 'msb-erqi',
          dueAt: ackDue,
          reason: 'the liaison officer was on leave',
          officerId: 'officer-erqi-msb-wang',
          at: later(40 * HOUR),
        },
      },
    ]);
  });

  it('also after the lead is closed', () => {
    const closed = [...breached, cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' })];
    expect(
      spec
        .givenCommands(...closed)
        .when(explain(erqi))
        .decided().events[0]!.type,
    ).toBe('BreachExplained');
  });

  it('no other unit, no analyst or admin explains it; a reason is required; no breach, nothing to explain', () => {
    const lead = spec.givenCommands(...breached);
    lead.when(explain(jinshui)).thenThrows(NotFoundError); // the owner did not miss it
    lead.when(explain(psb)).thenThrows(NotFoundError); // another unit
    lead.when(explain(analyst)).thenThrows(NotFoundError);
    lead.when(explain(admin)).thenThrows(NotFoundError);
    lead.when(explain({ ...erqi, roles: ['analyst'] })).thenThrows(ForbiddenError); // the unit, but not an officer who acts
    lead.when(explain(erqi, 'acknowledge', '  ')).thenThrows(ValidationError, refusal({ path: 'reason' }));
    lead.when(explain(erqi, 'hand_over')).thenThrows(NotFoundError);
    spec.givenCommands(posted(), sharedWith('msb-erqi')).when(explain(erqi)).thenThrows(NotFoundError);
  });
});

/** The lead document's rows after these commands, as the projection writes them. */
const register = (...commands: LeadCommand[]) =>
  new ReadModelHarness<LeadView>(leadDetailsProjection, LEAD_ROW_SETS)
    .apply(...spec.givenCommands(...commands).history)
    .rowsOf('lead_accountability') as unknown as AccountabilityRow[];

describe('the leads accountability register (projection rows)', () => {
  const ackDue = later(24 * HOUR);
  const shared = [posted(), sharedWith('msb-erqi')];
  const overdue = cmd('MarkOverdue', system, { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: ackDue }, later(30 * HOUR));

  it('a breach enters with the responsible unit, the rule and how late when detected', () => {
    expect(register(...shared)).toEqual([]);
    expect(register(...shared, overdue)).toEqual([
      expect.objectContaining({
        _id: `leads:${LEAD}:acknowledge:msb-erqi:${ackDue}`,
        context: 'leads',
        recordKind: 'lead',
        recordId: LEAD,
        kind: 'acknowledge',
        unitId: 'msb-erqi',
        dueAt: ackDue,
        rule: expect.stringContaining('24 hours from 2026-03-01 16:00'),
        detectedAt: later(30 * HOUR),
        answeredAt: '',
        lateBySeconds: 6 * 3600,
        explanation: null,
      }),
    ]);
  });

  it('when finally answered, how late is measured to the answer; the explanation appears', () => {
    const rows = register(
      ...shared,
      overdue,
      cmd('AcknowledgeLead', erqi, {}, later(50 * HOUR)),
      cmd('ExplainBreach', erqi, { kind: 'acknowledge', reason: 'system outage at the bureau' }, later(51 * HOUR)),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        answeredAt: later(50 * HOUR),
        lateBySeconds: 26 * 3600,
        explanation: { reason: 'system outage at the bureau', officerId: 'officer-erqi-msb-wang', at: later(51 * HOUR) },
      }),
    ]);
  });

  it('closing the lead answers nothing', () => {
    const rows = register(...shared, overdue, cmd('CloseLead', jinshui, { outcome: 'resolved', summary: '' }, later(40 * HOUR)));
    expect(rows[0]).toMatchObject({ answeredAt: '', lateBySeconds: 6 * 3600 });
  });
});

describe('who reads the register (one rule, @liaison/contracts)', () => {
  const supervisor: Actor = { officerId: 'officer-city-supervision-wu', unitId: 'supervision-city', roles: ['supervisor'] };
  const procurator: Actor = { officerId: 'officer-city-procuratorate-zheng', unitId: 'procuratorate-city', roles: ['procurator'] };
  const greenAnalyst: Actor = { ...analyst, clearance: 'GREEN' };
  const row = (code: AccountabilityRow['access']['code']): AccountabilityRow => ({
    _id: `leads:${LEAD}:acknowledge:msb-erqi:${T0}`,
    _v: 3,
    context: 'leads',
    recordKind: 'lead',
    recordId: LEAD,
    kind: 'acknowledge',
    unitId: 'msb-erqi',
    taskId: '',
    dueAt: T0,
    rule: 'r',
    detectedAt: T0,
    answeredAt: '',
    lateBySeconds: 1,
    explanation: null,
    access: {
      ownerUnitId: 'msb-jinshui',
      createdByOfficerId: 'officer-jinshui-msb-li',
      participantUnitIds: ['msb-erqi'],
      code,
      namedOfficerIds: code === 'RED' ? ['officer-erqi-msb-wang'] : [],
    },
  });

  it('every role × handling code has its expected answer', () => {
    const expected: Record<string, Record<string, string>> = {
      // actor →            GREEN     AMBER      AMBER+STRICT  RED
      supervisor: { GREEN: 'full', AMBER: 'full', 'AMBER+STRICT': 'pointer', RED: 'pointer' },
      responsibleOfficer: { GREEN: 'full', AMBER: 'full', 'AMBER+STRICT': 'full', RED: 'full' },
      responsibleOfficerNotNamed: { GREEN: 'full', AMBER: 'full', 'AMBER+STRICT': 'full', RED: 'pointer' },
      ownerOfficer: { GREEN: 'none', AMBER: 'none', 'AMBER+STRICT': 'none', RED: 'none' },
      otherUnitOfficer: { GREEN: 'none', AMBER: 'none', 'AMBER+STRICT': 'none', RED: 'none' },
      amberAnalyst: { GREEN: 'full', AMBER: 'full', 'AMBER+STRICT': 'none', RED: 'none' },
      greenAnalyst: { GREEN: 'full', AMBER: 'none', 'AMBER+STRICT': 'none', RED: 'none' },
      admin: { GREEN: 'none', AMBER: 'none', 'AMBER+STRICT': 'none', RED: 'none' },
      procurator: { GREEN: 'none', AMBER: 'none', 'AMBER+STRICT': 'none', RED: 'none' },
    };
    const actors: Record<string, Actor> = {
      supervisor,
      responsibleOfficer: erqi,
      responsibleOfficerNotNamed: { ...erqi, officerId: 'officer-erqi-msb-other' },
      ownerOfficer: jinshui,
      otherUnitOfficer: psb,
      amberAnalyst: analyst,
      greenAnalyst,
      admin,
      procurator,
    };
    let tried = 0;
    for (const [name, actor] of Object.entries(actors))
      for (const code of ['GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const) {
        tried++;
        expect({ name, code, disclosure: registerDisclosure(row(code), actor) }).toEqual({ name, code, disclosure: expected[name]![code] });
      }
    expect(tried).toBe(36);
  });

  it('a pointer entry has no record id, only whom to call; no entry ever carries record content', () => {
    const entry = accountabilityEntry(row('RED'), supervisor)!;
    expect(entry).toMatchObject({ recordId: '', pointer: { ownerUnitId: 'msb-jinshui', contactOfficerId: 'officer-jinshui-msb-li' } });
    expect(entry.explainable).toBe(false);
    expect(Object.keys(entry)).not.toContain('access');
    expect(accountabilityEntry(row('GREEN'), erqi)).toMatchObject({ recordId: LEAD, pointer: null, explainable: true });
    expect(accountabilityEntry(row('GREEN'), admin)).toBeNull();
  });

  it('admins and procurators are refused the register; officers may ask only for their own unit', () => {
    expect(mayReadRegister(admin)).toBe(false);
    expect(mayReadRegister(procurator)).toBe(false);
    expect(mayReadRegister(supervisor)).toBe(true);
    expect(mayQueryUnit(erqi, 'msb-jinshui')).toBe(false);
    expect(mayQueryUnit(erqi, 'msb-erqi')).toBe(true);
    expect(mayQueryUnit(supervisor, 'msb-jinshui')).toBe(true);
  });
});
