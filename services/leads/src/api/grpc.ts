import { accountabilityMessage, protoFile, type proto } from '@liaison/contracts';
import {
  type CallContext,
  commandContextOf,
  loadServiceDefinition,
  type ProjectedDocument,
  type RequestOf,
  type ServiceHandlers,
} from '@liaison/platform';
import type { CommandInput, LeadCommands } from '../application/lead-commands';
import type { LeadQueries } from '../application/lead-queries';
import type { OperationConflictQueries } from '../application/operation-conflict-queries';
import { courtUseRequestId, onwardRequestId } from '../application/ids';
import type { DeadlineKind, TlpCode } from '../domain/model';
import type { DeadlineRow, InboxRow } from '../projections/lead-read-model';
import type { RedactedLeadView } from '../projections/lead-redaction';
import type { LeadView } from '../projections/lead-view';

export const leadsServiceDefinition = () => loadServiceDefinition(protoFile('leads'), 'liaison.v1.LeadsService');

type Leads = proto.LeadsServiceDefinition;
type Target = { commandId: string; leadId: string; ifMatchVersion: number };
type GradingMsg = proto.Grading__Output;

const grading = (g: GradingMsg | null) => ({ sourceReliability: (g?.sourceReliability ?? '') as 'A', information: g?.information ?? 0 });

const summary = (d: RedactedLeadView<ProjectedDocument<LeadView>>) => ({
  leadId: d.leadId,
  version: d._v,
  status: d.status,
  ownerUnitId: d.ownerUnitId,
  title: d.title,
  category: d.category,
  jurisdiction: d.jurisdiction,
  priority: d.priority,
  handlingCode: d.handlingCode,
  postedAt: d.postedAt,
  updatedAt: d.updatedAt,
  recipients: d.recipients,
});
const inboxSummary = (r: InboxRow) => ({
  leadId: r.leadId,
  version: r._v,
  status: r.status,
  ownerUnitId: r.ownerUnitId,
  title: r.title,
  category: r.category,
  jurisdiction: r.jurisdiction,
  priority: r.priority,
  handlingCode: r.handlingCode,
  postedAt: r.postedAt,
  updatedAt: r.updatedAt,
  myStatus: r.myStatus,
  acknowledgeDueAt: r.acknowledgeDueAt,
  overdue: r.overdue,
  recipients: [],
});
const overdueItem = (r: DeadlineRow) => ({
  leadId: r.leadId,
  title: r.title,
  ownerUnitId: r.ownerUnitId,
  breach: { kind: r.kind, unitId: r.unitId, dueAt: r.dueAt, detectedAt: r.detectedAt, rule: r.rule ?? '', taskId: r.taskId ?? '' },
});
const detail = (v: RedactedLeadView<LeadView> & { version: number }) => ({
  ...v,
  operationOutcomes: v.operationOutcomes ?? [],
  overdue: v.deadlines
    .filter((d) => d.breached)
    .map((d) => ({ kind: d.kind, unitId: d.unitId, dueAt: d.dueAt, detectedAt: d.detectedAt, rule: d.rule ?? '', taskId: d.taskId ?? '' })),
});

/**
 * LeadsService: every rpc of leads.proto. Commands map 1:1 to domain commands (command_id is
 * required, if_match_version > 0 pins the version); queries answer from the read model,
 * filtered by what the caller may see. Lead ids are stream ids: `lead-<uuid>`.
 */
