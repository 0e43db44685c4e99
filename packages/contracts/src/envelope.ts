import { z } from 'zod';
import { CLEARANCES } from './handling';

/**
 * `supervisor`: the Supervision Bureau and the leading-group office, who read the accountability
 * register of every unit and no record; `procurator`: the Procuratorate, which sees and answers
 * the transfer cases it is asked to supervise (docs/security-model.md).
 */
export const ROLES = ['liaison_officer', 'coordinator', 'analyst', 'admin', 'supervisor', 'procurator'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const actorSchema = z.object({
  officerId: z.string().min(1),
  unitId: z.string().min(1),
  roles: z.array(roleSchema),
  /**
   * How far an analyst reads across units (docs/security-model.md); absent means GREEN. Taken
   * from the registry, never from the caller, and carried in the verified identity token.
   */
  clearance: z.enum(CLEARANCES).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** `<context>-<id>`, e.g. `lead-6f1c…`. The prefix names the aggregate type. */
export const streamIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[A-Za-z0-9_.:-]+$/, 'expected "<aggregate>-<id>", e.g. lead-<uuid>');

const traceparentSchema = z.string().regex(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/, 'W3C traceparent');

export const eventEnvelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().regex(/^[A-Z][A-Za-z0-9]+$/, 'PascalCase event type'),
  schemaVersion: z.number().int().min(1),
  streamId: streamIdSchema,
  version: z.number().int().min(1),
  occurredAt: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  actor: actorSchema,
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  traceparent: traceparentSchema.nullable(),
  data: z.record(z.string(), z.unknown()),
});

/** The envelope of every stored and published event (see docs/architecture.md, "Event sourcing"). */
export interface EventEnvelope<TType extends string = string, TData = Record<string, unknown>> {
  eventId: string;
  type: TType;
  schemaVersion: number;
  streamId: string;
  version: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  traceparent: string | null;
  data: TData;
}

/** An event as a decider produces it: the store adds the envelope. */
export interface DomainEvent<TType extends string = string, TData = Record<string, unknown>> {
  type: TType;
  data: TData;
  /** When it happened in the world, if not "now" (e.g. a back-dated police decision). */
  occurredAt?: string;
}

export const streamPrefix = (streamId: string): string => streamId.slice(0, streamId.indexOf('-'));
