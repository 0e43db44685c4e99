import type { proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { CommandResult } from '../http/command-routes';
import type { GrpcPort } from '../http/grpc-port';

/** What the gateway needs of the operations service: one unary call per rpc, plus readiness. */
export type OperationsPort = GrpcPort<OperationsMethods>;

/** Command answers, with the record-id field the generic command routes read by name. */
export type OperationCommandResult = proto.OperationCommandResult__Output & CommandResult;
export type OperationDetail = proto.OperationDetail__Output;
export type OperationPage = proto.OperationPage__Output;
export type InvitationPage = proto.InvitationPage__Output;
export type ConflictPage = proto.ConflictPage__Output;

type Generated = ClientMethods<proto.OperationsServiceDefinition>;

/**
 * The OperationsService rpcs, typed from operations.proto by proto-loader-gen-types (camelCase
 * fields as @grpc/proto-loader delivers them): requests as a caller may send them, responses
 * with defaults filled in.
 */
export type OperationsMethods = {
  [K in keyof Generated]: Generated[K]['response'] extends proto.OperationCommandResult__Output
    ? { request: Generated[K]['request']; response: OperationCommandResult }
    : Generated[K];
};

export type OperationsRpc = keyof OperationsMethods & string;
export type OperationCommandRpc = {
  [K in OperationsRpc]: OperationsMethods[K]['response'] extends OperationCommandResult ? K : never;
}[OperationsRpc];
