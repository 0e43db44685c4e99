import { protoFile, type Actor } from '@liaison/contracts';
import {
  createGrpcServer, createLogger, loadServiceDefinition, NotFoundError, PreconditionFailedError, type GrpcServer, type UnaryHandler,
} from '@liaison/platform';
import { LEADS_SERVICE } from '../src/leads/grpc-leads';
import type { LeadDetail } from '../src/leads/leads-port';

export interface RecordedCall {
  method: string;
  request: Record<string, unknown>;
  actor: Actor | null;
  correlationId: string;
  traceparent: string | null;
}

type Script = (request: Record<string, unknown>, actor: Actor | null) => unknown;

const RPCS = [
  'PostLead', 'ShareLead', 'RequestOnwardSharing', 'ApproveOnwardSharing', 'RefuseOnwardSharing', 'AcknowledgeLead', 'AcceptLead',
  'DeclineLead', 'AssignForCoHandling', 'RecordFeedback', 'RegradeLead', 'FlagSuspectedCrime', 'DecideTransfer', 'HandOverToPolice',
  'RecordPoliceDecision', 'RequestReconsideration', 'AnswerReconsideration', 'CloseLead', 'LinkLead', 'EscalateForJointAction',
  'GetLead', 'ListInbox', 'ListOutbox', 'ListOverdue', 'SearchLeads', 'CountLeads',
] as const;

export const lead = (leadId: string, code: string, ownerUnitId: string, recipients: string[], version = 3): LeadDetail => ({
  leadId, version, status: 'shared', ownerUnitId, title: `lead ${leadId}`, handling: { code },
  recipients: recipients.map((unitId) => ({ unitId, status: 'shared' })), coHandlingTasks: [], transfer: null,
});

/**
 * A real gRPC server implementing LeadsService with an in-test fake: it records every call and
 * answers from a few canned leads, unless a test scripts the next answer of an rpc.
 */
export class FakeLeadsServer {
  readonly calls: RecordedCall[] = [];
  readonly leads = new Map<string, LeadDetail>();
  private readonly scripts = new Map<string, Script[]>();
  private readonly firstResults = new Map<string, unknown>();
  private server!: GrpcServer;
  port = 0;

  /** The next call of `method` runs `script` (answer or throw) instead of the default. */
  next(method: (typeof RPCS)[number], script: Script): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), script]);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async start(): Promise<number> {
    const implementation: Record<string, UnaryHandler> = {};
    for (const method of RPCS) {
      implementation[method] = async (request, ctx) => {
        const req = request as Record<string, unknown>;
        this.calls.push({ method, request: req, actor: ctx.actor, correlationId: ctx.correlationId, traceparent: ctx.traceparent });
        const script = this.scripts.get(method)?.shift();
        if (script) return script(req, ctx.actor);
        return this.answer(method, req);
      };
    }
    this.server = createGrpcServer({
      logger: createLogger('fake-leads', { level: 'silent' }),
      services: [{ definition: loadServiceDefinition(protoFile('leads'), LEADS_SERVICE), implementation }],
    });
    this.port = await this.server.start(0, '127.0.0.1');
    return this.port;
  }

  stop(): Promise<void> {
    return this.server.shutdown(1_000);
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
        return {
          leads: [{ leadId: page?.cursor ? 'lead-page-2' : 'lead-page-1', version: 1, status: 'shared', title: 't' }],
          page: { nextCursor: page?.cursor ? '' : 'cursor-2' },
        };
      case 'ListOverdue':
        return { items: [{ leadId: 'lead-amber', title: 't', ownerUnitId: 'msb-jinshui', breach: { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: 'x', detectedAt: 'y' } }], page: { nextCursor: '' } };
      case 'CountLeads':
        return { byCategory: [{ key: 'counterfeit_food', count: 2 }], byJurisdiction: [], byStatus: [], total: 2 };
      default: {
        const commandId = String(req.commandId);
        const first = this.firstResults.get(commandId);
        if (first) return { ...(first as object), duplicate: true };
        let result: Record<string, unknown>;
        if (method === 'PostLead') {
          result = { leadId: `lead-${commandId}`, version: 1, status: 'posted', duplicate: false };
        } else {
          const leadId = String(req.leadId);
          const current = this.leads.get(leadId);
          if (!current) throw new NotFoundError('lead', leadId);
          const pinned = Number(req.ifMatchVersion ?? 0);
          if (pinned > 0 && pinned !== current.version) throw new PreconditionFailedError(`lead-${leadId}`, pinned, current.version);
          result = { leadId, version: current.version + 1, status: 'in_progress', duplicate: false };
        }
        this.firstResults.set(commandId, result);
        return result;
      }
    }
  }
}
