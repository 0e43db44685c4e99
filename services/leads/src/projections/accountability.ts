import { type AccountabilityRow, type EventEnvelope, type LeadEventData, lateBySeconds } from '@liaison/contracts';
import type { ProjectedDocument } from '@liaison/platform';
import { asRecord } from '../domain/policy';
import type { DeadlineView, LeadView } from './lead-view';

/**
 * The leads accountability register (ADR 0013): one row per breached deadline, derived from the
 * lead document like the other rows (`lead_accountability`), so it follows the same deadline
 * rules the lead view folds — which event meets which deadline is decided once, in lead-view.ts.
 * The entry's shape and who reads it are declared in @liaison/contracts (accountability.ts).
 */

/** Breached deadlines met by this event get `answeredAt` (closing the lead answers nothing). */
export function answered(before: DeadlineView[], after: DeadlineView[], envelope: EventEnvelope): DeadlineView[] {
  if (envelope.type === 'LeadClosed') return after;
  // The act's own time when the event has one (LeadAcknowledged.at, …), else when it was recorded.
  const at = (envelope.data as { at?: unknown }).at;
  const answeredAt = typeof at === 'string' && at ? at : envelope.occurredAt;
  return after.map((d) => {
    const was = before.find((b) => b.kind === d.kind && b.unitId === d.unitId && b.taskId === d.taskId && b.round === d.round);
    return d.breached && d.resolved && was && !was.resolved && !d.answeredAt ? { ...d, answeredAt } : d;
  });
}

/** The unit's explanation lands on the breach it names (the deadline of that kind, unit, task and due time). */
export function explained(deadlines: DeadlineView[], e: LeadEventData<'BreachExplained'>): DeadlineView[] {
  return deadlines.map((d) =>
    d.breached && d.kind === e.kind && d.unitId === e.unitId && d.dueAt === e.dueAt && (d.taskId ?? '') === (e.taskId ?? '')
      ? { ...d, explanation: { reason: e.reason, officerId: e.officerId, at: e.at } }
      : d,
  );
}

export const accountabilityRowId = (leadId: string, d: Pick<DeadlineView, 'kind' | 'unitId' | 'taskId' | 'dueAt'>) =>
  `leads:${leadId}:${d.kind}:${d.unitId}${d.taskId ? `:${d.taskId}` : ''}:${d.dueAt}`;

export function accountabilityRows(v: ProjectedDocument<LeadView>): AccountabilityRow[] {
  return v.deadlines
    .filter((d) => d.breached)
    .map((d) => ({
      _id: accountabilityRowId(v.leadId, d),
      _v: v._v,
      context: 'leads',
      recordKind: 'lead',
      recordId: v.leadId,
      kind: d.kind,
      unitId: d.unitId,
      taskId: d.taskId ?? '',
      dueAt: d.dueAt,
      rule: d.rule ?? '',
      detectedAt: d.detectedAt,
      answeredAt: d.answeredAt ?? '',
      lateBySeconds: lateBySeconds(d.dueAt, d.detectedAt, d.answeredAt ?? ''),
      explanation: d.explanation ?? null,
      access: asRecord({
        leadId: v.leadId,
        ownerUnitId: v.ownerUnitId,
        postedByOfficerId: v.postedByOfficerId,
        participantUnitIds: v.participantUnitIds,
        code: v.handlingCode as LeadView['handling']['code'],
        namedOfficerIds: v.namedOfficerIds,
      }),
    }));
}
