import type { proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { CommandResult } from '../http/command-routes';
import type { GrpcPort } from '../http/grpc-port';

/**
 * What the gateway's evidence routes need of the evidence service: one unary call per rpc, plus
 * readiness. The two streaming rpcs (UploadEvidence, DownloadEvidenceContent) are the content
 * routes' (content-*.ts), which stream instead of calling once.
 */
export type EvidencePort = GrpcPort<EvidenceMethods>;

export type EvidenceCommandResult = proto.EvidenceCommandResult__Output & CommandResult;
export type EvidenceDetail = proto.EvidenceDetail__Output;

type Generated = Omit<ClientMethods<proto.EvidenceServiceDefinition>, 'UploadEvidence' | 'DownloadEvidenceContent'>;

/** The unary EvidenceService rpcs, typed from evidence.proto (camelCase fields as @grpc/proto-loader delivers them). */
export type EvidenceMethods = {
  [K in keyof Generated]: Generated[K]['response'] extends proto.EvidenceCommandResult__Output
    ? { request: Generated[K]['request']; response: EvidenceCommandResult }
    : Generated[K];
};

export type EvidenceRpc = keyof EvidenceMethods & string;
export type EvidenceCommandRpc = {
  [K in EvidenceRpc]: EvidenceMethods[K]['response'] extends EvidenceCommandResult ? K : never;
}[EvidenceRpc];
