import type { Actor, EventEnvelope, LeadEvent } from '@liaison/contracts';
import type { ProjectionDefinition } from '@liaison/platform';
import type { Attachment, CoHandlingTask, DeadlineKind, Grading, Handling, Location, Subject } from '../domain/model';
import { nameAddressKey } from '../domain/normalise';
import type { LeadAccess } from '../domain/policy';

/**
 * The lead as readers see it: the shape of LeadDetail in leads.proto (camelCase), plus top-level
 * fields the list queries filter on by equality (FerretDB pushes down only those).
 * Pure, so GetLead can fold it straight from the store (read-your-writes) and the projection
 * keeps the same document for lists.
 */
export interface RecipientView {
  unitId: string;
  status: string;
  sharedAt: string;
  acknowledgeDueAt: string;
  acknowledgedAt: string;
  decidedAt: string;
  declineReason: string;
  overdue: boolean;
}
export interface DeadlineView {
  kind: DeadlineKind;
  unitId: string;
  dueAt: string;
  resolved: boolean;
  breached: boolean;
  detectedAt: string;
}
export interface OperationOutcomeView {
  operationId: string;
  leadUnitId: string;
  outcome: string;
  summary: string;
  results: string;
  at: string;
}
export interface LeadView extends Record<string, unknown> {
  leadId: string;
  status: string;
  ownerUnitId: string;
  postedByOfficerId: string;
  title: string;
  category: string;
  subject: Subject;
  location: Location;
  summary: string;
  priority: string;
  grading: Grading;
  handling: Handling;
  attachments: Attachment[];
  recipients: RecipientView[];
  onwardSharingRequests: {
    requestId: string;
    requestedByUnitId: string;
    unitIds: string[];
    reason: string;
    status: string;
    answerReason: string;
  }[];
  coHandlingTasks: CoHandlingTask[];
  feedback: { unitId: string; result: string; summary: string; at: string }[];
  transfer: {
    stage: string;
    policeUnitId: string;
    flaggedAt: string;
    decidedAt: string;
    handedOverAt: string;
    policeDecidedAt: string;
    caseNumber: string;
    reason: string;
    dueAt: string;
    amountInvolved: number;
  };
  links: { leadId: string; relation: string; note: string }[];
  deadlines: DeadlineView[];
  /** How the joint operations linked to this lead ended (OperationOutcome in leads.proto). */
  operationOutcomes: OperationOutcomeView[];
  history: { version: number; type: string; at: string; actor: Actor; summary: string }[];
  postedAt: string;
  updatedAt: string;
  closedOutcome: string;
  // Top-level copies for equality filters and access checks.
  jurisdiction: string;
  creditCode: string;
  handlingCode: string;
  participantUnitIds: string[];
  namedOfficerIds: string[];
  subjectNameAddressKey: string;
}

const summaries: { [T in LeadEvent['type']]: (data: Extract<LeadEvent, { type: T }>['data']) => string } = {
  LeadPosted: (d) => `posted "${d.title}" (${d.category}, ${d.handling.code})`,
  LeadPossibleDuplicateDetected: (d) => `possible duplicate of ${d.otherLeadId} (same ${d.reason.replace(/_/g, ' ')})`,
  LeadShared: (d) => `shared with ${d.unitIds.join(', ')}`,
  OnwardSharingRequested: (d) => `${d.requestedByUnitId} asked to share with ${d.unitIds.join(', ')}`,
  OnwardSharingApproved: (d) => `onward sharing ${d.requestId} approved`,
  OnwardSharingRefused: (d) => `onward sharing ${d.requestId} refused`,
  LeadAcknowledged: (d) => `${d.unitId} acknowledged`,
  LeadAccepted: (d) => `${d.unitId} accepted`,
  LeadDeclined: (d) => `${d.unitId} declined: ${d.reason}`,
  LeadAssignedForCoHandling: (d) => `co-handling assigned to ${d.tasks.map((t) => t.unitId).join(', ')}`,
  LeadFeedbackRecorded: (d) => `${d.unitId} reported ${d.result}`,
  LeadRegraded: (d) =>
    `regraded ${d.previous.sourceReliability}${d.previous.information} → ${d.grading.sourceReliability}${d.grading.information}`,
  SuspectedCrimeFlagged: () => 'flagged as a suspected crime',
  TransferDecided: (d) => (d.transfer ? 'decided to transfer to the police' : 'decided not to transfer'),
  LeadHandedOverToPolice: (d) => `handed over to ${d.policeUnitId}`,
  PoliceDecisionRecorded: (d) => `${d.policeUnitId} ${d.decision === 'opened' ? 'opened a case' : 'declined to open a case'}`,
  ReconsiderationRequested: () => 'reconsideration requested',
  ReconsiderationAnswered: (d) => `reconsideration ${d.answer}`,
  LeadClosed: (d) => `closed (${d.outcome})`,
  LeadLinked: (d) => `linked to ${d.otherLeadId} (${d.relation})`,
  LeadOverdue: (d) => `${d.unitId} missed the ${d.kind.replace(/_/g, ' ')} deadline`,
  LeadEscalated: (d) => `escalated for joint action: ${d.reason}`,
  LeadOperationOutcomeRecorded: (d) => `joint operation ${d.operationId} (${d.leadUnitId}) ${d.outcome}`,
};

