import type { Actor } from './envelope';

/** TLP 2.0 handling codes (docs/security-model.md). */
export const TLP_CODES = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpCode = (typeof TLP_CODES)[number];

/** What an access decision needs to know of any record: a lead, an operation, evidence, a meeting. */
export interface RecordAccess {
  ownerUnitId: string;
  /** The officer who created it (poster, proposer): always sees a RED record. */
  createdByOfficerId: string;
  /** Units that take part (recipients, invitees, co-handlers, the police unit handed a case). */
  participantUnitIds: string[];
  code: TlpCode;
  /** For RED: the officers who may see it. */
  namedOfficerIds: string[];
}

/** `hidden` → 404 (even its existence must not leak); `forbidden` → 403. */
export type Visibility = 'visible' | 'forbidden' | 'hidden';

const reads = (actor: Actor) => actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator' || role === 'analyst');

/** Records whose existence must not leak; elsewhere shown only as a pointer (owner unit + contact). */
export const isStrict = (code: string): boolean => code === 'RED' || code === 'AMBER+STRICT';

/**
 * Who may see a record:
 * - CLEAR / GREEN: every unit's officers and analysts;
 * - AMBER: the owner unit, participant units, and analysts;
 * - AMBER+STRICT: the owner and participant units only;
 * - RED: the creator and the named officers only.
 * Admins manage the registry and see no records.
 */
export function visibility(record: RecordAccess, actor: Actor): Visibility {
  if (!reads(actor)) return isStrict(record.code) ? 'hidden' : 'forbidden';
  const party = actor.unitId === record.ownerUnitId || record.participantUnitIds.includes(actor.unitId);
  switch (record.code) {
    case 'CLEAR':
    case 'GREEN':
      return 'visible';
    case 'AMBER':
      return party || actor.roles.includes('analyst') ? 'visible' : 'forbidden';
    case 'AMBER+STRICT':
      return party ? 'visible' : 'hidden';
    case 'RED':
      return actor.officerId === record.createdByOfficerId || record.namedOfficerIds.includes(actor.officerId) ? 'visible' : 'hidden';
    default: {
      const unknown: never = record.code;
      return unknown;
    }
  }
}

/** Only liaison officers and coordinators change records; analysts are read-only, admins have no part. */
export const mayAct = (actor: Actor): boolean => actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator');
