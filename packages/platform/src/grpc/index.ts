export { loadServiceDefinition, type LoadedService } from './load-service';
export { createGrpcServer, type GrpcServer, type GrpcServerOptions, type ServiceRegistration } from './server';
export { createGrpcClient, type GrpcClient, type GrpcClientOptions, type UnaryCallOptions, type MethodTypes } from './client';
export {
  forwardCallOptions,
  type CallContext,
  type PublicCallContext,
  type UnaryHandler,
  type PublicUnaryHandler,
} from './call-context';
export { GRPC_STATUS, GrpcCallError, toGrpcStatus, fromGrpcError, normalizeError } from './error-mapping';
export {
  METADATA,
  readActor,
  writeActor,
  injectIntoMetadata,
  extractFromMetadata,
  asciiJson,
} from './metadata';
