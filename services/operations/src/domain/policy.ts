import { type Actor, type RecordAccess, visibility as recordVisibility, type Visibility } from '@liaison/contracts';
import type { TlpCode } from './model';

export { mayAct, type Visibility } from '@liaison/contracts';

/** What the access decision needs to know of an operation (kept on every read-model row too). */
export interface OperationAccess {
  operationId: string;
  leadUnitId: string;
  proposedByOfficerId: string;
  /** Invited units (whatever their answer) and units given tasks. */
  participantUnitIds: string[];
  code: TlpCode;
  namedOfficerIds: string[];
}

/** An operation as any record: the lead unit owns it, the proposer created it. */
const asRecord = (op: OperationAccess): RecordAccess => ({
  ownerUnitId: op.leadUnitId,
  createdByOfficerId: op.proposedByOfficerId,
  participantUnitIds: op.participantUnitIds,
  code: op.code,
  namedOfficerIds: op.namedOfficerIds,
});

/** Who may see an operation: the shared TLP rules (@liaison/contracts, docs/security-model.md). */
export const visibility = (op: OperationAccess, actor: Actor): Visibility => recordVisibility(asRecord(op), actor);

/** Records shown to the other side of a conflict only as a pointer (owner unit + contact). */
export { isStrict as pointerOnly } from '@liaison/contracts';
