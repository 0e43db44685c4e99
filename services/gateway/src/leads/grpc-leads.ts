import { protoFile } from '@liaison/contracts';
import { createGrpcPort, type GrpcPortOptions } from '../http/grpc-port';
import type { LeadsMethods, LeadsPort } from './leads-port';

export const LEADS_SERVICE = 'liaison.v1.LeadsService';

/** The LeadsPort over gRPC: the platform client (deadlines, a signed identity token, trace context in metadata). */
export function createGrpcLeadsPort(address: string, options: GrpcPortOptions = {}): LeadsPort {
  return createGrpcPort<LeadsMethods>(protoFile('leads'), LEADS_SERVICE, address, options);
}
