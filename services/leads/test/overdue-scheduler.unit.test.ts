import { describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { createLogger, InMemoryEventStore, type Lease } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { LeadCommands } from '../src/application/lead-commands';
import { OverdueScheduler } from '../src/application/overdue-scheduler';
import { leadEvents, loadHolidayCalendar } from '@liaison/contracts';
import { STATUTORY_LIMITS } from '../src/domain/model';
import { type DeadlineRow, deadlineRows } from '../src/projections/lead-read-model';
import { evolveLeadView, type LeadView } from '../src/projections/lead-view';
import { directory, erqi, jinshui, postPayload } from './lead-fixtures';

const logger = createLogger('scheduler-test', { level: 'silent' });
const lease = (held: boolean): Lease => ({ tryAcquire: async () => held, release: async () => undefined });
const ctx = (actor: Actor, commandId: string) => ({ commandId, actor, correlationId: commandId });

async function setUp() {
  let now = new Date('2026-03-01T08:00:00.000Z');
  const clock = () => now;
  const store = new InMemoryEventStore(leadEvents, clock);
  const commands = new LeadCommands(
    store,
    { directory, limits: { ...STATUTORY_LIMITS, acknowledge: { seconds: 2 } }, calendar: loadHolidayCalendar() },
    null,
    clock,
  );
  const { possibleDuplicates: _, ...post } = postPayload();
  const { leadId } = await commands.post({ type: 'PostLead', ...post }, ctx(jinshui, 'post-1'));
  await commands.execute(
    leadId,
    { type: 'ShareLead', unitIds: ['msb-erqi', 'psb-city'], message: '', namedOfficerIds: [] },
    ctx(jinshui, 'share-1'),
  );
  // The view as the projection had it right after the share; it is never updated below (a lagging view).
  const events = await store.readStream(leadId);
  const view = events.reduce<LeadView | null>(evolveLeadView, null)!;
  const rows = deadlineRows({ ...view, _id: leadId, _v: events.at(-1)!.version });
  const deadlines = { find: () => ({ toArray: async () => rows }) } as unknown as Collection<DeadlineRow>;
  await commands.execute(leadId, { type: 'AcknowledgeLead' }, ctx(erqi, 'ack-1'));
  const scheduler = (held = true) => new OverdueScheduler({ commands, deadlines, lease: lease(held), intervalMs: 1_000, logger, clock });
  return { store, leadId, scheduler, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('overdue scheduler', () => {
  it('records nothing before the due time, or without the lease', async () => {
    const { scheduler, advance } = await setUp();
    expect(await scheduler().tick()).toBe(0);
    advance(5_000);
    expect(await scheduler(false).tick()).toBe(0);
  });

  it('records one breach per late unit, once, across restarts and a second instance, even from a stale view', async () => {
    const { store, leadId, scheduler, advance } = await setUp();
    advance(2_001);
    const first = scheduler();
    expect(await first.tick()).toBe(1); // psb-city; Erqi acknowledged (the stale row says otherwise, the decider knows)
    expect(await first.tick()).toBe(0);
    expect(await scheduler().tick()).toBe(0); // a restarted or second instance
    const breaches = (await store.readStream(leadId)).filter((e) => e.type === 'LeadOverdue');
    expect(breaches.map((e) => e.data)).toEqual([
      expect.objectContaining({ kind: 'acknowledge', unitId: 'psb-city', dueAt: '2026-03-01T08:00:02.000Z' }),
    ]);
    expect(breaches[0]!.actor.officerId).toBe('system:leads');
  });
});