const participants = (v: LeadView): string[] => [
  ...new Set([
    ...v.recipients.map((r) => r.unitId),
    ...v.coHandlingTasks.map((t) => t.unitId),
    ...(v.transfer.policeUnitId ? [v.transfer.policeUnitId] : []),
  ]),
];

function withDeadline(v: LeadView, kind: DeadlineKind, unitId: string, dueAt: string): LeadView {
  const rest = v.deadlines.filter((d) => !(d.kind === kind && d.unitId === unitId));
  return { ...v, deadlines: [...rest, { kind, unitId, dueAt, resolved: false, breached: false, detectedAt: '' }] };
}
function resolved(v: LeadView, kind: DeadlineKind, unitId: string): LeadView {
  return { ...v, deadlines: v.deadlines.map((d) => (d.kind === kind && d.unitId === unitId ? { ...d, resolved: true } : d)) };
}
const recipient = (v: LeadView, unitId: string, patch: Partial<RecipientView>): LeadView => ({
  ...v,
  recipients: v.recipients.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)),
});
const inProgress = (v: LeadView): LeadView => (v.status === 'posted' || v.status === 'shared' ? { ...v, status: 'in_progress' } : v);
const currentDue = (v: LeadView, kind: DeadlineKind) => v.deadlines.find((d) => d.kind === kind && !d.resolved)?.dueAt ?? '';

