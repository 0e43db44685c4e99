import { randomUUID } from 'node:crypto';
import { type Actor, EventRegistry } from '@liaison/contracts';
import { z } from 'zod';
import type { AppendContext } from '../../src';

export const ThingCounted = z.object({ name: z.string().min(1), count: z.number().int().min(0) });

/** v1 had `title`; v2 renamed it to `name` and added `tags`. */
export const ThingRenamedV2 = z.object({ name: z.string(), tags: z.array(z.string()) });

export const testRegistry = (): EventRegistry =>
  new EventRegistry().register(
    { type: 'ThingCounted', schemaVersion: 1, schema: ThingCounted },
    {
      type: 'ThingRenamed',
      schemaVersion: 2,
      schema: ThingRenamedV2,
      upcasters: { 1: ({ title, ...rest }) => ({ ...rest, name: title, tags: [] }) },
    },
  );

/** The v1 world, to write events that a v2 reader must upcast. */
export const legacyRegistry = (): EventRegistry =>
  new EventRegistry().register(
    { type: 'ThingCounted', schemaVersion: 1, schema: ThingCounted },
    { type: 'ThingRenamed', schemaVersion: 1, schema: z.object({ title: z.string() }) },
  );

export const testActor: Actor = { officerId: 'officer-jinshui-1', unitId: 'unit-jinshui-msb', roles: ['liaison_officer'] };

export const context = (overrides: Partial<AppendContext> = {}): AppendContext => ({
  commandId: randomUUID(),
  actor: testActor,
  correlationId: randomUUID(),
  ...overrides,
});

export const counted = (count: number, name = 'thing') => ({ type: 'ThingCounted', data: { name, count } });

export const streamId = (prefix = 'thing'): string => `${prefix}-${randomUUID()}`;
