import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom, loadRouting, PUBLIC_REPORTER } from '@liaison/contracts';
import {
  ContentTooLargeError,
  createGrpcClient,
  ForbiddenError,
  type GrpcClient,
  InvalidTransitionError,
  NotFoundError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { leadsServiceDefinition } from '../../leads/src/api/grpc';
import type { LeadsService } from '../../leads/src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from '../../leads/test/leads-under-test';
import { intakeServiceDefinition } from '../src/api/grpc';
import type { IntakeService } from '../src/app';
import { startIntakeUnderTest, stopIntakeUnderTest } from './intake-under-test';

/**
 * The intake service on real Kafka and FerretDB beside a real leads service: public submissions
 * (no identity) routed by the rules, the receipt code's status, the unit's queue, the RED contact
 * for the named screening officer only, reject / merge / convert (a lead posted in leads with the
 * officer's identity, citing the report), and the conclusion from the leads topic.
 */
type Req = Record<string, unknown>;
type Report = {
  reportId: string;
  status: string;
  routedToUnitId: string;
  contact: { name: string; phone: string } | null;
  contactDisclosed: boolean;
  hasContact: boolean;
  leadId: string;
};
type Result = { reportId: string; status: string; leadId: string };
type IntakeMethods = {
  SubmitReport: { request: Req; response: { reportId: string; receiptCode: string; status: string; screeningDueAt: string } };
  GetReportStatus: { request: Req; response: { status: string; reason: string; rewardStatus: string; attachmentCount: number } };
  ListIntakeQueue: { request: Req; response: { reports: Report[] } };
  GetReport: { request: Req; response: Report };
  RejectReport: { request: Req; response: Result };
  MergeReport: { request: Req; response: Result };
  ConvertReport: { request: Req; response: Result };
  ListRewards: { request: Req; response: { rewards: { reportId: string; status: string; basis: string; amountYuan: number }[] } };
  ApproveReward: { request: Req; response: Result & { rewardStatus: string } };
  RecordRewardPayment: { request: Req; response: Result & { rewardStatus: string } };
  AttachToReport: { request: Req; response: { attachmentId: string; attachmentCount: number; mediaType: string; duplicate: boolean } };
  ListReportAttachments: {
    request: Req;
    response: { attachments: { attachmentId: string; mediaType: string; size: number; sha256: string; fileName: string }[] };
  };
  DownloadReportAttachment: {
    request: Req;
    response: { header?: { mediaType: string; size: number; sha256: string; verified: boolean; fileName: string } | null; chunk?: Buffer };
  };
};
type LeadMethods = {
  GetLead: { request: Req; response: { summary: string; subject: { creditCode: string }; ownerUnitId: string } };
  CloseLead: { request: Req; response: { version: number } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const li = actor('officer-jinshui-msb-li', 'msb-jinshui');
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator', 'liaison_officer']);
const wang = actor('officer-erqi-msb-wang', 'msb-erqi');
const analyst = actor('officer-city-lgo-analyst', 'lgo-city', ['analyst']);
const feng = actor('officer-city-lgo-feng', 'lgo-city', ['coordinator']);

const RUN = randomUUID().slice(0, 8);
const MAX_ATTACHMENT_BYTES = 256 * 1024;
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(20_000)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(200_000)]);
// A Windows executable (MZ header) named photo.jpg by its sender: refused by its bytes.
const EXE = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), randomBytes(8_000)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let leads: LeadsService;
let intake: IntakeService;
let leadClient: GrpcClient<LeadMethods>;
let client: GrpcClient<IntakeMethods>;
const call = <K extends keyof IntakeMethods & string>(method: K, request: IntakeMethods[K]['request'], as: Actor | null) =>
  client.call(method, request, { actor: as });
const submit = (what: string, contact: Req | null = null, jurisdiction = 'jinshui') =>
  call(
    'SubmitReport',
    { commandId: randomUUID(), category: 'trademark', what, where: { jurisdiction, address: '8 Market St' }, contact },
    null,
  );

beforeAll(async () => {
  // The seeded rules, with Jinshui's screening narrowed to one named officer (Li): Zhao, of the same unit, is not named.
  const routing = loadRouting();
  routing.rules = routing.rules.map((r) => (r.unitId === 'msb-jinshui' ? { ...r, screeningOfficerIds: [li.officerId] } : r));
  const file = join(mkdtempSync(join(tmpdir(), 'intake-routing-')), 'routing.json');
  writeFileSync(file, JSON.stringify(routing));
  leads = await startLeadsUnderTest('intake', RUN);
  intake = await startIntakeUnderTest('intake', RUN, {
    INTAKE_ROUTING_FILE: file,
    LEADS_GRPC_ADDRESS: `127.0.0.1:${leads.grpcPort}`,
    // Small limits, so the refusals are quick to reach (ADR 0034).
    INTAKE_ATTACHMENT_MAX_BYTES: String(MAX_ATTACHMENT_BYTES),
    INTAKE_ATTACHMENTS_PER_REPORT: '3',
  });
  leadClient = createGrpcClient<LeadMethods>(leadsServiceDefinition(), `127.0.0.1:${leads.grpcPort}`);
  client = createGrpcClient<IntakeMethods>(intakeServiceDefinition(), `127.0.0.1:${intake.grpcPort}`);
}, 120_000);

