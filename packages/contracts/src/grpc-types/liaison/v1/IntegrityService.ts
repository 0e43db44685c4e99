// Original file: protos/liaison/v1/integrity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { StreamVerification as _liaison_v1_StreamVerification, StreamVerification__Output as _liaison_v1_StreamVerification__Output } from '../../liaison/v1/StreamVerification';
import type { VerifyStreamRequest as _liaison_v1_VerifyStreamRequest, VerifyStreamRequest__Output as _liaison_v1_VerifyStreamRequest__Output } from '../../liaison/v1/VerifyStreamRequest';

export interface IntegrityServiceClient extends grpc.Client {
  /**
   * Recomputes the stream's chain from the stored commits and names the first broken link.
   */
  VerifyStream(argument: _liaison_v1_VerifyStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  VerifyStream(argument: _liaison_v1_VerifyStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  VerifyStream(argument: _liaison_v1_VerifyStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  VerifyStream(argument: _liaison_v1_VerifyStreamRequest, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  /**
   * Recomputes the stream's chain from the stored commits and names the first broken link.
   */
  verifyStream(argument: _liaison_v1_VerifyStreamRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  verifyStream(argument: _liaison_v1_VerifyStreamRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  verifyStream(argument: _liaison_v1_VerifyStreamRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  verifyStream(argument: _liaison_v1_VerifyStreamRequest, callback: grpc.requestCallback<_liaison_v1_StreamVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface IntegrityServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Recomputes the stream's chain from the stored commits and names the first broken link.
   */
  VerifyStream: grpc.handleUnaryCall<_liaison_v1_VerifyStreamRequest__Output, _liaison_v1_StreamVerification>;
  
}

export interface IntegrityServiceDefinition extends grpc.ServiceDefinition {
  VerifyStream: MethodDefinition<_liaison_v1_VerifyStreamRequest, _liaison_v1_StreamVerification, _liaison_v1_VerifyStreamRequest__Output, _liaison_v1_StreamVerification__Output>
}
