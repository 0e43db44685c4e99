import type { CommandResult, PageInfo } from '../http/command-routes';
import type { GrpcPort } from '../http/grpc-port';

/** What the gateway needs of the operations service: one unary call per rpc, plus readiness. */
export type OperationsPort = GrpcPort<OperationsMethods>;

export interface OperationCommandResult extends CommandResult {
  operationId: string;
  version: number;
  status: string;
  duplicate: boolean;
  /** AssignTask only. */
  taskId: string;
}

export interface OperationDetail {
  operationId: string;
  version: number;
  status: string;
  leadUnitId: string;
  participantUnitIds: string[];
  invitations: { unitId: string; status: string }[];
  tasks: { taskId: string; unitId: string }[];
  handling?: { code: string } | null;
  [field: string]: unknown;
}

export interface OperationPage {
  operations: Record<string, unknown>[];
  page?: PageInfo | null;
}
export interface InvitationPage {
  invitations: Record<string, unknown>[];
  page?: PageInfo | null;
}
export interface ConflictPage {
  conflicts: Record<string, unknown>[];
  page?: PageInfo | null;
}

type Req = Record<string, unknown>;

/** The OperationsService rpcs (operations.proto), camelCase fields as @grpc/proto-loader delivers them. */
export type OperationsMethods = {
  ProposeOperation: { request: Req; response: OperationCommandResult };
  InviteUnits: { request: Req; response: OperationCommandResult };
  JoinOperation: { request: Req; response: OperationCommandResult };
  DeclineInvitation: { request: Req; response: OperationCommandResult };
  AssignTask: { request: Req; response: OperationCommandResult };
  CompleteTask: { request: Req; response: OperationCommandResult };
  Reschedule: { request: Req; response: OperationCommandResult };
  SubmitDraft: { request: Req; response: OperationCommandResult };
  Launch: { request: Req; response: OperationCommandResult };
  ReportProgress: { request: Req; response: OperationCommandResult };
  Conclude: { request: Req; response: OperationCommandResult };
  Cancel: { request: Req; response: OperationCommandResult };
  ResolveConflict: { request: Req; response: OperationCommandResult };
  GetOperation: { request: { operationId: string }; response: OperationDetail };
  ListMyOperations: { request: Req; response: OperationPage };
  ListInvitations: { request: Req; response: InvitationPage };
  ListConflicts: { request: Req; response: ConflictPage };
  Calendar: { request: Req; response: OperationPage };
};

export type OperationsRpc = keyof OperationsMethods & string;
export type OperationCommandRpc = {
  [K in OperationsRpc]: OperationsMethods[K]['response'] extends OperationCommandResult ? K : never;
}[OperationsRpc];
