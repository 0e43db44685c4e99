import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { createLogger, InMemoryEventStore, type Lease, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { OperationCommands } from '../src/application/operation-commands';
import { OverdueScheduler } from '../src/application/overdue-scheduler';
import { loadHolidayCalendar, operationEvents } from '@liaison/contracts';
import { type MembershipRow, membershipRows, type TaskRow, taskRows } from '../src/projections/operation-read-model';
import { evolveOperationView, type OperationView } from '../src/projections/operation-view';
import { directory, erqi, jinshui, LEAD, proposePayload } from './operation-fixtures';

const logger = createLogger('scheduler-test', { level: 'silent' });
const lease = (held: boolean): Lease => ({ tryAcquire: async () => held, release: async () => undefined });
const ctx = (actor: Actor, commandId: string) => ({ commandId, actor, correlationId: commandId });
const noLeads = { isVisible: async (leadId: string) => leadId === LEAD };

async function setUp() {
  let now = new Date('2026-03-01T08:00:00.000Z');
  const clock = () => now;
  const store = new InMemoryEventStore(operationEvents, clock);
  const commands = new OperationCommands(
    store,
    { directory, limits: { normal: { seconds: 60 }, emergency: { seconds: 2 } }, calendar: loadHolidayCalendar() },
    noLeads,
    null,
    clock,
  );
  const { conflicts: _, ...payload } = proposePayload({ urgency: 'emergency' });
  const { operationId } = await commands.propose({ type: 'ProposeOperation', ...payload }, ctx(jinshui, 'propose-1'));
  await commands.execute(
    operationId,
    { type: 'InviteUnits', unitIds: ['msb-erqi', 'msb-zhongmu'], message: '', namedOfficerIds: [] },
    ctx(jinshui, 'invite-1'),
  );
  // The view as the projection had it right after the invitation; never updated below (a lagging view).
  const events = await store.readStream(operationId);
  const view = events.reduce<OperationView | null>(evolveOperationView, null)!;
  const rows = membershipRows({ ...view, _id: operationId, _v: events.at(-1)!.version });
  const memberships = { find: () => ({ toArray: async () => rows }) } as unknown as Collection<MembershipRow>;
  await commands.execute(operationId, { type: 'JoinOperation' }, ctx(erqi, 'join-1'));
  // Erqi's task, due 3 s from now; its row as the projection had it right after the assignment (again a lagging view).
  await commands.execute(
    operationId,
    { type: 'AssignTask', taskId: 'task-1', unitId: 'msb-erqi', description: 'search the depot', dueAt: '2026-03-01T08:00:03.000Z' },
    ctx(jinshui, 'assign-1'),
  );
  const assigned = await store.readStream(operationId);
  const taskView = assigned.reduce<OperationView | null>(evolveOperationView, null)!;
  const openTasks = taskRows({ ...taskView, _id: operationId, _v: assigned.at(-1)!.version });
  const tasks = { find: () => ({ toArray: async () => openTasks }) } as unknown as Collection<TaskRow>;
  const scheduler = (held = true) =>
    new OverdueScheduler({ commands, memberships, tasks, lease: lease(held), intervalMs: 1_000, logger, clock });
  return { store, commands, operationId, scheduler, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('overdue scheduler (emergency invitations)', () => {
  it('records nothing before the due time, or without the lease', async () => {
    const { scheduler, advance } = await setUp();
    expect(await scheduler().tick()).toBe(0);
    advance(5_000);
    expect(await scheduler(false).tick()).toBe(0);
  });

  it('records one breach per unanswered invitation, once, across restarts, even from a stale view', async () => {
    const { store, operationId, scheduler, advance } = await setUp();
    advance(2_001);
    expect(await scheduler().tick()).toBe(1); // Zhongmu; Erqi joined (the stale row says pending, the decider knows)
    expect(await scheduler().tick()).toBe(0);
    const breaches = (await store.readStream(operationId)).filter((e) => e.type === 'InvitationOverdue');
    expect(breaches.map((e) => e.data)).toEqual([expect.objectContaining({ unitId: 'msb-zhongmu', dueAt: '2026-03-01T08:00:02.000Z' })]);
    expect(breaches[0]!.actor.officerId).toBe('system:operations');
  });
});

describe('overdue scheduler (operation tasks)', () => {
  it('records one TaskOverdue per task still open past due, once, with the rule, after the invitation breach', async () => {
    const { store, operationId, scheduler, advance } = await setUp();
    advance(2_500);
    expect(await scheduler().tick()).toBe(1); // the invitation only: the task is not due yet
    advance(1_000);
    expect(await scheduler().tick()).toBe(1);
    expect(await scheduler().tick()).toBe(0);
    const breaches = (await store.readStream(operationId)).filter((e) => e.type === 'TaskOverdue');
    expect(breaches.map((e) => e.data)).toEqual([
      {
        taskId: 'task-1',
        unitId: 'msb-erqi',
        dueAt: '2026-03-01T08:00:03.000Z',
        detectedAt: '2026-03-01T08:00:03.500Z',
        rule: expect.stringContaining('operation task task-1'),
      },
    ]);
    expect(breaches[0]!.actor.officerId).toBe('system:operations');
  });

  it('a task completed in time is not a breach, though the stale row still says open', async () => {
    const { store, commands, operationId, scheduler, advance } = await setUp();
    await commands.execute(operationId, { type: 'CompleteTask', taskId: 'task-1', note: 'done' }, ctx(erqi, 'complete-1'));
    advance(5_000);
    expect(await scheduler().tick()).toBe(1); // the invitation
    expect((await store.readStream(operationId)).filter((e) => e.type === 'TaskOverdue')).toEqual([]);
  });
});

describe('ProposeOperation in the application', () => {
  it('checks linked leads only for otherwise valid input, and names the index of an unknown lead', async () => {
    const { commands } = await setUp();
    let asked = 0;
    const counting = new OperationCommands(
      new InMemoryEventStore(operationEvents),
      { directory, limits: { normal: { seconds: 0.001 }, emergency: { seconds: 0.001 } }, calendar: loadHolidayCalendar() },
      { isVisible: async (id) => ((asked += 1), id === LEAD) },
      null,
    );
    const { conflicts: _, ...payload } = proposePayload({ linkedLeadIds: [LEAD, 'lead-00000000-0000-8000-8000-00000000dead'] });
    await expect(counting.propose({ type: 'ProposeOperation', ...payload, title: '' }, ctx(jinshui, 'p-bad'))).rejects.toMatchObject({
      issues: [{ path: 'title' }],
    });
    expect(asked).toBe(0);
    await expect(counting.propose({ type: 'ProposeOperation', ...payload }, ctx(jinshui, 'p-2'))).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'linked_lead_ids[1]' }],
    });
    expect(asked).toBe(2);
    await expect(commands.execute('operation-1', { type: 'Launch', overrideReason: '' }, ctx(jinshui, 'x'))).rejects.toMatchObject({
      issues: [{ path: 'operation_id' }],
    });
  });
});
