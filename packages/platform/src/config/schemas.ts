import { defaultPorts, type GrpcAddressVariable, grpcAddressVariable, grpcManifestServices } from '@liaison/contracts';
import { z } from 'zod';
import { callersOf, grpcSecurityConfigShape, trustedIssuersVar } from './grpc-security';

/** Default listening ports, from the service manifest (packages/contracts/src/service-manifest.ts). */
export const DEFAULT_PORTS = defaultPorts();

export type ServiceName = keyof typeof DEFAULT_PORTS;
export type GrpcServiceName = Exclude<ServiceName, 'gateway'>;
export const GRPC_SERVICES = Object.keys(DEFAULT_PORTS).filter((name) => name !== 'gateway') as GrpcServiceName[];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A TCP port from an environment string; 0 means "any free port" (tests). */
export const portVar = (defaultPort: number) =>
  z.string().regex(/^\d+$/, 'expected a port number').transform(Number).pipe(z.number().int().min(0).max(65535)).default(defaultPort);

/** `a:9092,b:9092` → `['a:9092', 'b:9092']`; each entry must be host:port. */
export const hostPortListVar = () =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^\s:]+:\d+$/, 'expected host:port')).min(1, 'expected at least one host:port'));

/**
 * Where a caller finds a gRPC service, as a grpc-js target: `host:port`, a static list
 * `ipv4:127.0.0.1:50051,127.0.0.1:60051` (several replicas of one service on one machine), or a
 * name re-resolved by DNS `dns:///leads:50051` (a headless Kubernetes Service). The client
 * balances round-robin over whatever the target resolves to (createGrpcClient, ADR 0033).
 */
export const grpcTargetVar = (fallback: string) =>
  z
    .string()
    .regex(
      /^(?:[^\s:,/]+:\d+|ipv4:[^\s:,/]+:\d+(?:,[^\s:,/]+:\d+)*|dns:(?:\/\/[^\s/]*\/)?[^\s:,/]+(?::\d+)?)$/,
      'expected host:port, ipv4:host:port,host:port… or dns:///host:port',
    )
    .default(fallback);

/**
 * What every process needs. Services extend it (`baseConfigSchema.extend({...})`) rather than
 * copying it, so a new shared variable shows up everywhere at once.
 */
export const baseConfigSchema = z.object({
  SERVICE_NAME: z.string().min(1),
  SERVICE_VERSION: z.string().min(1).default('0.0.0-dev'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  KAFKA_BROKERS: hostPortListVar(),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'expected a mongodb:// or mongodb+srv:// URI'),
  /** Isolates this deployment's topics on a shared cluster (see eventsTopic). */
  KAFKA_TOPIC_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes')
    .optional(),
  /**
   * Partitions of each topic this deployment creates (events and DLQ): the most consumer
   * replicas a group can use. The test setup asks for fewer, so a suite's hundreds of throwaway
   * topics do not overload its one broker.
   */
  KAFKA_TOPIC_PARTITIONS: z
    .string()
    .regex(/^\d+$/, 'expected a number of partitions')
    .transform(Number)
    .pipe(z.number().int().min(1).max(1000))
    .default(8),
  /** Traces are exported over OTLP/HTTP only when this is set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** Prometheus `/metrics` (ADR 0025): default the service's port + 1000; 0 = any free port. */
  METRICS_PORT: z.string().regex(/^\d+$/, 'expected a port number').transform(Number).pipe(z.number().int().min(0).max(65535)).optional(),
  /** Where `/metrics` binds; default the service's own host (GRPC_HOST / HTTP_HOST). */
  METRICS_HOST: z.string().min(1).optional(),
});
export type BaseConfig = z.output<typeof baseConfigSchema>;

/**
 * Base config for one gRPC service: its name defaults to the service, and `GRPC_PORT` /
 * `GRPC_HOST` default to the service's port from docs/architecture.md on loopback.
 */
export const grpcServiceConfigSchema = (service: GrpcServiceName) =>
  baseConfigSchema.extend({
    SERVICE_NAME: z.string().min(1).default(service),
    GRPC_HOST: z.string().min(1).default('127.0.0.1'),
    GRPC_PORT: portVar(DEFAULT_PORTS[service]),
    ...grpcSecurityConfigShape,
    // Identity is the service's name, not SERVICE_NAME (which also names its database, per test run).
    SERVICE_IDENTITY_ISSUER: z.string().min(1).default(service),
    SERVICE_IDENTITY_TRUSTED_ISSUERS: trustedIssuersVar(callersOf(service)),
  });
export type GrpcServiceConfig = z.output<ReturnType<typeof grpcServiceConfigSchema>>;

/** `LEADS_GRPC_ADDRESS`, … : where a caller (the gateway, a reaction) finds each gRPC service. */
export const grpcAddressesSchema = z.object(
  Object.fromEntries(
    grpcManifestServices().map((service) => [grpcAddressVariable(service.name), grpcTargetVar(`127.0.0.1:${service.grpcPort}`)]),
  ) as {
    [V in GrpcAddressVariable]: z.ZodDefault<z.ZodString>;
  },
);
export type GrpcAddresses = z.output<typeof grpcAddressesSchema>;

/** The gateway: HTTP port plus the address of every gRPC service it fronts. */
export const gatewayConfigSchema = baseConfigSchema.extend({
  SERVICE_NAME: z.string().min(1).default('gateway'),
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: portVar(DEFAULT_PORTS.gateway),
  ...grpcAddressesSchema.shape,
  ...grpcSecurityConfigShape,
  SERVICE_IDENTITY_ISSUER: z.string().min(1).default('gateway'),
});
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
