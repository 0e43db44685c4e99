import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { protoFile, type Actor } from '@liaison/contracts';
import { grpcServiceConfigSchema, loadConfig } from '../src/config';
import { UnavailableError } from '../src/errors';
import { createLogger } from '../src/logging';
import { createGrpcClient, createGrpcServer, grpcSecurityFromConfig, loadServiceDefinition, type GrpcServer } from '../src/grpc';

// Mutual TLS as production turns it on: a private CA, a server certificate for the service's
// name and a client certificate for its caller, all passed as file paths in GRPC_TLS_*.

const dir = mkdtempSync(join(tmpdir(), 'liaison-tls-'));
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

function issue(name: string, subject: string, extensions: string): void {
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
  );
  writeFileSync(file(`${name}.ext`), extensions);
  openssl(
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '1',
    '-out',
    `${name}.pem`,
    '-extfile',
    `${name}.ext`,
  );
}

const infra = { KAFKA_BROKERS: '127.0.0.1:9092', MONGODB_URI: 'mongodb://127.0.0.1:27017' };
const officer: Actor = { officerId: 'officer-jinshui-msb-li', unitId: 'jinshui-msb', roles: ['liaison_officer'] };
const SMOKE = 'liaison.v1.PlatformSmokeService';
type Methods = { GetHeartbeats: { request: { source: string }; response: { streamId: string; lastNote: string } } };
let server: GrpcServer;
let address: string;

beforeAll(async () => {
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=liaison test CA',
  );
  issue('server', '/CN=leads.liaison.internal', 'subjectAltName=DNS:leads.liaison.internal\nextendedKeyUsage=serverAuth\n');
  issue('client', '/CN=gateway.liaison.internal', 'extendedKeyUsage=clientAuth\n');

  const config = loadConfig(grpcServiceConfigSchema('leads'), {
    ...infra,
    GRPC_TLS_CERT: file('server.pem'),
    GRPC_TLS_KEY: file('server.key'),
    GRPC_TLS_CA: file('ca.pem'),
  });
  const security = grpcSecurityFromConfig(config, {});
  expect(security.describe.tls).toBe('mutual');
  const definition = loadServiceDefinition(protoFile('platform_smoke'), SMOKE);
  server = createGrpcServer({
    logger: createLogger('tls-test', { level: 'silent' }),
    identity: security.verifier,
    credentials: security.serverCredentials,
    services: [
      {
        definition,
        implementation: {
          RecordHeartbeat: () => ({}),
          GetHeartbeats: (request: { source: string }, ctx) => ({ streamId: `heartbeat-${request.source}`, lastNote: ctx.actor.officerId }),
        },
      },
    ],
  });
  address = `127.0.0.1:${await server.start(0)}`;
});

afterAll(async () => {
  await server?.shutdown(2_000);
  rmSync(dir, { recursive: true, force: true });
});

const clientWith = (env: Record<string, string>) => {
  const security = grpcSecurityFromConfig(
    loadConfig(grpcServiceConfigSchema('operations'), { ...infra, GRPC_TLS_SERVER_NAME: 'leads.liaison.internal', ...env }),
    {},
  );
  return createGrpcClient<Methods>(loadServiceDefinition(protoFile('platform_smoke'), SMOKE), address, {
    deadlineMs: 3_000,
    credentials: security.channelCredentials,
    channelOptions: security.channelOptions,
  });
};

describe('gRPC over mutual TLS', () => {
  it('a client with a certificate from the CA gets through, its identity token still verified', async () => {
    const client = clientWith({ GRPC_TLS_CERT: file('client.pem'), GRPC_TLS_KEY: file('client.key'), GRPC_TLS_CA: file('ca.pem') });
    try {
      await expect(client.call('GetHeartbeats', { source: 'x' }, { actor: officer })).resolves.toMatchObject({
        streamId: 'heartbeat-x',
        lastNote: officer.officerId,
      });
    } finally {
      client.close();
    }
  });

  it('a client without a certificate, or speaking plaintext, is turned away', async () => {
    const anonymous = clientWith({ GRPC_TLS_CA: file('ca.pem') });
    const plaintext = createGrpcClient<Methods>(loadServiceDefinition(protoFile('platform_smoke'), SMOKE), address, {
      deadlineMs: 3_000,
      credentials: grpc.credentials.createInsecure(),
    });
    try {
      await expect(anonymous.call('GetHeartbeats', { source: 'x' }, { actor: officer })).rejects.toBeInstanceOf(UnavailableError);
      await expect(plaintext.call('GetHeartbeats', { source: 'x' }, { actor: officer })).rejects.toBeInstanceOf(UnavailableError);
    } finally {
      anonymous.close();
      plaintext.close();
    }
  });
});
