import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetHeartbeatsRequest as _liaison_v1_GetHeartbeatsRequest, GetHeartbeatsRequest__Output as _liaison_v1_GetHeartbeatsRequest__Output } from './liaison/v1/GetHeartbeatsRequest';
import type { HeartbeatsView as _liaison_v1_HeartbeatsView, HeartbeatsView__Output as _liaison_v1_HeartbeatsView__Output } from './liaison/v1/HeartbeatsView';
import type { PlatformSmokeServiceClient as _liaison_v1_PlatformSmokeServiceClient, PlatformSmokeServiceDefinition as _liaison_v1_PlatformSmokeServiceDefinition } from './liaison/v1/PlatformSmokeService';
import type { RecordHeartbeatRequest as _liaison_v1_RecordHeartbeatRequest, RecordHeartbeatRequest__Output as _liaison_v1_RecordHeartbeatRequest__Output } from './liaison/v1/RecordHeartbeatRequest';
import type { RecordHeartbeatResponse as _liaison_v1_RecordHeartbeatResponse, RecordHeartbeatResponse__Output as _liaison_v1_RecordHeartbeatResponse__Output } from './liaison/v1/RecordHeartbeatResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      GetHeartbeatsRequest: MessageTypeDefinition<_liaison_v1_GetHeartbeatsRequest, _liaison_v1_GetHeartbeatsRequest__Output>
      HeartbeatsView: MessageTypeDefinition<_liaison_v1_HeartbeatsView, _liaison_v1_HeartbeatsView__Output>
      PlatformSmokeService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_PlatformSmokeServiceClient> & { service: _liaison_v1_PlatformSmokeServiceDefinition }
      RecordHeartbeatRequest: MessageTypeDefinition<_liaison_v1_RecordHeartbeatRequest, _liaison_v1_RecordHeartbeatRequest__Output>
      RecordHeartbeatResponse: MessageTypeDefinition<_liaison_v1_RecordHeartbeatResponse, _liaison_v1_RecordHeartbeatResponse__Output>
    }
  }
}

