import { protoFile } from '@liaison/contracts';
import { createGrpcPort, type GrpcPortOptions } from '../http/grpc-port';
import type { OperationsMethods, OperationsPort } from './operations-port';

export const OPERATIONS_SERVICE = 'liaison.v1.OperationsService';

/** The OperationsPort over gRPC: the platform client (deadlines, a signed identity token, trace context in metadata). */
export function createGrpcOperationsPort(address: string, options: GrpcPortOptions = {}): OperationsPort {
  return createGrpcPort<OperationsMethods>(protoFile('operations'), OPERATIONS_SERVICE, address, options);
}
