import { useState } from 'preact/hooks';
import { fieldErrors, problemDetail } from '../api/client';

/** What a command call of the generated client answers (openapi-fetch's result, loosely). */
export interface CommandResult {
  data?: { version?: number } | undefined;
  error?: unknown;
  response: Response;
}

/** The headers of one command: a fresh idempotency key, and the version the officer saw when given. */
export const commandHeaders = (version?: number): { 'Idempotency-Key': string; 'If-Match'?: string } => ({
  'Idempotency-Key': crypto.randomUUID(),
  ...(version ? { 'If-Match': `"${version}"` } : {}),
});

/**
 * One form's command state: the API's field messages and the problem of a refusal; `settle`
 * clears them and reports the new version on success. Every action form uses it.
 */
export function useCommand(onDone: (version: number) => unknown): {
  errors: Record<string, string>;
  failure: string;
  settle: (result: CommandResult) => Promise<boolean>;
} {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const settle = async (result: CommandResult): Promise<boolean> => {
    if (result.response.ok) {
      setErrors({});
      setFailure('');
      await onDone(result.data?.version ?? 0);
      return true;
    }
    setErrors(fieldErrors(result.error));
    setFailure(problemDetail(result.error));
    return false;
  };
  return { errors, failure, settle };
}
