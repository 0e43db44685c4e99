import { type AccountabilityRow, lateBySeconds } from '@liaison/contracts';
import type { ProjectedDocument } from '@liaison/platform';
import { asRecord } from '../domain/policy';
import { type OperationView, viewAccess } from './operation-view';

/**
 * The operations accountability register (ADR 0013): one row per invitation answered late or
 * never (InvitationOverdue) and per task completed late or never (TaskOverdue), derived from the
 * operation document like the other rows (`operation_accountability`). A late answer (join or
 * decline, or the task's completion, after the breach was detected) sets answeredAt. The entry's
 * shape and who reads it are declared in @liaison/contracts.
 */
export function accountabilityRows(v: ProjectedDocument<OperationView>): AccountabilityRow[] {
  return [...invitationBreachRows(v), ...taskBreachRows(v)];
}

function taskBreachRows(v: ProjectedDocument<OperationView>): AccountabilityRow[] {
  return v.tasks
    .filter((t) => t.overdue)
    .map((t) => {
      const detectedAt = t.overdueDetectedAt ?? '';
      // The scheduler marks only an open task, so a completion recorded at all is a late one.
      const answeredAt = t.status === 'done' ? t.completedAt : '';
      return {
        _id: `operations:${v.operationId}:task:${t.unitId}:${t.taskId}`,
        _v: v._v,
        context: 'operations',
        recordKind: 'operation',
        recordId: v.operationId,
        kind: 'task',
        unitId: t.unitId,
        taskId: t.taskId,
        dueAt: t.dueAt,
        rule: t.dueRule ?? '',
        detectedAt,
        answeredAt,
        lateBySeconds: lateBySeconds(t.dueAt, detectedAt || t.dueAt, answeredAt),
        explanation: t.explanation ?? null,
        access: asRecord(viewAccess(v)),
      };
    });
}

function invitationBreachRows(v: ProjectedDocument<OperationView>): AccountabilityRow[] {
  return v.invitations
    .filter((i) => i.overdue)
    .map((i) => {
      const detectedAt = i.overdueDetectedAt ?? '';
      // The scheduler marks only a pending invitation, so an answer recorded at all is a late one.
      const answeredAt = i.answeredAt && i.status !== 'pending' ? i.answeredAt : '';
      return {
        _id: `operations:${v.operationId}:invitation_response:${i.unitId}:${i.respondBy}`,
        _v: v._v,
        context: 'operations',
        recordKind: 'operation',
        recordId: v.operationId,
        kind: 'invitation_response',
        unitId: i.unitId,
        taskId: '',
        dueAt: i.respondBy,
        rule: i.respondByRule ?? '',
        detectedAt,
        answeredAt,
        lateBySeconds: lateBySeconds(i.respondBy, detectedAt || i.respondBy, answeredAt),
        explanation: i.explanation ?? null,
        access: asRecord(viewAccess(v)),
      };
    });
}