export function leadsGrpcImplementation(
  commands: LeadCommands,
  queries: LeadQueries,
  operationConflicts: Pick<OperationConflictQueries, 'list'>,
): ServiceHandlers<Leads> {
  const command =
    <K extends keyof Leads>(toInput: (request: RequestOf<Leads, K>) => CommandInput) =>
    (request: RequestOf<Leads, K> & Target, ctx: CallContext) =>
      commands.execute(request.leadId, toInput(request), commandContextOf(request, ctx));

  return {
    PostLead: (r: RequestOf<Leads, 'PostLead'>, ctx: CallContext) =>
      commands.post(
        {
          type: 'PostLead',
          title: r.title,
          category: r.category,
          subject: {
            enterpriseName: r.subject?.enterpriseName ?? '',
            creditCode: r.subject?.creditCode ?? '',
            personName: r.subject?.personName ?? '',
            onlineShop: r.subject?.onlineShop ?? '',
            url: r.subject?.url ?? '',
          },
          location: {
            jurisdiction: r.location?.jurisdiction ?? '',
            address: r.location?.address ?? '',
            coordinates: r.location?.coordinates ?? null,
          },
          summary: r.summary,
          priority: r.priority || 'normal',
          grading: grading(r.grading),
          handling: {
            code: (r.handling?.code ?? '') as TlpCode,
            noCourtUseWithoutConsent: r.handling?.noCourtUseWithoutConsent ?? false,
            noOnwardSharingWithoutConsent: r.handling?.noOnwardSharingWithoutConsent ?? false,
            namedOfficerIds: r.handling?.namedOfficerIds ?? [],
          },
          attachments: r.attachments.map((a) => ({
            sha256: a.sha256,
            name: a.name,
            mediaType: a.mediaType,
            sizeBytes: Number(a.sizeBytes),
          })),
        },
        commandContextOf(r, ctx),
      ),
    ShareLead: command<'ShareLead'>((r) => ({
      type: 'ShareLead',
      unitIds: r.unitIds,
      message: r.message,
      namedOfficerIds: r.namedOfficerIds,
    })),
    RequestOnwardSharing: command<'RequestOnwardSharing'>((r) => ({
      type: 'RequestOnwardSharing',
      requestId: onwardRequestId(r.commandId),
      unitIds: r.unitIds,
      reason: r.reason,
    })),
    ApproveOnwardSharing: command<'ApproveOnwardSharing'>((r) => ({
      type: 'ApproveOnwardSharing',
      requestId: r.requestId,
      reason: r.reason,
      namedOfficerIds: r.namedOfficerIds,
    })),
    RefuseOnwardSharing: command<'RefuseOnwardSharing'>((r) => ({ type: 'RefuseOnwardSharing', requestId: r.requestId, reason: r.reason })),
    AcknowledgeLead: command(() => ({ type: 'AcknowledgeLead' })),
    AcceptLead: command(() => ({ type: 'AcceptLead' })),
    DeclineLead: command<'DeclineLead'>((r) => ({ type: 'DeclineLead', reason: r.reason })),
    AssignForCoHandling: command<'AssignForCoHandling'>((r) => ({ type: 'AssignForCoHandling', tasks: r.tasks })),
    RecordFeedback: command<'RecordFeedback'>((r) => ({ type: 'RecordFeedback', result: r.result, summary: r.summary, taskId: r.taskId })),
    RegradeLead: command<'RegradeLead'>((r) => ({ type: 'RegradeLead', grading: grading(r.grading), reason: r.reason })),
    FlagSuspectedCrime: command<'FlagSuspectedCrime'>((r) => ({ type: 'FlagSuspectedCrime', reason: r.reason })),
    DecideTransfer: command<'DecideTransfer'>((r) => ({ type: 'DecideTransfer', transfer: r.transfer, reasons: r.reasons })),
    HandOverToPolice: command<'HandOverToPolice'>((r) => ({
      type: 'HandOverToPolice',
      policeUnitId: r.policeUnitId,
      facts: r.facts,
      amountInvolved: r.amountInvolved,
      evidenceRefs: r.evidenceRefs,
      namedOfficerIds: r.namedOfficerIds,
    })),
    RecordPoliceDecision: command<'RecordPoliceDecision'>((r) => ({
      type: 'RecordPoliceDecision',
      decision: r.decision,
      reason: r.reason,
      caseNumber: r.caseNumber,
    })),
    RequestReconsideration: command<'RequestReconsideration'>((r) => ({ type: 'RequestReconsideration', reason: r.reason })),
    AnswerReconsideration: command<'AnswerReconsideration'>((r) => ({ type: 'AnswerReconsideration', answer: r.answer, reason: r.reason })),
    CloseLead: command<'CloseLead'>((r) => ({ type: 'CloseLead', outcome: r.outcome, summary: r.summary })),
    EscalateForJointAction: command<'EscalateForJointAction'>((r) => ({
      type: 'EscalateForJointAction',
      reason: r.reason,
      proposedWindow: r.proposedWindow ? { startsAt: r.proposedWindow.startsAt, endsAt: r.proposedWindow.endsAt } : null,
    })),
    LinkLead: command<'LinkLead'>((r) => ({ type: 'LinkLead', otherLeadId: r.otherLeadId, relation: r.relation, note: r.note })),

    GetLead: async (r, ctx) => detail(await queries.getLead(r.leadId, ctx.actor)),
    ListInbox: async (r, ctx) => {
      const page = await queries.inbox(ctx.actor, r.status, r.page ?? undefined);
      return { leads: page.items.map(inboxSummary), page: { nextCursor: page.nextCursor } };
    },
    ListOutbox: async (r, ctx) => {
      const page = await queries.outbox(ctx.actor, r.status, r.page ?? undefined);
      return { leads: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ListOverdue: async (r, ctx) => {
      const page = await queries.overdue(ctx.actor, r.page ?? undefined);
      return { items: page.items.map(overdueItem), page: { nextCursor: page.nextCursor } };
    },
    SearchLeads: async (r, ctx) => {
      const page = await queries.search(ctx.actor, r, r.page ?? undefined);
      return { leads: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    CountLeads: (r, ctx) => queries.counts(ctx.actor, r.postedFrom, r.postedTo),
    // Deconfliction alerts on my unit's leads (reactions/operation-conflicts.ts, ADR 0015).
    ListOperationConflicts: async (r, ctx) => {
      const page = await operationConflicts.list(ctx.actor, r.page ?? undefined);
      return { conflicts: page.items, page: { nextCursor: page.nextCursor } };
    },
    // The transfer line after a police refusal and the court-use consent (ADR 0014).
    RequestProcuratorateSupervision: command<'RequestProcuratorateSupervision'>((r) => ({
      type: 'RequestProcuratorateSupervision',
      procuratorateUnitId: r.procuratorateUnitId,
      reason: r.reason,
      namedOfficerIds: r.namedOfficerIds,
    })),
    AnswerSupervision: command<'AnswerSupervision'>((r) => ({ type: 'AnswerSupervision', outcome: r.outcome, reason: r.reason })),
    StatePoliceReasons: command<'StatePoliceReasons'>((r) => ({ type: 'StatePoliceReasons', reasons: r.reasons })),
    RecordPoliceOpening: command<'RecordPoliceOpening'>((r) => ({
      type: 'RecordPoliceOpening',
      caseNumber: r.caseNumber,
      reason: r.reason,
    })),
    RevisitTransferDecision: command<'RevisitTransferDecision'>((r) => ({ type: 'RevisitTransferDecision', newFacts: r.newFacts })),
    RequestCourtUseConsent: command<'RequestCourtUseConsent'>((r) => ({
      type: 'RequestCourtUseConsent',
      requestId: courtUseRequestId(r.commandId),
      unitId: r.unitId,
      reason: r.reason,
    })),
    ApproveCourtUseConsent: command<'ApproveCourtUseConsent'>((r) => ({
      type: 'ApproveCourtUseConsent',
      requestId: r.requestId,
      reason: r.reason,
    })),
    RefuseCourtUseConsent: command<'RefuseCourtUseConsent'>((r) => ({
      type: 'RefuseCourtUseConsent',
      requestId: r.requestId,
      reason: r.reason,
    })),
    ListSupervisedLeads: async (r, ctx) => {
      const page = await queries.supervised(ctx.actor, r.page ?? undefined);
      return { leads: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ExplainBreach: command<'ExplainBreach'>((r) => ({
      type: 'ExplainBreach',
      kind: r.kind as DeadlineKind,
      reason: r.reason,
      ...(r.taskId ? { taskId: r.taskId } : {}),
    })),
    ListAccountability: async (r, ctx) => {
      const page = await queries.accountability(ctx.actor, { unitId: r.unitId, from: r.from, to: r.to }, r.page ?? undefined);
      return { items: page.items.map(accountabilityMessage), page: { nextCursor: page.nextCursor } };
    },
  };
}
