import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom } from '@liaison/contracts';
import { createGrpcClient, ForbiddenError, type GrpcClient, NotFoundError, ValidationError } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { leadsServiceDefinition } from '../../leads/src/api/grpc';
import type { LeadsService } from '../../leads/src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from '../../leads/test/leads-under-test';
import { creditServiceDefinition } from '../src/api/grpc';
import type { CreditService } from '../src/app';
import { startCreditUnderTest, stopCreditUnderTest } from './credit-under-test';

/**
 * The credit service on real Kafka and FerretDB beside a real leads service on the same topic
 * namespace: leads closed as `penalised` (and one handed to the police who open a case) become
 * entries of the enterprise's and the legal representative's credit files; who sees which entry
 * follows the lead's handling; the blacklisting workflow runs through the leading-group office,
 * an appeal, and the period scheduler (a service clock the test moves forward).
 */
type Req = Record<string, unknown>;
type Entry = { entryId: string; kind: string; handlingCode: string; source: { context: string; eventType: string; recordId: string } };
type File = {
  fileId: string;
  names: { name: string }[];
  legalRepresentatives: { name: string }[];
  entries: Entry[];
  blacklisted: boolean;
  blacklistings: { blacklistingId: string; grounds: string; groundsDisclosed: boolean }[];
};
type Result = { blacklistingId: string; status: string; version: number };
type Bl = {
  blacklistingId: string;
  status: string;
  grounds: string;
  history: { type: string; officerId: string }[];
  removalReason: string;
};
type CreditMethods = {
  GetCreditFile: { request: Req; response: File };
  GetCreditStatus: { request: Req; response: { found: boolean; blacklisted: boolean; entryCount: number } };
  ProposeBlacklisting: { request: Req; response: Result };
  ApproveBlacklisting: { request: Req; response: Result };
  RejectBlacklisting: { request: Req; response: Result };
  AppealBlacklisting: { request: Req; response: Result };
  DecideBlacklistingAppeal: { request: Req; response: Result };
  GetBlacklisting: { request: Req; response: Bl };
  ListBlacklistings: { request: Req; response: { blacklistings: Bl[] } };
};
type LeadMethods = {
  PostLead: { request: Req; response: { leadId: string } };
  CloseLead: { request: Req; response: { version: number } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const li = actor('officer-jinshui-msb-li', 'msb-jinshui');
const wang = actor('officer-erqi-msb-wang', 'msb-erqi');
const feng = actor('officer-city-lgo-feng', 'lgo-city', ['coordinator', 'liaison_officer']);
const admin = actor('officer-city-lgo-admin', 'lgo-city', ['admin']);
const supervisor = actor('officer-city-supervision-wu', 'supervision-city', ['supervisor']);

const RUN = randomUUID().slice(0, 8);
// A credit code of this run (its 18th character the GB 32100-2015 check character).
const CODE = creditCodeFrom(
  `91410105MA${RUN.toUpperCase()
    .replace(/[^0-9A-HJ-NPQRTUWXY]/g, '0')
    .slice(0, 7)}`,
);
const PERSON = `Zhang ${RUN}`;
let offsetMs = 0;
let leads: LeadsService;
let credit: CreditService;
let leadClient: GrpcClient<LeadMethods>;
let client: GrpcClient<CreditMethods>;
const call = <K extends keyof CreditMethods & string>(method: K, request: CreditMethods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });

const postAndClose = async (code: string, enterpriseName: string) => {
  const { leadId } = await leadClient.call(
    'PostLead',
    {
      commandId: randomUUID(),
      title: `credit ${RUN} ${code}`,
      category: 'trademark',
      subject: { enterpriseName, creditCode: CODE, personName: PERSON },
      location: { jurisdiction: 'jinshui', address: '1 Credit Road' },
      summary: 'counterfeit handbags',
      priority: 'normal',
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code, namedOfficerIds: [] },
    },
    { actor: li },
  );
  await leadClient.call(
    'CloseLead',
    { commandId: randomUUID(), leadId, outcome: 'penalised', summary: `fined ¥50,000 (${code})` },
    { actor: li },
  );
  return leadId;
};
const file = (as: Actor) => call('GetCreditFile', { creditCode: CODE }, as);

