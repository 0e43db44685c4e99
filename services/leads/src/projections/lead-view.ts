import {
  type Actor,
  type BreachExplanation,
  type EventEnvelope,
  type LeadEvent,
  leadDeadlineChanges,
  leadParticipantUnitIds,
  type RecordAccess,
} from '@liaison/contracts';
import type { ProjectionDefinition } from '@liaison/platform';
import type { Attachment, CoHandlingTask, DeadlineKind, Grading, Handling, Location, Subject } from '../domain/model';
import { nameAddressKey } from '../domain/normalise';
import { namedAfter } from '../domain/lead';
import type { LeadAccess } from '../domain/policy';
import { answered, explained } from './accountability';

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
  /** The rule that produced acknowledgeDueAt (ADR 0013). */
  acknowledgeDueRule?: string;
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
  /** The rule that produced dueAt (ADR 0013); '' on deadlines recorded before rules were. */
  rule?: string;
  /** A co-handling task's id: each task has its own deadline. */
  taskId?: string;
  /** A breach finally answered: when (ADR 0013, the accountability register). */
  answeredAt?: string;
  /** The responsible unit's latest explanation of the breach (BreachExplained). */
  explanation?: BreachExplanation | null;
  /**
   * A later round of the same duty (a revisited transfer decision, a second answer from the
   * Procuratorate) counts from 2; absent on the first. A breached earlier round stays in the list,
   * `superseded`, so the lead keeps every breach it ever had.
   */
  round?: number;
  superseded?: boolean;
}
export interface CourtUseConsentView {
  requestId: string;
  requestedByUnitId: string;
  unitId: string;
  reason: string;
  status: string;
  answerReason: string;
}
export interface OperationOutcomeView {
  operationId: string;
  leadUnitId: string;
  outcome: string;
  summary: string;
  results: string;
  at: string;
  /** The operation's access when it ended (ADR 0012); null when the event predates it: shown to nobody. */
  access: RecordAccess | null;
}
/** A link to another lead (LeadLinked, possible duplicates), with what redaction needs of the other side. */
export interface LinkView {
  leadId: string;
  relation: string;
  note: string;
  /** The other lead's access when linked (ADR 0012); null when the event predates it: shown to nobody. */
  access: RecordAccess | null;
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
    /** The rule of the current stage's deadline. */
    dueRule?: string;
    amountInvolved: number;
    /** Case-filing supervision (ADR 0014): the Procuratorate unit asked, when, and its latest answer. Absent on documents projected before. */
    procuratorateUnitId?: string;
    supervisionRequestedAt?: string;
    supervisionOutcome?: string;
    supervisionAnsweredAt?: string;
  };
  /** Requests for the originator's consent to court use (noCourtUseWithoutConsent, ADR 0014). */
  courtUseConsentRequests?: CourtUseConsentView[];
  /** Top-level copy of transfer.procuratorateUnitId: the Procuratorate's list of supervised cases filters on it by equality. */
  procuratorateUnitId?: string;
  links: LinkView[];
  deadlines: DeadlineView[];
  /** How the joint operations linked to this lead ended (OperationOutcome in leads.proto). */
  operationOutcomes: OperationOutcomeView[];
  /** `derivedFrom`: the other record (operation, lead) an entry tells of, so redaction can hide it (ADR 0012). */
  history: { version: number; type: string; at: string; actor: Actor; summary: string; derivedFrom?: string }[];
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
  LeadClosed: (d) =>
    `closed (${d.outcome})${d.endedDeadlines?.length ? `; ended ${d.endedDeadlines.map((x) => `${x.kind.replace(/_/g, ' ')} of ${x.unitId}`).join(', ')}` : ''}`,
  LeadLinked: (d) => `linked to ${d.otherLeadId} (${d.relation})`,
  LeadOverdue: (d) => `${d.unitId} missed the ${d.kind.replace(/_/g, ' ')} deadline`,
  LeadEscalated: (d) => `escalated for joint action: ${d.reason}`,
  LeadOperationOutcomeRecorded: (d) => `joint operation ${d.operationId} (${d.leadUnitId}) ${d.outcome}`,
  TransferWindowClosed: (d) => `the ${d.kind.replace(/_/g, ' ')} window of ${d.unitId} closed unused (a right, not a duty)`,
  ProcuratorateSupervisionRequested: (d) => `case-filing supervision requested from ${d.procuratorateUnitId}`,
  SupervisionAnswered: (d) => `${d.procuratorateUnitId} answered the supervision request: ${d.outcome.replace(/_/g, ' ')}`,
  PoliceReasonsStated: (d) => `${d.policeUnitId} stated its reasons for not opening a case`,
  PoliceOpeningRecorded: (d) => `${d.policeUnitId} opened case ${d.caseNumber}`,
  TransferDecisionRevisited: () => 'transfer decision revisited on new facts',
  CourtUseConsentRequested: (d) => `${d.requestedByUnitId} asked for consent to court use by ${d.unitId}`,
  CourtUseConsentApproved: (d) => `court-use consent ${d.requestId} approved`,
  CourtUseConsentRefused: (d) => `court-use consent ${d.requestId} refused`,
  BreachExplained: (d) => `${d.unitId} explained the missed ${d.kind.replace(/_/g, ' ')} deadline${d.taskId ? ` (${d.taskId})` : ''}`,
};

