import { type AccountabilityRow, lateBySeconds, mostRestrictive, type RecordAccess } from '@liaison/contracts';
import type { ProjectedDocument } from '@liaison/platform';
import { type MeetingView, viewAccess } from './meeting-view';

/**
 * The meetings accountability register (ADR 0013, ADR 0020): one row per action item done late
 * or not at all (ActionItemOverdue), derived from the meeting document (`meeting_accountability`);
 * a completion after the breach sets answeredAt. The row carries the meeting's access: who reads
 * which entry is @liaison/contracts' accountabilityEntry, as for leads and operations.
 *
 * The row's code is at least AMBER+STRICT: a meeting is seen only by its participants whatever its
 * code (meetingVisibility), so the register must not show its id to anyone else — an analyst of
 * another unit reads nothing of it, a supervisor reads the entry with a pointer (convener, scheduler).
 */
const registerAccess = (v: MeetingView): RecordAccess => {
  const access = viewAccess(v);
  return { ...access, code: mostRestrictive([access.code, 'AMBER+STRICT']) };
};

export function accountabilityRows(v: ProjectedDocument<MeetingView>): AccountabilityRow[] {
  return v.decisions
    .flatMap((d) => d.actionItems)
    .filter((a) => a.overdue)
    .map((a) => {
      const detectedAt = a.overdueDetectedAt;
      // The scheduler marks only an open item, so a completion recorded at all is a late one.
      const answeredAt = a.status === 'done' ? a.completedAt : '';
      return {
        _id: `meetings:${v.meetingId}:action_item:${a.ownerUnitId}:${a.actionItemId}`,
        _v: v._v,
        context: 'meetings',
        recordKind: 'meeting',
        recordId: v.meetingId,
        kind: 'action_item',
        unitId: a.ownerUnitId,
        taskId: a.actionItemId,
        dueAt: a.dueAt,
        rule: a.dueRule,
        detectedAt,
        answeredAt,
        lateBySeconds: lateBySeconds(a.dueAt, detectedAt || a.dueAt, answeredAt),
        explanation: a.explanation,
        access: registerAccess(v),
      };
    });
}