beforeAll(async () => {
  leads = await startLeadsUnderTest('credit', RUN);
  credit = await startCreditUnderTest(
    'credit',
    RUN,
    { CREDIT_SCHEDULER_INTERVAL_MS: '3600000' },
    { clock: () => new Date(Date.now() + offsetMs) },
  );
  leadClient = createGrpcClient<LeadMethods>(leadsServiceDefinition(), `127.0.0.1:${leads.grpcPort}`);
  client = createGrpcClient<CreditMethods>(creditServiceDefinition(), `127.0.0.1:${credit.grpcPort}`);
}, 120_000);

afterAll(async () => {
  client?.close();
  leadClient?.close();
  await stopCreditUnderTest(credit);
  await stopLeadsUnderTest(leads);
});

describe('credit files fed by the leads topic', () => {
  let greenLead = '';
  beforeAll(async () => {
    greenLead = await postAndClose('GREEN', `Fake Bags ${RUN} Co.`);
    await postAndClose('AMBER', `Fake Bags ${RUN} Trading Co.`);
    await until(
      () => file(li),
      (f) => f.entries.length === 2,
    );
  }, 60_000);

  it('the owner sees both entries, each citing its LeadClosed, with names over time and the legal representative', async () => {
    const own = await file(li);
    expect(own.entries.map((e) => [e.kind, e.handlingCode, e.source.eventType])).toEqual([
      ['administrative_penalty', 'AMBER', 'LeadClosed'],
      ['administrative_penalty', 'GREEN', 'LeadClosed'],
    ]);
    expect(own.names.map((n) => n.name)).toEqual([`Fake Bags ${RUN} Co.`, `Fake Bags ${RUN} Trading Co.`]);
    expect(own.legalRepresentatives.map((n) => n.name)).toEqual([PERSON]);
    // The responsible person's own file.
    const person = await call('GetCreditFile', { personName: PERSON }, li);
    expect(person.entries).toHaveLength(2);
  });

  it('another unit sees only the GREEN entry; its status query counts only that one', async () => {
    const other = await file(wang);
    expect(other.entries.map((e) => e.source.recordId)).toEqual([greenLead]);
    expect(other.names.map((n) => n.name)).toEqual([`Fake Bags ${RUN} Co.`]);
    expect(await call('GetCreditStatus', { creditCode: CODE }, wang)).toMatchObject({ found: true, entryCount: 1, blacklisted: false });
  });

  it('denials: admins and supervisors see nothing (404), an unknown code is 404, a bad check character is 400', async () => {
    await expect(file(admin)).rejects.toBeInstanceOf(NotFoundError);
    await expect(file(supervisor)).rejects.toBeInstanceOf(NotFoundError);
    expect(await call('GetCreditStatus', { creditCode: CODE }, admin)).toMatchObject({ found: false, entryCount: 0 });
    await expect(call('GetCreditFile', { creditCode: creditCodeFrom('91410105MA0000000') }, li)).rejects.toBeInstanceOf(NotFoundError);
    const wrongCheck = CODE.slice(0, 17) + (CODE[17] === '0' ? '1' : '0');
    await expect(call('GetCreditFile', { creditCode: wrongCheck }, li)).rejects.toBeInstanceOf(ValidationError);
  });

  describe('blacklisting', () => {
    let id = '';
    let greenEntry = '';
    let amberEntry = '';
    beforeAll(async () => {
      const own = await file(li);
      greenEntry = own.entries.find((e) => e.handlingCode === 'GREEN')!.entryId;
      amberEntry = own.entries.find((e) => e.handlingCode === 'AMBER')!.entryId;
    });

    it('the office may not approve grounds it cannot see; the proposer is told', async () => {
      const amber = await call(
        'ProposeBlacklisting',
        { commandId: randomUUID(), fileId: `credit-${CODE}`, grounds: 'amber grounds', citedEntryIds: [amberEntry], periodDays: 30 },
        li,
      );
      await expect(
        call('ApproveBlacklisting', { commandId: randomUUID(), blacklistingId: amber.blacklistingId }, feng),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await call('RejectBlacklisting', { commandId: randomUUID(), blacklistingId: amber.blacklistingId, reason: 'x' }, feng).catch(
        (e: unknown) => expect(e).toBeInstanceOf(ForbiddenError),
      );
    });

    it('proposed: seen by the proposer and the office only; a unit that may not see the cited entry cannot cite it', async () => {
      const proposed = await call(
        'ProposeBlacklisting',
        {
          commandId: randomUUID(),
          fileId: `credit-${CODE}`,
          grounds: 'repeat penalties for counterfeit handbags',
          citedEntryIds: [greenEntry],
          periodDays: 1,
        },
        li,
      );
      id = proposed.blacklistingId;
      expect(proposed.status).toBe('proposed');
      await until(
        () => call('GetBlacklisting', { blacklistingId: id }, feng).catch(() => null),
        (b) => b?.status === 'proposed',
      );
      await expect(call('GetBlacklisting', { blacklistingId: id }, wang)).rejects.toBeInstanceOf(NotFoundError);
      await expect(call('GetBlacklisting', { blacklistingId: id }, admin)).rejects.toBeInstanceOf(NotFoundError);
      const listed = await call('ListBlacklistings', { status: 'proposed' }, wang);
      expect(listed.blacklistings.map((b) => b.blacklistingId)).not.toContain(id);
      await expect(
        call(
          'ProposeBlacklisting',
          { commandId: randomUUID(), fileId: `credit-${CODE}`, grounds: 'x', citedEntryIds: [amberEntry], periodDays: 10 },
          wang,
        ),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(call('ApproveBlacklisting', { commandId: randomUUID(), blacklistingId: id }, li)).rejects.toBeInstanceOf(ForbiddenError);
    });

    it('approved by the office: published, every unit sees the subject blacklisted; the scheduler removes it when the period ends', async () => {
      expect((await call('ApproveBlacklisting', { commandId: randomUUID(), blacklistingId: id, note: 'approved' }, feng)).status).toBe(
        'published',
      );
      const seen = await until(
        () => file(wang),
        (f) => f.blacklisted,
      );
      expect(seen.blacklistings[0]).toMatchObject({ blacklistingId: id, groundsDisclosed: true });
      expect(await call('GetCreditStatus', { creditCode: CODE }, wang)).toMatchObject({ blacklisted: true });
      await until(
        () => call('ListBlacklistings', { status: '' }, wang),
        (l) => l.blacklistings.some((b) => b.blacklistingId === id),
      );
      // Not yet due: nothing is removed.
      expect(await credit.scheduler!.tick()).toBe(0);
      offsetMs = 2 * 86_400_000;
      expect(await credit.scheduler!.tick()).toBe(1);
      offsetMs = 0;
      const removed = await until(
        () => call('GetBlacklisting', { blacklistingId: id }, wang),
        (b) => b.status === 'removed',
      );
      expect(removed.removalReason).toBe('period_ended');
      expect(removed.history.map((h) => [h.type, h.officerId])).toEqual([
        ['BlacklistingProposed', li.officerId],
        ['BlacklistingApproved', feng.officerId],
        ['BlacklistingRemoved', ''],
      ]);
      expect((await file(wang)).blacklisted).toBe(false);
    });

    it('an appeal upheld by the office removes a published blacklisting', async () => {
      const { blacklistingId } = await call(
        'ProposeBlacklisting',
        { commandId: randomUUID(), fileId: `credit-${CODE}`, grounds: 'again', citedEntryIds: [greenEntry], periodDays: 365 },
        li,
      );
      await call('ApproveBlacklisting', { commandId: randomUUID(), blacklistingId }, feng);
      await expect(
        call('AppealBlacklisting', { commandId: randomUUID(), blacklistingId, appellant: 'the company', grounds: 'annulled' }, wang),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await call('AppealBlacklisting', { commandId: randomUUID(), blacklistingId, appellant: 'the company', grounds: 'annulled' }, feng);
      const decided = await call(
        'DecideBlacklistingAppeal',
        { commandId: randomUUID(), blacklistingId, upheld: true, reason: 'the penalty was annulled' },
        feng,
      );
      expect(decided.status).toBe('removed');
    });
  });
});
