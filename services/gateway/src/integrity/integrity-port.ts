import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import { createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';

export const INTEGRITY_SERVICE = 'liaison.v1.IntegrityService';

export type IntegrityMethods = ClientMethods<proto.IntegrityServiceDefinition>;

/** liaison.v1.IntegrityService of one backend (every service serves it for its own streams). */
export type IntegrityPort = GrpcPort<IntegrityMethods>;

/** The IntegrityPort of the service at `address` (the same address as its main service). */
export function createGrpcIntegrityPort(address: string, options: GrpcPortOptions = {}): IntegrityPort {
  return createGrpcPort<IntegrityMethods>(protoFile('integrity'), INTEGRITY_SERVICE, address, options);
}
