import { protoFile } from '@liaison/contracts';
import { type CallContext, loadServiceDefinition, type PageRequest, type UnaryHandler } from '@liaison/platform';
import { taskIdFor } from '../application/ids';
import type { CommandContext, CommandInput, OperationCommands } from '../application/operation-commands';
import type { OperationQueries } from '../application/operation-queries';
import type { Target, TlpCode } from '../domain/model';
import type { ConflictRow, MembershipRow } from '../projections/operation-read-model';
import type { OperationView } from '../projections/operation-view';

export const operationsServiceDefinition = () => loadServiceDefinition(protoFile('operations'), 'liaison.v1.OperationsService');

// Request shapes as @grpc/proto-loader hands them over (camelCase, defaults filled, absent messages null).
interface Ref { commandId: string; operationId: string; ifMatchVersion: number }
interface WindowMsg { startsAt: string; endsAt: string }
interface TargetMsg {
  subject: { enterpriseName: string; creditCode: string; personName: string } | null;
  place: { jurisdiction: string; address: string; coordinates: { latitude: number; longitude: number } | null } | null;
}
interface ProposeRequest {
  commandId: string; title: string; objective: string; targets: TargetMsg[]; area: string; window: WindowMsg | null; linkedLeadIds: string[];
  handling: { code: string; noCourtUseWithoutConsent: boolean; noOnwardSharingWithoutConsent: boolean; namedOfficerIds: string[] } | null; urgency: string;
}
interface PageMsg { page: PageRequest | null }

const ctxOf = (request: { commandId: string; ifMatchVersion?: number }, ctx: CallContext): CommandContext => ({
  commandId: request.commandId, actor: ctx.actor, correlationId: ctx.correlationId, traceparent: ctx.traceparent, ifMatchVersion: request.ifMatchVersion ?? 0, deadline: ctx.deadline,
});
const windowOf = (w: WindowMsg | null) => ({ startsAt: w?.startsAt ?? '', endsAt: w?.endsAt ?? '' });
const targetOf = (t: TargetMsg): Target => ({
  subject: { enterpriseName: t.subject?.enterpriseName ?? '', creditCode: t.subject?.creditCode ?? '', personName: t.subject?.personName ?? '' },
  place: { jurisdiction: t.place?.jurisdiction ?? '', address: t.place?.address ?? '', coordinates: t.place?.coordinates ?? null },
});

const summary = (r: MembershipRow) => ({
  operationId: r.operationId, version: r._v, status: r.status, leadUnitId: r.leadUnitId, title: r.title, urgency: r.urgency, handlingCode: r.handlingCode,
  window: { startsAt: r.startsAt, endsAt: r.endsAt }, myRole: r.role, openConflicts: r.openConflicts, openTasks: r.openTasks, updatedAt: r.updatedAt,
});
const invitationItem = (r: MembershipRow) => ({
  operationId: r.operationId, title: r.title, leadUnitId: r.leadUnitId, urgency: r.urgency, window: { startsAt: r.startsAt, endsAt: r.endsAt },
  invitedAt: r.invitedAt, respondBy: r.respondBy, overdue: r.overdue,
});
const conflict = (c: ConflictRow | OperationView['conflicts'][number], operation?: { operationId: string; operationTitle: string }) => ({
  ...c, otherWindow: c.otherWindow ?? null, operationId: operation?.operationId ?? '', operationTitle: operation?.operationTitle ?? '',
});
const detail = (v: OperationView & { version: number }) => ({ ...v, conflicts: v.conflicts.map((c) => conflict(c)) });

/**
 * OperationsService: every rpc of operations.proto. Commands map 1:1 to domain commands
 * (command_id is required, if_match_version > 0 pins the version); queries answer from the
 * store or the read model, filtered by what the caller may see. Operation ids are stream ids:
 * `operation-<uuid>`.
 */
