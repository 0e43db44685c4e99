import type { proto } from '@liaison/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { callContext } from '../http/command-routes';
import type { CreditPort } from './credit-port';

/** The credit status shown beside a subject (ADR 0027): absent when there is no code or the credit service does not answer in time. */
export type CreditStatusLookup = (creditCode: string, res: Response) => Promise<proto.CreditStatus__Output | undefined>;

/**
 * GetCreditStatus with the caller's identity (so it counts only the entries they may see), as an
 * optional extra of a read: a short deadline, and a failure leaves the detail without it.
 */
export function creditStatusLookup(credit: CreditPort): CreditStatusLookup {
  return async (creditCode, res) => {
    if (!creditCode) return undefined;
    try {
      return await credit.call('GetCreditStatus', { creditCode, personName: '' }, { ...callContext(res), deadlineMs: 1_000 });
    } catch {
      return undefined;
    }
  };
}

/** The status of each distinct credit code, asked once per code; codes without an answer are left out. */
export async function creditStatusesOf(
  lookup: CreditStatusLookup | undefined,
  creditCodes: readonly string[],
  res: Response,
): Promise<Map<string, proto.CreditStatus__Output>> {
  if (!lookup) return new Map();
  const codes = [...new Set(creditCodes.filter(Boolean))];
  const answers = await Promise.all(codes.map(async (code) => [code, await lookup(code, res)] as const));
  return new Map(answers.filter((answer): answer is readonly [string, proto.CreditStatus__Output] => answer[1] !== undefined));
}

export const creditStatusSchema = z
  .object({
    found: z.boolean().describe('The credit service has a file for the code'),
    blacklisted: z.boolean(),
    blacklistedUntil: z.string(),
    entryCount: z.number().int().describe('Entries of the file the caller may see'),
    entryCounts: z.array(z.object({ kind: z.string(), count: z.number().int() })),
    lastEntryAt: z.string(),
  })
  .passthrough()
  .meta({ id: 'CreditStatus' });

/** `creditStatus` of a lead or a target: absent when the subject has no credit code or the credit service did not answer in time. */
export const optionalCreditStatus = creditStatusSchema
  .optional()
  .describe('The subject’s credit status (ADR 0027), so a repeat offender stands out; absent without a credit code or an answer');
