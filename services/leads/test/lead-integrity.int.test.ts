import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, proto } from '@liaison/contracts';
import {
  COMMITS_COLLECTION,
  createGrpcClient,
  type GrpcClient,
  integrityServiceDefinition,
  type ClientMethods,
  type LiaisonError,
} from '@liaison/platform';
import { leadsServiceDefinition } from '../src/api/grpc';
import type { LeadsService } from '../src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from './leads-under-test';

/**
 * liaison.v1.IntegrityService on the leads service (ADR 0017): whoever may read a lead may verify
 * its history, everyone else gets what GetLead gives them; an edit made directly in MongoDB is
 * named as the first broken link.
 */

type Req = Record<string, unknown>;
type LeadMethods = {
  PostLead: { request: Req; response: { leadId: string } };
  ShareLead: { request: Req; response: { leadId: string; version: number } };
  GetLead: { request: { leadId: string }; response: { leadId: string } };
};
type IntegrityMethods = ClientMethods<proto.IntegrityServiceDefinition>;

const actor = (officerId: string, unitId: string, roles: Actor['roles'], clearance?: Actor['clearance']): Actor => ({
  officerId,
  unitId,
  roles,
  ...(clearance ? { clearance } : {}),
});
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator', 'liaison_officer']);
const wang = actor('officer-erqi-msb-wang', 'msb-erqi', ['liaison_officer']);
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer']);
const greenAnalyst = actor('officer-city-lgo-analyst-tang', 'lgo-city', ['analyst'], 'GREEN');
const amberAnalyst = actor('officer-city-lgo-analyst', 'lgo-city', ['analyst'], 'AMBER');

const RUN = randomUUID().slice(0, 8);
let service: LeadsService;
let leads: GrpcClient<LeadMethods>;
let integrity: GrpcClient<IntegrityMethods>;

beforeAll(async () => {
  service = await startLeadsUnderTest('integrity', RUN, { LEADS_SCHEDULER_ENABLED: 'false' });
  const address = `127.0.0.1:${service.grpcPort}`;
  leads = createGrpcClient<LeadMethods>(leadsServiceDefinition(), address, { deadlineMs: 15_000 });
  integrity = createGrpcClient<IntegrityMethods>(integrityServiceDefinition(), address, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  leads?.close();
  integrity?.close();
  await stopLeadsUnderTest(service);
});

const verify = (streamId: string, as: Actor) => integrity.call('VerifyStream', { streamId }, { actor: as });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: LiaisonError) => error.code ?? String(error),
  );

async function amberLeadSharedWithErqi(): Promise<string> {
  const { leadId } = await leads.call(
    'PostLead',
    {
      commandId: randomUUID(),
      title: 'Counterfeit seed warehouse',
      category: 'counterfeit_food',
      subject: { personName: `Integrity ${RUN}` },
      location: { jurisdiction: 'jinshui', address: '1 Test Road' },
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code: 'AMBER' },
    },
    { actor: zhao },
  );
  await leads.call(
    'ShareLead',
    { commandId: randomUUID(), leadId, ifMatchVersion: 0, unitIds: ['msb-erqi'], message: 'please check' },
    { actor: zhao },
  );
  return leadId;
}

describe('IntegrityService on the leads service', () => {
  it('lets the lead’s parties and a cleared analyst verify it, and answers the others as GetLead does', async () => {
    const leadId = await amberLeadSharedWithErqi();
    for (const reader of [zhao, wang, amberAnalyst]) {
      expect(await verify(leadId, reader)).toMatchObject({
        streamId: leadId,
        intact: true,
        commits: 2,
        legacyCommits: 0,
        algorithm: 'sha256/rfc8785',
      });
    }
    for (const outsider of [liu, greenAnalyst]) {
      const denied = await failure(verify(leadId, outsider));
      expect(['not_found', 'forbidden']).toContain(denied);
      expect(denied).toBe(await failure(leads.call('GetLead', { leadId }, { actor: outsider })));
    }
  });

  it('answers an unknown lead with not found and a malformed id with a validation error', async () => {
    expect(await failure(verify(`lead-${randomUUID()}`, zhao))).toBe('not_found');
    expect(await failure(verify('operation-nope', zhao))).toBe('validation');
  });

  it('names the commit edited directly in MongoDB as the first broken link', async () => {
    const leadId = await amberLeadSharedWithErqi();
    const commits = service.connection.db!.collection(COMMITS_COLLECTION);
    const [, share] = await commits.find({ streamId: leadId }).sort({ version: 1 }).toArray();
    const events = structuredClone(share!.events) as Array<{ data: { message: string } }>;
    events[0]!.data.message = 'nothing to see here';
    await commits.updateOne({ _id: share!._id }, { $set: { events } });

    const result = await verify(leadId, zhao);
    expect(result.intact).toBe(false);
    expect(result.firstBrokenLink).toMatchObject({
      version: share!.version,
      commitId: String(share!._id),
      reason: 'hash-mismatch',
      storedHash: share!.hash,
    });
    // The outsider still learns nothing, not even that the history is broken.
    expect(await failure(verify(leadId, liu))).toBe(await failure(leads.call('GetLead', { leadId }, { actor: liu })));
  });
});
