import type { proto } from '@liaison/contracts';
import type { Response } from 'express';
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
