import { protoFile, type proto } from '@liaison/contracts';
import type { ClientMethods } from '@liaison/platform';
import type { CommandResult } from '../http/command-routes';
import { createGrpcPort, type GrpcPort, type GrpcPortOptions } from '../http/grpc-port';
import { createGrpcIntakeAttachmentPort, type IntakeAttachmentPort } from './attachment-port';

/** What the gateway needs of the intake service: the public rpcs, the officers' rpcs, readiness, and the attachment streams (ADR 0034). */
export interface IntakePort extends GrpcPort<IntakeMethods> {
  attachments: IntakeAttachmentPort;
}

export type ReportCommandResult = proto.ReportCommandResult__Output & CommandResult;
type Generated = ClientMethods<proto.IntakeServiceDefinition>;
export type IntakeMethods = {
  [K in keyof Generated]: Generated[K]['response'] extends proto.ReportCommandResult__Output
    ? { request: Generated[K]['request']; response: ReportCommandResult }
    : Generated[K];
};
export type IntakeRpc = keyof IntakeMethods & string;
export type ReportCommandRpc = { [K in IntakeRpc]: IntakeMethods[K]['response'] extends ReportCommandResult ? K : never }[IntakeRpc];

export const INTAKE_SERVICE = 'liaison.v1.IntakeService';

export function createGrpcIntakePort(address: string, options: GrpcPortOptions = {}): IntakePort {
  const port = createGrpcPort<IntakeMethods>(protoFile('intake'), INTAKE_SERVICE, address, options);
  const attachments = createGrpcIntakeAttachmentPort(address, INTAKE_SERVICE, options);
  return {
    ...port,
    attachments,
    close() {
      port.close();
      attachments.close();
    },
  };
}