export function operationsGrpcImplementation(commands: OperationCommands, queries: OperationQueries): Record<string, UnaryHandler> {
  const command = <R extends Ref>(toInput: (request: R) => CommandInput) => (request: R, ctx: CallContext) =>
    commands.execute(request.operationId, toInput(request), ctxOf(request, ctx));

  return {
    ProposeOperation: (r: ProposeRequest, ctx: CallContext) =>
      commands.propose(
        {
          type: 'ProposeOperation', title: r.title, objective: r.objective, targets: r.targets.map(targetOf), area: r.area, window: windowOf(r.window),
          linkedLeadIds: r.linkedLeadIds,
          handling: {
            code: (r.handling?.code ?? '') as TlpCode, noCourtUseWithoutConsent: r.handling?.noCourtUseWithoutConsent ?? false,
            noOnwardSharingWithoutConsent: r.handling?.noOnwardSharingWithoutConsent ?? false, namedOfficerIds: r.handling?.namedOfficerIds ?? [],
          },
          urgency: r.urgency || 'normal',
        },
        ctxOf(r, ctx),
      ),
    InviteUnits: command((r: Ref & { unitIds: string[]; message: string }) => ({ type: 'InviteUnits', unitIds: r.unitIds, message: r.message })),
    JoinOperation: command(() => ({ type: 'JoinOperation' })),
    DeclineInvitation: command((r: Ref & { reason: string }) => ({ type: 'DeclineInvitation', reason: r.reason })),
    AssignTask: command((r: Ref & { unitId: string; description: string; dueAt: string }) => ({
      type: 'AssignTask', taskId: taskIdFor(r.commandId), unitId: r.unitId, description: r.description, dueAt: r.dueAt,
    })),
    CompleteTask: command((r: Ref & { taskId: string; note: string }) => ({ type: 'CompleteTask', taskId: r.taskId, note: r.note })),
    Reschedule: (r: Ref & { window: WindowMsg | null; reason: string }, ctx: CallContext) =>
      commands.reschedule(r.operationId, { type: 'Reschedule', window: windowOf(r.window), reason: r.reason }, ctxOf(r, ctx)),
    SubmitDraft: (r: Ref & { window: WindowMsg | null }, ctx: CallContext) =>
      commands.submitDraft(r.operationId, { type: 'SubmitDraft', window: windowOf(r.window) }, ctxOf(r, ctx)),
    Launch: command(() => ({ type: 'Launch' })),
    ReportProgress: command((r: Ref & { seizures: { goods: string; quantity: number; unitOfMeasure: string; valueYuan: number }[]; inspections: number; arrests: number; notes: string }) => ({
      type: 'ReportProgress', seizures: r.seizures.map((s) => ({ goods: s.goods, quantity: s.quantity, unitOfMeasure: s.unitOfMeasure, valueYuan: s.valueYuan })),
      inspections: r.inspections, arrests: r.arrests, notes: r.notes,
    })),
    Conclude: command((r: Ref & { summary: string; results: string }) => ({ type: 'Conclude', summary: r.summary, results: r.results })),
    Cancel: command((r: Ref & { reason: string }) => ({ type: 'Cancel', reason: r.reason })),
    ResolveConflict: command((r: Ref & { conflictId: string; outcome: string; note: string }) => ({ type: 'ResolveConflict', conflictId: r.conflictId, outcome: r.outcome, note: r.note })),

    GetOperation: async (r: { operationId: string }, ctx: CallContext) => detail(await queries.getOperation(r.operationId, ctx.actor)),
    ListMyOperations: async (r: PageMsg & { status: string }, ctx: CallContext) => {
      const page = await queries.mine(ctx.actor, r.status, r.page ?? undefined);
      return { operations: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ListInvitations: async (r: PageMsg, ctx: CallContext) => {
      const page = await queries.invitations(ctx.actor, r.page ?? undefined);
      return { invitations: page.items.map(invitationItem), page: { nextCursor: page.nextCursor } };
    },
    ListConflicts: async (r: PageMsg, ctx: CallContext) => {
      const page = await queries.conflicts(ctx.actor, r.page ?? undefined);
      return { conflicts: page.items.map((c) => conflict(c, c)), page: { nextCursor: page.nextCursor } };
    },
    Calendar: async (r: PageMsg & { from: string; to: string }, ctx: CallContext) => {
      const page = await queries.calendar(ctx.actor, r.from, r.to, r.page ?? undefined);
      return { operations: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
  };
}
