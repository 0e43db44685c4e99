import { accountabilityMessage, type OperationBreachKind, protoFile, type proto } from '@liaison/contracts';
import { type CallContext, commandContextOf, loadServiceDefinition, type RequestOf, type ServiceHandlers } from '@liaison/platform';
import { taskIdFor } from '../application/ids';
import type { CommandInput, OperationCommands } from '../application/operation-commands';
import type { OperationQueries } from '../application/operation-queries';
import type { Target, TlpCode } from '../domain/model';
import type { ConflictRow, MembershipRow } from '../projections/operation-read-model';
import type { OperationView } from '../projections/operation-view';

export const operationsServiceDefinition = () => loadServiceDefinition(protoFile('operations'), 'liaison.v1.OperationsService');

type Operations = proto.OperationsServiceDefinition;
type Ref = { commandId: string; operationId: string; ifMatchVersion: number };
type WindowMsg = proto.TimeWindow__Output;
type TargetMsg = proto.Target__Output;

const windowOf = (w: WindowMsg | null) => ({ startsAt: w?.startsAt ?? '', endsAt: w?.endsAt ?? '' });
const targetOf = (t: TargetMsg): Target => ({
  subject: {
    enterpriseName: t.subject?.enterpriseName ?? '',
    creditCode: t.subject?.creditCode ?? '',
    personName: t.subject?.personName ?? '',
  },
  place: { jurisdiction: t.place?.jurisdiction ?? '', address: t.place?.address ?? '', coordinates: t.place?.coordinates ?? null },
});

const summary = (r: MembershipRow) => ({
  operationId: r.operationId,
  version: r._v,
  status: r.status,
  leadUnitId: r.leadUnitId,
  title: r.title,
  urgency: r.urgency,
  handlingCode: r.handlingCode,
  window: { startsAt: r.startsAt, endsAt: r.endsAt },
  myRole: r.role,
  openConflicts: r.openConflicts,
  openTasks: r.openTasks,
  updatedAt: r.updatedAt,
});
const invitationItem = (r: MembershipRow) => ({
  operationId: r.operationId,
  title: r.title,
  leadUnitId: r.leadUnitId,
  urgency: r.urgency,
  window: { startsAt: r.startsAt, endsAt: r.endsAt },
  invitedAt: r.invitedAt,
  respondBy: r.respondBy,
  overdue: r.overdue,
});
const conflict = (c: ConflictRow | OperationView['conflicts'][number], operation?: { operationId: string; operationTitle: string }) => ({
  ...c,
  otherWindow: c.otherWindow ?? null,
  operationId: operation?.operationId ?? '',
  operationTitle: operation?.operationTitle ?? '',
});
const detail = (v: OperationView & { version: number }) => ({ ...v, conflicts: v.conflicts.map((c) => conflict(c)) });

/**
 * OperationsService: every rpc of operations.proto. Commands map 1:1 to domain commands
 * (command_id is required, if_match_version > 0 pins the version); queries answer from the
 * store or the read model, filtered by what the caller may see. Operation ids are stream ids:
 * `operation-<uuid>`.
 */
