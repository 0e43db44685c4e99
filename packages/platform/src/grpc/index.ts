export { loadServiceDefinition, type LoadedService } from './load-service';
export { createGrpcServer, type GrpcServer, type GrpcServerOptions, type ServiceRegistration } from './server';
export {
  createGrpcClient,
  type GrpcClient,
  type GrpcClientOptions,
  type UnaryCallOptions,
  type StreamCallOptions,
  type MethodTypes,
} from './client';
export {
  forwardCallOptions,
  type CallContext,
  type PublicCallContext,
  type UnaryHandler,
  type PublicUnaryHandler,
  type ClientStreamingHandler,
  type ServerStreamingHandler,
} from './call-context';
export { GRPC_STATUS, GrpcCallError, toGrpcStatus, fromGrpcError, normalizeError } from './error-mapping';
export {
  METADATA,
  LEGACY_IDENTITY_HEADERS,
  readBearerToken,
  writeBearerToken,
  injectIntoMetadata,
  extractFromMetadata,
  asciiJson,
} from './metadata';
export {
  createIdentitySigner,
  createIdentityVerifier,
  algorithmOf,
  MAX_TOKEN_LIFETIME_SECONDS,
  type IdentitySigner,
  type IdentityVerifier,
} from './identity/identity-token';
export { devIdentityKey, DEV_KEYS_DIR } from './identity/dev-key';
export { defaultDevSigner, defaultDevVerifier } from './identity/default-identity';
export { grpcSecurityFromConfig, requireSigner, devIdentity, type GrpcSecurity } from './security';
export type {
  ClientMethods,
  ClientStreamingHandlerOf,
  RequestOf,
  ResponseOf,
  RpcName,
  ServerStreamingHandlerOf,
  ServiceHandlers,
} from './typed';
