import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { BrokenLink as _liaison_v1_BrokenLink, BrokenLink__Output as _liaison_v1_BrokenLink__Output } from './liaison/v1/BrokenLink';
import type { IntegrityServiceClient as _liaison_v1_IntegrityServiceClient, IntegrityServiceDefinition as _liaison_v1_IntegrityServiceDefinition } from './liaison/v1/IntegrityService';
import type { StreamVerification as _liaison_v1_StreamVerification, StreamVerification__Output as _liaison_v1_StreamVerification__Output } from './liaison/v1/StreamVerification';
import type { VerifyStreamRequest as _liaison_v1_VerifyStreamRequest, VerifyStreamRequest__Output as _liaison_v1_VerifyStreamRequest__Output } from './liaison/v1/VerifyStreamRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      BrokenLink: MessageTypeDefinition<_liaison_v1_BrokenLink, _liaison_v1_BrokenLink__Output>
      IntegrityService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_IntegrityServiceClient> & { service: _liaison_v1_IntegrityServiceDefinition }
      StreamVerification: MessageTypeDefinition<_liaison_v1_StreamVerification, _liaison_v1_StreamVerification__Output>
      VerifyStreamRequest: MessageTypeDefinition<_liaison_v1_VerifyStreamRequest, _liaison_v1_VerifyStreamRequest__Output>
    }
  }
}

