import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom, type proto } from '@liaison/contracts';
import { until } from '@liaison/platform/testing';
import {
  type ClientMethods,
  createGrpcClient,
  createLogger,
  integrityServiceDefinition,
  ForbiddenError,
  type GrpcClient,
  InvalidTransitionError,
  loadConfig,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '@liaison/platform';
// The real leads service, in-process, so linked-lead validation goes over gRPC for real.
import { leadsServiceDefinition } from '../../leads/src/api/grpc';
import { type LeadsService, startLeadsService } from '../../leads/src/app';
import { leadsConfigSchema } from '../../leads/src/config';
import { operationsServiceDefinition } from '../src/api/grpc';
import { type OperationsService, startOperationsService } from '../src/app';
import { operationsConfigSchema } from '../src/config';

type Req = Record<string, unknown>;
type Result = { operationId: string; version: number; status: string; duplicate: boolean; taskId: string };
type Conflict = {
  conflictId: string;
  otherKind: string;
  otherId: string;
  otherOwnerUnitId: string;
  contactOfficerId: string;
  otherTitle: string;
  reason: string;
  pointerOnly: boolean;
  status: string;
  outcome: string;
  operationId: string;
};
type Detail = {
  operationId: string;
  version: number;
  status: string;
  leadUnitId: string;
  participantUnitIds: string[];
  invitations: { unitId: string; status: string; declineReason: string; respondBy: string; overdue: boolean }[];
  tasks: { taskId: string; unitId: string; status: string }[];
  progressReports: { unitId: string }[];
  totals: { reports: number; seizureItems: number; seizedValueYuan: number; inspections: number; arrests: number };
  conflicts: Conflict[];
  history: { type: string }[];
  linkedLeadIds: string[];
};
type Summary = { operationId: string; status: string; myRole: string; openConflicts: number };
type CommandRpc =
  | 'ProposeOperation'
  | 'InviteUnits'
  | 'JoinOperation'
  | 'DeclineInvitation'
  | 'AssignTask'
  | 'CompleteTask'
  | 'Reschedule'
  | 'Launch'
  | 'ReportProgress'
  | 'Conclude'
  | 'Cancel'
  | 'ResolveConflict'
  | 'ResolveLeadConflict'
  | 'SubmitDraft';
type Methods = { [K in CommandRpc]: { request: Req; response: Result } } & {
  GetOperation: { request: { operationId: string }; response: Detail };
  ListMyOperations: { request: Req; response: { operations: Summary[]; page: { nextCursor: string } } };
  ListInvitations: { request: Req; response: { invitations: { operationId: string; respondBy: string }[] } };
  ListConflicts: { request: Req; response: { conflicts: Conflict[] } };
  Calendar: { request: Req; response: { operations: Summary[] } };
};
type LeadConflict = {
  conflictId: string;
  leadId: string;
  operationId: string;
  operationTitle: string;
  operationOwnerUnitId: string;
  contactOfficerId: string;
  pointerOnly: boolean;
  status: string;
  outcome: string;
  resolvedByUnitId: string;
};
type OperationOutcome = { operationId: string; leadUnitId: string; outcome: string; summary: string; results: string; at: string };
type LeadMethods = {
  PostLead: { request: Req; response: { leadId: string } };
  ShareLead: { request: Req; response: { version: number } };
  CloseLead: { request: Req; response: { version: number } };
  EscalateForJointAction: { request: Req; response: { version: number; status: string } };
  ListOperationConflicts: { request: Req; response: { conflicts: LeadConflict[] } };
  GetLead: {
    request: { leadId: string };
    response: { leadId: string; status: string; operationOutcomes: OperationOutcome[]; history: { type: string }[] };
  };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer', 'coordinator']): Actor => ({
  officerId,
  unitId,
  roles,
});
const li = actor('officer-jinshui-msb-li', 'msb-jinshui', ['liaison_officer']);
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui');
const sun = actor('officer-erqi-msb-sun', 'msb-erqi');
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu');
const ma = actor('officer-guancheng-msb-ma', 'msb-guancheng');
const he = actor('officer-zhongyuan-msb-he', 'msb-zhongyuan', ['liaison_officer']);
const analyst: Actor = { ...actor('officer-city-lgo-analyst', 'lgo-city', ['analyst']), clearance: 'AMBER' };

