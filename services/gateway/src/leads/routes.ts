import { ROLE_POLICY, requireRole } from '../auth/middleware';
import { pageOf, unitRefs, type ActionRoute, type ListRoute, type Reference } from '../http/command-routes';
import type { CommandRpc, LeadsRpc } from './leads-port';
import { leadOperationConflictPageSchema } from '../operations/schemas';
import * as s from './schemas';

export { unknownReferences, type Reference } from '../http/command-routes';

/** `body[field]` as a list of officer ids → references `field.<i>`. */
const officerRefs =
  (field: string) =>
  (body: Record<string, unknown>): Reference[] =>
    ((body[field] as string[] | undefined) ?? []).map((id, i) => ({ path: `${field}.${i}`, kind: 'officer' as const, id }));

/** One command route on an existing lead: POST /api/v1/leads/{id}/<path> → rpc. */
export interface LeadActionRoute extends ActionRoute<CommandRpc> {
  /** `requestId` path parameter (onward-sharing answers). */
  withRequestId?: boolean;
}

/** The command routes, 1:1 with the LeadsService rpcs (leads.proto). */
export const ACTION_ROUTES: LeadActionRoute[] = [
  {
    path: 'share',
    rpc: 'ShareLead',
    body: s.shareBody,
    summary: 'Share the lead with units (RED: naming at least one officer of each)',
    references: (body) => [...unitRefs('unitIds')(body), ...officerRefs('namedOfficerIds')(body)],
  },
  {
    path: 'onward-sharing-requests',
    rpc: 'RequestOnwardSharing',
    body: s.onwardSharingBody,
    summary: 'Ask the originator to share onward (restricted leads)',
    references: unitRefs('unitIds'),
  },
  {
    path: 'onward-sharing-requests/:requestId/approve',
    rpc: 'ApproveOnwardSharing',
    body: s.approveOnwardSharingBody,
    summary: 'Approve an onward-sharing request (originator; RED: naming at least one officer of each unit)',
    references: officerRefs('namedOfficerIds'),
    withRequestId: true,
  },
  {
    path: 'onward-sharing-requests/:requestId/refuse',
    rpc: 'RefuseOnwardSharing',
    body: s.answerOnwardSharingBody,
    summary: 'Refuse an onward-sharing request (originator)',
    withRequestId: true,
  },
  { path: 'acknowledge', rpc: 'AcknowledgeLead', body: s.emptyBody, summary: 'Acknowledge receipt (recipient unit)' },
  { path: 'accept', rpc: 'AcceptLead', body: s.emptyBody, summary: 'Accept the lead (recipient unit)' },
  { path: 'decline', rpc: 'DeclineLead', body: s.declineBody, summary: 'Decline the lead with a reason (recipient unit)' },
  {
    path: 'co-handling',
    rpc: 'AssignForCoHandling',
    body: s.coHandlingBody,
    summary: 'Assign units for co-handling with tasks',
    references: (body) =>
      ((body.tasks as { unitId: string }[] | undefined) ?? []).map((task, i) => ({
        path: `tasks.${i}.unitId`,
        kind: 'unit',
        id: task.unitId,
      })),
  },
  { path: 'feedback', rpc: 'RecordFeedback', body: s.feedbackBody, summary: 'Record feedback on the lead' },
  { path: 'regrade', rpc: 'RegradeLead', body: s.regradeBody, summary: 'Re-grade source reliability / information' },
  {
    path: 'suspected-crime',
    rpc: 'FlagSuspectedCrime',
    body: s.suspectedCrimeBody,
    summary: 'Flag a suspected crime (starts the transfer-decision limit)',
  },
  { path: 'transfer-decision', rpc: 'DecideTransfer', body: s.transferDecisionBody, summary: 'Decide whether to transfer to the police' },
  {
    path: 'hand-over',
    rpc: 'HandOverToPolice',
    body: s.handOverBody,
    summary: 'Hand the case over to a police unit',
    references: (body) => [{ path: 'policeUnitId', kind: 'unit', id: String(body.policeUnitId) }, ...officerRefs('namedOfficerIds')(body)],
  },
  {
    path: 'police-decision',
    rpc: 'RecordPoliceDecision',
    body: s.policeDecisionBody,
    summary: 'Record the police decision (opened / declined)',
  },
  {
    path: 'reconsideration',
    rpc: 'RequestReconsideration',
    body: s.reconsiderationBody,
    summary: 'Request reconsideration of a police refusal',
  },
  {
    path: 'reconsideration/answer',
    rpc: 'AnswerReconsideration',
    body: s.reconsiderationAnswerBody,
    summary: 'Answer a reconsideration request (police)',
  },
  // The transfer line after a police refusal, court-use consent (ADR 0014).
  {
    path: 'supervision',
    rpc: 'RequestProcuratorateSupervision',
    body: s.supervisionRequestBody,
    summary:
      'Ask the Procuratorate for case-filing supervision (立案监督) of a police refusal (owner, within its window; a right, not a duty)',
    references: (body) => [
      { path: 'procuratorateUnitId', kind: 'unit', id: String(body.procuratorateUnitId) },
      ...officerRefs('namedOfficerIds')(body),
    ],
  },
  {
    path: 'supervision/answer',
    rpc: 'AnswerSupervision',
    body: s.supervisionAnswerBody,
    summary: 'Answer a request for case-filing supervision (procurator of the unit asked)',
    role: requireRole(ROLE_POLICY.supervise),
  },
  {
    path: 'police-reasons',
    rpc: 'StatePoliceReasons',
    body: s.policeReasonsBody,
    summary: 'State the reasons for not opening a case, as the Procuratorate asked (police)',
  },
  {
    path: 'police-opening',
    rpc: 'RecordPoliceOpening',
    body: s.policeOpeningBody,
    summary: 'Record the opening of the case after a reversal or a Procuratorate notice (police)',
  },
  {
    path: 'transfer-decision/revisit',
    rpc: 'RevisitTransferDecision',
    body: s.revisitTransferBody,
    summary: 'Revisit a decision not to transfer on new facts (owner): back to suspected, new decision deadline',
  },
  {
    path: 'court-use-consents',
    rpc: 'RequestCourtUseConsent',
    body: s.courtUseConsentBody,
    summary: 'Ask the originator to allow court use by a unit (noCourtUseWithoutConsent; needed before a hand-over)',
    references: (body) => [{ path: 'unitId', kind: 'unit', id: String(body.unitId) }],
  },
  {
    path: 'court-use-consents/:requestId/approve',
    rpc: 'ApproveCourtUseConsent',
    body: s.answerCourtUseConsentBody,
    summary: 'Approve a court-use consent request (originator)',
    withRequestId: true,
  },
  {
    path: 'court-use-consents/:requestId/refuse',
    rpc: 'RefuseCourtUseConsent',
    body: s.answerCourtUseConsentBody,
    summary: 'Refuse a court-use consent request (originator)',
    withRequestId: true,
  },
  { path: 'close', rpc: 'CloseLead', body: s.closeBody, summary: 'Close the lead with an outcome' },
  { path: 'links', rpc: 'LinkLead', body: s.linkBody, summary: 'Link to another lead (duplicate / related)' },
  {
    path: 'escalations',
    rpc: 'EscalateForJointAction',
    body: s.escalateBody,
    summary: 'Escalate for joint action (owner): drafts a joint operation for the owner unit',
  },
];

