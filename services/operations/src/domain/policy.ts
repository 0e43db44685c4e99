import { type Actor, isStrict, type RecordAccess, type Role, visibility as recordVisibility, type Visibility } from '@liaison/contracts';
import type { TlpCode } from './model';

export type { Visibility } from '@liaison/contracts';

/** What the access decision needs to know of an operation (kept on every read-model row too). */
export interface OperationAccess {
  operationId: string;
  leadUnitId: string;
  proposedByOfficerId: string;
  /** Units that take part: invited units that have not declined, and units given tasks (operationParticipantUnitIds). */
  participantUnitIds: string[];
  code: TlpCode;
  namedOfficerIds: string[];
}

/** An operation as any record: the lead unit owns it, the proposer created it. */
export const asRecord = (op: OperationAccess): RecordAccess => ({
  ownerUnitId: op.leadUnitId,
  createdByOfficerId: op.proposedByOfficerId,
  participantUnitIds: op.participantUnitIds,
  code: op.code,
  namedOfficerIds: op.namedOfficerIds,
});

/**
 * Roles of the operations context, one rule (issue 8, "Roles"): operations are read by liaison
 * officers, coordinators and analysts (within clearance); admins, supervisors and procurators
 * read none (an operation is no transfer case).
 */
const READERS: readonly Role[] = ['liaison_officer', 'coordinator', 'analyst'];

/**
 * The part a unit plays in a command, and the roles that may play it:
 * - `lead`: the lead unit's commands (propose, invite, tasks, reschedule, submit, launch,
 *   conclude, cancel, resolve a conflict): its coordinators only;
 * - `invited` / `member`: an invited unit answers, a unit that joined reports progress and
 *   completes its tasks: its liaison officers (and coordinators);
 * - `lead_owner`: the owner unit of a lead that conflicts with the operation answers the alert:
 *   its liaison officers (and coordinators).
 * Analysts are read-only.
 */
export type Part = 'lead' | 'invited' | 'member' | 'lead_owner';
export const ROLES_BY_PART: Record<Part, readonly Role[]> = {
  lead: ['coordinator'],
  invited: ['liaison_officer', 'coordinator'],
  member: ['liaison_officer', 'coordinator'],
  lead_owner: ['liaison_officer', 'coordinator'],
};
export const mayPlay = (actor: Actor, part: Part): boolean => actor.roles.some((role) => ROLES_BY_PART[part].includes(role));

/** Who may see an operation: the shared TLP rules (@liaison/contracts, docs/security-model.md), for the roles that read operations. */
export const visibility = (op: OperationAccess, actor: Actor): Visibility => {
  if (!actor.roles.some((role) => READERS.includes(role))) return isStrict(op.code) ? 'hidden' : 'forbidden';
  return recordVisibility(asRecord(op), actor);
};

/** Records shown to the other side of a conflict only as a pointer (owner unit + contact). */
export { isStrict as pointerOnly } from '@liaison/contracts';
