import { pageOf, unitRefs, type ActionRoute, type ListRoute, type Reference } from '../http/command-routes';
import type { OperationCommandRpc, OperationsRpc } from './operations-port';
import * as s from './schemas';

/**
 * The command routes on an existing operation, 1:1 with the OperationsService rpcs
 * (operations.proto): POST /api/v1/operations/{id}/<path> → rpc.
 *
 * Joining and declining check only that the caller may see the operation: whether its unit was
 * invited is the service's answer (409 `not_invited`), as the issue wants for "joining without an
 * invitation". Every other command also needs the caller's unit to be a party.
 */
export const OPERATION_ACTION_ROUTES: ActionRoute<OperationCommandRpc>[] = [
  {
    path: 'invitations',
    rpc: 'InviteUnits',
    body: s.inviteUnitsBody,
    summary: 'Invite units to take part (lead unit; RED: name an officer of each)',
    references: (body) => [
      ...unitRefs('unitIds')(body),
      ...((body.namedOfficerIds as string[] | undefined) ?? []).map((id, i) => ({
        path: `namedOfficerIds.${i}`,
        kind: 'officer' as const,
        id,
      })),
    ],
  },
  { path: 'join', rpc: 'JoinOperation', body: s.emptyBody, summary: 'Join the operation (an invited unit)', visibilityOnly: true },
  {
    path: 'decline',
    rpc: 'DeclineInvitation',
    body: s.declineInvitationBody,
    summary: 'Decline the invitation with a reason (an invited unit)',
    visibilityOnly: true,
  },
  {
    path: 'tasks',
    rpc: 'AssignTask',
    body: s.assignTaskBody,
    summary: 'Assign a task to the lead unit or a unit that joined (lead unit); answers taskId',
    references: (body) => [{ path: 'unitId', kind: 'unit', id: String(body.unitId) }],
    answer: ['taskId'],
  },
  { path: 'tasks/:taskId/complete', rpc: 'CompleteTask', body: s.completeTaskBody, summary: 'Complete a task (the task’s unit)' },
  {
    path: 'submit',
    rpc: 'SubmitDraft',
    body: s.submitDraftBody,
    summary: 'Submit a draft with its window (lead unit; runs deconfliction)',
  },
  { path: 'reschedule', rpc: 'Reschedule', body: s.rescheduleBody, summary: 'Move the time window (lead unit; re-runs deconfliction)' },
  {
    path: 'launch',
    rpc: 'Launch',
    body: s.launchBody,
    summary: 'Launch the operation (lead unit); with unresolved conflicts only with an overrideReason',
  },
  {
    path: 'progress',
    rpc: 'ReportProgress',
    body: s.reportProgressBody,
    summary: 'Report progress: seizures, inspections, arrests (lead unit or a unit that joined)',
  },
  { path: 'conclude', rpc: 'Conclude', body: s.concludeBody, summary: 'Conclude with a summary and results (lead unit)' },
  { path: 'cancel', rpc: 'Cancel', body: s.cancelBody, summary: 'Cancel with a reason (lead unit)' },
  {
    path: 'conflicts/:conflictId/resolve',
    rpc: 'ResolveConflict',
    body: s.resolveConflictBody,
    summary: 'Resolve a deconfliction alert (lead unit of this operation; delay carries the new window)',
  },
];

export const proposeReferences = (body: Record<string, unknown>): Reference[] => {
  const targets = (body.targets as { place?: { jurisdiction?: string } }[] | undefined) ?? [];
  const handling = body.handling as { namedOfficerIds?: string[] } | undefined;
  return [
    ...targets.flatMap((target, i) =>
      target.place?.jurisdiction
        ? [{ path: `targets.${i}.place.jurisdiction`, kind: 'jurisdiction' as const, id: target.place.jurisdiction }]
        : [],
    ),
    ...(handling?.namedOfficerIds ?? []).map((id, i) => ({ path: `handling.namedOfficerIds.${i}`, kind: 'officer' as const, id })),
  ];
};

type Query = Record<string, unknown>;
const page = (query: Query) => pageOf(query as { cursor?: string; limit: number });

/** The list routes: GET /api/v1/operations/<path> → rpc, cursor-paginated. */
export const OPERATION_LIST_ROUTES: ListRoute<
  Extract<OperationsRpc, 'ListMyOperations' | 'ListInvitations' | 'ListConflicts' | 'Calendar'>
>[] = [
  {
    path: 'mine',
    rpc: 'ListMyOperations',
    summary: 'Operations my unit leads or takes part in (invited, joined, declined)',
    query: s.mineQuery,
    request: (query) => ({ page: page(query), status: (query.status as string | undefined) ?? '' }),
    itemsField: 'operations',
    pageSchema: s.operationPageSchema,
  },
  {
    path: 'invitations',
    rpc: 'ListInvitations',
    summary: 'Invitations to my unit awaiting an answer',
    query: s.pageQuery,
    request: (query) => ({ page: page(query), status: '' }),
    itemsField: 'invitations',
    pageSchema: s.invitationPageSchema,
  },
  {
    path: 'conflicts',
    rpc: 'ListConflicts',
    summary: 'Deconfliction alerts on operations my unit leads',
    query: s.pageQuery,
    request: (query) => ({ page: page(query), status: '' }),
    itemsField: 'conflicts',
    pageSchema: s.conflictPageSchema,
  },
  {
    path: 'calendar',
    rpc: 'Calendar',
    summary: 'My unit’s operations whose window overlaps [from, to], earliest first',
    query: s.calendarQuery,
    request: (query) => ({ page: page(query), from: (query.from as string | undefined) ?? '', to: (query.to as string | undefined) ?? '' }),
    itemsField: 'operations',
    pageSchema: s.operationPageSchema,
  },
];