export function operationsGrpcImplementation(commands: OperationCommands, queries: OperationQueries): ServiceHandlers<Operations> {
  const command =
    <K extends keyof Operations>(toInput: (request: RequestOf<Operations, K>) => CommandInput) =>
    (request: RequestOf<Operations, K> & Ref, ctx: CallContext) =>
      commands.execute(request.operationId, toInput(request), commandContextOf(request, ctx));

  return {
    ProposeOperation: (r: RequestOf<Operations, 'ProposeOperation'>, ctx: CallContext) =>
      commands.propose(
        {
          type: 'ProposeOperation',
          title: r.title,
          objective: r.objective,
          targets: r.targets.map(targetOf),
          area: r.area,
          window: windowOf(r.window),
          linkedLeadIds: r.linkedLeadIds,
          handling: {
            code: (r.handling?.code ?? '') as TlpCode,
            noCourtUseWithoutConsent: r.handling?.noCourtUseWithoutConsent ?? false,
            noOnwardSharingWithoutConsent: r.handling?.noOnwardSharingWithoutConsent ?? false,
            namedOfficerIds: r.handling?.namedOfficerIds ?? [],
          },
          urgency: r.urgency || 'normal',
        },
        commandContextOf(r, ctx),
      ),
    InviteUnits: command<'InviteUnits'>((r) => ({
      type: 'InviteUnits',
      unitIds: r.unitIds,
      message: r.message,
      namedOfficerIds: r.namedOfficerIds,
    })),
    JoinOperation: command(() => ({ type: 'JoinOperation' })),
    DeclineInvitation: command<'DeclineInvitation'>((r) => ({ type: 'DeclineInvitation', reason: r.reason })),
    AssignTask: command<'AssignTask'>((r) => ({
      type: 'AssignTask',
      taskId: taskIdFor(r.commandId),
      unitId: r.unitId,
      description: r.description,
      dueAt: r.dueAt,
    })),
    CompleteTask: command<'CompleteTask'>((r) => ({ type: 'CompleteTask', taskId: r.taskId, note: r.note })),
    Reschedule: (r, ctx) =>
      commands.reschedule(r.operationId, { type: 'Reschedule', window: windowOf(r.window), reason: r.reason }, commandContextOf(r, ctx)),
    SubmitDraft: (r, ctx) =>
      commands.submitDraft(r.operationId, { type: 'SubmitDraft', window: windowOf(r.window) }, commandContextOf(r, ctx)),
    Launch: command<'Launch'>((r) => ({ type: 'Launch', overrideReason: r.overrideReason })),
    ReportProgress: command<'ReportProgress'>((r) => ({
      type: 'ReportProgress',
      seizures: r.seizures.map((s) => ({ goods: s.goods, quantity: s.quantity, unitOfMeasure: s.unitOfMeasure, valueYuan: s.valueYuan })),
      inspections: r.inspections,
      arrests: r.arrests,
      notes: r.notes,
    })),
    Conclude: command<'Conclude'>((r) => ({ type: 'Conclude', summary: r.summary, results: r.results })),
    Cancel: command<'Cancel'>((r) => ({ type: 'Cancel', reason: r.reason })),
    ResolveConflict: command<'ResolveConflict'>((r) => ({
      type: 'ResolveConflict',
      conflictId: r.conflictId,
      outcome: r.outcome,
      note: r.note,
      window: r.window ? windowOf(r.window) : null,
    })),
    ResolveLeadConflict: (r, ctx) =>
      commands.resolveLeadConflict(
        { type: 'ResolveLeadConflict', conflictId: r.conflictId, outcome: r.outcome, note: r.note },
        commandContextOf({ commandId: r.commandId }, ctx),
      ),

    GetOperation: async (r, ctx) => detail(await queries.getOperation(r.operationId, ctx.actor)),
    ListMyOperations: async (r, ctx) => {
      const page = await queries.mine(ctx.actor, r.status, r.page ?? undefined);
      return { operations: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ListInvitations: async (r, ctx) => {
      const page = await queries.invitations(ctx.actor, r.page ?? undefined);
      return { invitations: page.items.map(invitationItem), page: { nextCursor: page.nextCursor } };
    },
    ListConflicts: async (r, ctx) => {
      const page = await queries.conflicts(ctx.actor, r.page ?? undefined);
      return { conflicts: page.items.map((c) => conflict(c, c)), page: { nextCursor: page.nextCursor } };
    },
    Calendar: async (r, ctx) => {
      const page = await queries.calendar(ctx.actor, r.from, r.to, r.page ?? undefined);
      return { operations: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ExplainBreach: command<'ExplainBreach'>((r) => ({
      type: 'ExplainBreach',
      kind: r.kind as OperationBreachKind,
      reason: r.reason,
      ...(r.taskId ? { taskId: r.taskId } : {}),
    })),
    ListAccountability: async (r, ctx) => {
      const page = await queries.accountability(ctx.actor, { unitId: r.unitId, from: r.from, to: r.to }, r.page ?? undefined);
      return { items: page.items.map(accountabilityMessage), page: { nextCursor: page.nextCursor } };
    },
  };
}