const RUN = randomUUID().slice(0, 8);
const CREDIT = creditCodeFrom(`91410105MC${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`);
const COMPANY = `Zhengzhou Jiuxiang Trading ${RUN} Co., Ltd.`;
const WAREHOUSE = { latitude: 34.7466, longitude: 113.6253 };
const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();
const WINDOW = { startsAt: inDays(3), endsAt: inDays(3, 8) };

let leads: LeadsService;
let service: OperationsService;
let client: GrpcClient<Methods>;
let leadsClient: GrpcClient<LeadMethods>;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const act = (method: CommandRpc, operationId: string, as: Actor, extra: Req = {}) =>
  call(method, { commandId: randomUUID(), operationId, ...extra }, as);

const proposal = (overrides: Req = {}): Req => ({
  commandId: randomUUID(),
  title: 'Joint raid on counterfeit liquor warehouses',
  objective: 'Seize counterfeit Moutai and trace the supply chain',
  targets: [
    {
      subject: { enterpriseName: COMPANY, creditCode: CREDIT },
      place: { jurisdiction: 'erqi', address: '18 Jiefang Road', coordinates: WAREHOUSE },
    },
  ],
  area: 'Erqi logistics park',
  window: WINDOW,
  handling: { code: 'AMBER' },
  urgency: 'normal',
  ...overrides,
});

/** Polls until the read side shows it (projections and reactions are eventually consistent). */
const eventually = <T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000) => until(probe, accept, { timeoutMs });

