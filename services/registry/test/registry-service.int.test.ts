import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, eventsTopic, loadDirectory, type proto } from '@liaison/contracts';
import {
  type ClientMethods,
  createGrpcClient,
  createKafka,
  createLogger,
  ForbiddenError,
  type GrpcClient,
  integrityServiceDefinition,
  InvalidTransitionError,
  LiveDirectory,
  loadConfig,
  NotFoundError,
  ValidationError,
} from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { registryServiceDefinition } from '../src/api/grpc';
import { type RegistryService, startRegistryService } from '../src/app';
import { registryConfigSchema } from '../src/config';

// The registry service on real Kafka and FerretDB: seeding once, admin-only commands with their
// audit trail, the role-shaped reads, and a LiveDirectory following the topic.

type Methods = ClientMethods<proto.RegistryServiceDefinition>;
const RUN = randomUUID().slice(0, 8);
const seed = loadDirectory();
const admin: Actor = { officerId: 'officer-city-lgo-admin', unitId: 'lgo-city', roles: ['admin'] };
const li: Actor = { officerId: 'officer-jinshui-msb-li', unitId: 'msb-jinshui', roles: ['liaison_officer'] };
const logger = createLogger('registry-test', { level: 'silent' });
const env = {
  ...process.env,
  SERVICE_NAME: `registry_${RUN}`,
  KAFKA_TOPIC_NAMESPACE: `test-${RUN}`,
  GRPC_PORT: '0',
  LOG_LEVEL: 'silent',
};

let service: RegistryService;
let client: GrpcClient<Methods>;
let live: LiveDirectory;
let following: { stop(): Promise<void> };
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const eventually = <T>(probe: () => Promise<T>, accept: (value: T) => boolean) => until(probe, accept, { timeoutMs: 60_000 });
const allChanges = async (streamId = '') => {
  const changes: proto.RegistryChange__Output[] = [];
  let cursor = '';
  do {
    const page = await call('ListChanges', { streamId, page: { pageSize: 200, cursor } }, admin);
    changes.push(...page.changes);
    cursor = page.page?.nextCursor ?? '';
  } while (cursor);
  return changes;
};

