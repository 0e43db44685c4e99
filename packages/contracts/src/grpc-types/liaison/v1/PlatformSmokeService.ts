// Original file: protos/liaison/v1/platform_smoke.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetHeartbeatsRequest as _liaison_v1_GetHeartbeatsRequest, GetHeartbeatsRequest__Output as _liaison_v1_GetHeartbeatsRequest__Output } from '../../liaison/v1/GetHeartbeatsRequest';
import type { HeartbeatsView as _liaison_v1_HeartbeatsView, HeartbeatsView__Output as _liaison_v1_HeartbeatsView__Output } from '../../liaison/v1/HeartbeatsView';
import type { RecordHeartbeatRequest as _liaison_v1_RecordHeartbeatRequest, RecordHeartbeatRequest__Output as _liaison_v1_RecordHeartbeatRequest__Output } from '../../liaison/v1/RecordHeartbeatRequest';
import type { RecordHeartbeatResponse as _liaison_v1_RecordHeartbeatResponse, RecordHeartbeatResponse__Output as _liaison_v1_RecordHeartbeatResponse__Output } from '../../liaison/v1/RecordHeartbeatResponse';

export interface PlatformSmokeServiceClient extends grpc.Client {
  /**
   * The read model of one source, as the Kafka consumer has projected it.
   */
  GetHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  GetHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  GetHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  GetHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  /**
   * The read model of one source, as the Kafka consumer has projected it.
   */
  getHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  getHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  getHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  getHeartbeats(argument: _liaison_v1_GetHeartbeatsRequest, callback: grpc.requestCallback<_liaison_v1_HeartbeatsView__Output>): grpc.ClientUnaryCall;
  
  /**
   * Records that `source` is alive; idempotent per request_id.
   */
  RecordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  RecordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  RecordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  RecordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  /**
   * Records that `source` is alive; idempotent per request_id.
   */
  recordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  recordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  recordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  recordHeartbeat(argument: _liaison_v1_RecordHeartbeatRequest, callback: grpc.requestCallback<_liaison_v1_RecordHeartbeatResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface PlatformSmokeServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The read model of one source, as the Kafka consumer has projected it.
   */
  GetHeartbeats: grpc.handleUnaryCall<_liaison_v1_GetHeartbeatsRequest__Output, _liaison_v1_HeartbeatsView>;
  
  /**
   * Records that `source` is alive; idempotent per request_id.
   */
  RecordHeartbeat: grpc.handleUnaryCall<_liaison_v1_RecordHeartbeatRequest__Output, _liaison_v1_RecordHeartbeatResponse>;
  
}

export interface PlatformSmokeServiceDefinition extends grpc.ServiceDefinition {
  GetHeartbeats: MethodDefinition<_liaison_v1_GetHeartbeatsRequest, _liaison_v1_HeartbeatsView, _liaison_v1_GetHeartbeatsRequest__Output, _liaison_v1_HeartbeatsView__Output>
  RecordHeartbeat: MethodDefinition<_liaison_v1_RecordHeartbeatRequest, _liaison_v1_RecordHeartbeatResponse, _liaison_v1_RecordHeartbeatRequest__Output, _liaison_v1_RecordHeartbeatResponse__Output>
}
