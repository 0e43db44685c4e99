import type { proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { CommandResult, PageInfo } from '../http/command-routes';
import type { CallContext, GrpcPort } from '../http/grpc-port';

export type { PageInfo };

/** What the gateway needs of the leads service: one unary call per rpc, plus readiness. */
export type LeadsPort = GrpcPort<LeadsMethods>;

export type LeadsCallContext = CallContext;

/** Command answers, with the record-id field the generic command routes read by name. */
export type LeadCommandResult = proto.LeadCommandResult__Output & CommandResult;
export type LeadDetail = proto.LeadDetail__Output;
export type LeadPage = proto.LeadPage__Output;
export type OverduePage = proto.OverduePage__Output;
export type LeadCounts = proto.LeadCounts__Output;

type Generated = ClientMethods<proto.LeadsServiceDefinition>;

/**
 * The LeadsService rpcs, typed from leads.proto by proto-loader-gen-types (camelCase fields as
 * @grpc/proto-loader delivers them): requests as a caller may send them, responses with
 * defaults filled in.
 */
export type LeadsMethods = {
  [K in keyof Generated]: Generated[K]['response'] extends proto.LeadCommandResult__Output
    ? { request: Generated[K]['request']; response: LeadCommandResult }
    : Generated[K];
};

export type LeadsRpc = keyof LeadsMethods & string;
export type CommandRpc = { [K in LeadsRpc]: LeadsMethods[K]['response'] extends LeadCommandResult ? K : never }[LeadsRpc];
