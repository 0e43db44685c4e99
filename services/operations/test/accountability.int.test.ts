import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { createGrpcClient, createLogger, ForbiddenError, type GrpcClient, loadConfig, NotFoundError } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { type LeadsService, startLeadsService } from '../../leads/src/app';
import { leadsConfigSchema } from '../../leads/src/config';
import { operationsServiceDefinition } from '../src/api/grpc';
import { taskIdFor } from '../src/application/ids';
import { type OperationsService, startOperationsService } from '../src/app';
import { operationsConfigSchema } from '../src/config';

/**
 * The operations accountability register on real Kafka and FerretDB (ADR 0013): an emergency
 * invitation left unanswered enters `operation_accountability` with its rule; the unit explains
 * it and answers late; other units and admins read nothing of it. A task left open past its due
 * time enters it too (the scheduler sweeps `operation_tasks`), and completing it late answers it.
 */
type Req = Record<string, unknown>;
type Entry = {
  recordId: string;
  kind: string;
  unitId: string;
  taskId: string;
  rule: string;
  answeredAt: string;
  lateBySeconds: number;
  dueAt: string;
  explanation: { reason: string } | null;
  explainable: boolean;
};
type Methods = {
  ProposeOperation: { request: Req; response: { operationId: string } };
  InviteUnits: { request: Req; response: { version: number } };
  JoinOperation: { request: Req; response: { version: number } };
  AssignTask: { request: Req; response: { version: number } };
  CompleteTask: { request: Req; response: { version: number } };
  ExplainBreach: { request: Req; response: { version: number } };
  ListAccountability: { request: Req; response: { items: Entry[]; page: { nextCursor: string } } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer', 'coordinator']): Actor => ({
  officerId,
  unitId,
  roles,
});
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui');
const sun = actor('officer-erqi-msb-sun', 'msb-erqi');
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu');
const supervisor = actor('officer-city-lgo-qian', 'lgo-city', ['supervisor']);
const admin = actor('officer-city-lgo-admin', 'lgo-city', ['admin']);

const RUN = randomUUID().slice(0, 8);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
let leads: LeadsService;
let service: OperationsService;
let client: GrpcClient<Methods>;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const register = (as: Actor, request: Req = {}) => call('ListAccountability', { unitId: '', from: '', to: '', ...request }, as);

beforeAll(async () => {
  const logger = createLogger('operations-acc-test', { level: 'silent' });
  const common = { ...process.env, KAFKA_TOPIC_NAMESPACE: `test-oacc-${RUN}`, GRPC_PORT: '0', LOG_LEVEL: 'silent' };
  leads = await startLeadsService(
    loadConfig(leadsConfigSchema, { ...common, SERVICE_NAME: `leads_oacc_${RUN}`, LEADS_SCHEDULER_ENABLED: 'false' }),
    logger,
  );
  service = await startOperationsService(
    loadConfig(operationsConfigSchema, {
      ...common,
      SERVICE_NAME: `operations_oacc_${RUN}`,
      LEADS_GRPC_ADDRESS: `127.0.0.1:${leads.grpcPort}`,
      OPERATIONS_EMERGENCY_RESPONSE_SECONDS: '1',
      OPERATIONS_SCHEDULER_INTERVAL_MS: '200',
    }),
    logger,
  );
  client = createGrpcClient<Methods>(operationsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
  await leads?.connection.dropDatabase().catch(() => undefined);
  await leads?.stop();
});

describe('the operations accountability register on real infrastructure', () => {
  let opId = '';
  const mine = (items: Entry[]) => items.filter((e) => e.recordId === opId);

  it('an unanswered emergency invitation enters the register with its rule', async () => {
    opId = (
      await call(
        'ProposeOperation',
        {
          commandId: randomUUID(),
          title: `Emergency seizure ${RUN}`,
          objective: 'Seize counterfeit liquor before it is moved',
          targets: [
            { subject: { enterpriseName: `Register Test ${RUN} Co.` }, place: { jurisdiction: 'erqi', address: `${RUN} Depot Road` } },
          ],
          area: 'Erqi',
          window: { startsAt: inDays(1), endsAt: inDays(2) },
          handling: { code: 'AMBER' },
          urgency: 'emergency',
        },
        zhao,
      )
    ).operationId;
    await call('InviteUnits', { commandId: randomUUID(), operationId: opId, unitIds: ['msb-erqi'], message: 'now' }, zhao);
    const page = await until(
      () => register(sun),
      (p) => mine(p.items).length === 1,
      { timeoutMs: 30_000 },
    );
    expect(mine(page.items)[0]).toMatchObject({
      kind: 'invitation_response',
      unitId: 'msb-erqi',
      rule: expect.stringContaining('emergency response to a joint operation: 1 second from'),
      answeredAt: '',
      explainable: true,
    });
  });

  it('the unit explains it and joins late; the supervisor reads both', async () => {
    await call('ExplainBreach', { commandId: randomUUID(), operationId: opId, kind: 'invitation_response', reason: 'radio silence' }, sun);
    await call('JoinOperation', { commandId: randomUUID(), operationId: opId }, sun);
    const page = await until(
      () => register(supervisor),
      (p) => mine(p.items)[0]?.answeredAt !== '' && mine(p.items)[0]?.explanation !== null,
      { timeoutMs: 30_000 },
    );
    const entry = mine(page.items)[0]!;
    expect(entry).toMatchObject({ explanation: { reason: 'radio silence' }, explainable: false });
    expect(entry.lateBySeconds).toBe(Math.round((Date.parse(entry.answeredAt) - Date.parse(entry.dueAt)) / 1000));
  });

  it('another unit reads and explains nothing of it; admins are refused', async () => {
    expect(mine((await register(liu)).items)).toEqual([]);
    await expect(register(liu, { unitId: 'msb-erqi' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(register(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      call('ExplainBreach', { commandId: randomUUID(), operationId: opId, kind: 'invitation_response', reason: 'x' }, liu),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a task left open past its due time enters the register; the unit explains it and completes it late', async () => {
    const assignId = randomUUID();
    const taskId = taskIdFor(assignId);
    const dueAt = new Date(Date.now() + 1_000).toISOString();
    await call('AssignTask', { commandId: assignId, operationId: opId, unitId: 'msb-erqi', description: 'search the depot', dueAt }, zhao);
    const task = (items: Entry[]) => mine(items).find((e) => e.kind === 'task');
    const page = await until(
      () => register(sun),
      (p) => task(p.items) !== undefined,
      { timeoutMs: 30_000 },
    );
    expect(task(page.items)).toMatchObject({
      unitId: 'msb-erqi',
      taskId,
      dueAt,
      rule: expect.stringContaining(`operation task ${taskId}`),
      answeredAt: '',
      explainable: true,
    });
    await call('ExplainBreach', { commandId: randomUUID(), operationId: opId, kind: 'task', taskId, reason: 'no vehicle' }, sun);
    await call('CompleteTask', { commandId: randomUUID(), operationId: opId, taskId, note: 'searched' }, sun);
    const answered = await until(
      () => register(supervisor),
      (p) => !!task(p.items)?.answeredAt && task(p.items)?.explanation !== null,
      { timeoutMs: 30_000 },
    );
    const entry = task(answered.items)!;
    expect(entry).toMatchObject({ explanation: { reason: 'no vehicle' }, explainable: false });
    expect(entry.lateBySeconds).toBe(Math.round((Date.parse(entry.answeredAt) - Date.parse(entry.dueAt)) / 1000));
    expect(mine((await register(liu)).items)).toEqual([]);
  });
});
