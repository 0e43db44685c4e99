import { protoFile } from '@liaison/contracts';
import { createGrpcPort, type GrpcPortOptions } from '../http/grpc-port';
import type { EvidenceMethods, EvidencePort } from './evidence-port';

export const EVIDENCE_SERVICE = 'liaison.v1.EvidenceService';

/** The EvidencePort over gRPC: the platform client (deadlines, a signed identity token, trace context in metadata). */
export function createGrpcEvidencePort(address: string, options: GrpcPortOptions = {}): EvidencePort {
  return createGrpcPort<EvidenceMethods>(protoFile('evidence'), EVIDENCE_SERVICE, address, options);
}
