import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { CommandResult } from '../http/command-routes';
import { createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';

/** What the gateway needs of the credit service: one unary call per rpc, plus readiness. */
export type CreditPort = GrpcPort<CreditMethods>;

export type BlacklistingCommandResult = proto.BlacklistingCommandResult__Output & CommandResult;
export type PublicationCommandResult = proto.PublicationCommandResult__Output & CommandResult;
type Generated = ClientMethods<proto.CreditServiceDefinition>;

/** The CreditService rpcs, typed from credit.proto. */
export type CreditMethods = {
  [K in keyof Generated]: Generated[K]['response'] extends proto.BlacklistingCommandResult__Output
    ? { request: Generated[K]['request']; response: BlacklistingCommandResult }
    : Generated[K]['response'] extends proto.PublicationCommandResult__Output
      ? { request: Generated[K]['request']; response: PublicationCommandResult }
      : Generated[K];
};
export type CreditRpc = keyof CreditMethods & string;
export type BlacklistingCommandRpc = {
  [K in CreditRpc]: CreditMethods[K]['response'] extends BlacklistingCommandResult ? K : never;
}[CreditRpc];

export type PublicationCommandRpc = {
  [K in CreditRpc]: CreditMethods[K]['response'] extends PublicationCommandResult ? K : never;
}[CreditRpc];

export const CREDIT_SERVICE = 'liaison.v1.CreditService';

export function createGrpcCreditPort(address: string, options: GrpcPortOptions = {}): CreditPort {
  return createGrpcPort<CreditMethods>(protoFile('credit'), CREDIT_SERVICE, address, options);
}
