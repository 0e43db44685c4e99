import type { Actor } from './envelope';

/** TLP 2.0 handling codes (docs/security-model.md). */
export const TLP_CODES = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type TlpCode = (typeof TLP_CODES)[number];

/**
 * An analyst's clearance: how far they read records of units they are not party to. AMBER+STRICT
 * is for participant units only and RED for named officers only, so no clearance reaches them.
 */
export const CLEARANCES = ['GREEN', 'AMBER'] as const;
export type Clearance = (typeof CLEARANCES)[number];

/** Most restrictive last. */
const RESTRICTIVENESS: Record<TlpCode, number> = { CLEAR: 0, GREEN: 1, AMBER: 2, 'AMBER+STRICT': 3, RED: 4 };

/** The handling of data derived from several sources: the most restrictive of theirs. */
export const mostRestrictive = (codes: TlpCode[]): TlpCode =>
  codes.reduce<TlpCode>((worst, code) => (RESTRICTIVENESS[code] > RESTRICTIVENESS[worst] ? code : worst), 'CLEAR');

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

const clearedForAmber = (actor: Actor): boolean => actor.roles.includes('analyst') && actor.clearance === 'AMBER';

/** Roles that read records at all; supervisors read only the accountability register, admins only the registry. */
const reads = (actor: Actor) =>
  actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator' || role === 'analyst' || role === 'procurator');

/**
 * The Procuratorate sees only the transfer cases it is asked to supervise (ADR 0014): a procurator
 * without another reading role reads a record only when their unit takes part in it, whatever
 * its code (the request for supervision makes the Procuratorate unit a participant).
 */
const readsOnlyWhereParty = (actor: Actor) =>
  actor.roles.includes('procurator') &&
  !actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator' || role === 'analyst');

/** Records whose existence must not leak; elsewhere shown only as a pointer (owner unit + contact). */
export const isStrict = (code: string): boolean => code === 'RED' || code === 'AMBER+STRICT';

/**
 * Who may see a record:
 * - CLEAR / GREEN: every unit's officers and analysts;
 * - AMBER: the owner unit, participant units, and analysts cleared for AMBER;
 * - AMBER+STRICT: the owner and participant units only;
 * - RED: the creator and the named officers only.
 * Admins manage the registry and see no records.
 */
export function visibility(record: RecordAccess, actor: Actor): Visibility {
  if (!reads(actor)) return isStrict(record.code) ? 'hidden' : 'forbidden';
  const party = actor.unitId === record.ownerUnitId || record.participantUnitIds.includes(actor.unitId);
  if (readsOnlyWhereParty(actor) && !party) return isStrict(record.code) ? 'hidden' : 'forbidden';
  switch (record.code) {
    case 'CLEAR':
    case 'GREEN':
      return 'visible';
    case 'AMBER':
      return party || clearedForAmber(actor) ? 'visible' : 'forbidden';
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

/** What a viewer of one record learns of another record it is linked to (a conflict, a duplicate). */
export type LinkDisclosure = 'full' | 'pointer' | 'none';

/**
 * Derived data inherits the most restrictive handling of all its sources: a fact copied from
 * other records (an operation's outcome on a lead, a count, an alert) is shown only to a viewer
 * who may see every one of them.
 */
export const mayDisclose = (sources: RecordAccess[], actor: Actor): boolean =>
  sources.every((source) => visibility(source, actor) === 'visible');

/**
 * What the viewer of record `own` learns of the `other` side of a conflict or a possible
 * duplicate (the viewer is assumed to see `own`):
 * - the owners of either side always learn at least that it exists and whom to call (a pointer:
 *   the other side's owner unit and contact officer), since warning them is the point;
 * - when the other side is AMBER+STRICT or RED, the owners learn only that pointer and nobody
 *   else learns even that the link exists;
 * - otherwise a viewer who may see the other record sees it in full, an owner who may not gets
 *   the pointer, anyone else nothing.
 */
export function linkDisclosure(own: RecordAccess, other: RecordAccess, actor: Actor): LinkDisclosure {
  const owner = actor.unitId === own.ownerUnitId || actor.unitId === other.ownerUnitId;
  if (isStrict(other.code)) return owner && reads(actor) ? 'pointer' : 'none';
  if (visibility(other, actor) === 'visible') return 'full';
  return owner && reads(actor) ? 'pointer' : 'none';
}

/** The part of a linked record a pointer discloses: whom to call, nothing of its content. */
export interface RecordPointer {
  ownerUnitId: string;
  contactOfficerId: string;
}

export const pointerTo = (record: RecordAccess): RecordPointer => ({
  ownerUnitId: record.ownerUnitId,
  contactOfficerId: record.createdByOfficerId,
});