function apply(v: LeadView, e: LeadEvent): LeadView {
  switch (e.type) {
    case 'LeadPosted':
      return v;
    case 'LeadPossibleDuplicateDetected':
      return {
        ...v,
        links: [
          ...v.links,
          {
            leadId: e.data.otherLeadId,
            relation: 'possible_duplicate',
            note: `same ${e.data.reason.replace(/_/g, ' ')}: ${e.data.matchedOn}`,
          },
        ],
      };
    case 'LeadShared': {
      let next: LeadView = { ...v, status: v.status === 'posted' ? 'shared' : v.status };
      for (const unitId of e.data.unitIds) {
        next = {
          ...next,
          recipients: [
            ...next.recipients,
            {
              unitId,
              status: 'shared',
              sharedAt: e.data.sharedAt,
              acknowledgeDueAt: e.data.acknowledgeDueAt,
              acknowledgedAt: '',
              decidedAt: '',
              declineReason: '',
              overdue: false,
            },
          ],
        };
        next = withDeadline(next, 'acknowledge', unitId, e.data.acknowledgeDueAt);
      }
      return next;
    }
    case 'OnwardSharingRequested':
      return { ...v, onwardSharingRequests: [...v.onwardSharingRequests, { ...e.data, status: 'pending', answerReason: '' }] };
    case 'OnwardSharingApproved':
    case 'OnwardSharingRefused': {
      const status = e.type === 'OnwardSharingApproved' ? 'approved' : 'refused';
      return {
        ...v,
        onwardSharingRequests: v.onwardSharingRequests.map((r) =>
          r.requestId === e.data.requestId ? { ...r, status, answerReason: e.data.reason } : r,
        ),
      };
    }
    case 'LeadAcknowledged':
      return resolved(recipient(v, e.data.unitId, { status: 'acknowledged', acknowledgedAt: e.data.at }), 'acknowledge', e.data.unitId);
    case 'LeadAccepted':
      return inProgress(resolved(recipient(v, e.data.unitId, { status: 'accepted', decidedAt: e.data.at }), 'acknowledge', e.data.unitId));
    case 'LeadDeclined':
      return resolved(
        recipient(v, e.data.unitId, { status: 'declined', decidedAt: e.data.at, declineReason: e.data.reason }),
        'acknowledge',
        e.data.unitId,
      );
    case 'LeadAssignedForCoHandling': {
      let next = inProgress({ ...v, coHandlingTasks: [...v.coHandlingTasks, ...e.data.tasks] });
      for (const t of e.data.tasks) if (t.dueAt) next = withDeadline(next, 'co_handling_task', t.unitId, t.dueAt);
      return next;
    }
    case 'LeadFeedbackRecorded':
      return resolved(
        { ...v, feedback: [...v.feedback, { unitId: e.data.unitId, result: e.data.result, summary: e.data.summary, at: e.data.at }] },
        'co_handling_task',
        e.data.unitId,
      );
    case 'LeadRegraded':
      return { ...v, grading: e.data.grading as Grading };
    case 'SuspectedCrimeFlagged':
      return inProgress(
        withDeadline(
          { ...v, transfer: { ...v.transfer, stage: 'suspected', flaggedAt: e.data.at, reason: e.data.reason } },
          'transfer_decision',
          v.ownerUnitId,
          e.data.decisionDueAt,
        ),
      );
    case 'TransferDecided': {
      const next = resolved(v, 'transfer_decision', v.ownerUnitId);
      const transfer = {
        ...next.transfer,
        stage: e.data.transfer ? 'decided_transfer' : 'decided_not_to_transfer',
        decidedAt: e.data.at,
        reason: e.data.reasons,
      };
      return e.data.transfer
        ? withDeadline({ ...next, transfer }, 'hand_over', v.ownerUnitId, e.data.handOverDueAt!)
        : { ...next, transfer };
    }
    case 'LeadHandedOverToPolice': {
      const next = resolved(v, 'hand_over', v.ownerUnitId);
      const transfer = {
        ...next.transfer,
        stage: 'handed_over',
        policeUnitId: e.data.policeUnitId,
        handedOverAt: e.data.at,
        amountInvolved: e.data.amountInvolved,
      };
      return withDeadline({ ...next, transfer }, 'police_decision', e.data.policeUnitId, e.data.policeDecisionDueAt);
    }
    case 'PoliceDecisionRecorded': {
      const next = resolved(v, 'police_decision', e.data.policeUnitId);
      const transfer = {
        ...next.transfer,
        stage: e.data.decision === 'opened' ? 'police_opened' : 'police_declined',
        policeDecidedAt: e.data.at,
        caseNumber: e.data.caseNumber,
        reason: e.data.reason,
      };
      return e.data.decision === 'declined'
        ? withDeadline({ ...next, transfer }, 'reconsideration_request', v.ownerUnitId, e.data.reconsiderationRequestDueAt!)
        : { ...next, transfer };
    }
    case 'ReconsiderationRequested': {
      const next = resolved(v, 'reconsideration_request', v.ownerUnitId);
      return withDeadline(
        { ...next, transfer: { ...next.transfer, stage: 'reconsideration_requested', reason: e.data.reason } },
        'reconsideration_answer',
        v.transfer.policeUnitId,
        e.data.answerDueAt,
      );
    }
    case 'ReconsiderationAnswered': {
      const next = resolved(v, 'reconsideration_answer', v.transfer.policeUnitId);
      return { ...next, transfer: { ...next.transfer, stage: `reconsideration_${e.data.answer}`, reason: e.data.reason } };
    }
    case 'LeadClosed':
      return { ...v, status: 'closed', closedOutcome: e.data.outcome, deadlines: v.deadlines.map((d) => ({ ...d, resolved: true })) };
    case 'LeadLinked':
      return { ...v, links: [...v.links, { leadId: e.data.otherLeadId, relation: e.data.relation, note: e.data.note }] };
    case 'LeadOverdue': {
      const next = {
        ...v,
        deadlines: v.deadlines.map((d) =>
          d.kind === e.data.kind && d.unitId === e.data.unitId ? { ...d, breached: true, detectedAt: e.data.detectedAt } : d,
        ),
      };
      return e.data.kind === 'acknowledge' ? recipient(next, e.data.unitId, { overdue: true }) : next;
    }
    case 'LeadOperationOutcomeRecorded':
      // Documents projected before this field existed lack it.
      return { ...v, operationOutcomes: [...(v.operationOutcomes ?? []), { ...e.data }] };
    default:
      return v;
  }
}

