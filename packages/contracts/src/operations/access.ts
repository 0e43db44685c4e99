import type { EventEnvelope } from '../envelope';
import type { RecordAccess, TlpCode } from '../handling';
import type { OperationEvent } from './events';
import type { InvitationStatus } from './reference';

/**
 * Who takes part in an operation, written once: the operations decider, its projections, the
 * gateway and other contexts (the leads service's operation-conflict alerts) all call this.
 * Invited units take part while their invitation is pending or joined; a unit that declined
 * takes no further part (issue 8, "leaving stops access"): it sees nothing of an AMBER or
 * stricter operation afterwards and cannot act on it. Task units take part (tasks go only to the
 * lead unit or units that joined).
 */
export function operationParticipantUnitIds(invitations: { unitId: string; status: string }[], taskUnitIds: string[]): string[] {
  return [...new Set([...invitations.filter((i) => i.status !== 'declined').map((i) => i.unitId), ...taskUnitIds])];
}

/** An operation's access as another context folds it from the operations topic (plus what a pointer or a full alert shows). */
export interface OperationAccessRecord {
  operationId: string;
  leadUnitId: string;
  proposedByOfficerId: string;
  code: TlpCode;
  namedOfficerIds: string[];
  invitations: { unitId: string; status: InvitationStatus }[];
  taskUnitIds: string[];
  title: string;
  window: { startsAt: string; endsAt: string } | null;
  status: string;
  /** The stream version folded so far (redelivered events are skipped). */
  version: number;
}

/** Folds one operations event into the access record (null before the first event). */
export function evolveOperationAccess(current: OperationAccessRecord | null, envelope: EventEnvelope): OperationAccessRecord | null {
  if (current && envelope.version <= current.version) return current;
  const e = { type: envelope.type, data: envelope.data } as OperationEvent;
  if (e.type === 'OperationProposed' || e.type === 'OperationDrafted') {
    return {
      operationId: e.data.operationId,
      leadUnitId: e.data.leadUnitId,
      proposedByOfficerId: e.data.proposedByOfficerId,
      code: e.data.handling.code,
      namedOfficerIds: e.data.handling.namedOfficerIds,
      invitations: [],
      taskUnitIds: [],
      title: e.data.title,
      window: e.data.window,
      status: e.type === 'OperationProposed' ? 'proposed' : 'draft',
      version: envelope.version,
    };
  }
  if (!current) return null;
  const next = { ...current, version: envelope.version };
  const answer = (unitId: string, status: InvitationStatus) => ({
    ...next,
    invitations: next.invitations.map((i) => (i.unitId === unitId ? { ...i, status } : i)),
  });
  switch (e.type) {
    case 'UnitsInvited':
      return {
        ...next,
        invitations: [
          ...next.invitations,
          ...e.data.unitIds
            .filter((u) => !next.invitations.some((i) => i.unitId === u))
            .map((unitId) => ({ unitId, status: 'pending' as const })),
        ],
        namedOfficerIds: [...new Set([...next.namedOfficerIds, ...(e.data.namedOfficerIds ?? [])])],
      };
    case 'OperationJoined':
      return answer(e.data.unitId, 'joined');
    case 'InvitationDeclined': {
      const revoked = new Set(e.data.revokedOfficerIds ?? []);
      return { ...answer(e.data.unitId, 'declined'), namedOfficerIds: next.namedOfficerIds.filter((id) => !revoked.has(id)) };
    }
    case 'TaskAssigned':
      return { ...next, taskUnitIds: [...new Set([...next.taskUnitIds, e.data.unitId])] };
    case 'DraftSubmitted':
      return { ...next, window: e.data.window, status: 'proposed' };
    case 'OperationRescheduled':
      return { ...next, window: e.data.window };
    case 'OperationLaunched':
      return { ...next, status: 'launched' };
    case 'OperationConcluded':
      return { ...next, status: 'concluded' };
    case 'OperationCancelled':
      return { ...next, status: 'cancelled' };
    default:
      return next;
  }
}

/** The folded operation as any record, for `visibility` / `linkDisclosure`. */
export const operationRecordAccess = (op: OperationAccessRecord): RecordAccess => ({
  ownerUnitId: op.leadUnitId,
  createdByOfficerId: op.proposedByOfficerId,
  participantUnitIds: operationParticipantUnitIds(op.invitations, op.taskUnitIds),
  code: op.code,
  namedOfficerIds: op.namedOfficerIds,
});