afterAll(async () => {
  client?.close();
  leadClient?.close();
  await stopIntakeUnderTest(intake);
  await stopLeadsUnderTest(leads);
});

describe('public reports', () => {
  let first = { reportId: '', receiptCode: '' };
  beforeAll(async () => {
    first = await submit(`Fake handbags sold at stall 12 (${RUN})`, { name: 'A citizen', phone: '13800000000', email: '' });
    await until(
      () => call('ListIntakeQueue', {}, li),
      (q) => q.reports.some((r) => r.reportId === first.reportId),
    );
  }, 30_000);

  it('a submission without an account is routed to the competent unit and answered with a receipt code', async () => {
    expect(first.receiptCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(await call('GetReportStatus', { receiptCode: first.receiptCode }, null)).toMatchObject({ status: 'received', reason: '' });
    const seen = await call('GetReport', { reportId: first.reportId }, li);
    expect(seen).toMatchObject({
      routedToUnitId: 'msb-jinshui',
      hasContact: true,
      contactDisclosed: true,
      contact: { phone: '13800000000' },
    });
  });

  it('bad input is refused with the field named; an unknown receipt code is not found', async () => {
    await expect(submit('', null)).rejects.toBeInstanceOf(ValidationError);
    await expect(submit('x', null, 'atlantis')).rejects.toBeInstanceOf(ValidationError);
    await expect(call('GetReportStatus', { receiptCode: 'AAAA-AAAA-AAAA-AAAA' }, null)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetReportStatus', { receiptCode: 'nope' }, null)).rejects.toBeInstanceOf(ValidationError);
  });

  it('denials: the reporter’s identity only for the named screening officer; other units and analysts learn nothing', async () => {
    const byZhao = await call('GetReport', { reportId: first.reportId }, zhao);
    expect(byZhao).toMatchObject({ hasContact: true, contactDisclosed: false, contact: null });
    await expect(call('GetReport', { reportId: first.reportId }, wang)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetReport', { reportId: first.reportId }, analyst)).rejects.toBeInstanceOf(NotFoundError);
    expect((await call('ListIntakeQueue', {}, wang)).reports.map((r) => r.reportId)).not.toContain(first.reportId);
    await expect(call('RejectReport', { commandId: randomUUID(), reportId: first.reportId, reason: 'x' }, wang)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(call('ListIntakeQueue', {}, null)).rejects.toThrow();
  });

  it('reject: the reporter reads the reason with the status; a second screening is refused', async () => {
    const r = await submit(`Nothing much (${RUN})`);
    await call('RejectReport', { commandId: randomUUID(), reportId: r.reportId, reason: 'No trademark is involved' }, li);
    expect(
      await until(
        () => call('GetReportStatus', { receiptCode: r.receiptCode }, null),
        (s) => s.status === 'rejected',
      ),
    ).toEqual(expect.objectContaining({ reason: 'No trademark is involved' }));
    await expect(call('RejectReport', { commandId: randomUUID(), reportId: r.reportId, reason: 'again' }, li)).rejects.toBeInstanceOf(
      InvalidTransitionError,
    );
    await expect(call('RejectReport', { commandId: randomUUID(), reportId: r.reportId, reason: 'x' }, analyst)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('merge into an earlier report of the same unit; into another unit’s report is not found', async () => {
    const dup = await submit(`Same stall 12 again (${RUN})`);
    const elsewhere = await submit(`Erqi report (${RUN})`, null, 'erqi');
    await expect(
      call('MergeReport', { commandId: randomUUID(), reportId: dup.reportId, intoReportId: elsewhere.reportId }, li),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await call('MergeReport', { commandId: randomUUID(), reportId: dup.reportId, intoReportId: first.reportId }, li)).status).toBe(
      'merged',
    );
    expect(
      await until(
        () => call('GetReportStatus', { receiptCode: dup.receiptCode }, null),
        (s) => s.status === 'merged',
      ),
    ).toBeTruthy();
  });

  it('convert: a lead is posted in leads citing the report; when the lead is closed the reporter reads "concluded"', async () => {
    const code = creditCodeFrom('91410105MA44NTKA1');
    await expect(
      call('ConvertReport', { commandId: randomUUID(), reportId: first.reportId, title: 'x', handlingCode: 'GREEN' }, analyst),
    ).rejects.toBeInstanceOf(NotFoundError);
    const converted = await call(
      'ConvertReport',
      {
        commandId: randomUUID(),
        reportId: first.reportId,
        title: 'Counterfeit handbags at stall 12',
        enterpriseName: `Stall 12 ${RUN} Trading`,
        creditCode: code,
        personName: '',
        handlingCode: 'GREEN',
        priority: 'normal',
      },
      zhao,
    );
    expect(converted).toMatchObject({ status: 'converted', leadId: expect.stringMatching(/^lead-/) });
    const lead = await leadClient.call('GetLead', { leadId: converted.leadId }, { actor: zhao });
    expect(lead.summary).toContain(first.reportId);
    expect(lead).toMatchObject({ ownerUnitId: 'msb-jinshui', subject: expect.objectContaining({ creditCode: code }) });
    expect(await call('GetReportStatus', { receiptCode: first.receiptCode }, null)).toMatchObject({
      status: expect.stringMatching(/received|converted/),
    });
    await until(
      () => intake.reports.get(first.reportId),
      (d) => d?.status === 'converted',
    );
    await leadClient.call(
      'CloseLead',
      { commandId: randomUUID(), leadId: converted.leadId, outcome: 'penalised', summary: 'fined' },
      { actor: zhao },
    );
    expect(
      await until(
        () => call('GetReportStatus', { receiptCode: first.receiptCode }, null),
        (s) => s.status === 'concluded',
      ),
    ).toEqual(expect.objectContaining({ reason: '' }));
  });

  it('the penalty proposes a reward: seen by the named screening officer and the office only; approved, paid; the reporter sees its status', async () => {
    const proposed = await until(
      () => call('ListRewards', { status: 'proposed' }, li),
      (r) => r.rewards.some((w) => w.reportId === first.reportId),
    );
    expect(proposed.rewards.find((w) => w.reportId === first.reportId)).toMatchObject({ basis: 'administrative_penalty' });
    for (const other of [zhao, wang, analyst])
      expect((await call('ListRewards', {}, other)).rewards.map((w) => w.reportId)).not.toContain(first.reportId);
    await expect(call('ListRewards', {}, null)).rejects.toThrow();
    expect((await call('GetReportStatus', { receiptCode: first.receiptCode }, null)).rewardStatus).toBe('proposed');
    await expect(
      call('ApproveReward', { commandId: randomUUID(), reportId: first.reportId, amountYuan: 500, note: '' }, zhao),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await call('ApproveReward', { commandId: randomUUID(), reportId: first.reportId, amountYuan: 500, note: '' }, feng);
    await expect(
      call('RecordRewardPayment', { commandId: randomUUID(), reportId: first.reportId, amountYuan: 500, reference: 'v1' }, zhao),
    ).rejects.toBeInstanceOf(NotFoundError);
    const paid = await call(
      'RecordRewardPayment',
      { commandId: randomUUID(), reportId: first.reportId, amountYuan: 500, reference: 'v1' },
      li,
    );
    expect(paid.rewardStatus).toBe('paid');
    expect(
      await until(
        () => call('GetReportStatus', { receiptCode: first.receiptCode }, null),
        (s) => s.rewardStatus === 'paid',
      ),
    ).toEqual({
      status: 'concluded',
      reason: '',
      submittedAt: expect.any(String),
      updatedAt: expect.any(String),
      rewardStatus: 'paid',
      attachmentCount: 0,
    });
  });

  it('a patent report goes to the city IPO wherever it is (the category rule before the jurisdiction’s)', async () => {
    const r = await call(
      'SubmitReport',
      { commandId: randomUUID(), category: 'patent', what: 'patent copy', where: { jurisdiction: 'jinshui', address: '' } },
      li,
    );
    await until(
      () => call('GetReport', { reportId: r.reportId }, actor('officer-city-ipo-gao', 'ipo-city')).catch(() => null),
      (x) => x !== null,
    );
    expect((await call('GetReport', { reportId: r.reportId }, actor('officer-city-ipo-gao', 'ipo-city'))).routedToUnitId).toBe('ipo-city');
    await expect(call('GetReport', { reportId: r.reportId }, li)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('attachments on public reports (ADR 0034)', () => {
  let report = { reportId: '', receiptCode: '' };
  /** AttachToReport as the gateway streams it: the target, the bytes in pieces, the end with the size. */
  const attach = (receiptCode: string, bytes: Buffer, as: Actor = PUBLIC_REPORTER) =>
    client.clientStream('AttachToReport', { actor: as }, (sink) =>
      pipeline(async function* () {
        yield { target: { receiptCode, commandId: randomUUID() } };
        for (let i = 0; i < bytes.length; i += 64 * 1024) yield { chunk: bytes.subarray(i, i + 64 * 1024) };
        yield { end: { size: bytes.length } };
      }, sink),
    );
  const stored = async () => ({
    files: await intake.connection.db!.collection('report_attachments.files').countDocuments({}),
    chunks: await intake.connection.db!.collection('report_attachments.chunks').countDocuments({}),
  });
  const download = async (reportId: string, attachmentId: string, as: Actor) => {
    const messages = client.serverStream('DownloadReportAttachment', { reportId, attachmentId }, { actor: as });
    const parts: Buffer[] = [];
    let header: unknown = null;
    for await (const m of messages) {
      if (m.header) header = m.header;
      if (m.chunk) parts.push(m.chunk);
    }
    return { header, bytes: Buffer.concat(parts) };
  };

  beforeAll(async () => {
    report = await submit(`Counterfeit perfume at stall 3, photos attached (${RUN})`);
  });

  it('a citizen attaches a photo (PNG) and a PDF with the receipt code; the reporter sees only the count', async () => {
    const photo = await attach(report.receiptCode, PNG);
    expect(photo).toMatchObject({ attachmentCount: 1, mediaType: 'image/png', duplicate: false });
    const scan = await attach(report.receiptCode.toLowerCase(), PDF);
    expect(scan).toMatchObject({ attachmentCount: 2, mediaType: 'application/pdf' });
    const status = await until(
      () => call('GetReportStatus', { receiptCode: report.receiptCode }, null),
      (s) => s.attachmentCount === 2,
    );
    expect(Object.keys(status).sort()).toEqual(['attachmentCount', 'reason', 'rewardStatus', 'status', 'submittedAt', 'updatedAt']);
  });

  it('refused by the bytes, the size and the receipt: a disguised .exe, an oversize file, an unknown code; nothing stored', async () => {
    const before = await stored();
    await expect(attach(report.receiptCode, EXE)).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    const big = Buffer.concat([PNG, randomBytes(MAX_ATTACHMENT_BYTES)]);
    await expect(attach(report.receiptCode, big)).rejects.toBeInstanceOf(ContentTooLargeError);
    await expect(attach('AAAA-AAAA-AAAA-AAAA', PNG)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attach('not-a-code', PNG)).rejects.toBeInstanceOf(ValidationError);
    expect(await stored()).toEqual(before);
  });

  it('only the gateway’s public channel attaches: an officer’s identity is refused, a call without identity too', async () => {
    await expect(attach(report.receiptCode, PNG, li)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attach(report.receiptCode, PNG, null as unknown as Actor)).rejects.toThrow();
  });

  it('the count per report is limited; a screened report takes no more files', async () => {
    expect((await attach(report.receiptCode, PNG)).attachmentCount).toBe(3);
    await expect(attach(report.receiptCode, PNG)).rejects.toBeInstanceOf(InvalidTransitionError);
    const other = await submit(`Rejected one (${RUN})`);
    await call('RejectReport', { commandId: randomUUID(), reportId: other.reportId, reason: 'not ours' }, li);
    await expect(attach(other.receiptCode, PNG)).rejects.toBeInstanceOf(InvalidTransitionError);
  });

  it('the named screening officer lists and downloads them; the rest of the unit sees the count only; other units learn nothing', async () => {
    const list = await call('ListReportAttachments', { reportId: report.reportId }, li);
    expect(list.attachments.map((a) => a.mediaType)).toEqual(['image/png', 'application/pdf', 'image/png']);
    const pdf = list.attachments[1]!;
    expect(pdf).toMatchObject({ sha256: sha(PDF), fileName: `${pdf.attachmentId}.pdf` });
    const got = await download(report.reportId, pdf.attachmentId, li);
    expect(got.header).toMatchObject({ mediaType: 'application/pdf', verified: true, sha256: sha(PDF) });
    expect(got.bytes.equals(PDF)).toBe(true);

    expect(await call('GetReport', { reportId: report.reportId }, zhao)).toMatchObject({ attachmentCount: 3, attachmentsDisclosed: false });
    expect(await call('GetReport', { reportId: report.reportId }, li)).toMatchObject({ attachmentCount: 3, attachmentsDisclosed: true });
    await expect(call('ListReportAttachments', { reportId: report.reportId }, zhao)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(download(report.reportId, pdf.attachmentId, zhao)).rejects.toBeInstanceOf(ForbiddenError);
    for (const other of [wang, analyst, feng]) {
      await expect(call('ListReportAttachments', { reportId: report.reportId }, other)).rejects.toBeInstanceOf(NotFoundError);
      await expect(download(report.reportId, pdf.attachmentId, other)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(download(report.reportId, randomUUID(), li)).rejects.toBeInstanceOf(NotFoundError);
  });
});
