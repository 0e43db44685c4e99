import type { z } from 'zod';
import type { FieldIssue } from './registry';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A zod path as the proto field path a gRPC caller sent: `tasks[0].unit_id`. */
export const protoPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${snake(String(key))}` : snake(String(key))),
    '',
  ) || '(root)';

/** What is wrong with a command's payload by its contract schema, each issue named by its proto field path. */
export function commandIssues(schema: z.ZodType, payload: unknown): FieldIssue[] {
  const parsed = schema.safeParse(payload);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: protoPath(issue.path), message: issue.message }));
}

/**
 * A command as a caller hands it over before validation: enum fields are any string (proto3
 * strings, JSON), everything else keeps its shape; the decider checks it against the contract.
 */
export type Wire<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;
/** A command's wire form: the `type` stays the literal that discriminates it. */
export type WireCommand<C extends { type: string }> = C extends unknown ? { type: C['type'] } & Wire<Omit<C, 'type'>> : never;
