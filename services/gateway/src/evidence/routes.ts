import { pageOf, unitRefs, type ActionRoute, type ListRoute, type Reference } from '../http/command-routes';
import type { EvidenceCommandRpc, EvidenceRpc } from './evidence-port';
import * as s from './schemas';

/**
 * The command routes on an existing item, 1:1 with the EvidenceService rpcs (evidence.proto):
 * POST /api/v1/evidence/{id}/<path> → rpc. The caller's unit must take part in the item (the
 * registering, collecting or custodian unit, or a unit asked to recognise it); who may do what
 * among them (a target unit answers its own request once, the originator consents) is the
 * service's to decide.
 */
export const EVIDENCE_ACTION_ROUTES: ActionRoute<EvidenceCommandRpc>[] = [
  {
    path: 'custody',
    rpc: 'RecordCustodyTransfer',
    body: s.custodyTransferBody,
    summary: 'Record a custody transfer to another unit (the current custodian)',
    references: (body) => [
      { path: 'toUnitId', kind: 'unit', id: String(body.toUnitId) },
      { path: 'toOfficerId', kind: 'officer', id: String(body.toOfficerId) },
      ...(body.fromOfficerId ? [{ path: 'fromOfficerId', kind: 'officer' as const, id: String(body.fromOfficerId) }] : []),
    ],
  },
  {
    path: 'test-reports',
    rpc: 'AttachTestReport',
    body: s.attachTestReportBody,
    summary: 'Attach an inspection or test report (检验鉴定), itself a registered item, to the item it tested',
  },
  {
    path: 'recognition-requests',
    rpc: 'RequestRecognition',
    body: s.requestRecognitionBody,
    summary: 'Ask units that take part in the linked lead or operation to recognise the item; answers requestId',
    references: (body) => [
      ...unitRefs('targetUnitIds')(body),
      ...((body.namedOfficerIds as string[] | undefined) ?? []).map((id, i) => ({
        path: `namedOfficerIds.${i}`,
        kind: 'officer' as const,
        id,
      })),
    ],
    answer: ['requestId'],
  },
  {
    path: 'recognition-requests/:requestId/recognise',
    rpc: 'Recognise',
    body: s.recogniseBody,
    summary: 'Recognise the item (a unit asked by the request; once: a changed mind is a revocation)',
  },
  {
    path: 'recognition-requests/:requestId/recognise-with-conditions',
    rpc: 'RecogniseWithConditions',
    body: s.recogniseWithConditionsBody,
    summary: 'Recognise the item with conditions (a unit asked by the request; once)',
  },
  {
    path: 'recognition-requests/:requestId/reject',
    rpc: 'RejectRecognition',
    body: s.rejectRecognitionBody,
    summary: 'Refuse to recognise the item, with a reason (a unit asked by the request; once)',
  },
  {
    path: 'recognition-requests/:requestId/revoke',
    rpc: 'RevokeRecognition',
    body: s.revokeRecognitionBody,
    summary: 'Withdraw the unit’s earlier (conditional) recognition, with a reason',
  },
  {
    path: 'court-use-consent',
    rpc: 'RecordCourtUseConsent',
    body: s.courtUseConsentBody,
    summary: 'The originator consents to court use, by the units named, of an item marked noCourtUseWithoutConsent',
    references: unitRefs('unitIds'),
  },
  {
    path: 'integrity-checks',
    rpc: 'VerifyIntegrity',
    body: s.verifyIntegrityBody,
    summary: 'Compare a presented SHA-256 with the registered one; answers integrity verified | mismatch (a mismatch is recorded)',
    answer: ['integrity'],
  },
];

export const registrationReferences = (body: Record<string, unknown>): Reference[] => {
  const handling = body.handling as { namedOfficerIds?: string[] } | undefined;
  return [
    ...(body.collectedByUnitId ? [{ path: 'collectedByUnitId', kind: 'unit' as const, id: String(body.collectedByUnitId) }] : []),
    ...(body.collectedByOfficerId
      ? [{ path: 'collectedByOfficerId', kind: 'officer' as const, id: String(body.collectedByOfficerId) }]
      : []),
    ...(handling?.namedOfficerIds ?? []).map((id, i) => ({ path: `handling.namedOfficerIds.${i}`, kind: 'officer' as const, id })),
  ];
};

type Query = Record<string, unknown>;
const page = (query: Query) => pageOf(query as { cursor?: string; limit: number });
const text = (value: unknown) => (value as string | undefined) ?? '';

/** The list routes: GET /api/v1/evidence/<path> → rpc, cursor-paginated. */
export const EVIDENCE_LIST_ROUTES: ListRoute<Extract<EvidenceRpc, 'ListEvidence' | 'ListRecognitionRequests'>>[] = [
  {
    path: '',
    rpc: 'ListEvidence',
    summary: 'Items of my unit (registered by it or in its custody), newest first; filter by kind, lead or operation',
    query: s.listEvidenceQuery,
    request: (query) => ({ page: page(query), kind: text(query.kind), leadId: text(query.leadId), operationId: text(query.operationId) }),
    itemsField: 'items',
    pageSchema: s.evidencePageSchema,
  },
  {
    path: 'recognition-requests',
    rpc: 'ListRecognitionRequests',
    summary: 'Recognition requests awaiting an answer from my unit',
    query: s.pageQuery,
    request: (query) => ({ page: page(query) }),
    itemsField: 'requests',
    pageSchema: s.recognitionRequestPageSchema,
  },
];
