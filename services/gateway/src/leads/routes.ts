import type { z } from 'zod';
import type { Directory } from '@liaison/contracts';
import type { CommandRpc, LeadsRpc } from './leads-port';
import * as s from './schemas';

/** A reference to registry data inside a body, checked against the directory (400 if unknown). */
export interface Reference {
  path: string;
  kind: 'unit' | 'jurisdiction' | 'officer';
  id: string;
}

/** One command route on an existing lead: POST /api/v1/leads/{id}/<path> → rpc. */
export interface ActionRoute {
  path: string;
  rpc: CommandRpc;
  body: z.ZodType;
  summary: string;
  /** `requestId` path parameter (onward-sharing answers). */
  withRequestId?: boolean;
  references?(body: Record<string, unknown>): Reference[];
}

const unitRefs = (field: string) => (body: Record<string, unknown>): Reference[] =>
  ((body[field] as string[] | undefined) ?? []).map((id, i) => ({ path: `${field}.${i}`, kind: 'unit' as const, id }));

/** The command routes, 1:1 with the LeadsService rpcs (leads.proto). */
export const ACTION_ROUTES: ActionRoute[] = [
  { path: 'share', rpc: 'ShareLead', body: s.shareBody, summary: 'Share the lead with units', references: unitRefs('unitIds') },
  { path: 'onward-sharing-requests', rpc: 'RequestOnwardSharing', body: s.onwardSharingBody, summary: 'Ask the originator to share onward (restricted leads)', references: unitRefs('unitIds') },
  { path: 'onward-sharing-requests/:requestId/approve', rpc: 'ApproveOnwardSharing', body: s.answerOnwardSharingBody, summary: 'Approve an onward-sharing request (originator)', withRequestId: true },
  { path: 'onward-sharing-requests/:requestId/refuse', rpc: 'RefuseOnwardSharing', body: s.answerOnwardSharingBody, summary: 'Refuse an onward-sharing request (originator)', withRequestId: true },
  { path: 'acknowledge', rpc: 'AcknowledgeLead', body: s.emptyBody, summary: 'Acknowledge receipt (recipient unit)' },
  { path: 'accept', rpc: 'AcceptLead', body: s.emptyBody, summary: 'Accept the lead (recipient unit)' },
  { path: 'decline', rpc: 'DeclineLead', body: s.declineBody, summary: 'Decline the lead with a reason (recipient unit)' },
  {
    path: 'co-handling', rpc: 'AssignForCoHandling', body: s.coHandlingBody, summary: 'Assign units for co-handling with tasks',
    references: (body) => ((body.tasks as { unitId: string }[] | undefined) ?? []).map((task, i) => ({ path: `tasks.${i}.unitId`, kind: 'unit', id: task.unitId })),
  },
  { path: 'feedback', rpc: 'RecordFeedback', body: s.feedbackBody, summary: 'Record feedback on the lead' },
  { path: 'regrade', rpc: 'RegradeLead', body: s.regradeBody, summary: 'Re-grade source reliability / information' },
  { path: 'suspected-crime', rpc: 'FlagSuspectedCrime', body: s.suspectedCrimeBody, summary: 'Flag a suspected crime (starts the transfer-decision limit)' },
  { path: 'transfer-decision', rpc: 'DecideTransfer', body: s.transferDecisionBody, summary: 'Decide whether to transfer to the police' },
  {
    path: 'hand-over', rpc: 'HandOverToPolice', body: s.handOverBody, summary: 'Hand the case over to a police unit',
    references: (body) => [{ path: 'policeUnitId', kind: 'unit', id: String(body.policeUnitId) }],
  },
  { path: 'police-decision', rpc: 'RecordPoliceDecision', body: s.policeDecisionBody, summary: 'Record the police decision (opened / declined)' },
  { path: 'reconsideration', rpc: 'RequestReconsideration', body: s.reconsiderationBody, summary: 'Request reconsideration of a police refusal' },
  { path: 'reconsideration/answer', rpc: 'AnswerReconsideration', body: s.reconsiderationAnswerBody, summary: 'Answer a reconsideration request (police)' },
  { path: 'close', rpc: 'CloseLead', body: s.closeBody, summary: 'Close the lead with an outcome' },
  { path: 'links', rpc: 'LinkLead', body: s.linkBody, summary: 'Link to another lead (duplicate / related)' },
];

export const postLeadReferences = (body: Record<string, unknown>): Reference[] => {
  const location = body.location as { jurisdiction?: string } | undefined;
  const handling = body.handling as { namedOfficerIds?: string[] } | undefined;
  return [
    ...(location?.jurisdiction ? [{ path: 'location.jurisdiction', kind: 'jurisdiction' as const, id: location.jurisdiction }] : []),
    ...(handling?.namedOfficerIds ?? []).map((id, i) => ({ path: `handling.namedOfficerIds.${i}`, kind: 'officer' as const, id })),
  ];
};

/** The references that the directory does not know, as validation issues. */
export function unknownReferences(directory: Directory, references: Reference[]): { path: string; message: string }[] {
  return references
    .filter((ref) =>
      ref.kind === 'unit' ? !directory.unit(ref.id) : ref.kind === 'jurisdiction' ? !directory.jurisdiction(ref.id) : !directory.officer(ref.id),
    )
    .map((ref) => ({ path: ref.path, message: `unknown ${ref.kind} "${ref.id}"` }));
}

/** The list routes: GET /api/v1/leads/<path> → rpc, cursor-paginated. */
export const LIST_ROUTES: { path: string; rpc: Extract<LeadsRpc, 'ListInbox' | 'ListOutbox' | 'ListOverdue'>; summary: string }[] = [
  { path: 'inbox', rpc: 'ListInbox', summary: 'Leads shared with my unit' },
  { path: 'outbox', rpc: 'ListOutbox', summary: 'Leads my unit posted, with each recipient’s status' },
  { path: 'overdue', rpc: 'ListOverdue', summary: 'Time-limit breaches visible to me' },
];
