import type { Response } from 'express';
import { callContext } from '../http/command-routes';
import { contextOf } from '../http/request-context';
import type { EvidencePort } from './evidence-port';

/** How many evidence items of a lead or operation the caller of `res` may see; undefined when the evidence service could not say. */
export type EvidenceCounter = (recordId: string, res: Response) => Promise<number | undefined>;

/** A slow evidence service delays a lead or operation read by at most this much. */
export const COUNT_DEADLINE_MS = 1_000;

/**
 * The `evidenceCount` of a lead or operation detail: CountEvidence with the viewer's identity (the
 * service counts only the items the viewer may see, so the count discloses nothing more). The
 * count is an extra of the detail, not part of it: when the evidence service fails (down, slow,
 * refusing, or slower than COUNT_DEADLINE_MS), the detail is answered without the count and the
 * failure is logged, never passed on.
 */
export function evidenceCounter(evidence: EvidencePort): EvidenceCounter {
  return async (recordId, res) => {
    try {
      const answer = await evidence.call(
        'CountEvidence',
        { recordIds: [recordId] },
        { ...callContext(res), deadlineMs: COUNT_DEADLINE_MS },
      );
      return answer.counts?.find((c) => c.recordId === recordId)?.count ?? 0;
    } catch (error) {
      contextOf(res).logger.warn({ err: error, recordId }, 'evidence count left out: the evidence service did not answer');
      return undefined;
    }
  };
}

/** The detail with `evidenceCount` when there is one. */
export const withEvidenceCount = <D extends object>(detail: D, count: number | undefined): D | (D & { evidenceCount: number }) =>
  count === undefined ? detail : { ...detail, evidenceCount: count };
