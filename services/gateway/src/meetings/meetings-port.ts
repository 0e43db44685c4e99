import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { CommandResult } from '../http/command-routes';
import { createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';

/** What the gateway needs of the meetings service: one unary call per rpc, plus readiness. */
export type MeetingsPort = GrpcPort<MeetingsMethods>;

export type MeetingCommandResult = proto.MeetingCommandResult__Output & CommandResult;
type Generated = ClientMethods<proto.MeetingsServiceDefinition>;

/** The MeetingsService rpcs, typed from meetings.proto (camelCase fields as @grpc/proto-loader delivers them). */
export type MeetingsMethods = {
  [K in keyof Generated]: Generated[K]['response'] extends proto.MeetingCommandResult__Output
    ? { request: Generated[K]['request']; response: MeetingCommandResult }
    : Generated[K];
};
export type MeetingsRpc = keyof MeetingsMethods & string;
export type MeetingCommandRpc = {
  [K in MeetingsRpc]: MeetingsMethods[K]['response'] extends MeetingCommandResult ? K : never;
}[MeetingsRpc];

export const MEETINGS_SERVICE = 'liaison.v1.MeetingsService';

/** The MeetingsPort over gRPC: the platform client (deadlines, a signed identity token, trace context in metadata). */
export function createGrpcMeetingsPort(address: string, options: GrpcPortOptions = {}): MeetingsPort {
  return createGrpcPort<MeetingsMethods>(protoFile('meetings'), MEETINGS_SERVICE, address, options);
}