export function evolveLeadView(current: LeadView | null, envelope: EventEnvelope): LeadView {
  const e = { type: envelope.type, data: envelope.data } as LeadEvent;
  let v: LeadView;
  if (current) v = current;
  else if (e.type === 'LeadPosted') {
    const d = e.data;
    v = {
      leadId: d.leadId,
      status: 'posted',
      ownerUnitId: d.ownerUnitId,
      postedByOfficerId: d.postedByOfficerId,
      title: d.title,
      category: d.category,
      subject: d.subject,
      location: d.location,
      summary: d.summary,
      priority: d.priority,
      grading: d.grading as Grading,
      handling: d.handling,
      attachments: d.attachments,
      recipients: [],
      onwardSharingRequests: [],
      coHandlingTasks: [],
      feedback: [],
      transfer: {
        stage: 'none',
        policeUnitId: '',
        flaggedAt: '',
        decidedAt: '',
        handedOverAt: '',
        policeDecidedAt: '',
        caseNumber: '',
        reason: '',
        dueAt: '',
        amountInvolved: 0,
      },
      links: [],
      deadlines: [],
      operationOutcomes: [],
      history: [],
      postedAt: d.postedAt,
      updatedAt: d.postedAt,
      closedOutcome: '',
      jurisdiction: d.location.jurisdiction,
      creditCode: d.subject.creditCode,
      handlingCode: d.handling.code,
      participantUnitIds: [],
      namedOfficerIds: d.handling.namedOfficerIds,
      subjectNameAddressKey:
        nameAddressKey(d.subject.enterpriseName || d.subject.personName || d.subject.onlineShop, d.location.address) ?? '',
    };
  } else throw new Error(`lead view: ${envelope.streamId} starts with ${envelope.type}, not LeadPosted`);

  const next = apply(v, e);
  const summary = (summaries[e.type] as (data: unknown) => string)(e.data);
  const transfer = { ...next.transfer, dueAt: currentDue(next, stageDeadline[next.transfer.stage] ?? 'acknowledge') };
  if (!stageDeadline[next.transfer.stage]) transfer.dueAt = '';
  return {
    ...next,
    transfer,
    participantUnitIds: participants(next),
    updatedAt: envelope.occurredAt,
    history: [...next.history, { version: envelope.version, type: envelope.type, at: envelope.occurredAt, actor: envelope.actor, summary }],
  };
}

const stageDeadline: Record<string, DeadlineKind | undefined> = {
  suspected: 'transfer_decision',
  decided_transfer: 'hand_over',
  handed_over: 'police_decision',
  police_declined: 'reconsideration_request',
  reconsideration_requested: 'reconsideration_answer',
};

export const viewAccess = (
  v: Pick<LeadView, 'leadId' | 'ownerUnitId' | 'postedByOfficerId' | 'participantUnitIds' | 'handlingCode' | 'namedOfficerIds'>,
): LeadAccess => ({
  leadId: v.leadId,
  ownerUnitId: v.ownerUnitId,
  postedByOfficerId: v.postedByOfficerId,
  participantUnitIds: v.participantUnitIds,
  code: v.handlingCode as LeadAccess['code'],
  namedOfficerIds: v.namedOfficerIds,
});

export const leadDetailsProjection: ProjectionDefinition<LeadView> = {
  name: 'lead_details',
  streamPrefix: 'lead-',
  evolve: evolveLeadView,
};