beforeAll(async () => {
  const logger = createLogger('operations-test', { level: 'silent' });
  const common = { ...process.env, KAFKA_TOPIC_NAMESPACE: `test-${RUN}`, GRPC_PORT: '0', LOG_LEVEL: 'silent' };
  leads = await startLeadsService(
    loadConfig(leadsConfigSchema, { ...common, SERVICE_NAME: `leads_${RUN}`, LEADS_SCHEDULER_ENABLED: 'false' }),
    logger,
  );
  service = await startOperationsService(
    loadConfig(operationsConfigSchema, {
      ...common,
      SERVICE_NAME: `operations_${RUN}`,
      LEADS_GRPC_ADDRESS: `127.0.0.1:${leads.grpcPort}`,
      OPERATIONS_EMERGENCY_RESPONSE_SECONDS: '2',
      OPERATIONS_SCHEDULER_INTERVAL_MS: '200',
    }),
    logger,
  );
  client = createGrpcClient<Methods>(operationsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
  leadsClient = createGrpcClient<LeadMethods>(leadsServiceDefinition(), `127.0.0.1:${leads.grpcPort}`, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  leadsClient?.close();
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
  await leads?.connection.dropDatabase().catch(() => undefined);
  await leads?.stop();
});

describe('operations service over gRPC (issue 4 scenario)', () => {
  let leadId = '';
  let opId = '';
  let guanchengOp = '';

  it('Jinshui posts a lead and shares it; an operation linked to it is proposed', async () => {
    const lead = await leadsClient.call(
      'PostLead',
      {
        commandId: randomUUID(),
        title: 'Counterfeit Moutai in an Erqi warehouse',
        category: 'counterfeit_food',
        summary: 'about 600 bottles',
        priority: 'high',
        subject: { enterpriseName: COMPANY, creditCode: CREDIT },
        location: { jurisdiction: 'erqi', address: '18 Jiefang Road' },
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'AMBER' },
      },
      { actor: li },
    );
    leadId = lead.leadId;
    await leadsClient.call(
      'ShareLead',
      { commandId: randomUUID(), leadId, unitIds: ['msb-erqi'], message: 'joint action?' },
      { actor: li },
    );

    const request = proposal({ linkedLeadIds: [leadId] });
    const result = await call('ProposeOperation', request, zhao);
    expect(result).toMatchObject({
      operationId: expect.stringMatching(/^operation-[0-9a-f-]{36}$/),
      version: 1,
      status: 'proposed',
      duplicate: false,
    });
    opId = result.operationId;
    expect(await call('ProposeOperation', request, zhao)).toEqual({ ...result, duplicate: true });
    const detail = await call('GetOperation', { operationId: opId }, li);
    expect(detail).toMatchObject({ leadUnitId: 'msb-jinshui', linkedLeadIds: [leadId], conflicts: [] }); // its own lead is no conflict
  });

  it('lets whoever may read the operation verify its hash chain; others get what GetOperation gives them (ADR 0017)', async () => {
    const integrity = createGrpcClient<ClientMethods<proto.IntegrityServiceDefinition>>(
      integrityServiceDefinition(),
      `127.0.0.1:${service.grpcPort}`,
      { deadlineMs: 15_000 },
    );
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => 'answered',
        (error: { code?: string }) => error.code ?? String(error),
      );
    try {
      expect(await integrity.call('VerifyStream', { streamId: opId }, { actor: zhao })).toMatchObject({
        streamId: opId,
        intact: true,
        commits: 1,
      });
      const outsider = await code(integrity.call('VerifyStream', { streamId: opId }, { actor: ma }));
      expect(['not_found', 'forbidden']).toContain(outsider);
      expect(outsider).toBe(await code(call('GetOperation', { operationId: opId }, ma)));
    } finally {
      integrity.close();
    }
  });

  it('refuses linked leads that do not exist or that the unit cannot see (real GetLead over gRPC), naming the index', async () => {
    const hidden = await leadsClient.call(
      'PostLead',
      {
        commandId: randomUUID(),
        title: 'Zhongmu lead',
        category: 'trademark',
        subject: { personName: `Wang ${RUN}` },
        location: { jurisdiction: 'zhongmu', address: 'x' },
        grading: { sourceReliability: 'C', information: 3 },
        handling: { code: 'AMBER' },
        priority: 'normal',
      },
      { actor: liu },
    );
    await expect(
      call('ProposeOperation', proposal({ linkedLeadIds: [leadId, `lead-${randomUUID()}`, hidden.leadId] }), zhao),
    ).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [expect.objectContaining({ path: 'linked_lead_ids[1]' }), expect.objectContaining({ path: 'linked_lead_ids[2]' })],
    });
  });

  it('refuses bad input with field names, and nothing is stored', async () => {
    // Wait until the list holds the first operation, so the count below is not racing the projection.
    const before = (
      await eventually(
        () => call('ListMyOperations', {}, zhao),
        (r) => r.operations.some((o) => o.operationId === opId),
      )
    ).operations.length;
    await expect(call('ProposeOperation', proposal({ commandId: '' }), zhao)).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'command_id' }],
    });
    await expect(
      call('ProposeOperation', proposal({ window: { startsAt: WINDOW.endsAt, endsAt: WINDOW.startsAt } }), zhao),
    ).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'window.ends_at', message: 'must be after starts_at' }],
    });
    await expect(
      call('ProposeOperation', proposal({ title: '', targets: [], urgency: 'asap', handling: { code: 'PURPLE' } }), zhao),
    ).rejects.toMatchObject({
      constructor: ValidationError,
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'title' }),
        expect.objectContaining({ path: 'targets' }),
        expect.objectContaining({ path: 'urgency' }),
        expect.objectContaining({ path: 'handling.code' }),
      ]),
    });
    await expect(act('InviteUnits', opId, zhao, { unitIds: ['msb-erqi', 'msb-nowhere'] })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'unit_ids[1]' }],
    });
    await expect(act('ReportProgress', opId, zhao, { inspections: 1 })).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'proposed',
    });
    await expect(act('InviteUnits', opId, analyst, { unitIds: ['msb-erqi'] })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await call('GetOperation', { operationId: opId }, zhao)).version).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await call('ListMyOperations', {}, zhao)).operations.length).toBe(before);
  });

  it('invites Erqi and Zhongmu; Erqi joins, Zhongmu declines with a reason; an uninvited unit is refused', async () => {
    expect(await act('InviteUnits', opId, zhao, { unitIds: ['msb-erqi', 'msb-zhongmu'], message: 'night raid' })).toMatchObject({
      version: 2,
    });
    const inbox = await eventually(
      () => call('ListInvitations', {}, sun),
      (r) => r.invitations.some((i) => i.operationId === opId),
    );
    expect(inbox.invitations.find((i) => i.operationId === opId)!.respondBy).toBeTruthy();
    expect(await act('JoinOperation', opId, sun)).toMatchObject({ version: 3 });
    await expect(act('DeclineInvitation', opId, liu, { reason: ' ' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'reason' }],
    });
    expect(await act('DeclineInvitation', opId, liu, { reason: 'no staff available that night' })).toMatchObject({ version: 4 });
    await expect(act('JoinOperation', opId, sun)).rejects.toMatchObject({ constructor: InvalidTransitionError, currentStatus: 'joined' });
    await expect(act('JoinOperation', opId, ma)).rejects.toBeInstanceOf(ForbiddenError); // AMBER, not party
    await expect(act('Launch', opId, zhao, { ifMatchVersion: 2 })).rejects.toBeInstanceOf(PreconditionFailedError);
    const detail = await call('GetOperation', { operationId: opId }, sun);
    expect(detail.participantUnitIds).toEqual(['msb-erqi']);
    expect(detail.invitations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-erqi', status: 'joined' }),
        expect.objectContaining({ unitId: 'msb-zhongmu', status: 'declined', declineReason: 'no staff available that night' }),
      ]),
    );
  });

  it('a join by an uninvited unit on a GREEN operation is refused as an invalid transition', async () => {
    const green = await call(
      'ProposeOperation',
      proposal({ title: 'Open market check', handling: { code: 'GREEN' }, targets: [{ subject: { personName: `Nobody ${RUN}` } }] }),
      zhao,
    );
    await expect(act('JoinOperation', green.operationId, ma)).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'not_invited',
    });
    await act('Cancel', green.operationId, zhao, { reason: 'merged into the night raid' });
  });

  it('tasks: assigned to participants only, completed by their unit', async () => {
    await expect(act('AssignTask', opId, zhao, { unitId: 'msb-zhongmu', description: 'x' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'unit_id' }],
    });
    const t1 = await act('AssignTask', opId, zhao, { unitId: 'msb-erqi', description: 'Search warehouse B', dueAt: WINDOW.endsAt });
    const t2 = await act('AssignTask', opId, zhao, { unitId: 'msb-jinshui', description: 'Bring evidence kits' });
    expect(t1.taskId).toMatch(/^task-/);
    await expect(act('CompleteTask', opId, zhao, { taskId: t1.taskId })).rejects.toBeInstanceOf(ForbiddenError);
    await act('CompleteTask', opId, sun, { taskId: t1.taskId, note: 'warehouse B searched' });
    await act('CompleteTask', opId, zhao, { taskId: t2.taskId, note: 'kits ready' });
    const detail = await call('GetOperation', { operationId: opId }, zhao);
    expect(detail.tasks.map((t) => t.status)).toEqual(['done', 'done']);
  });

  it('launch and two progress reports; totals add up', async () => {
    expect(await act('Launch', opId, zhao)).toMatchObject({ status: 'launched' });
    await act('ReportProgress', opId, sun, {
      seizures: [{ goods: 'Moutai 53%', quantity: 600, unitOfMeasure: 'bottles', valueYuan: 180000 }],
      inspections: 3,
      arrests: 2,
      notes: 'warehouse B',
    });
    await act('ReportProgress', opId, zhao, {
      seizures: [{ goods: 'counterfeit labels', quantity: 5000, unitOfMeasure: 'pieces', valueYuan: 2500.5 }],
      inspections: 1,
      arrests: 0,
    });
    await expect(act('ReportProgress', opId, liu, { inspections: 1 })).rejects.toBeInstanceOf(ForbiddenError); // declined, not a participant
    const detail = await call('GetOperation', { operationId: opId }, sun);
    expect(detail.totals).toEqual({ reports: 2, seizureItems: 2, seizedValueYuan: 182500.5, inspections: 4, arrests: 2 });
  });

  it('Guancheng plans an operation against the same enterprise in an overlapping window: both owners are warned, as pointers (AMBER, not party)', async () => {
    // The views the check reads must hold Jinshui's operation and lead first.
    await eventually(
      () => service.readModel.targets.find({ key: `subject:credit:${CREDIT}` }).toArray(),
      (rows) => rows.some((r) => r.operationId === opId && r.active),
    );
    await eventually(
      () => service.readModel.leadSubjects.find({ key: `subject:credit:${CREDIT}` }).toArray(),
      (rows) => rows.some((r) => r.leadId === leadId),
    );
    const result = await call(
      'ProposeOperation',
      proposal({
        title: 'Guancheng liquor sweep',
        window: { startsAt: inDays(3, 4), endsAt: inDays(3, 12) },
        targets: [
          { subject: { enterpriseName: COMPANY.toUpperCase(), creditCode: '' }, place: { jurisdiction: 'guancheng', address: 'Depot 7' } },
        ],
      }),
      ma,
    );
    guanchengOp = result.operationId;
    const mine = await call('GetOperation', { operationId: guanchengOp }, ma);
    // Guancheng may not see Jinshui's AMBER operation or lead: it learns that they exist and whom to call.
    expect(mine.conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          otherKind: 'operation',
          otherId: '',
          otherTitle: '',
          otherOwnerUnitId: 'msb-jinshui',
          contactOfficerId: zhao.officerId,
          reason: '',
          matchedOn: '',
          pointerOnly: true,
          status: 'open',
        }),
        expect.objectContaining({
          otherKind: 'lead',
          otherId: '',
          otherOwnerUnitId: 'msb-jinshui',
          contactOfficerId: li.officerId,
          pointerOnly: true,
        }),
      ]),
    );
    const fromGuancheng = (c: Conflict) => c.otherKind === 'operation' && c.otherOwnerUnitId === 'msb-guancheng';
    const theirs = await eventually(
      () => call('GetOperation', { operationId: opId }, zhao),
      (d) => d.conflicts.some(fromGuancheng),
    );
    const alert = theirs.conflicts.find(fromGuancheng)!;
    expect(alert).toMatchObject({ otherId: '', otherTitle: '', contactOfficerId: ma.officerId, pointerOnly: true });
    expect(alert.conflictId).toBe(mine.conflicts.find((c) => c.otherKind === 'operation')!.conflictId);
    const jinshuiList = await eventually(
      () => call('ListConflicts', {}, zhao),
      (r) => r.conflicts.some((c) => c.conflictId === alert.conflictId),
    );
    expect(jinshuiList.conflicts.find((c) => c.conflictId === alert.conflictId)).toMatchObject({ operationId: opId });
    await eventually(
      () => call('ListConflicts', {}, ma),
      (r) => r.conflicts.some((c) => c.conflictId === alert.conflictId && c.operationId === guanchengOp),
    );
    // Redelivery and the reaction's second look record nothing twice.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(
      (await call('GetOperation', { operationId: opId }, zhao)).conflicts.filter((c) => c.conflictId === alert.conflictId),
    ).toHaveLength(1);
  });

  it('Guancheng resolves the conflict by acting jointly: Jinshui is invited, and the outcome shows on both operations', async () => {
    const conflictId = (await call('GetOperation', { operationId: guanchengOp }, ma)).conflicts.find(
      (c) => c.otherKind === 'operation',
    )!.conflictId;
    await expect(act('ResolveConflict', guanchengOp, ma, { conflictId, outcome: 'merge' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'outcome' }],
    });
    await act('ResolveConflict', guanchengOp, ma, { conflictId, outcome: 'act_jointly', note: 'one raid, two teams' });
    const mine = await call('GetOperation', { operationId: guanchengOp }, ma);
    expect(mine.invitations).toEqual([expect.objectContaining({ unitId: 'msb-jinshui', status: 'pending' })]);
    expect(mine.conflicts.find((c) => c.conflictId === conflictId)).toMatchObject({ status: 'resolved', outcome: 'act_jointly' });
    const theirs = await eventually(
      () => call('GetOperation', { operationId: opId }, zhao),
      // The invitation reaches the other side's projected access a moment after the resolution.
      (d) => d.conflicts.some((c) => c.conflictId === conflictId && c.status === 'resolved' && !c.pointerOnly),
    );
    // Jinshui is now invited to Guancheng's operation, so it sees the other side in full.
    expect(theirs.conflicts.find((c) => c.conflictId === conflictId)).toMatchObject({
      outcome: 'act_jointly',
      otherId: guanchengOp,
      otherTitle: 'Guancheng liquor sweep',
      reason: 'subject_name',
      pointerOnly: false,
    });
    await eventually(
      () => call('ListInvitations', {}, zhao),
      (r) => r.invitations.some((i) => i.operationId === guanchengOp),
    );
  });

  it('the lead’s owner is warned in the leads inbox (in full once invited) and answers the alert; the operation sees the answer', async () => {
    const inbox = await eventually(
      () => leadsClient.call('ListOperationConflicts', {}, { actor: li }),
      (r) => r.conflicts.some((c) => c.leadId === leadId && c.operationOwnerUnitId === 'msb-guancheng' && !c.pointerOnly),
    );
    const alert = inbox.conflicts.find((c) => c.leadId === leadId && c.operationOwnerUnitId === 'msb-guancheng')!;
    // Jinshui was invited to Guancheng's operation when Guancheng chose to act jointly: it may see it now.
    expect(alert).toMatchObject({ operationId: guanchengOp, operationTitle: 'Guancheng liquor sweep', contactOfficerId: ma.officerId });
    // Units that own neither side get nothing.
    expect(
      (await leadsClient.call('ListOperationConflicts', {}, { actor: ma })).conflicts.some((c) => c.conflictId === alert.conflictId),
    ).toBe(false);
    await expect(
      call('ResolveLeadConflict', { commandId: randomUUID(), conflictId: alert.conflictId, outcome: 'proceed', note: '' }, sun),
    ).rejects.toBeInstanceOf(NotFoundError);
    const answer = await call(
      'ResolveLeadConflict',
      { commandId: randomUUID(), conflictId: alert.conflictId, outcome: 'act_jointly', note: 'same target' },
      li,
    );
    expect(answer.operationId).toBe('');
    const op = await call('GetOperation', { operationId: guanchengOp }, ma);
    expect(op.conflicts.find((c) => c.conflictId === alert.conflictId)).toMatchObject({ status: 'resolved', outcome: 'act_jointly' });
    await eventually(
      () => leadsClient.call('ListOperationConflicts', {}, { actor: li }),
      (r) => r.conflicts.some((c) => c.conflictId === alert.conflictId && c.status === 'resolved' && c.resolvedByUnitId === 'msb-jinshui'),
    );
  });

  it('an AMBER+STRICT operation 200 m away is shown to Jinshui only as a pointer', async () => {
    const strict = await call(
      'ProposeOperation',
      proposal({
        title: 'Covert surveillance',
        handling: { code: 'AMBER+STRICT' },
        window: { startsAt: inDays(3, 1), endsAt: inDays(3, 2) },
        targets: [
          {
            subject: {},
            place: {
              jurisdiction: 'erqi',
              address: 'opposite the warehouse',
              coordinates: { latitude: WAREHOUSE.latitude + 0.0018, longitude: WAREHOUSE.longitude },
            },
          },
        ],
      }),
      liu,
    );
    const seen = await eventually(
      () => call('GetOperation', { operationId: opId }, zhao),
      (d) => d.conflicts.some((c) => c.otherOwnerUnitId === 'msb-zhongmu'),
    );
    expect(seen.conflicts.find((c) => c.otherOwnerUnitId === 'msb-zhongmu')).toMatchObject({
      otherKind: 'operation',
      otherId: '',
      otherTitle: '',
      pointerOnly: true,
      contactOfficerId: liu.officerId,
      reason: '',
    });
    // Zhongmu declined Jinshui's AMBER operation: it takes no part any more, so it too gets only the pointer.
    const own = await call('GetOperation', { operationId: strict.operationId }, liu);
    expect(own.conflicts).toEqual(
      expect.arrayContaining([expect.objectContaining({ otherId: '', otherOwnerUnitId: 'msb-jinshui', pointerOnly: true })]),
    );
    await expect(call('GetOperation', { operationId: strict.operationId }, zhao)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('rescheduling into an overlapping window raises the alert that a distant window did not', async () => {
    const later = await call(
      'ProposeOperation',
      proposal({
        title: 'Guancheng follow-up',
        window: { startsAt: inDays(10), endsAt: inDays(10, 6) },
        targets: [{ subject: { creditCode: CREDIT }, place: { jurisdiction: 'guancheng', address: 'Depot 9' } }],
      }),
      ma,
    );
    const before = await call('GetOperation', { operationId: later.operationId }, ma);
    expect(before.conflicts.filter((c) => c.otherKind === 'operation')).toEqual([]);
    expect(before.conflicts).toEqual([expect.objectContaining({ otherKind: 'lead', otherOwnerUnitId: 'msb-jinshui', pointerOnly: true })]); // leads have no window
    await expect(
      act('Reschedule', later.operationId, ma, { window: { startsAt: inDays(3, 2), endsAt: inDays(3, 1) } }),
    ).rejects.toMatchObject({ constructor: ValidationError, issues: [{ path: 'window.ends_at' }] });
    await act('Reschedule', later.operationId, ma, { window: { startsAt: inDays(3, 2), endsAt: inDays(3, 5) }, reason: 'move up' });
    const after = await call('GetOperation', { operationId: later.operationId }, ma);
    const found = after.conflicts.find((c) => c.otherKind === 'operation' && c.otherOwnerUnitId === 'msb-jinshui' && c.status === 'open');
    expect(found).toMatchObject({ otherId: '', pointerOnly: true });
    await eventually(
      () => call('GetOperation', { operationId: opId }, zhao),
      (d) => d.conflicts.some((c) => c.conflictId === found!.conflictId),
    );
    await act('Cancel', later.operationId, ma, { reason: 'covered by the joint raid' });
  });

  it('a non-participant gets PermissionDenied (AMBER) and an analyst may read', async () => {
    await expect(call('GetOperation', { operationId: opId }, he)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(act('ReportProgress', opId, he, { inspections: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await call('GetOperation', { operationId: opId }, analyst)).status).toBe('launched');
    await expect(act('Conclude', opId, analyst, { summary: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('concludes; nothing is accepted afterwards; lists and calendar show it', async () => {
    await expect(act('Conclude', opId, sun, { summary: 'x' })).rejects.toBeInstanceOf(ForbiddenError); // only the lead unit
    expect(
      await act('Conclude', opId, zhao, {
        summary: '600 bottles and 5000 labels seized',
        results: '2 arrests; case transferred to the PSB',
      }),
    ).toMatchObject({ status: 'concluded' });
    await expect(act('Cancel', opId, zhao, { reason: 'x' })).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'concluded',
    });
    await expect(act('ReportProgress', opId, sun, { inspections: 1 })).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'concluded',
    });
    const detail = await call('GetOperation', { operationId: opId }, zhao);
    expect(detail.history.map((h) => h.type)).toEqual(
      expect.arrayContaining([
        'OperationProposed',
        'UnitsInvited',
        'OperationJoined',
        'InvitationDeclined',
        'TaskAssigned',
        'TaskCompleted',
        'OperationLaunched',
        'ProgressReported',
        'DeconflictionAlertRaised',
        'DeconflictionConflictResolved',
        'OperationConcluded',
      ]),
    );
    const mine = await eventually(
      () => call('ListMyOperations', {}, sun),
      (r) => r.operations.some((o) => o.operationId === opId && o.status === 'concluded'),
    );
    expect(mine.operations.find((o) => o.operationId === opId)).toMatchObject({ myRole: 'joined' });
    const calendar = await call('Calendar', { from: inDays(2), to: inDays(4) }, zhao);
    expect(calendar.operations.map((o) => o.operationId)).toContain(opId);
    expect((await call('Calendar', { from: inDays(10), to: inDays(11) }, zhao)).operations.map((o) => o.operationId)).not.toContain(opId);
    await expect(call('Calendar', { from: 'soon' }, zhao)).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'from' }],
    });
    // Concluded operations no longer take part in deconfliction.
    await eventually(
      () => service.readModel.targets.find({ key: `subject:credit:${CREDIT}` }).toArray(),
      (rows) => rows.filter((r) => r.operationId === opId).every((r) => !r.active),
    );
  });

  it('the linked lead records how the operation ended, via Kafka (leads consumes the operations topic), once', async () => {
    const lead = await eventually(
      () => leadsClient.call('GetLead', { leadId }, { actor: sun }),
      (l) => l.operationOutcomes.length > 0,
    );
    expect(lead.operationOutcomes).toEqual([
      {
        operationId: opId,
        leadUnitId: 'msb-jinshui',
        outcome: 'concluded',
        summary: '600 bottles and 5000 labels seized',
        results: '2 arrests; case transferred to the PSB',
        at: expect.any(String),
      },
    ]);
    expect(lead.history.filter((h) => h.type === 'LeadOperationOutcomeRecorded')).toHaveLength(1);
  });

  it('a cancelled operation is recorded on its linked lead too, even when the lead is closed', async () => {
    const other = await leadsClient.call(
      'PostLead',
      {
        commandId: randomUUID(),
        title: 'Fake detergent',
        category: 'trademark',
        subject: { personName: `Zhou ${RUN}` },
        location: { jurisdiction: 'jinshui', address: '3 Wenhua Road' },
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'GREEN' },
      },
      { actor: li },
    );
    const op = await call(
      'ProposeOperation',
      proposal({
        title: 'Detergent check',
        linkedLeadIds: [other.leadId],
        targets: [{ subject: { personName: `Zhou ${RUN}` } }],
        window: { startsAt: inDays(20), endsAt: inDays(21) },
      }),
      zhao,
    );
    await leadsClient.call(
      'CloseLead',
      { commandId: randomUUID(), leadId: other.leadId, outcome: 'resolved', summary: 'settled' },
      { actor: li },
    );
    await act('Cancel', op.operationId, zhao, { reason: 'the shop closed down' });
    const lead = await eventually(
      () => leadsClient.call('GetLead', { leadId: other.leadId }, { actor: li }),
      (l) => l.operationOutcomes.length > 0,
    );
    expect(lead).toMatchObject({
      status: 'closed',
      operationOutcomes: [{ operationId: op.operationId, outcome: 'cancelled', summary: 'the shop closed down', results: '' }],
    });
  });

  it('a lead escalated for joint action becomes a draft for its owner (via Kafka), completed with SubmitDraft', async () => {
    const escalated = await leadsClient.call(
      'PostLead',
      {
        commandId: randomUUID(),
        title: 'Fake vaccine courier',
        category: 'drugs',
        subject: { personName: `Qian ${RUN}` },
        location: { jurisdiction: 'jinshui', address: '9 Nongye Road' },
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'AMBER' },
      },
      { actor: li },
    );
    await expect(
      leadsClient.call('EscalateForJointAction', { commandId: randomUUID(), leadId: escalated.leadId, reason: '' }, { actor: li }),
    ).rejects.toMatchObject({ constructor: ValidationError, issues: [{ path: 'reason' }] });
    await leadsClient.call(
      'EscalateForJointAction',
      { commandId: randomUUID(), leadId: escalated.leadId, reason: 'needs Erqi and the PSB' },
      { actor: li },
    );
    const mine = await eventually(
      () => call('ListMyOperations', { status: 'draft' }, zhao),
      (r) => r.operations.some((o) => o.status === 'draft'),
    );
    const draft = mine.operations.find((o) => o.status === 'draft')!;
    expect(draft).toMatchObject({ myRole: 'lead' });
    const detail = await call('GetOperation', { operationId: draft.operationId }, li);
    expect(detail).toMatchObject({ status: 'draft', leadUnitId: 'msb-jinshui', linkedLeadIds: [escalated.leadId] });
    expect((detail as unknown as { title: string }).title).toBe('Joint action: Fake vaccine courier');
    await expect(act('Launch', draft.operationId, zhao)).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'draft',
    });
    await expect(
      act('SubmitDraft', draft.operationId, zhao, { window: { startsAt: inDays(30), endsAt: inDays(29) } }),
    ).rejects.toMatchObject({ constructor: ValidationError, issues: [{ path: 'window.ends_at' }] });
    expect(await act('SubmitDraft', draft.operationId, zhao, { window: { startsAt: inDays(30), endsAt: inDays(31) } })).toMatchObject({
      status: 'proposed',
    });
    expect(await act('Launch', draft.operationId, zhao)).toMatchObject({ status: 'launched' });
  });

  it('emergency: an unanswered invitation is marked overdue exactly once after the short limit (2 s here)', async () => {
    const urgent = await call(
      'ProposeOperation',
      proposal({
        title: 'Emergency: fake vaccine shipment',
        urgency: 'emergency',
        targets: [{ subject: { personName: `Courier ${RUN}` } }],
      }),
      zhao,
    );
    await act('InviteUnits', urgent.operationId, zhao, { unitIds: ['msb-erqi'] });
    const detail = await eventually(
      () => call('GetOperation', { operationId: urgent.operationId }, zhao),
      (d) => d.invitations.some((i) => i.overdue),
      30_000,
    );
    const invitation = detail.invitations[0]!;
    expect(Date.parse(invitation.respondBy) - Date.now()).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const events = await service.store.readStream(urgent.operationId);
    expect(events.filter((e) => e.type === 'InvitationOverdue').map((e) => e.data)).toEqual([
      expect.objectContaining({ unitId: 'msb-erqi' }),
    ]);
  });

  it('rebuilds the read model from the store with the same rows', async () => {
    const count = async () => ({
      m: await service.readModel.memberships.countDocuments({}),
      c: await service.readModel.conflicts.countDocuments({}),
      t: await service.readModel.targets.countDocuments({}),
    });
    const before = await count();
    await service.readModel.rebuild(service.store.scan({ streamPrefix: 'operation-' }));
    expect(await count()).toEqual(before);
  });
});
