import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dlqTopic } from '@liaison/contracts';
import type { Producer } from 'kafkajs';
import { ConsumerRunner, dlqCommand, InvalidTransitionError } from '../src';
import { endpoints, openTestBed, type TestBed, waitFor } from './support/infra';
import { deadLettersOf, envelope, publish } from './support/raw-events';
import { testRegistry } from './support/test-events';

let bed: TestBed;
let producer: Producer;
const running: Array<{ stop(): Promise<void> }> = [];
const root = join(__dirname, '..', '..', '..');

beforeAll(async () => {
  bed = await openTestBed('dlq-command');
  producer = bed.kafka.producer();
  await producer.connect();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  await producer.disconnect();
  await bed.close();
});

/** Runs `dlq <args>` in process, as `npm run dlq -- <args>` would, and returns what it printed. */
async function dlq(...args: string[]): Promise<string[]> {
  const lines: string[] = [];
  await dlqCommand({ kafka: () => bed.kafka, out: (line) => lines.push(line), err: (text) => lines.push(text) }).parseAsync(args, {
    from: 'user',
  });
  return lines;
}

async function startRunner(groupId: string, handler: ConstructorParameters<typeof ConsumerRunner>[0]['handler']) {
  const runner = new ConsumerRunner({
    kafka: bed.kafka,
    groupId,
    topics: [bed.topic],
    logger: bed.logger,
    registry: testRegistry(),
    handler,
    maxAttempts: 2,
    retryDelayMs: 20,
  });
  await runner.start();
  running.push(runner);
}

describe('npm run dlq: list, show, replay', () => {
  it('lists and shows a dead letter, and replays it to the group that parked it, which then processes it', async () => {
    const parked = envelope('ThingCounted', { name: 'needs-the-fix', count: 1 });
    const sentinel = envelope('ThingCounted', { name: 'sentinel', count: 1 }, { streamId: parked.streamId, version: 2 });
    let fixed = false;
    const processed: string[] = [];
    const bystander: string[] = [];
    await startRunner('fixable', async ({ event }) => {
      if (event.eventId === parked.eventId && !fixed) throw new InvalidTransitionError('a bug refuses it', 'open');
      processed.push(event.data.name as string);
    });
    // Another group of the same topic that handled the original: the replay is not for it.
    await startRunner('bystander', async ({ event }) => void bystander.push(event.data.name as string));
    await publish(producer, bed.topic, 0, parked);
    const [letter] = await waitFor(async () => {
      const found = await deadLettersOf(bed.kafka, dlqTopic(bed.topic), 'fixable');
      return found.length === 1 && found;
    }, 'the dead letter');

    const listed = await dlq('list', '--topic', bed.topic);
    expect(listed[0]).toBe(`${dlqTopic(bed.topic)}: 1 dead letter`);
    expect(listed[1]).toContain(
      `${letter!.partition}:${letter!.offset}  handler-failed  ThingCounted  from ${bed.topic}@0:0  group=fixable  attempts=2`,
    );
    expect(listed[1]).toContain('a bug refuses it');

    const shown = JSON.parse((await dlq('show', bed.topic, String(letter!.partition), letter!.offset)).join('\n'));
    expect(shown).toMatchObject({
      reason: 'handler-failed',
      error: 'a bug refuses it',
      consumerGroup: 'fixable',
      eventId: parked.eventId,
      value: { eventId: parked.eventId, data: { name: 'needs-the-fix' } },
    });
    expect(shown.headers).toMatchObject({ 'liaison-event-id': parked.eventId, 'dlq-reason': 'handler-failed' });
    await expect(dlq('show', bed.topic, String(letter!.partition), '999')).rejects.toThrow(/no dead letter at/);

    fixed = true;
    const replayed = await dlq('replay', bed.topic, '--partition', String(letter!.partition), '--offset', letter!.offset);
    expect(replayed.at(-1)).toBe('1 dead letter replayed');
    // Back to the partition the original was on (the test publishes there by hand, not by key).
    expect(replayed[0]).toContain(`→ ${bed.topic} partition 0 offset`);
    await publish(producer, bed.topic, 0, sentinel);
    await waitFor(async () => processed.includes('sentinel') && bystander.includes('sentinel'), 'both groups past the replay');
    expect(processed).toEqual(['needs-the-fix', 'sentinel']);
    expect(bystander).toEqual(['needs-the-fix', 'sentinel']);
  }, 120_000);

  it('replays every dead letter of a reason with --all, leaving the others parked', async () => {
    const malformedValue = 'still not json';
    const refused = envelope('ThingCounted', { name: 'refused-until-fixed', count: 1 });
    let fixed = false;
    const processed: string[] = [];
    await startRunner('replay-all', async ({ event }) => {
      if (event.eventId === refused.eventId && !fixed) throw new InvalidTransitionError('not yet', 'open');
      processed.push(event.data.name as string);
    });
    await publish(producer, bed.topic, 1, malformedValue, refused);
    await waitFor(async () => (await deadLettersOf(bed.kafka, dlqTopic(bed.topic), 'replay-all')).length === 2, 'two dead letters');
    fixed = true;
    const out = await dlq('replay', bed.topic, '--all', '--reason', 'handler-failed', '--group', 'replay-all');
    expect(out.at(-1)).toBe('1 dead letter replayed');
    await waitFor(async () => processed.includes('refused-until-fixed'), 'the replayed event processed');
    const listed = await dlq('list', '--topic', bed.topic, '--reason', 'malformed', '--json');
    expect(listed.map((line) => JSON.parse(line)).filter((l) => l.consumerGroup === 'replay-all')).toMatchObject([
      { reason: 'malformed', value: malformedValue },
    ]);
  }, 120_000);

  it('refuses a replay without --offset or --all, and a bad offset, with a clear message', async () => {
    await expect(dlq('replay', bed.topic)).rejects.toThrow(/either --offset \(and --partition\) or --all/);
    await expect(dlq('show', bed.topic, '0', 'abc')).rejects.toThrow(/offset must be a non-negative integer/);
  });

  it('works as the npm script (`tsx scripts/dlq.ts`) against the brokers it is given', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'dlq.ts'), '--brokers', endpoints().brokers.join(','), 'list', '--topic', bed.topic],
      { cwd: root },
    );
    expect(stdout).toMatch(
      new RegExp(`^${dlqTopic(bed.topic).replace(/\./g, '\\.')}: \\d+ dead letters?\\n  \\d+:\\d+  (handler-failed|malformed)`),
    );
  }, 60_000);
});
