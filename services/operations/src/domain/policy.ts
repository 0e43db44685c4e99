import type { Actor } from '@liaison/contracts';
import type { TlpCode } from './model';

/**
 * What the access decision needs to know of an operation (kept on every read-model row too).
 * Same shape and rules as services/leads/src/domain/policy.ts (owner ↔ lead unit, poster ↔
 * proposer); a candidate for packages/platform once a third context needs it.
 */
export interface OperationAccess {
  operationId: string;
  leadUnitId: string;
  proposedByOfficerId: string;
  /** Invited units (whatever their answer) and units given tasks. */
  participantUnitIds: string[];
  code: TlpCode;
  namedOfficerIds: string[];
}

export type Visibility = 'visible' | 'forbidden' | 'hidden';

const isAnalyst = (actor: Actor) => actor.roles.includes('analyst');
const readsOperations = (actor: Actor) => actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator' || role === 'analyst');

/**
 * Who may see an operation (DESIGN.md, "Security model"). `hidden` → 404 (even its existence
 * must not leak), `forbidden` → 403.
 * - CLEAR / GREEN: every unit's officers and analysts.
 * - AMBER: the lead unit, participant units, and analysts.
 * - AMBER+STRICT: the lead and participant units only.
 * - RED: the proposer and the named officers only.
 * Admins manage the registry and see no operations.
 */
export function visibility(op: OperationAccess, actor: Actor): Visibility {
  const strict = op.code === 'RED' || op.code === 'AMBER+STRICT';
  if (!readsOperations(actor)) return strict ? 'hidden' : 'forbidden';
  const party = actor.unitId === op.leadUnitId || op.participantUnitIds.includes(actor.unitId);
  switch (op.code) {
    case 'CLEAR':
    case 'GREEN':
      return 'visible';
    case 'AMBER':
      return party || isAnalyst(actor) ? 'visible' : 'forbidden';
    case 'AMBER+STRICT':
      return party ? 'visible' : 'hidden';
    case 'RED':
      return actor.officerId === op.proposedByOfficerId || op.namedOfficerIds.includes(actor.officerId) ? 'visible' : 'hidden';
    default: {
      const unknown: never = op.code;
      return unknown;
    }
  }
}

/** Only liaison officers and coordinators change operations; analysts are read-only, admins have no part. */
export const mayAct = (actor: Actor): boolean => actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator');

/** Records shown to the other side of a conflict only as a pointer (owner unit + contact). */
export const pointerOnly = (code: string): boolean => code === 'RED' || code === 'AMBER+STRICT';
