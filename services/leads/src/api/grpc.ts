import { protoFile } from '@liaison/contracts';
import { type CallContext, loadServiceDefinition, type PageRequest, type ProjectedDocument, type UnaryHandler } from '@liaison/platform';
import type { CommandContext, CommandInput, LeadCommands } from '../application/lead-commands';
import type { LeadQueries } from '../application/lead-queries';
import { onwardRequestId } from '../application/ids';
import type { TlpCode } from '../domain/model';
import type { DeadlineRow, InboxRow } from '../projections/lead-read-model';
import type { LeadView } from '../projections/lead-view';

export const leadsServiceDefinition = () => loadServiceDefinition(protoFile('leads'), 'liaison.v1.LeadsService');

// Request shapes as @grpc/proto-loader hands them over (camelCase, defaults filled, absent messages null).
interface Target { commandId: string; leadId: string; ifMatchVersion: number }
interface GradingMsg { sourceReliability: string; information: number }
interface PostLeadRequest {
  commandId: string; title: string; category: string; summary: string; priority: string;
  subject: { enterpriseName: string; creditCode: string; personName: string; onlineShop: string; url: string } | null;
  location: { jurisdiction: string; address: string; coordinates: { latitude: number; longitude: number } | null } | null;
  grading: GradingMsg | null;
  handling: { code: string; noCourtUseWithoutConsent: boolean; noOnwardSharingWithoutConsent: boolean; namedOfficerIds: string[] } | null;
  attachments: { sha256: string; name: string; mediaType: string; sizeBytes: number }[];
}
interface PageMsg { page: PageRequest | null }

const ctxOf = (request: { commandId: string; ifMatchVersion?: number }, ctx: CallContext): CommandContext => ({
  commandId: request.commandId, actor: ctx.actor, correlationId: ctx.correlationId, traceparent: ctx.traceparent, ifMatchVersion: request.ifMatchVersion ?? 0,
});
const grading = (g: GradingMsg | null) => ({ sourceReliability: (g?.sourceReliability ?? '') as 'A', information: g?.information ?? 0 });

const summary = (d: ProjectedDocument<LeadView>) => ({
  leadId: d.leadId, version: d._v, status: d.status, ownerUnitId: d.ownerUnitId, title: d.title, category: d.category, jurisdiction: d.jurisdiction,
  priority: d.priority, handlingCode: d.handlingCode, postedAt: d.postedAt, updatedAt: d.updatedAt, recipients: d.recipients,
});
const inboxSummary = (r: InboxRow) => ({
  leadId: r.leadId, version: r._v, status: r.status, ownerUnitId: r.ownerUnitId, title: r.title, category: r.category, jurisdiction: r.jurisdiction,
  priority: r.priority, handlingCode: r.handlingCode, postedAt: r.postedAt, updatedAt: r.updatedAt, myStatus: r.myStatus,
  acknowledgeDueAt: r.acknowledgeDueAt, overdue: r.overdue, recipients: [],
});
const overdueItem = (r: DeadlineRow) => ({
  leadId: r.leadId, title: r.title, ownerUnitId: r.ownerUnitId, breach: { kind: r.kind, unitId: r.unitId, dueAt: r.dueAt, detectedAt: r.detectedAt },
});
const detail = (v: LeadView & { version: number }) => ({
  ...v,
  operationOutcomes: v.operationOutcomes ?? [],
  overdue: v.deadlines.filter((d) => d.breached).map((d) => ({ kind: d.kind, unitId: d.unitId, dueAt: d.dueAt, detectedAt: d.detectedAt })),
});

/**
 * LeadsService: every rpc of leads.proto. Commands map 1:1 to domain commands (command_id is
 * required, if_match_version > 0 pins the version); queries answer from the read model,
 * filtered by what the caller may see. Lead ids are stream ids: `lead-<uuid>`.
 */
