import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import {
  baseConfigSchema,
  ConfigError,
  DEFAULT_PORTS,
  gatewayConfigSchema,
  grpcServiceConfigSchema,
  grpcTargetVar,
  loadConfig,
} from '../src/config';

const validEnv = { SERVICE_NAME: 'leads', KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093', MONGODB_URI: 'mongodb://127.0.0.1:27017' };

describe('loadConfig', () => {
  it('parses the base variables, with defaults', () => {
    const config = loadConfig(baseConfigSchema, validEnv);
    expect(config).toEqual({
      SERVICE_NAME: 'leads',
      SERVICE_VERSION: '0.0.0-dev',
      LOG_LEVEL: 'info',
      KAFKA_BROKERS: ['127.0.0.1:9092', '127.0.0.1:9093'],
      MONGODB_URI: 'mongodb://127.0.0.1:27017',
      KAFKA_TOPIC_PARTITIONS: 8,
    });
  });

  it('lists every missing or malformed variable by name in one error', () => {
    let thrown: unknown;
    try {
      loadConfig(baseConfigSchema, { LOG_LEVEL: 'loud', KAFKA_BROKERS: 'nohost', OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const error = thrown as ConfigError;
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(
      ['KAFKA_BROKERS', 'LOG_LEVEL', 'MONGODB_URI', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'SERVICE_NAME'].sort(),
    );
    expect(error.issues.find((issue) => issue.variable === 'MONGODB_URI')?.message).toBe('is required but not set');
    for (const name of ['SERVICE_NAME', 'LOG_LEVEL', 'KAFKA_BROKERS', 'MONGODB_URI', 'OTEL_EXPORTER_OTLP_ENDPOINT']) {
      expect(error.message).toContain(name);
    }
  });

  it('treats empty strings as unset so defaults and optional() apply', () => {
    const config = loadConfig(baseConfigSchema, { ...validEnv, LOG_LEVEL: '', OTEL_EXPORTER_OTLP_ENDPOINT: ' ' });
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('gives each gRPC service its documented port and lets the environment override it', () => {
    expect(DEFAULT_PORTS).toEqual({
      gateway: 8080,
      leads: 50051,
      operations: 50052,
      evidence: 50053,
      meetings: 50054,
      history: 50055,
      credit: 50056,
      intake: 50057,
      registry: 50058,
    });
    const { SERVICE_NAME: _, ...infra } = validEnv;
    const evidence = loadConfig(grpcServiceConfigSchema('evidence'), infra);
    expect(evidence).toMatchObject({ SERVICE_NAME: 'evidence', GRPC_PORT: 50053, GRPC_HOST: '127.0.0.1' });
    expect(loadConfig(grpcServiceConfigSchema('leads'), { ...infra, GRPC_PORT: '0' }).GRPC_PORT).toBe(0);
    expect(() => loadConfig(grpcServiceConfigSchema('leads'), { ...infra, GRPC_PORT: '70000' })).toThrow(/GRPC_PORT/);
    expect(() => loadConfig(grpcServiceConfigSchema('leads'), { ...infra, GRPC_PORT: 'abc' })).toThrow(/GRPC_PORT: expected a port number/);
  });

  it('composes: a service extends the base schema with its own variables', () => {
    const schema = grpcServiceConfigSchema('leads').extend({ ACK_LIMIT_HOURS: z.coerce.number().int().positive().default(24) });
    const { SERVICE_NAME: _, ...infra } = validEnv;
    expect(loadConfig(schema, { ...infra, ACK_LIMIT_HOURS: '48' })).toMatchObject({ ACK_LIMIT_HOURS: 48, GRPC_PORT: 50051 });
    const gateway = loadConfig(gatewayConfigSchema, infra);
    expect(gateway).toMatchObject({ HTTP_PORT: 8080, LEADS_GRPC_ADDRESS: '127.0.0.1:50051', OPERATIONS_GRPC_ADDRESS: '127.0.0.1:50052' });
  });

  it('takes a gRPC callee as host:port, a static list of replicas or a DNS name, and refuses anything else', () => {
    const schema = z.object({ LEADS_GRPC_ADDRESS: grpcTargetVar('127.0.0.1:50051') });
    for (const target of ['leads:50051', 'ipv4:127.0.0.1:50051,127.0.0.1:60051', 'dns:///liaison-leads:50051', 'dns:liaison-leads'])
      expect(loadConfig(schema, { LEADS_GRPC_ADDRESS: target }).LEADS_GRPC_ADDRESS).toBe(target);
    expect(loadConfig(schema, {}).LEADS_GRPC_ADDRESS).toBe('127.0.0.1:50051');
    for (const target of ['leads', '127.0.0.1:50051,127.0.0.1:60051', 'ipv4:', 'http://leads:50051'])
      expect(() => loadConfig(schema, { LEADS_GRPC_ADDRESS: target })).toThrow(/LEADS_GRPC_ADDRESS: expected host:port/);
  });
});
