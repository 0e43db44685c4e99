import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dlqTopic, EventRegistry } from '@liaison/contracts';
import type { Producer } from 'kafkajs';
import { MongoNetworkError } from 'mongodb';
import { z } from 'zod';
import { ConsumerRunner, ensureTopics, InvalidTransitionError, ValidationError, type ConsumedEvent } from '../src';
import { openTestBed, type TestBed, waitFor } from './support/infra';
import { deadLettersOf, envelope, publish } from './support/raw-events';
import { testRegistry } from './support/test-events';

let bed: TestBed;
let producer: Producer;
/** Another context's topic, whose producer registry knows only WidgetMade. */
let widgetsTopic: string;
const widgetRegistry = new EventRegistry().register({
  type: 'WidgetMade',
  schemaVersion: 1,
  schema: z.object({ size: z.number().int().positive() }),
});
const running: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  bed = await openTestBed('dead-letters');
  widgetsTopic = bed.topic.replace('.events.v1', '-widgets.events.v1');
  await ensureTopics(bed.kafka, [widgetsTopic, dlqTopic(widgetsTopic)]);
  producer = bed.kafka.producer();
  await producer.connect();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  await producer.disconnect();
  await bed.close();
});

async function startRunner(groupId: string, handler: (consumed: ConsumedEvent) => Promise<void>, options: { maxAttempts?: number } = {}) {
  const runner = new ConsumerRunner({
    kafka: bed.kafka,
    groupId,
    topics: [bed.topic, widgetsTopic],
    logger: bed.logger,
    handler,
    retryDelayMs: 50,
    maxRetryDelayMs: 1_000,
    ...options,
    registryOf: (topic) => (topic === bed.topic ? testRegistry() : topic === widgetsTopic ? widgetRegistry : undefined),
  });
  await runner.start();
  running.push(runner);
  return runner;
}

describe('consumer failures: only poison goes to the DLQ', () => {
  it('retries a transient failure far longer than five attempts while other partitions flow, applies it once and dead-letters nothing', async () => {
    const stuck = envelope('ThingCounted', { name: 'stuck', count: 1 });
    const behind = envelope('ThingCounted', { name: 'behind', count: 1 }, { streamId: stuck.streamId, version: 2 });
    const elsewhere = envelope('ThingCounted', { name: 'elsewhere', count: 1 });
    const applied: string[] = [];
    let failures = 0;
    let outageOver = false;
    const outageStarted = Date.now();
    await startRunner('transient', async ({ event }) => {
      if (event.eventId === stuck.eventId && !outageOver) {
        failures += 1;
        throw new MongoNetworkError('connect ECONNREFUSED 127.0.0.1:27017 (simulated database outage)');
      }
      applied.push(event.data.name as string);
    });
    await publish(producer, bed.topic, 0, stuck, behind);
    await waitFor(async () => failures >= 1, 'the first failure');
    await publish(producer, bed.topic, 1, elsewhere);
    await waitFor(async () => applied.includes('elsewhere'), 'an event on another partition while partition 0 waits');
    // The old runner gave up after five attempts in ~3 s; this outage lasts at least 10 s and more attempts.
    await waitFor(async () => failures > 5 && Date.now() - outageStarted >= 10_000, 'a 10 s outage', 60_000);
    expect(applied).toEqual(['elsewhere']);
    outageOver = true;
    await waitFor(async () => applied.includes('behind'), 'the partition to resume after the outage');
    expect(applied).toEqual(['elsewhere', 'stuck', 'behind']);
    expect(await deadLettersOf(bed.kafka, dlqTopic(bed.topic), 'transient')).toEqual([]);
  }, 120_000);

  it('dead-letters malformed, rejected and ever-failing messages with the reason, and the next messages flow in order', async () => {
    const handled: ConsumedEvent['event'][] = [];
    const refused = envelope('ThingCounted', { name: 'refused', count: 1 });
    const failing = envelope('ThingCounted', { name: 'failing', count: 1 });
    await startRunner(
      'poison',
      async ({ event, topic, partition }) => {
        if (topic !== bed.topic || partition !== 2) return; // the other tests' events
        if (event.eventId === refused.eventId) throw ValidationError.field('data.name', 'this consumer cannot take it');
        if (event.eventId === failing.eventId) throw new InvalidTransitionError('the record is closed', 'closed');
        handled.push(event);
      },
      { maxAttempts: 3 },
    );
    await publish(
      producer,
      bed.topic,
      2,
      'not json at all',
      envelope('ThingCounted', { name: 'after-malformed', count: 1 }),
      refused,
      envelope('ThingCounted', { name: 'after-refused', count: 1 }),
      failing,
      envelope('ThingCounted', { name: 'after-failing', count: 1 }),
      envelope('ThingRenamed', { title: 'written as v1' }),
    );
    await waitFor(async () => handled.length === 4, 'the four good events');
    expect(handled.map((event) => event.data.name)).toEqual(['after-malformed', 'after-refused', 'after-failing', 'written as v1']);
    expect(handled[3]).toMatchObject({ type: 'ThingRenamed', schemaVersion: 2, data: { name: 'written as v1', tags: [] } });

    const letters = await waitFor(async () => {
      const found = await deadLettersOf(bed.kafka, dlqTopic(bed.topic), 'poison');
      return found.length === 3 && found;
    }, 'three dead letters');
    const byReason = Object.fromEntries(letters.map((letter) => [letter.reason, letter]));
    expect(Object.keys(byReason).sort()).toEqual(['handler-failed', 'malformed', 'rejected']);
    expect(byReason.malformed).toMatchObject({ value: 'not json at all', attempts: 1, sourceTopic: bed.topic, sourcePartition: 2 });
    expect(byReason.malformed!.error).toMatch(/not JSON/);
    expect(byReason.rejected).toMatchObject({
      eventId: refused.eventId,
      attempts: 1,
      issues: [{ path: 'data.name', message: 'this consumer cannot take it' }],
    });
    expect(byReason['handler-failed']).toMatchObject({ eventId: failing.eventId, attempts: 3, error: 'the record is closed' });
  }, 120_000);

  it("dead-letters another context's event that its producer's registry refuses as invalid, with the field issues", async () => {
    const widgets: unknown[] = [];
    await startRunner('other-context', async ({ event, topic }) => {
      if (topic === widgetsTopic) widgets.push(event.data);
    });
    const tooSmall = envelope('WidgetMade', { size: -1 }, { streamId: `widget-${'a'.repeat(8)}` });
    const unknown = envelope('WidgetMelted', { size: 1 });
    await publish(producer, widgetsTopic, 0, tooSmall, unknown, envelope('WidgetMade', { size: 3, extra: 'dropped by the schema' }));
    await waitFor(async () => widgets.length === 1, 'the valid widget');
    expect(widgets).toEqual([{ size: 3 }]);

    const letters = await waitFor(async () => {
      const found = await deadLettersOf(bed.kafka, dlqTopic(widgetsTopic), 'other-context');
      return found.length === 2 && found;
    }, 'two invalid events in the DLQ');
    expect(letters.map((letter) => letter.reason)).toEqual(['invalid', 'invalid']);
    const [first, second] = letters.sort((a, b) => Number(a.sourceOffset) - Number(b.sourceOffset));
    expect(first).toMatchObject({ eventId: tooSmall.eventId, eventType: 'WidgetMade' });
    expect(first!.issues.map((issue) => issue.path)).toEqual(['data.size']);
    expect(second).toMatchObject({ eventId: unknown.eventId, issues: [{ path: 'type' }] });
    expect(second!.error).toMatch(/unknown event type "WidgetMelted"/);
  }, 120_000);
});
