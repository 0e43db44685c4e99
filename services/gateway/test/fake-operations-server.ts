import { protoFile } from '@liaison/contracts';
import { NotFoundError } from '@liaison/platform';
import { FakeGrpcServer } from '@liaison/platform/testing';
import { OPERATIONS_SERVICE } from '../src/operations/grpc-operations';
import type { OperationDetail } from '../src/operations/operations-port';

export const OPERATION_RPCS = [
  'ProposeOperation',
  'InviteUnits',
  'JoinOperation',
  'DeclineInvitation',
  'AssignTask',
  'CompleteTask',
  'SubmitDraft',
  'Reschedule',
  'Launch',
  'ReportProgress',
  'Conclude',
  'Cancel',
  'ResolveConflict',
  'GetOperation',
  'ListMyOperations',
  'ListInvitations',
  'ListConflicts',
  'Calendar',
  'ResolveLeadConflict',
  'ListAccountability',
  'ExplainBreach',
] as const;

export const operation = (operationId: string, code: string, leadUnitId: string, invited: string[], version = 3): OperationDetail =>
  ({
    operationId,
    version,
    status: 'proposed',
    leadUnitId,
    title: `operation ${operationId}`,
    handling: { code },
    participantUnitIds: [],
    invitations: invited.map((unitId) => ({ unitId, status: 'pending' })),
    tasks: [],
  }) as unknown as OperationDetail; // only the fields the gateway reads

/**
 * OperationsService as a real gRPC server (@liaison/platform/testing's FakeGrpcServer: it records
 * every call, lets a test script the next answer of an rpc) answering from a few canned operations.
 */
export class FakeOperationsServer extends FakeGrpcServer<(typeof OPERATION_RPCS)[number]> {
  readonly operations = new Map<string, OperationDetail>();

  constructor() {
    super({
      protoPath: protoFile('operations'),
      serviceName: OPERATIONS_SERVICE,
      rpcs: OPERATION_RPCS,
      answer: (method, req) => this.answer(method, req),
    });
  }

  override reset(): void {
    super.reset();
    this.operations.clear();
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
        return {
          operations: [{ operationId: second ? 'operation-page-2' : 'operation-page-1', version: 1, status: 'proposed', title: 't' }],
          page: nextPage,
        };
      case 'ListInvitations':
        return {
          invitations: [
            { operationId: 'operation-b0000000-0000-4000-8000-000000000003', title: 't', leadUnitId: 'msb-jinshui', overdue: false },
          ],
          page: nextPage,
        };
      case 'ListConflicts':
        return {
          conflicts: [{ conflictId: 'conflict-1', otherKind: 'operation', otherOwnerUnitId: 'msb-erqi', pointerOnly: true }],
          page: nextPage,
        };
      case 'ProposeOperation': {
        const operationId = `operation-${String(req.commandId)}`;
        return this.command(req, operationId, 0, () => ({ operationId, version: 1, status: 'proposed' }));
      }
      default: {
        const operationId = String(req.operationId);
        const current = this.operations.get(operationId);
        return this.command(req, operationId, current?.version ?? null, () => ({
          operationId,
          version: current!.version + 1,
          status: 'proposed',
          ...(method === 'AssignTask' ? { taskId: `task-${String(req.commandId)}` } : {}),
        }));
      }
    }
  }
}
