import { describe, expect, it } from '@jest/globals';
import {
  ConcurrencyError,
  type EventStore,
  NO_STREAM,
  OUTBOX_PARTITIONS,
  type Outbox,
  outboxPartition,
  IdempotencyConflictError,
  ValidationError,
} from '../../src';
import { context, counted, streamId, testActor } from './test-events';

export interface StoreUnderTest {
  store: EventStore & Outbox;
  /** Moves the store's clock, for as-of reads. */
  setNow(date: Date): void;
}

/** One behaviour, two implementations: the in-memory store must not lie about the real one. */
export function describeEventStoreContract(name: string, make: () => Promise<StoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    it('appends a new stream and stamps the full envelope on every event', async () => {
      const { store } = await make();
      const id = streamId();
      const ctx = context({ causationId: 'cause-1', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
      const result = await store.append(id, NO_STREAM, [counted(1), counted(2)], ctx);
      expect(result.version).toBe(2);
      expect(result.duplicate).toBe(false);
      const [first, second] = await store.readStream(id);
      expect(first).toMatchObject({
        type: 'ThingCounted',
        schemaVersion: 1,
        streamId: id,
        version: 1,
        actor: testActor,
        correlationId: ctx.correlationId,
        causationId: 'cause-1',
        traceparent: ctx.traceparent,
        data: { name: 'thing', count: 1 },
      });
      expect(first!.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(second!.version).toBe(2);
      expect(second!.eventId).not.toBe(first!.eventId);
      expect(await store.streamVersion(id)).toBe(2);
    });

    it('rejects a stale expected version with a typed concurrency error naming the actual version', async () => {
      const { store } = await make();
      const id = streamId();
      await store.append(id, NO_STREAM, [counted(1)], context());
      await store.append(id, 1, [counted(2)], context());
      const stale = store.append(id, 1, [counted(3)], context());
      await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.append(id, 1, [counted(3)], context())).rejects.toMatchObject({ actualVersion: 2, expectedVersion: 1 });
      expect((await store.readStream(id)).map((e) => e.data.count)).toEqual([1, 2]);
    });

    it('lets exactly one of 50 concurrent appends at the same expected version win', async () => {
      const { store } = await make();
      const id = streamId();
      await store.append(id, NO_STREAM, [counted(0)], context());
      const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => store.append(id, 1, [counted(i + 1)], context())));
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const loss of lost) expect(loss.reason).toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(id)).toHaveLength(2);
    });

    it('answers a retried command id with the first result and writes no second commit', async () => {
      const { store } = await make();
      const id = streamId();
      const ctx = context();
      const first = await store.append(id, NO_STREAM, [counted(7)], ctx);
      const retried = await store.append(id, NO_STREAM, [counted(7)], ctx);
      expect(retried.duplicate).toBe(true);
      expect(retried.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
      expect(await store.findCommit(ctx.commandId)).toMatchObject({ version: 1, duplicate: true });
      expect(await store.readStream(id)).toHaveLength(1);
      expect(await store.countUnpublished()).toBeGreaterThanOrEqual(1);
    });

    it('refuses a command id already used for another stream', async () => {
      const { store } = await make();
      const ctx = context();
      await store.append(streamId(), NO_STREAM, [counted(1)], ctx);
      await expect(store.append(streamId(), NO_STREAM, [counted(1)], ctx)).rejects.toBeInstanceOf(IdempotencyConflictError);
    });

    it('answers a retried command id only for the same request digest', async () => {
      const { store } = await make();
      const id = streamId();
      const ctx = { ...context(), requestDigest: 'digest-a' };
      await store.append(id, NO_STREAM, [counted(1)], ctx);
      expect((await store.append(id, NO_STREAM, [counted(1)], ctx)).duplicate).toBe(true);
      expect((await store.findCommit(ctx.commandId))?.requestDigest).toBe('digest-a');
      await expect(store.append(id, NO_STREAM, [counted(2)], { ...ctx, requestDigest: 'digest-b' })).rejects.toBeInstanceOf(
        IdempotencyConflictError,
      );
      expect(await store.readStream(id)).toHaveLength(1);
    });

    it('rejects events that fail their schema, naming the fields, and stores nothing', async () => {
      const { store } = await make();
      const id = streamId();
      const attempt = store.append(id, NO_STREAM, [counted(1), { type: 'ThingCounted', data: { name: '', count: -1 } }], context());
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
      expect(error.issues.map((i) => i.path)).toEqual(['events[1](ThingCounted).data.name', 'events[1](ThingCounted).data.count']);
      expect(error.message).toContain('data.count');
      await expect(store.append(id, NO_STREAM, [{ type: 'NoSuchThing', data: {} }], context())).rejects.toThrow(
        /unknown event type "NoSuchThing"/,
      );
      expect(await store.streamVersion(id)).toBe(NO_STREAM);
    });

    it('loads a stream as of a version and as of a time', async () => {
      const { store, setNow } = await make();
      const id = streamId();
      setNow(new Date('2026-03-01T08:00:00Z'));
      await store.append(id, NO_STREAM, [counted(1)], context());
      setNow(new Date('2026-03-02T08:00:00Z'));
      await store.append(id, 1, [counted(2), counted(3)], context());
      setNow(new Date('2026-03-03T08:00:00Z'));
      await store.append(id, 3, [counted(4)], context());
      expect((await store.readStream(id, { toVersion: 2 })).map((e) => e.version)).toEqual([1, 2]);
      expect((await store.readStream(id, { fromVersion: 3 })).map((e) => e.version)).toEqual([3, 4]);
      expect((await store.readStream(id, { asOf: new Date('2026-03-02T12:00:00Z') })).map((e) => e.version)).toEqual([1, 2, 3]);
      expect(await store.readStream(id, { asOf: new Date('2026-02-28T00:00:00Z') })).toEqual([]);
    });

    it('scans every event in (stream, version) order, filtered by stream prefix', async () => {
      const { store } = await make();
      const prefix = `scan${Date.now()}`;
      const ids = [streamId(prefix), streamId(prefix), streamId(prefix)].sort();
      for (const id of ids) {
        await store.append(id, NO_STREAM, [counted(1)], context());
        await store.append(id, 1, [counted(2), counted(3)], context());
      }
      await store.append(streamId('other'), NO_STREAM, [counted(1)], context());
      const seen: string[] = [];
      for await (const batch of store.scan({ streamPrefix: `${prefix}-`, batchSize: 4 })) {
        expect(batch.length).toBeLessThanOrEqual(6);
        seen.push(...batch.map((e) => `${e.streamId}#${e.version}`));
      }
      expect(seen).toEqual(ids.flatMap((id) => [1, 2, 3].map((v) => `${id}#${v}`)));
    });

    it('keeps commits in the outbox, per partition and in stream order, until marked published', async () => {
      const { store } = await make();
      const prefix = `outbox${Date.now()}`;
      // Streams that hash to the same partition, and one that does not.
      const candidates = Array.from({ length: 64 }, (_, i) => `${prefix}-${i}`);
      const partition = outboxPartition(candidates[0]!);
      const [a, b] = candidates.filter((id) => outboxPartition(id) === partition).sort();
      const elsewhere = candidates.find((id) => outboxPartition(id) !== partition)!;
      await store.append(b!, NO_STREAM, [counted(1)], context());
      await store.append(a!, NO_STREAM, [counted(1)], context());
      await store.append(elsewhere, NO_STREAM, [counted(1)], context());
      await store.append(a!, 1, [counted(2)], context());
      const pending = (await store.unpublished(partition, 1000)).filter((c) => c.streamId.startsWith(prefix));
      expect(pending.map((c) => `${c.streamId}@${c.version}`)).toEqual([`${a}@1`, `${a}@2`, `${b}@1`]);
      expect(outboxPartition(elsewhere)).not.toBe(partition);
      expect((await store.unpublished(outboxPartition(elsewhere), 1000)).some((c) => c.streamId === elsewhere)).toBe(true);
      await store.markPublished(pending.slice(0, 2));
      const left = (await store.unpublished(partition, 1000)).filter((c) => c.streamId.startsWith(prefix));
      expect(left.map((c) => c.streamId)).toEqual([b]);
      expect(await store.pendingPartitions()).toContain(partition);

      // Folding the published records into the commits changes nothing a reader can see.
      await store.compactPublished();
      const afterCompaction = (await store.unpublished(partition, 1000)).filter((c) => c.streamId.startsWith(prefix));
      expect(afterCompaction.map((c) => c.streamId)).toEqual([b]);
      await store.markPublished(afterCompaction);
      expect((await store.unpublished(partition, 1000)).filter((c) => c.streamId.startsWith(prefix))).toEqual([]);
    });

    it('hands every acknowledged commit to its listeners, and nothing for a refused or retried one', async () => {
      const { store } = await make();
      const handed: Array<{ streamId: string; version: number; events: number }> = [];
      const stop = store.onCommitted((c) => handed.push({ streamId: c.streamId, version: c.version, events: c.events.length }));
      const id = streamId();
      const ctx = context();
      await store.append(id, NO_STREAM, [counted(1)], ctx);
      await store.append(id, NO_STREAM, [counted(1)], ctx);
      await store.append(id, 1, [counted(2), counted(3)], context());
      await expect(store.append(id, 1, [counted(4)], context())).rejects.toBeInstanceOf(ConcurrencyError);
      stop();
      await store.append(id, 3, [counted(5)], context());
      expect(handed).toEqual([
        { streamId: id, version: 1, events: 1 },
        { streamId: id, version: 2, events: 2 },
      ]);
      const [first] = await store.unpublished(outboxPartition(id), 1000).then((cs) => cs.filter((c) => c.streamId === id));
      expect(first!.version).toBe(1);
    });

    it('spreads streams over every outbox partition', () => {
      const hit = new Set(Array.from({ length: 400 }, (_, i) => outboxPartition(`lead-${i}`)));
      expect(hit.size).toBe(OUTBOX_PARTITIONS);
    });
  });
}
