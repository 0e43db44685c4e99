import type { z } from 'zod';
import { ConfigError, type ConfigIssue } from './config-error';

export type Env = Record<string, string | undefined>;

/**
 * Validates the environment against `schema` once, at start-up, and returns the typed result.
 * Empty strings count as unset: deployment templates often render `FOO=` for "no value", and
 * treating that as a value would bypass defaults and `optional()`.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> {
  const input: Env = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') input[name] = value;
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;

  const issues: ConfigIssue[] = result.error.issues.map((issue) => {
    // Name the variable itself; a deeper path (an entry of a comma list) goes into the message.
    // Values are not echoed: MONGODB_URI and the like may contain credentials.
    const [head, ...rest] = issue.path.map(String);
    const variable = head ?? '(environment)';
    if (head !== undefined && rest.length === 0 && input[head] === undefined) return { variable, message: 'is required but not set' };
    return { variable, message: rest.length > 0 ? `entry ${rest.join('.')}: ${issue.message}` : issue.message };
  });
  throw new ConfigError(issues);
}
