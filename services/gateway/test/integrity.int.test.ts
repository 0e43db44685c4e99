import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, EventRegistry, loadDirectory } from '@liaison/contracts';
import {
  type CommitReader,
  createGrpcServer,
  createLogger,
  ForbiddenError,
  type GrpcServer,
  InMemoryEventStore,
  integrityService,
  NO_STREAM,
  NotFoundError,
} from '@liaison/platform';
import { z } from 'zod';
import { createGatewayApp } from '../src/app';
import { createDevAuthenticator } from '../src/auth/authenticator';
import { inMemoryOfficers } from '../src/directory/officer-lookup';
import { createGrpcIntegrityPort, type IntegrityPort } from '../src/integrity/integrity-port';
import { createGrpcLeadsPort } from '../src/leads/grpc-leads';
import { createGrpcOperationsPort } from '../src/operations/grpc-operations';

/**
 * GET /api/v1/{leads,operations}/{id}/integrity through the gateway to a real gRPC server running
 * the platform's IntegrityService over the platform's in-memory store: the verification as JSON,
 * the service's denial as problem+json (404 where existence must not leak, 403), 401 without a
 * token. Who may verify is the service's rule; here: msb-jinshui may, msb-erqi is refused, others
 * do not learn that the record exists.
 */

const directory = loadDirectory();
const LI = 'officer-jinshui-msb-li'; // msb-jinshui: may read
const WANG = 'officer-erqi-msb-wang'; // msb-erqi: forbidden
const CHEN = 'officer-city-psb-chen'; // psb-city: not found

const registry = new EventRegistry().register({ type: 'Noted', schemaVersion: 1, schema: z.object({ note: z.string() }) });
const store = new InMemoryEventStore(registry);
/** The store as a tamperer left it: the second commit of `lead-a0000000-0000-4000-8000-000000000007` reads back edited. */
const tampered: CommitReader = {
  readCommits: async (streamId) => {
    const commits = await store.readCommits(streamId);
    if (streamId === 'lead-a0000000-0000-4000-8000-000000000007') commits[1]!.events[0]!.data = { note: 'edited' };
    return commits;
  },
};
const authorize = (actor: Actor, streamId: string) => {
  if (actor.unitId === 'msb-jinshui') return;
  if (actor.unitId === 'msb-erqi') throw new ForbiddenError(`unit ${actor.unitId} may not see ${streamId}`);
  throw new NotFoundError('record', streamId);
};

let grpc: GrpcServer;
let ports: IntegrityPort[] = [];
let server: Server;
let base: string;
const tokens: Record<string, string> = {};
const closers: Array<() => void> = [];

beforeAll(async () => {
  for (const id of [
    'lead-a0000000-0000-4000-8000-000000000006',
    'lead-a0000000-0000-4000-8000-000000000007',
    'operation-b0000000-0000-4000-8000-000000000006',
  ])
    for (let version = NO_STREAM; version < 3; version += 1)
      await store.append(id, version, [{ type: 'Noted', data: { note: `n${version}` } }], {
        commandId: `${id}-${version}`,
        actor: { officerId: LI, unitId: 'msb-jinshui', roles: ['liaison_officer'] },
        correlationId: 'c',
      });
  const logger = createLogger('gateway-integrity-test', { level: 'silent' });
  grpc = createGrpcServer({ logger, services: [integrityService({ store: tampered, authorize })] });
  const address = `127.0.0.1:${await grpc.start(0, '127.0.0.1')}`;
  ports = [createGrpcIntegrityPort(address), createGrpcIntegrityPort(address)];
  // Leads and operations ports are needed by the app but not called here.
  const leads = createGrpcLeadsPort(address);
  const operations = createGrpcOperationsPort(address);
  closers.push(
    () => leads.close(),
    () => operations.close(),
    ...ports.map((port) => () => port.close()),
  );
  const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });
  const app = createGatewayApp({
    config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
    logger,
    leads,
    operations,
    integrity: { leads: ports[0], operations: ports[1] },
    directory,
    auth,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const officerId of [LI, WANG, CHEN]) {
    const res = await fetch(`${base}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officerId }),
    });
    tokens[officerId] = ((await res.json()) as { accessToken: string }).accessToken;
  }
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  for (const close of closers) close();
  await grpc?.shutdown();
});

async function get(path: string, officerId?: string) {
  const res = await fetch(`${base}${path}`, { headers: officerId ? { authorization: `Bearer ${tokens[officerId]}` } : {} });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Record<string, unknown> };
}

describe('GET /{id}/integrity', () => {
  it('answers an untouched record’s verification, for leads and operations alike', async () => {
    const [head] = (await store.readCommits('lead-a0000000-0000-4000-8000-000000000006')).slice(-1);
    const lead = await get('/api/v1/leads/lead-a0000000-0000-4000-8000-000000000006/integrity', LI);
    expect(lead).toMatchObject({
      status: 200,
      body: { streamId: 'lead-a0000000-0000-4000-8000-000000000006', commits: 3, headVersion: 3, head: head!.hash, intact: true },
    });
    expect(lead.body.firstBrokenLink).toBeNull();
    expect(await get('/api/v1/operations/operation-b0000000-0000-4000-8000-000000000006/integrity', LI)).toMatchObject({
      status: 200,
      body: { intact: true, commits: 3 },
    });
  });

  it('names the first broken link of an altered record', async () => {
    const commits = await store.readCommits('lead-a0000000-0000-4000-8000-000000000007');
    const answer = await get('/api/v1/leads/lead-a0000000-0000-4000-8000-000000000007/integrity', LI);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      intact: false,
      firstBrokenLink: { version: 2, commitId: commits[1]!.commitId, reason: 'hash-mismatch', storedHash: commits[1]!.hash },
    });
  });

  it('answers a caller the service refuses with its problem: 403, or 404 where existence must not leak', async () => {
    const forbidden = await get('/api/v1/leads/lead-a0000000-0000-4000-8000-000000000006/integrity', WANG);
    expect(forbidden.status).toBe(403);
    expect(forbidden.type).toContain('application/problem+json');
    const hidden = await get('/api/v1/leads/lead-a0000000-0000-4000-8000-000000000006/integrity', CHEN);
    expect(hidden.status).toBe(404);
    expect(hidden.type).toContain('application/problem+json');
    expect(JSON.stringify(hidden.body)).not.toContain('hash');
    expect((await get('/api/v1/leads/lead-a0000000-0000-4000-8000-000000000006/integrity')).status).toBe(401);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await get('/api/v1/openapi.json');
    const paths = doc.body.paths as Record<string, unknown>;
    expect(paths).toHaveProperty(['/api/v1/leads/{id}/integrity', 'get']);
    expect(paths).toHaveProperty(['/api/v1/operations/{id}/integrity', 'get']);
  });
});