/** The one participant rule (@liaison/contracts): a recipient that declined is no longer among them. */
export const participants = (v: Pick<LeadView, 'recipients' | 'coHandlingTasks' | 'transfer'>): string[] =>
  leadParticipantUnitIds({
    recipients: v.recipients,
    coHandlingUnitIds: v.coHandlingTasks.map((t) => t.unitId),
    policeUnitId: v.transfer.policeUnitId,
    procuratorateUnitId: v.transfer.procuratorateUnitId ?? '',
  });

/** RED: officers named on a share join; a declining unit's named officers leave (LeadDeclined.revokedOfficerIds). */
const named = (v: LeadView, joined: string[] = [], left: string[] = []): LeadView => {
  const namedOfficerIds = namedAfter(v.handling.namedOfficerIds, joined, left);
  return { ...v, handling: { ...v.handling, namedOfficerIds }, namedOfficerIds };
};

/** Which other record an event tells of (its history line is redacted with it). */
const derivedFrom = (e: LeadEvent): string | undefined => {
  if (e.type === 'LeadOperationOutcomeRecorded') return e.data.operationId;
  if (e.type === 'LeadPossibleDuplicateDetected' || e.type === 'LeadLinked') return e.data.otherLeadId;
  return undefined;
};

/** The current deadline per kind and unit, and per task for co-handling (`taskId`); superseded rounds are history. */
const sameDeadline = (d: DeadlineView, kind: DeadlineKind, unitId: string, taskId?: string) =>
  !d.superseded && d.kind === kind && d.unitId === unitId && (taskId === undefined || d.taskId === taskId);
