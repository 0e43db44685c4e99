import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { protoFile, type Actor } from '@liaison/contracts';
import { provisionGrpcurl } from '@liaison/infra-local';
import { createLogger } from '../src/logging';
import {
  createGrpcServer,
  defaultDevSigner,
  loadServiceDefinition,
  type GrpcServer,
  type PublicCallContext,
  type UnaryHandler,
} from '../src/grpc';

// grpcurl is what an operator (or an attacker on the network) has: a Go gRPC client that learns
// the API by reflection. Every service's server must answer it, and must not believe it.

const run = promisify(execFile);
const officer: Actor = { officerId: 'officer-jinshui-msb-li', unitId: 'jinshui-msb', roles: ['liaison_officer'] };
const SERVICES = [
  { proto: 'leads', name: 'liaison.v1.LeadsService' },
  { proto: 'operations', name: 'liaison.v1.OperationsService' },
  { proto: 'platform_smoke', name: 'liaison.v1.PlatformSmokeService' },
  { proto: 'registry', name: 'liaison.v1.RegistryService' },
] as const;

let grpcurl: string;
const servers: { name: string; server: GrpcServer; address: string }[] = [];

/** Every rpc answers with who the server believes is calling (GetLead: as the lead's owner unit). */
function echoActor(definition: ReturnType<typeof loadServiceDefinition>): Record<string, UnaryHandler> {
  return Object.fromEntries(
    Object.keys(definition.definition).map((rpc) => [
      rpc,
      (request: { leadId?: string }, ctx: PublicCallContext) => ({
        leadId: request.leadId ?? '',
        ownerUnitId: ctx.actor?.unitId ?? '',
        postedByOfficerId: ctx.actor?.officerId ?? '',
      }),
    ]),
  );
}

/** `grpcurl -plaintext <flags…> <address> <verb-or-method…>`: the last `tail` args follow the address. */
const grpcurlJson = async (address: string, args: string[], tail = 1) => {
  const { stdout } = await run(grpcurl, [
    '-plaintext',
    '-max-time',
    '10',
    ...args.slice(0, args.length - tail),
    address,
    ...args.slice(args.length - tail),
  ]);
  return stdout;
};
const grpcurlFailure = (address: string, args: string[]) =>
  grpcurlJson(address, args).then(
    (stdout) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

beforeAll(async () => {
  grpcurl = await provisionGrpcurl();
  for (const { proto, name } of SERVICES) {
    const definition = loadServiceDefinition(protoFile(proto), name);
    const server = createGrpcServer({
      logger: createLogger('grpcurl-test', { level: 'silent' }),
      services: [{ definition, implementation: echoActor(definition) }],
    });
    servers.push({ name, server, address: `127.0.0.1:${await server.start(0)}` });
  }
}, 300_000);

afterAll(async () => {
  await Promise.all(servers.map(({ server }) => server.shutdown(2_000)));
});

describe('grpcurl against every service', () => {
  it('Health/Check answers SERVING, overall and for the service', async () => {
    for (const { name, address } of servers) {
      expect(JSON.parse(await grpcurlJson(address, ['grpc.health.v1.Health/Check']))).toEqual({ status: 'SERVING' });
      expect(JSON.parse(await grpcurlJson(address, ['-d', JSON.stringify({ service: name }), 'grpc.health.v1.Health/Check']))).toEqual({
        status: 'SERVING',
      });
    }
  });

  it('list names the service, health and reflection; describe shows the proto as written', async () => {
    for (const { name, address } of servers) {
      const listed = (await grpcurlJson(address, ['list'])).trim().split('\n');
      expect(listed).toEqual(expect.arrayContaining([name, 'grpc.health.v1.Health']));
      expect(await grpcurlJson(address, ['describe', name], 2)).toMatch(
        /rpc \w+ \( \.liaison\.v1\.\w+ \) returns \( \.liaison\.v1\.\w+ \)/,
      );
    }
    const leads = servers[0]!;
    const detail = await grpcurlJson(leads.address, ['describe', 'liaison.v1.LeadDetail'], 2);
    expect(detail).toContain('string owner_unit_id = 4;');
    expect(detail).toContain('.liaison.v1.Handling handling = 13;');
    expect(await grpcurlJson(leads.address, ['describe', 'grpc.health.v1.HealthListResponse'], 2)).toContain(
      'map<string, .grpc.health.v1.HealthCheckResponse> statuses = 1;',
    );
  });

  it('a leads rpc with only x-liaison-* identity headers is Unauthenticated; with a valid identity token it runs as that officer', async () => {
    const leads = servers[0]!;
    const request = ['-d', JSON.stringify({ lead_id: 'lead-1' })];
    const plain = await grpcurlFailure(leads.address, [
      ...request,
      '-H',
      `x-liaison-officer-id: ${officer.officerId}`,
      '-H',
      `x-liaison-unit-id: ${officer.unitId}`,
      '-H',
      `x-liaison-roles: ${officer.roles.join(',')}`,
      'liaison.v1.LeadsService/GetLead',
    ]);
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toMatch(/Code: Unauthenticated/);
    expect(plain.stderr).toMatch(/are not accepted as identity/);

    const token = await defaultDevSigner().tokenFor(officer, 'liaison.v1.LeadsService');
    const signed = JSON.parse(
      await grpcurlJson(leads.address, [...request, '-H', `authorization: Bearer ${token}`, 'liaison.v1.LeadsService/GetLead']),
    );
    expect(signed).toMatchObject({ lead_id: 'lead-1', owner_unit_id: officer.unitId, posted_by_officer_id: officer.officerId });

    // The same token is worthless at another service.
    const operations = servers[1]!;
    const replayed = await grpcurlFailure(operations.address, [
      '-d',
      '{}',
      '-H',
      `authorization: Bearer ${token}`,
      'liaison.v1.OperationsService/GetOperation',
    ]);
    expect(replayed.stderr).toMatch(/Code: Unauthenticated[\s\S]*claim "aud" invalid/);
  });
});
