import { protoFile, type Actor } from '@liaison/contracts';
import {
  createGrpcServer, createLogger, loadServiceDefinition, NotFoundError, PreconditionFailedError, type GrpcServer, type UnaryHandler,
} from '@liaison/platform';
import { OPERATIONS_SERVICE } from '../src/operations/grpc-operations';
import type { OperationDetail } from '../src/operations/operations-port';
import type { RecordedCall } from './fake-leads-server';

type Script = (request: Record<string, unknown>, actor: Actor | null) => unknown;

export const OPERATION_RPCS = [
  'ProposeOperation', 'InviteUnits', 'JoinOperation', 'DeclineInvitation', 'AssignTask', 'CompleteTask', 'SubmitDraft', 'Reschedule', 'Launch', 'ReportProgress',
  'Conclude', 'Cancel', 'ResolveConflict', 'GetOperation', 'ListMyOperations', 'ListInvitations', 'ListConflicts', 'Calendar',
] as const;

export const operation = (operationId: string, code: string, leadUnitId: string, invited: string[], version = 3): OperationDetail => ({
  operationId, version, status: 'proposed', leadUnitId, title: `operation ${operationId}`, handling: { code },
  participantUnitIds: [], invitations: invited.map((unitId) => ({ unitId, status: 'pending' })), tasks: [],
});

/**
 * A real gRPC server implementing OperationsService with an in-test fake: it records every call
 * and answers from a few canned operations, unless a test scripts the next answer of an rpc.
 */
export class FakeOperationsServer {
  readonly calls: RecordedCall[] = [];
  readonly operations = new Map<string, OperationDetail>();
  private readonly scripts = new Map<string, Script[]>();
  private readonly firstResults = new Map<string, unknown>();
  private server!: GrpcServer;
  port = 0;

  /** The next call of `method` runs `script` (answer or throw) instead of the default. */
  next(method: (typeof OPERATION_RPCS)[number], script: Script): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), script]);
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.operations.clear();
    this.scripts.clear();
  }

  async start(): Promise<number> {
    const implementation: Record<string, UnaryHandler> = {};
    for (const method of OPERATION_RPCS) {
      implementation[method] = async (request, ctx) => {
        const req = request as Record<string, unknown>;
        this.calls.push({ method, request: req, actor: ctx.actor, correlationId: ctx.correlationId, traceparent: ctx.traceparent });
        const script = this.scripts.get(method)?.shift();
        if (script) return script(req, ctx.actor);
        return this.answer(method, req);
      };
    }
    this.server = createGrpcServer({
      logger: createLogger('fake-operations', { level: 'silent' }),
      services: [{ definition: loadServiceDefinition(protoFile('operations'), OPERATIONS_SERVICE), implementation }],
    });
    this.port = await this.server.start(0, '127.0.0.1');
    return this.port;
  }

  stop(): Promise<void> {
    return this.server.shutdown(1_000);
  }

  private answer(method: string, req: Record<string, unknown>): unknown {
    const page = req.page as { cursor: string; pageSize: number } | undefined;
    const second = Boolean(page?.cursor);
    const nextPage = { nextCursor: second ? '' : 'cursor-2' };
    switch (method) {
      case 'GetOperation': {
        const found = this.operations.get(String(req.operationId));
        if (!found) throw new NotFoundError('operation', String(req.operationId));
        return found;
      }
      case 'ListMyOperations':
      case 'Calendar':
        return { operations: [{ operationId: second ? 'operation-page-2' : 'operation-page-1', version: 1, status: 'proposed', title: 't' }], page: nextPage };
      case 'ListInvitations':
        return { invitations: [{ operationId: 'operation-green', title: 't', leadUnitId: 'msb-jinshui', overdue: false }], page: nextPage };
      case 'ListConflicts':
        return { conflicts: [{ conflictId: 'conflict-1', otherKind: 'operation', otherOwnerUnitId: 'msb-erqi', pointerOnly: true }], page: nextPage };
      default: {
        const commandId = String(req.commandId);
        const first = this.firstResults.get(commandId);
        if (first) return { ...(first as object), duplicate: true };
        let result: Record<string, unknown>;
        if (method === 'ProposeOperation') {
          result = { operationId: `operation-${commandId}`, version: 1, status: 'proposed', duplicate: false };
        } else {
          const operationId = String(req.operationId);
          const current = this.operations.get(operationId);
          if (!current) throw new NotFoundError('operation', operationId);
          const pinned = Number(req.ifMatchVersion ?? 0);
          if (pinned > 0 && pinned !== current.version) throw new PreconditionFailedError(`operation-${operationId}`, pinned, current.version);
          result = { operationId, version: current.version + 1, status: 'proposed', duplicate: false, ...(method === 'AssignTask' ? { taskId: `task-${commandId}` } : {}) };
        }
        this.firstResults.set(commandId, result);
        return result;
      }
    }
  }
}
