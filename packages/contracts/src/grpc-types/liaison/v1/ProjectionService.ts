// Original file: protos/liaison/v1/projections.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from '../../liaison/v1/Empty';
import type { ProjectionList as _liaison_v1_ProjectionList, ProjectionList__Output as _liaison_v1_ProjectionList__Output } from '../../liaison/v1/ProjectionList';
import type { RebuildProjectionRequest as _liaison_v1_RebuildProjectionRequest, RebuildProjectionRequest__Output as _liaison_v1_RebuildProjectionRequest__Output } from '../../liaison/v1/RebuildProjectionRequest';
import type { RebuildUpdate as _liaison_v1_RebuildUpdate, RebuildUpdate__Output as _liaison_v1_RebuildUpdate__Output } from '../../liaison/v1/RebuildUpdate';

export interface ProjectionServiceClient extends grpc.Client {
  /**
   * The service's read models, with the number of documents each holds now.
   */
  ListProjections(argument: _liaison_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  ListProjections(argument: _liaison_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  ListProjections(argument: _liaison_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  ListProjections(argument: _liaison_v1_Empty, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  /**
   * The service's read models, with the number of documents each holds now.
   */
  listProjections(argument: _liaison_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  listProjections(argument: _liaison_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  listProjections(argument: _liaison_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  listProjections(argument: _liaison_v1_Empty, callback: grpc.requestCallback<_liaison_v1_ProjectionList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Progress while the store is scanned (one message per written batch), then each step, then
   * the outcome with the comparison of the rebuilt view with the live one.
   */
  RebuildProjection(argument: _liaison_v1_RebuildProjectionRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_RebuildUpdate__Output>;
  RebuildProjection(argument: _liaison_v1_RebuildProjectionRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_RebuildUpdate__Output>;
  /**
   * Progress while the store is scanned (one message per written batch), then each step, then
   * the outcome with the comparison of the rebuilt view with the live one.
   */
  rebuildProjection(argument: _liaison_v1_RebuildProjectionRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_RebuildUpdate__Output>;
  rebuildProjection(argument: _liaison_v1_RebuildProjectionRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_RebuildUpdate__Output>;
  
}

export interface ProjectionServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The service's read models, with the number of documents each holds now.
   */
  ListProjections: grpc.handleUnaryCall<_liaison_v1_Empty__Output, _liaison_v1_ProjectionList>;
  
  /**
   * Progress while the store is scanned (one message per written batch), then each step, then
   * the outcome with the comparison of the rebuilt view with the live one.
   */
  RebuildProjection: grpc.handleServerStreamingCall<_liaison_v1_RebuildProjectionRequest__Output, _liaison_v1_RebuildUpdate>;
  
}

export interface ProjectionServiceDefinition extends grpc.ServiceDefinition {
  ListProjections: MethodDefinition<_liaison_v1_Empty, _liaison_v1_ProjectionList, _liaison_v1_Empty__Output, _liaison_v1_ProjectionList__Output>
  RebuildProjection: MethodDefinition<_liaison_v1_RebuildProjectionRequest, _liaison_v1_RebuildUpdate, _liaison_v1_RebuildProjectionRequest__Output, _liaison_v1_RebuildUpdate__Output>
}