export const postLeadReferences = (body: Record<string, unknown>): Reference[] => {
  const location = body.location as { jurisdiction?: string } | undefined;
  const handling = body.handling as { namedOfficerIds?: string[] } | undefined;
  return [
    ...(location?.jurisdiction ? [{ path: 'location.jurisdiction', kind: 'jurisdiction' as const, id: location.jurisdiction }] : []),
    ...(handling?.namedOfficerIds ?? []).map((id, i) => ({ path: `handling.namedOfficerIds.${i}`, kind: 'officer' as const, id })),
  ];
};

const listRequest = (query: Record<string, unknown>) => ({
  page: pageOf(query as { cursor?: string; limit: number }),
  status: (query.status as string | undefined) ?? '',
});

/** The list routes: GET /api/v1/leads/<path> → rpc, cursor-paginated (search is GET /api/v1/leads). */
export const LIST_ROUTES: ListRoute<
  Extract<LeadsRpc, 'ListInbox' | 'ListOutbox' | 'ListOverdue' | 'SearchLeads' | 'ListOperationConflicts' | 'ListSupervisedLeads'>
>[] = [
  {
    path: 'supervision',
    rpc: 'ListSupervisedLeads',
    summary: 'The transfer cases my Procuratorate unit is asked to supervise (procurators only)',
    query: s.listQuery,
    request: listRequest,
    itemsField: 'leads',
    pageSchema: s.leadPageSchema,
    role: requireRole(ROLE_POLICY.supervise),
  },
  {
    path: 'operation-conflicts',
    rpc: 'ListOperationConflicts',
    summary:
      'Deconfliction alerts on leads my unit owns: other units’ operations on the same subject (pointer only when I may not see them)',
    query: s.listQuery,
    request: listRequest,
    itemsField: 'conflicts',
    pageSchema: leadOperationConflictPageSchema,
  },
  {
    path: 'inbox',
    rpc: 'ListInbox',
    summary: 'Leads shared with my unit',
    query: s.listQuery,
    request: listRequest,
    itemsField: 'leads',
    pageSchema: s.leadPageSchema,
  },
  {
    path: 'outbox',
    rpc: 'ListOutbox',
    summary: 'Leads my unit posted, with each recipient’s status',
    query: s.listQuery,
    request: listRequest,
    itemsField: 'leads',
    pageSchema: s.leadPageSchema,
  },
  {
    path: 'overdue',
    rpc: 'ListOverdue',
    summary: 'Time-limit breaches visible to me',
    query: s.listQuery,
    request: listRequest,
    itemsField: 'items',
    pageSchema: s.overduePageSchema,
  },
  {
    path: '',
    rpc: 'SearchLeads',
    summary: 'Search leads by filters',
    query: s.searchQuery,
    itemsField: 'leads',
    pageSchema: s.leadPageSchema,
    request: ({ cursor, limit, ...filters }) => ({
      page: pageOf({ cursor: cursor as string | undefined, limit: limit as number }),
      ...Object.fromEntries(
        ['category', 'jurisdiction', 'status', 'ownerUnitId', 'creditCode', 'text', 'postedFrom', 'postedTo'].map((key) => [
          key,
          (filters[key] as string | undefined) ?? '',
        ]),
      ),
    }),
  },
];