beforeAll(async () => {
  service = await startRegistryService(loadConfig(registryConfigSchema, env), logger);
  client = createGrpcClient<Methods>(registryServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
  live = new LiveDirectory(seed);
  following = await live.follow({
    kafka: createKafka({ clientId: `live-${RUN}`, brokers: loadConfig(registryConfigSchema, env).KAFKA_BROKERS, logger }),
    topic: eventsTopic('registry', env.KAFKA_TOPIC_NAMESPACE),
    logger,
    service: `registry-test-${RUN}`,
  });
}, 180_000);

let stopped = false;
afterAll(async () => {
  client?.close();
  await following?.stop();
  if (!stopped) {
    await service?.connection.dropDatabase().catch(() => undefined);
    await service?.stop();
  }
});

describe('registry service (ADR 0016)', () => {
  it('seeds itself from seeds/directory.json once, as the system actor; a restart seeds nothing twice', async () => {
    const seeded = seed.allUnits().length + seed.allOfficers().length;
    const changes = await eventually(allChanges, (c) => c.length >= seeded);
    expect(changes).toHaveLength(seeded);
    expect(new Set(changes.map((c) => c.actor?.officerId))).toEqual(new Set(['system:registry']));
    expect(changes.every((c) => c.reason === 'seeded from seeds/directory.json')).toBe(true);
    const units = await call('ListUnits', { page: { pageSize: 200, cursor: '' } }, li);
    expect(units.units.map((u) => u.unitId).sort()).toEqual(
      seed
        .allUnits()
        .map((u) => u.unitId)
        .sort(),
    );

    const again = await startRegistryService(loadConfig(registryConfigSchema, env), logger);
    await again.stop();
    expect(await allChanges()).toHaveLength(seeded);
  });

  it('refuses registry commands from anyone but an admin', async () => {
    await expect(
      call('DeactivateOfficer', { commandId: randomUUID(), officerId: 'officer-erqi-msb-wang', reason: 'not mine to do' }, li),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const analyst: Actor = { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst'], clearance: 'AMBER' };
    await expect(
      call(
        'SetOfficerClearance',
        { commandId: randomUUID(), officerId: 'officer-city-lgo-analyst', clearance: 'AMBER', reason: 'x' },
        analyst,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('names bad fields, refuses an unknown unit, and loses nothing', async () => {
    await expect(
      call(
        'RegisterOfficer',
        { commandId: randomUUID(), officerId: 'officer-new-1', unitId: 'msb-atlantis', name: 'New', roles: ['oracle'], reason: '' },
        admin,
      ),
    ).rejects.toMatchObject({
      constructor: ValidationError,
      issues: expect.arrayContaining([expect.objectContaining({ path: 'roles[0]' })]),
    });
    await expect(
      call(
        'RegisterOfficer',
        {
          commandId: randomUUID(),
          officerId: 'officer-new-1',
          unitId: 'msb-atlantis',
          name: 'New',
          roles: ['liaison_officer'],
          reason: 'r',
        },
        admin,
      ),
    ).rejects.toMatchObject({ constructor: ValidationError, issues: [{ path: 'unit_id', message: 'unknown unit "msb-atlantis"' }] });
    await expect(call('GetOfficer', { officerId: 'officer-new-1' }, admin)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('registers a unit and an officer in it; a retried command id answers with the first result', async () => {
    const unit = {
      commandId: randomUUID(),
      unitId: 'customs-xingyang',
      agency: 'customs',
      jurisdiction: 'xingyang',
      name: 'Xingyang Customs Office',
      nameZh: '荥阳海关办事处',
      police: false,
      leadingGroup: false,
      reason: 'joins the liaison mechanism',
    };
    expect(await call('RegisterUnit', unit, admin)).toMatchObject({ streamId: 'unit-customs-xingyang', version: 1, duplicate: false });
    expect(await call('RegisterUnit', unit, admin)).toMatchObject({ version: 1, duplicate: true });
    const officer = {
      commandId: randomUUID(),
      officerId: 'officer-xingyang-customs-tian',
      unitId: 'customs-xingyang',
      name: 'Tian',
      roles: ['liaison_officer'],
      reason: 'liaison officer of the new unit',
    };
    expect(await call('RegisterOfficer', officer, admin)).toMatchObject({ status: 'active', unitId: 'customs-xingyang' });
    await eventually(
      async () => live.officer('officer-xingyang-customs-tian'),
      (o) => o?.unitId === 'customs-xingyang',
    );
    expect(live.unit('customs-xingyang')).toMatchObject({ name: 'Xingyang Customs Office' });
  });

  it('renames a unit: names over time for admins, the current name for everyone', async () => {
    await call(
      'RenameUnit',
      { commandId: randomUUID(), unitId: 'customs-xingyang', name: 'Xingyang Customs', nameZh: '荥阳海关', reason: 'reorganisation' },
      admin,
    );
    const seen = await eventually(
      () => call('GetUnit', { unitId: 'customs-xingyang' }, admin),
      (u) => u.version === 2,
    );
    expect(seen.names.map((n) => n.name)).toEqual(['Xingyang Customs Office', 'Xingyang Customs']);
    expect(seen.history.map((h) => [h.type, h.actor?.officerId, h.reason])).toEqual([
      ['UnitRegistered', admin.officerId, 'joins the liaison mechanism'],
      ['UnitRenamed', admin.officerId, 'reorganisation'],
    ]);
    const publicView = await call('GetUnit', { unitId: 'customs-xingyang' }, li);
    expect(publicView).toMatchObject({ name: 'Xingyang Customs', names: [], history: [], registeredAt: '' });
    await eventually(
      async () => live.unit('customs-xingyang')?.name,
      (name) => name === 'Xingyang Customs',
    );
  });

  it('sets an analyst clearance, deactivates and reactivates an officer; the live directory and the reads follow', async () => {
    await call(
      'SetOfficerClearance',
      { commandId: randomUUID(), officerId: 'officer-city-lgo-analyst', clearance: 'GREEN', reason: 'AMBER no longer needed' },
      admin,
    );
    await eventually(
      async () => live.officer('officer-city-lgo-analyst')?.clearance,
      (c) => c === 'GREEN',
    );
    await expect(
      call('SetOfficerClearance', { commandId: randomUUID(), officerId: 'officer-jinshui-msb-li', clearance: 'AMBER', reason: 'x' }, admin),
    ).rejects.toBeInstanceOf(InvalidTransitionError);

    await call('DeactivateOfficer', { commandId: randomUUID(), officerId: 'officer-erqi-msb-sun', reason: 'left the bureau' }, admin);
    await eventually(
      async () => live.officer('officer-erqi-msb-sun'),
      (o) => o === undefined,
    );
    await eventually(
      () => call('GetOfficer', { officerId: 'officer-erqi-msb-sun' }, admin),
      (o) => o.status === 'deactivated',
    );
    await expect(call('GetOfficer', { officerId: 'officer-erqi-msb-sun' }, li)).rejects.toBeInstanceOf(NotFoundError);
    const erqi = await call('ListOfficers', { unitId: 'msb-erqi', includeDeactivated: true, page: null }, li);
    expect(erqi.officers.map((o) => o.officerId)).toEqual(['officer-erqi-msb-wang']);
    expect(erqi.officers[0]).toMatchObject({ roles: [], clearance: '', status: '' });
    const forAdmin = await call('ListOfficers', { unitId: 'msb-erqi', includeDeactivated: true, page: null }, admin);
    expect(forAdmin.officers.map((o) => [o.officerId, o.status])).toEqual([
      ['officer-erqi-msb-sun', 'deactivated'],
      ['officer-erqi-msb-wang', 'active'],
    ]);

    await call('ReactivateOfficer', { commandId: randomUUID(), officerId: 'officer-erqi-msb-sun', reason: 'back' }, admin);
    await eventually(
      async () => live.officer('officer-erqi-msb-sun'),
      (o) => o?.unitId === 'msb-erqi',
    );
  });

  it('keeps the audit trail, newest first, for admins only', async () => {
    const trail = await eventually(
      () => allChanges('officer-officer-erqi-msb-sun'),
      (c) => c.length === 3,
    );
    expect(trail.map((c) => [c.type, c.actor?.officerId, c.reason])).toEqual([
      ['OfficerReactivated', admin.officerId, 'back'],
      ['OfficerDeactivated', admin.officerId, 'left the bureau'],
      ['OfficerRegistered', 'system:registry', 'seeded from seeds/directory.json'],
    ]);
    await expect(call('ListChanges', { streamId: '', page: null }, li)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets admins verify a unit’s hash-chained history and nobody else (IntegrityService, ADR 0017)', async () => {
    const integrity = createGrpcClient<ClientMethods<proto.IntegrityServiceDefinition>>(
      integrityServiceDefinition(),
      `127.0.0.1:${service.grpcPort}`,
      { deadlineMs: 15_000 },
    );
    try {
      const verified = await integrity.call('VerifyStream', { streamId: 'unit-msb-jinshui' }, { actor: admin });
      expect(verified).toMatchObject({ streamId: 'unit-msb-jinshui', intact: true, legacyCommits: 0 });
      expect(verified.commits).toBeGreaterThanOrEqual(1);
      await expect(integrity.call('VerifyStream', { streamId: 'unit-msb-jinshui' }, { actor: li })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(integrity.call('VerifyStream', { streamId: 'unit-nowhere' }, { actor: admin })).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      integrity.close();
    }
  });

  it('keeps the last known registry in every directory when the registry service stops', async () => {
    await service.connection.dropDatabase();
    await service.stop();
    stopped = true;
    expect(live.officer('officer-city-lgo-analyst')?.clearance).toBe('GREEN');
    expect(live.unit('customs-xingyang')?.name).toBe('Xingyang Customs');
    expect(live.officer('officer-xingyang-customs-tian')).toMatchObject({ unitId: 'customs-xingyang' });
  });
});
