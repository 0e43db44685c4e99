import type { HandlingData } from './fields';

/**
 * The use restrictions of a record's handling (docs/security-model.md, ADR 0014), one rule each,
 * for every context: the leads decider checks it before a hand-over to the police, and evidence
 * recognition for court use will check the same rule.
 */

/** The originator's answer to a request for court use by one unit. */
export interface CourtUseConsent {
  /** The unit that would use the record in court (the police unit handed the case, a recognising unit). */
  unitId: string;
  status: 'pending' | 'approved' | 'refused';
}

/**
 * May `unitId` use the record in court (hand it over to the police, have it recognised as
 * evidence)? Always, unless the handling says `noCourtUseWithoutConsent`; then only with the
 * originator's recorded consent for that very unit.
 */
export const courtUseAllowed = (
  handling: Pick<HandlingData, 'noCourtUseWithoutConsent'>,
  consents: readonly CourtUseConsent[],
  unitId: string,
): boolean => !handling.noCourtUseWithoutConsent || consents.some((c) => c.unitId === unitId && c.status === 'approved');