export function leadsGrpcImplementation(commands: LeadCommands, queries: LeadQueries): Record<string, UnaryHandler> {
  const command = <R extends Target>(toInput: (request: R) => CommandInput) => (request: R, ctx: CallContext) =>
    commands.execute(request.leadId, toInput(request), ctxOf(request, ctx));

  return {
    PostLead: (r: PostLeadRequest, ctx: CallContext) =>
      commands.post(
        {
          type: 'PostLead',
          title: r.title,
          category: r.category,
          subject: { enterpriseName: r.subject?.enterpriseName ?? '', creditCode: r.subject?.creditCode ?? '', personName: r.subject?.personName ?? '', onlineShop: r.subject?.onlineShop ?? '', url: r.subject?.url ?? '' },
          location: { jurisdiction: r.location?.jurisdiction ?? '', address: r.location?.address ?? '', coordinates: r.location?.coordinates ?? null },
          summary: r.summary,
          priority: r.priority || 'normal',
          grading: grading(r.grading),
          handling: {
            code: (r.handling?.code ?? '') as TlpCode, noCourtUseWithoutConsent: r.handling?.noCourtUseWithoutConsent ?? false,
            noOnwardSharingWithoutConsent: r.handling?.noOnwardSharingWithoutConsent ?? false, namedOfficerIds: r.handling?.namedOfficerIds ?? [],
          },
          attachments: r.attachments.map((a) => ({ sha256: a.sha256, name: a.name, mediaType: a.mediaType, sizeBytes: Number(a.sizeBytes) })),
        },
        ctxOf(r, ctx),
      ),
    ShareLead: command((r: Target & { unitIds: string[]; message: string }) => ({ type: 'ShareLead', unitIds: r.unitIds, message: r.message })),
    RequestOnwardSharing: command((r: Target & { unitIds: string[]; reason: string }) => ({ type: 'RequestOnwardSharing', requestId: onwardRequestId(r.commandId), unitIds: r.unitIds, reason: r.reason })),
    ApproveOnwardSharing: command((r: Target & { requestId: string; reason: string }) => ({ type: 'ApproveOnwardSharing', requestId: r.requestId, reason: r.reason })),
    RefuseOnwardSharing: command((r: Target & { requestId: string; reason: string }) => ({ type: 'RefuseOnwardSharing', requestId: r.requestId, reason: r.reason })),
    AcknowledgeLead: command(() => ({ type: 'AcknowledgeLead' })),
    AcceptLead: command(() => ({ type: 'AcceptLead' })),
    DeclineLead: command((r: Target & { reason: string }) => ({ type: 'DeclineLead', reason: r.reason })),
    AssignForCoHandling: command((r: Target & { tasks: { unitId: string; description: string; dueAt: string }[] }) => ({ type: 'AssignForCoHandling', tasks: r.tasks })),
    RecordFeedback: command((r: Target & { result: string; summary: string }) => ({ type: 'RecordFeedback', result: r.result, summary: r.summary })),
    RegradeLead: command((r: Target & { grading: GradingMsg | null; reason: string }) => ({ type: 'RegradeLead', grading: grading(r.grading), reason: r.reason })),
    FlagSuspectedCrime: command((r: Target & { reason: string }) => ({ type: 'FlagSuspectedCrime', reason: r.reason })),
    DecideTransfer: command((r: Target & { transfer: boolean; reasons: string }) => ({ type: 'DecideTransfer', transfer: r.transfer, reasons: r.reasons })),
    HandOverToPolice: command((r: Target & { policeUnitId: string; facts: string; amountInvolved: number; evidenceRefs: string[] }) => ({
      type: 'HandOverToPolice', policeUnitId: r.policeUnitId, facts: r.facts, amountInvolved: r.amountInvolved, evidenceRefs: r.evidenceRefs,
    })),
    RecordPoliceDecision: command((r: Target & { decision: string; reason: string; caseNumber: string }) => ({ type: 'RecordPoliceDecision', decision: r.decision, reason: r.reason, caseNumber: r.caseNumber })),
    RequestReconsideration: command((r: Target & { reason: string }) => ({ type: 'RequestReconsideration', reason: r.reason })),
    AnswerReconsideration: command((r: Target & { answer: string; reason: string }) => ({ type: 'AnswerReconsideration', answer: r.answer, reason: r.reason })),
    CloseLead: command((r: Target & { outcome: string; summary: string }) => ({ type: 'CloseLead', outcome: r.outcome, summary: r.summary })),
    EscalateForJointAction: command((r: Target & { reason: string; proposedWindow: { startsAt: string; endsAt: string } | null }) => ({
      type: 'EscalateForJointAction', reason: r.reason, proposedWindow: r.proposedWindow ? { startsAt: r.proposedWindow.startsAt, endsAt: r.proposedWindow.endsAt } : null,
    })),
    LinkLead: command((r: Target & { otherLeadId: string; relation: string; note: string }) => ({ type: 'LinkLead', otherLeadId: r.otherLeadId, relation: r.relation, note: r.note })),

    GetLead: async (r: { leadId: string }, ctx: CallContext) => detail(await queries.getLead(r.leadId, ctx.actor)),
    ListInbox: async (r: PageMsg & { status: string }, ctx: CallContext) => {
      const page = await queries.inbox(ctx.actor, r.status, r.page ?? undefined);
      return { leads: page.items.map(inboxSummary), page: { nextCursor: page.nextCursor } };
    },
    ListOutbox: async (r: PageMsg & { status: string }, ctx: CallContext) => {
      const page = await queries.outbox(ctx.actor, r.status, r.page ?? undefined);
      return { leads: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ListOverdue: async (r: PageMsg, ctx: CallContext) => {
      const page = await queries.overdue(ctx.actor, r.page ?? undefined);
      return { items: page.items.map(overdueItem), page: { nextCursor: page.nextCursor } };
    },
    SearchLeads: async (r: PageMsg & { category: string; jurisdiction: string; status: string; ownerUnitId: string; creditCode: string; text: string; postedFrom: string; postedTo: string }, ctx: CallContext) => {
      const page = await queries.search(ctx.actor, r, r.page ?? undefined);
      return { leads: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    CountLeads: (r: { postedFrom: string; postedTo: string }, ctx: CallContext) => queries.counts(ctx.actor, r.postedFrom, r.postedTo),
  };
}