function withDeadline(v: LeadView, kind: DeadlineKind, unitId: string, dueAt: string, rule = '', taskId?: string): LeadView {
  const previous = v.deadlines.find((d) => sameDeadline(d, kind, unitId, taskId));
  // A breach is a record: a new round of the same duty keeps it beside the new deadline.
  const rest = v.deadlines.flatMap((d) => (d !== previous ? [d] : d.breached ? [{ ...d, superseded: true }] : []));
  const round = previous?.breached ? (previous.round ?? 1) + 1 : previous?.round;
  const deadline: DeadlineView = {
    kind,
    unitId,
    dueAt,
    resolved: false,
    breached: false,
    detectedAt: '',
    rule,
    ...(taskId ? { taskId } : {}),
    ...(round ? { round } : {}),
  };
  return { ...v, deadlines: [...rest, deadline] };
}
function resolved(v: LeadView, kind: DeadlineKind, unitId: string, taskId?: string): LeadView {
  return { ...v, deadlines: v.deadlines.map((d) => (sameDeadline(d, kind, unitId, taskId) ? { ...d, resolved: true } : d)) };
}
const recipient = (v: LeadView, unitId: string, patch: Partial<RecipientView>): LeadView => ({
  ...v,
  recipients: v.recipients.map((r) => (r.unitId === unitId ? { ...r, ...patch } : r)),
});
const inProgress = (v: LeadView): LeadView => (v.status === 'posted' || v.status === 'shared' ? { ...v, status: 'in_progress' } : v);
/** The deadlines the event sets, meets and ends, by the one rule in contracts (leadDeadlineChanges); parties as before the event. */
function withDeadlineChanges(v: LeadView, envelope: EventEnvelope): LeadView {
  const c = leadDeadlineChanges(
    { ownerUnitId: v.ownerUnitId, policeUnitId: v.transfer.policeUnitId, procuratorateUnitId: v.transfer.procuratorateUnitId ?? '' },
    envelope,
  );
  let next: LeadView = c.endsAll ? { ...v, deadlines: v.deadlines.map((d) => ({ ...d, resolved: true })) } : v;
  for (const d of [...c.met, ...c.ended]) next = resolved(next, d.kind, d.unitId, d.taskId);
  for (const d of c.set) next = withDeadline(next, d.kind, d.unitId, d.dueAt, d.rule, d.taskId);
  return next;
}
const currentDeadline = (v: LeadView, kind: DeadlineKind) => v.deadlines.find((d) => d.kind === kind && !d.resolved);

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
            access: e.data.otherAccess ?? null,
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
              acknowledgeDueRule: e.data.acknowledgeDueRule ?? '',
              acknowledgedAt: '',
              decidedAt: '',
              declineReason: '',
              overdue: false,
            },
          ],
        };
      }
      return e.data.namedOfficerIds?.length ? named(next, e.data.namedOfficerIds) : next;
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
      return recipient(v, e.data.unitId, { status: 'acknowledged', acknowledgedAt: e.data.at });
    case 'LeadAccepted':
      return inProgress(recipient(v, e.data.unitId, { status: 'accepted', decidedAt: e.data.at }));
    case 'LeadDeclined': {
      const next = recipient(v, e.data.unitId, { status: 'declined', decidedAt: e.data.at, declineReason: e.data.reason });
      return e.data.revokedOfficerIds?.length ? named(next, [], e.data.revokedOfficerIds) : next;
    }
    case 'LeadAssignedForCoHandling':
      return inProgress({ ...v, coHandlingTasks: [...v.coHandlingTasks, ...e.data.tasks] });
    case 'LeadFeedbackRecorded':
      return { ...v, feedback: [...v.feedback, { unitId: e.data.unitId, result: e.data.result, summary: e.data.summary, at: e.data.at }] };
    case 'LeadRegraded':
      return { ...v, grading: e.data.grading as Grading };
    case 'SuspectedCrimeFlagged':
      return inProgress({ ...v, transfer: { ...v.transfer, stage: 'suspected', flaggedAt: e.data.at, reason: e.data.reason } });
    case 'TransferDecided': {
      const transfer = {
        ...v.transfer,
        stage: e.data.transfer ? 'decided_transfer' : 'decided_not_to_transfer',
        decidedAt: e.data.at,
        reason: e.data.reasons,
      };
      return { ...v, transfer };
    }
    case 'LeadHandedOverToPolice': {
      const next = v;
      const transfer = {
        ...next.transfer,
        stage: 'handed_over',
        policeUnitId: e.data.policeUnitId,
        handedOverAt: e.data.at,
        amountInvolved: e.data.amountInvolved,
      };
      return { ...named(next, e.data.namedOfficerIds ?? []), transfer };
    }
    case 'PoliceDecisionRecorded': {
      const next = v;
      const transfer = {
        ...next.transfer,
        stage: e.data.decision === 'opened' ? 'police_opened' : 'police_declined',
        policeDecidedAt: e.data.at,
        caseNumber: e.data.caseNumber,
        reason: e.data.reason,
      };
      return { ...next, transfer };
    }
    case 'ReconsiderationRequested':
      return { ...v, transfer: { ...v.transfer, stage: 'reconsideration_requested', reason: e.data.reason } };
    case 'ReconsiderationAnswered':
      return { ...v, transfer: { ...v.transfer, stage: `reconsideration_${e.data.answer}`, reason: e.data.reason } };
    case 'LeadClosed':
      // Which deadlines closing ends (ADR 0014) is leadDeadlineChanges'; missed ones were recorded as breaches before it.
      return { ...v, status: 'closed', closedOutcome: e.data.outcome };
    case 'TransferWindowClosed':
      return v;
    case 'ProcuratorateSupervisionRequested': {
      const next = named(v, e.data.namedOfficerIds);
      const transfer = {
        ...next.transfer,
        stage: 'supervision_requested',
        procuratorateUnitId: e.data.procuratorateUnitId,
        supervisionRequestedAt: e.data.at,
        supervisionOutcome: '',
        supervisionAnsweredAt: '',
        reason: e.data.reason,
      };
      return { ...next, transfer, procuratorateUnitId: e.data.procuratorateUnitId };
    }
    case 'SupervisionAnswered': {
      const next = v;
      const stage = {
        reasons_requested: 'police_reasons_requested',
        opening_required: 'police_opening_required',
        refusal_upheld: 'supervision_upheld',
      }[e.data.outcome];
      return {
        ...next,
        transfer: { ...next.transfer, stage, supervisionOutcome: e.data.outcome, supervisionAnsweredAt: e.data.at, reason: e.data.reason },
      };
    }
    case 'PoliceReasonsStated':
      return { ...v, transfer: { ...v.transfer, stage: 'supervision_requested', reason: e.data.reasons } };
    case 'PoliceOpeningRecorded': {
      const next = v;
      return {
        ...next,
        transfer: {
          ...next.transfer,
          stage: 'police_opened',
          caseNumber: e.data.caseNumber,
          policeDecidedAt: e.data.at,
          reason: e.data.reason,
        },
      };
    }
    case 'TransferDecisionRevisited':
      return { ...v, transfer: { ...v.transfer, stage: 'suspected', reason: e.data.newFacts } };
    case 'CourtUseConsentRequested':
      return {
        ...v,
        courtUseConsentRequests: [...(v.courtUseConsentRequests ?? []), { ...e.data, status: 'pending', answerReason: '' }],
      };
    case 'CourtUseConsentApproved':
    case 'CourtUseConsentRefused': {
      const status = e.type === 'CourtUseConsentApproved' ? 'approved' : 'refused';
      return {
        ...v,
        courtUseConsentRequests: (v.courtUseConsentRequests ?? []).map((r) =>
          r.requestId === e.data.requestId ? { ...r, status, answerReason: e.data.reason } : r,
        ),
      };
    }
    case 'LeadLinked':
      return {
        ...v,
        links: [
          ...v.links,
          { leadId: e.data.otherLeadId, relation: e.data.relation, note: e.data.note, access: e.data.otherAccess ?? null },
        ],
      };
    case 'LeadOverdue': {
      const next = {
        ...v,
        deadlines: v.deadlines.map((d) =>
          sameDeadline(d, e.data.kind, e.data.unitId, e.data.taskId) ? { ...d, breached: true, detectedAt: e.data.detectedAt } : d,
        ),
      };
      return e.data.kind === 'acknowledge' ? recipient(next, e.data.unitId, { overdue: true }) : next;
    }
    case 'BreachExplained':
      return { ...v, deadlines: explained(v.deadlines, e.data) };
    case 'LeadOperationOutcomeRecorded':
      // Documents projected before this field existed lack it.
      return {
        ...v,
        operationOutcomes: [
          ...(v.operationOutcomes ?? []),
          {
            operationId: e.data.operationId,
            leadUnitId: e.data.leadUnitId,
            outcome: e.data.outcome,
            summary: e.data.summary,
            results: e.data.results,
            at: e.data.at,
            access: e.data.operationAccess ?? null,
          },
        ],
      };
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

  const applied = apply(withDeadlineChanges(v, envelope), e);
  const next = { ...applied, deadlines: answered(v.deadlines, applied.deadlines, envelope) };
  const summary = (summaries[e.type] as (data: unknown) => string)(e.data);
  const stageKind = stageDeadline[next.transfer.stage];
  const stageDue = stageKind ? currentDeadline(next, stageKind) : undefined;
  const transfer = { ...next.transfer, dueAt: stageDue?.dueAt ?? '', dueRule: stageDue?.rule ?? '' };
  return {
    ...next,
    transfer,
    participantUnitIds: participants(next),
    updatedAt: envelope.occurredAt,
    history: [
      ...next.history,
      {
        version: envelope.version,
        type: envelope.type,
        at: envelope.occurredAt,
        actor: envelope.actor,
        summary,
        ...(derivedFrom(e) ? { derivedFrom: derivedFrom(e) } : {}),
      },
    ],
  };
}

const stageDeadline: Record<string, DeadlineKind | undefined> = {
  suspected: 'transfer_decision',
  decided_transfer: 'hand_over',
  handed_over: 'police_decision',
  police_declined: 'reconsideration_request',
  reconsideration_requested: 'reconsideration_answer',
  reconsideration_maintained: 'supervision_request',
  reconsideration_reversed: 'police_opening',
  supervision_requested: 'supervision_answer',
  police_reasons_requested: 'police_reasons',
  police_opening_required: 'police_opening',
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
