import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import { createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';

/** The RegistryService rpcs, typed from registry.proto by proto-loader-gen-types. */
export type RegistryMethods = ClientMethods<proto.RegistryServiceDefinition>;
export type RegistryRpc = keyof RegistryMethods & string;
export type RegistryCommandRpc = {
  [K in RegistryRpc]: RegistryMethods[K]['response'] extends proto.RegistryCommandResult__Output ? K : never;
}[RegistryRpc];

/** What the gateway needs of the registry service: one unary call per rpc, plus readiness. */
export type RegistryPort = GrpcPort<RegistryMethods>;

export const REGISTRY_SERVICE = 'liaison.v1.RegistryService';

export function createGrpcRegistryPort(address: string, options: GrpcPortOptions = {}): RegistryPort {
  return createGrpcPort<RegistryMethods>(protoFile('registry'), REGISTRY_SERVICE, address, options);
}
