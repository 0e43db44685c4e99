import { zodIssues } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { z } from 'zod';

/** Parses `input` with `schema`; a failure is a ValidationError naming each field (prefixed). */
export function parse<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw ValidationError.of(zodIssues(result.error, prefix), prefix ? `request ${prefix}` : 'request body');
}
