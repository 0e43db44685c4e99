import type { z } from 'zod';
import type { EventEnvelope } from './envelope';

/** One offending field, e.g. `{ path: 'data.grading.reliability', message: 'Invalid option' }`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Maps the data of `schemaVersion` n to the shape of n + 1. Never rewrites what is stored. */
export type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

export interface EventDefinition<TType extends string = string, TSchema extends z.ZodType = z.ZodType> {
  type: TType;
  /** The current version; events are written with it. */
  schemaVersion: number;
  schema: TSchema;
  /** Keyed by the version they upgrade from: `{ 1: v1ToV2, 2: v2ToV3 }`. */
  upcasters?: Record<number, Upcaster>;
}

export type ValidationResult = { ok: true; data: Record<string, unknown>; schemaVersion: number } | { ok: false; issues: FieldIssue[] };

export const zodIssues = (error: z.ZodError, prefix = ''): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));

/**
 * The event types a context knows, their current schema version and how older versions are
 * upcast. The store validates every event at append and upcasts every event it reads.
 */
export class EventRegistry {
  private readonly definitions = new Map<string, EventDefinition>();

  register(...definitions: EventDefinition[]): this {
    for (const definition of definitions) {
      if (this.definitions.has(definition.type)) throw new Error(`event type ${definition.type} registered twice`);
      for (let from = 1; from < definition.schemaVersion; from += 1) {
        if (!definition.upcasters?.[from]) {
          throw new Error(`event type ${definition.type} v${definition.schemaVersion} lacks an upcaster from v${from}`);
        }
      }
      this.definitions.set(definition.type, definition);
    }
    return this;
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  types(): string[] {
    return [...this.definitions.keys()];
  }

  /** Validates new event data against the current schema of its type. */
  validate(type: string, data: unknown): ValidationResult {
    const definition = this.definitions.get(type);
    if (!definition) return { ok: false, issues: [{ path: 'type', message: `unknown event type "${type}"` }] };
    const parsed = definition.schema.safeParse(data);
    if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, 'data') };
    return { ok: true, data: parsed.data as Record<string, unknown>, schemaVersion: definition.schemaVersion };
  }

  /** Brings a stored or received event to the current shape of its type; unknown types pass unchanged. */
  upcast<E extends EventEnvelope>(event: E): E {
    const definition = this.definitions.get(event.type);
    if (!definition || event.schemaVersion >= definition.schemaVersion) return event;
    let data = event.data;
    for (let from = event.schemaVersion; from < definition.schemaVersion; from += 1) {
      const upcaster = definition.upcasters?.[from];
      if (!upcaster) throw new Error(`no upcaster for ${event.type} v${from}`);
      data = upcaster(data);
    }
    return { ...event, data, schemaVersion: definition.schemaVersion };
  }
}
