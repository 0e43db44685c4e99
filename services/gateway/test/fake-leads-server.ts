import { protoFile } from '@liaison/contracts';
import { NotFoundError } from '@liaison/platform';
import { FakeGrpcServer } from '@liaison/platform/testing';
import { LEADS_SERVICE } from '../src/leads/grpc-leads';
import type { LeadDetail } from '../src/leads/leads-port';

export type { RecordedCall } from '@liaison/platform/testing';

const RPCS = [
  'PostLead',
  'ShareLead',
  'RequestOnwardSharing',
  'ApproveOnwardSharing',
  'RefuseOnwardSharing',
  'AcknowledgeLead',
  'AcceptLead',
  'DeclineLead',
  'AssignForCoHandling',
  'RecordFeedback',
  'RegradeLead',
  'FlagSuspectedCrime',
  'DecideTransfer',
  'HandOverToPolice',
  'RecordPoliceDecision',
  'RequestReconsideration',
  'AnswerReconsideration',
  'CloseLead',
  'LinkLead',
  'EscalateForJointAction',
  'GetLead',
  'ListInbox',
  'ListOutbox',
  'ListOverdue',
  'SearchLeads',
  'CountLeads',
  'RequestProcuratorateSupervision',
  'AnswerSupervision',
  'StatePoliceReasons',
  'RecordPoliceOpening',
  'RevisitTransferDecision',
  'RequestCourtUseConsent',
  'ApproveCourtUseConsent',
  'RefuseCourtUseConsent',
  'ListSupervisedLeads',
  'ListOperationConflicts',
  'ListAccountability',
  'ExplainBreach',
] as const;

// Only the fields the gateway reads; the rest of the generated message stays absent.
export const lead = (leadId: string, code: string, ownerUnitId: string, recipients: string[], version = 3): LeadDetail =>
  ({
    leadId,
    version,
    status: 'shared',
    ownerUnitId,
    title: `lead ${leadId}`,
    handling: { code },
    recipients: recipients.map((unitId) => ({ unitId, status: 'shared' })),
    coHandlingTasks: [],
    transfer: null,
  }) as unknown as LeadDetail;

/**
 * LeadsService as a real gRPC server (@liaison/platform/testing's FakeGrpcServer: it records
 * every call, lets a test script the next answer of an rpc) answering from a few canned leads.
 */
export class FakeLeadsServer extends FakeGrpcServer<(typeof RPCS)[number]> {
  readonly leads = new Map<string, LeadDetail>();

  constructor() {
    super({ protoPath: protoFile('leads'), serviceName: LEADS_SERVICE, rpcs: RPCS, answer: (method, req) => this.answer(method, req) });
  }

  private answer(method: string, req: Record<string, unknown>): unknown {
    const page = req.page as { cursor: string; pageSize: number } | undefined;
    switch (method) {
      case 'GetLead': {
        const found = this.leads.get(String(req.leadId));
        if (!found) throw new NotFoundError('lead', String(req.leadId));
        return found;
      }
      case 'ListInbox':
      case 'ListOutbox':
      case 'SearchLeads':
      case 'ListSupervisedLeads':
        return {
          leads: [{ leadId: page?.cursor ? 'lead-page-2' : 'lead-page-1', version: 1, status: 'shared', title: 't' }],
          page: { nextCursor: page?.cursor ? '' : 'cursor-2' },
        };
      case 'ListOverdue':
        return {
          items: [
            {
              leadId: 'lead-a0000000-0000-4000-8000-000000000001',
              title: 't',
              ownerUnitId: 'msb-jinshui',
              breach: { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: 'x', detectedAt: 'y' },
            },
          ],
          page: { nextCursor: '' },
        };
      case 'ListOperationConflicts':
        return { conflicts: [], page: { nextCursor: '' } };
      case 'CountLeads':
        return { byCategory: [{ key: 'counterfeit_food', count: 2 }], byJurisdiction: [], byStatus: [], total: 2 };
      case 'PostLead':
        return this.command(req, `lead-${String(req.commandId)}`, 0, () => ({
          leadId: `lead-${String(req.commandId)}`,
          version: 1,
          status: 'posted',
        }));
      default: {
        const leadId = String(req.leadId);
        const current = this.leads.get(leadId);
        return this.command(req, leadId, current?.version ?? null, () => ({
          leadId,
          version: current!.version + 1,
          status: 'in_progress',
        }));
      }
    }
  }
}
