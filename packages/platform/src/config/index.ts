export { loadConfig, type Env } from './load-config';
export { ConfigError, type ConfigIssue } from './config-error';
export {
  DEFAULT_PORTS,
  GRPC_SERVICES,
  LOG_LEVELS,
  baseConfigSchema,
  grpcServiceConfigSchema,
  grpcAddressesSchema,
  gatewayConfigSchema,
  portVar,
  hostPortListVar,
  grpcTargetVar,
  type ServiceName,
  type GrpcServiceName,
  type BaseConfig,
  type GrpcServiceConfig,
  type GrpcAddresses,
  type GatewayConfig,
} from './schemas';
export {
  grpcSecurityConfigShape,
  keyMaterialVar,
  callersOf,
  trustedIssuersVar,
  DEFAULT_TRUSTED_ISSUERS,
  type GrpcSecurityConfig,
} from './grpc-security';
