import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeFrom } from '@liaison/contracts';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * Public reports and credit end to end (issue 14, ADR 0027/0028): a citizen solves the public
 * proof-of-work and submits a report without an account, getting a receipt code; it lands in
 * Jinshui's intake queue (the reporter's contact only for the named screening officers); the
 * unit converts it into a lead, which is closed with a penalty; the enterprise's credit file
 * shows the entry (admins: 403); Jinshui proposes a blacklisting that the leading-group office
 * approves and every unit then sees; the penalty proposes the reporter's reward (有奖举报), which
 * the office approves and a named screening officer records as paid (the reporter sees only its
 * status); Jinshui drafts the case's publication (案件信息公开), redacted of personal data, which
 * the office approves and the public page and feeds then show, until it is withdrawn; the receipt
 * code reads "concluded"; a report beyond the per-address limit gets 429 (ADR 0031). The citizen
 * attaches a photo and a PDF to the report (a disguised executable 415, an oversize file 413);
 * only the named screening officer lists and downloads them (ADR 0034).
 */
const LI = 'officer-jinshui-msb-li'; // named screening officer of msb-jinshui (seeds/intake-routing.json)
const ZHAO = 'officer-jinshui-msb-zhao';
const WANG = 'officer-erqi-msb-wang';
const FENG = 'officer-city-lgo-feng'; // leading-group office coordinator
const ADMIN = 'officer-city-lgo-admin';

type Challenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
type Entry = { entryId: string; kind: string; handlingCode: string; source: { context: string; eventType: string; recordId: string } };
type CreditFile = { fileId: string; entries: Entry[]; blacklisted: boolean; names: { name: string }[] };
type Reward = {
  reportId: string;
  status: string;
  basis: string;
  leadId: string;
  amountYuan: number;
  history: { type: string; officerId: string }[];
};
type PublishedCase = {
  publicationId: string;
  enterpriseName: string;
  creditCode: string;
  responsiblePerson: string;
  cause: string;
  penalty: string;
};

const RUN = randomUUID().slice(0, 8);
const CODE = creditCodeFrom(
  `91410105MA${RUN.toUpperCase()
    .replace(/[^0-9A-HJ-NPQRTUWXY]/g, '0')
    .slice(0, 7)}`,
);
let system: System;
let citizen: Api;
let li: Api, zhao: Api, wang: Api, feng: Api, admin: Api;
const key = () => ({ 'idempotency-key': randomUUID() });

/** What the public page does in the browser: the number whose SHA-256 with the salt is the challenge. */
async function solvedChallenge(): Promise<string> {
  const c = (await citizen.get<Challenge>('/api/public/challenge')).body;
  for (let n = 0; n <= c.maxnumber; n += 1) {
    if (createHash('sha256').update(`${c.salt}${n}`).digest('hex') === c.challenge)
      return Buffer.from(
        JSON.stringify({ algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature }),
      ).toString('base64');
  }
  throw new Error('challenge not solved');
}
const MAX_ATTACHMENT_BYTES = 300_000;
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(30_000)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(120_000)]);
/** What the public page does for each chosen file: one multipart part "file", the browser's name and type for it. */
const attachFile = async (receiptCode: string, bytes: Buffer, name: string, type: string) => {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const response = await fetch(`${system.gatewayUrl}/api/public/reports/${receiptCode}/attachments`, { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as { attachmentCount?: number; type?: string } };
};
const report = async (what: string, altcha?: string) =>
  citizen.post<{ receiptCode: string; status: string; detail?: string }>('/api/public/reports', {
    category: 'trademark',
    what,
    where: { jurisdiction: 'jinshui', address: '12 Huayuan Road, stall 7' },
    contact: { name: 'A citizen', phone: '13800000000' },
    altcha: altcha ?? (await solvedChallenge()),
  });

beforeAll(async () => {
  // Receipt look-ups are polled here: their own limit is lifted; the submissions' limit is what is tested.
  system = await startSystem({
    env: {
      gateway: { PUBLIC_REPORTS_PER_WINDOW: '3', PUBLIC_STATUS_PER_WINDOW: '10000', PUBLIC_POW_MAX_NUMBER: '2000' },
      // A small size limit for attachments, so the 413 is quick to reach (ADR 0034).
      intake: { INTAKE_ATTACHMENT_MAX_BYTES: String(MAX_ATTACHMENT_BYTES) },
    },
  });
  citizen = new Api(system.gatewayUrl);
  const login = (officer: string) => Api.login(system.gatewayUrl, officer);
  [li, zhao, wang, feng, admin] = await Promise.all([login(LI), login(ZHAO), login(WANG), login(FENG), login(ADMIN)]);
}, 180_000);
afterAll(async () => system?.stop());

describe('a citizen’s report becomes a lead, a penalty, a credit entry and a blacklisting', () => {
  let receipt = '';
  let reportId = '';
  let leadId = '';
  let entryId = '';

  it('the public page is served without an account; a report without a solved challenge is refused', async () => {
    const page = await fetch(`${system.gatewayUrl}/public/report`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/api/public/challenge');
    const wrong = await report('x', Buffer.from('{"signature":"nope"}').toString('base64'));
    expect(wrong.status).toBe(400);
  });

  it('submits a report through the public endpoint and gets a receipt code; the status reads received', async () => {
    const altcha = await solvedChallenge();
    const submitted = await report(`Counterfeit handbags (${RUN})`, altcha);
    expect(submitted.status).toBe(201);
    receipt = submitted.body.receiptCode;
    expect(receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    // A solved challenge is good once.
    expect((await report('again', altcha)).status).toBe(400);
    const status = await eventually(
      () => citizen.get<{ status: string }>(`/api/public/reports/${receipt}`),
      (r) => r.status === 200,
      'the receipt status',
    );
    expect(status.body).toEqual(expect.objectContaining({ status: 'received', reason: '' }));
  });

  it('it lands in the competent unit’s queue; the contact only for the named screening officer; others learn nothing', async () => {
    const queue = await eventually(
      () => li.get<{ items: { reportId: string; what: string }[] }>('/api/v1/intake/queue'),
      (r) => r.body.items.some((i) => i.what.includes(RUN)),
      'the report in Jinshui’s queue',
    );
    reportId = queue.body.items.find((i) => i.what.includes(RUN))!.reportId;
    expect((await li.get(`/api/v1/intake/reports/${reportId}`)).body).toMatchObject({
      contactDisclosed: true,
      contact: { phone: '13800000000' },
    });
    expect((await wang.get(`/api/v1/intake/reports/${reportId}`)).status).toBe(404);
    expect((await wang.get<{ items: unknown[] }>('/api/v1/intake/queue')).body.items).toEqual([]);
    expect((await admin.get('/api/v1/intake/queue')).status).toBe(403);
    expect((await citizen.get('/api/v1/intake/queue')).status).toBe(401);
  });

  it('the citizen attaches a photo and a PDF; a disguised .exe gets 415, an oversize file 413; the reporter sees the count', async () => {
    expect(await attachFile(receipt, PNG, 'stall.png', 'image/png')).toEqual({ status: 201, body: { received: true, attachmentCount: 1 } });
    expect((await attachFile(receipt, PDF, 'receipt.pdf', 'application/pdf')).body.attachmentCount).toBe(2);
    // An executable (MZ header) named and typed as a photo: refused by its bytes.
    const exe = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), randomBytes(4_000)]);
    const disguised = await attachFile(receipt, exe, 'photo.jpg', 'image/jpeg');
    expect(disguised.status).toBe(415);
    expect((await attachFile(receipt, Buffer.concat([PNG, randomBytes(MAX_ATTACHMENT_BYTES)]), 'big.png', 'image/png')).status).toBe(413);
    expect((await attachFile('AAAA-AAAA-AAAA-AAAA', PNG, 'x.png', 'image/png')).status).toBe(404);
    const status = await eventually(
      () => citizen.get<{ attachmentCount: number }>(`/api/public/reports/${receipt}`),
      (r) => r.body.attachmentCount === 2,
      'the attachments counted in the status',
    );
    expect(status.body).not.toHaveProperty('attachments');
  });

  it('the named screening officers list and download the attachments; another unit gets 404', async () => {
    const list = await li.get<{ items: { attachmentId: string; mediaType: string; sha256: string }[] }>(
      `/api/v1/intake/reports/${reportId}/attachments`,
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.mediaType)).toEqual(['image/png', 'application/pdf']);
    const pdf = list.body.items[1]!;
    const path = `/api/v1/intake/reports/${reportId}/attachments/${pdf.attachmentId}/content`;
    const download = await fetch(`${system.gatewayUrl}${path}`, { headers: { authorization: `Bearer ${li.token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('liaison-content-verified')).toBe('true');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await li.get(`/api/v1/intake/reports/${reportId}`)).body).toMatchObject({ attachmentCount: 2, attachmentsDisclosed: true });
    // Zhao is the seeds' other named screening officer of Jinshui; the 403 for an officer of the unit who is not named is in the intake int test.
    expect((await zhao.get(`/api/v1/intake/reports/${reportId}/attachments`)).status).toBe(200);
    expect((await feng.get(path)).status).toBe(404);
    expect((await wang.get(`/api/v1/intake/reports/${reportId}/attachments`)).status).toBe(404);
    expect((await wang.get(path)).status).toBe(404);
    expect((await citizen.get(path)).status).toBe(401);
  });

  it('the unit converts it into a lead that cites the report; the lead is closed with a penalty', async () => {
    const converted = await zhao.post<{ leadId: string; status: string }>(
      `/api/v1/intake/reports/${reportId}/convert`,
      {
        title: 'Counterfeit handbags at stall 7',
        enterpriseName: `Huayuan ${RUN} Trading Co.`,
        creditCode: CODE,
        personName: `Zhang ${RUN}`,
        handlingCode: 'GREEN',
      },
      key(),
    );
    expect(converted.status).toBe(200);
    leadId = converted.body.leadId;
    const lead = await zhao.get<{ summary: string }>(`/api/v1/leads/${leadId}`);
    expect(lead.body.summary).toContain(reportId);
    const closed = await zhao.post(`/api/v1/leads/${leadId}/close`, { outcome: 'penalised', summary: `fined ¥80,000 (${RUN})` }, key());
    expect(closed.status).toBe(200);
  });

  it('the credit file of the enterprise shows the entry citing the lead’s close, to every unit that may see the lead; admins get 403', async () => {
    const file = await eventually(
      () => wang.get<CreditFile>(`/api/v1/credit/files/${CODE}`),
      (r) => r.status === 200 && r.body.entries.length === 1,
      'the credit entry',
    );
    expect(file.body.entries[0]).toMatchObject({
      kind: 'administrative_penalty',
      handlingCode: 'GREEN',
      source: { context: 'leads', eventType: 'LeadClosed', recordId: leadId },
    });
    expect(file.body.names.map((n) => n.name)).toEqual([`Huayuan ${RUN} Trading Co.`]);
    entryId = file.body.entries[0]!.entryId;
    expect((await admin.get(`/api/v1/credit/files/${CODE}`)).status).toBe(403);
    expect((await wang.get(`/api/v1/credit/files/${creditCodeFrom('91410105MA0000000')}`)).status).toBe(404);
    expect((await wang.get(`/api/v1/credit/files/${CODE.slice(0, 17)}${CODE[17] === '0' ? '1' : '0'}`)).status).toBe(400);
    expect((await wang.get(`/api/v1/credit/status?creditCode=${CODE}`)).body).toMatchObject({
      found: true,
      entryCount: 1,
      blacklisted: false,
    });
  });

  it('the leading-group office approves a blacklisting Jinshui proposes; until then only they see it, then every unit', async () => {
    const proposed = await li.post<{ blacklistingId: string; status: string }>(
      '/api/v1/credit/blacklistings',
      { fileId: `credit-${CODE}`, grounds: 'Counterfeit handbags, penalised', citedEntryIds: [entryId], periodDays: 365 },
      key(),
    );
    expect(proposed.status).toBe(201);
    const id = proposed.body.blacklistingId;
    await eventually(
      () => feng.get(`/api/v1/credit/blacklistings/${id}`),
      (r) => r.status === 200,
      'the proposal for the office',
    );
    expect((await wang.get(`/api/v1/credit/blacklistings/${id}`)).status).toBe(404);
    expect((await li.post(`/api/v1/credit/blacklistings/${id}/approve`, {}, key())).status).toBe(403);
    const approved = await feng.post<{ status: string }>(
      `/api/v1/credit/blacklistings/${id}/approve`,
      { note: 'approved at the office' },
      key(),
    );
    expect(approved.body.status).toBe('published');
    await eventually(
      () => wang.get<CreditFile>(`/api/v1/credit/files/${CODE}`),
      (r) => r.body.blacklisted,
      'the blacklisting seen by Erqi',
    );
    const listed = await wang.get<{ items: { blacklistingId: string }[] }>('/api/v1/credit/blacklistings');
    expect(listed.body.items.map((b) => b.blacklistingId)).toContain(id);
    // The lead shows its subject's credit status: a repeat offender stands out.
    const lead = await wang.get<{ creditStatus?: { found: boolean; blacklisted: boolean; entryCount: number } }>(`/api/v1/leads/${leadId}`);
    expect(lead.body.creditStatus).toMatchObject({ found: true, blacklisted: true, entryCount: 1 });
    // A new lead against the subject says so in the answer to the post: the repeat offender stands out at once.
    const again = await wang.post<{ leadId: string; creditStatus?: { found: boolean; blacklisted: boolean; entryCount: number } }>(
      '/api/v1/leads',
      {
        title: `Huayuan handbags again (${RUN})`,
        category: 'trademark',
        subject: { enterpriseName: `Huayuan ${RUN} Trading Co.`, creditCode: CODE },
        location: { jurisdiction: 'erqi', address: '3 Market Street, Erqi District' },
        summary: 'The same handbags seen at a stall in Erqi.',
        priority: 'normal',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'GREEN' },
      },
      key(),
    );
    expect(again.status).toBe(201);
    expect(again.body.creditStatus).toMatchObject({ found: true, blacklisted: true, entryCount: 1 });
    // So does an operation proposed against the subject (by a coordinator): each target with a credit code shows its status.
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const operation = await zhao.post<{ operationId: string; creditStatuses?: { creditCode: string; blacklisted: boolean }[] }>(
      '/api/v1/operations',
      {
        title: `Re-inspect stall 7 (${RUN})`,
        objective: 'The blacklisted enterprise is selling again',
        targets: [{ subject: { enterpriseName: `Huayuan ${RUN} Trading Co.`, creditCode: CODE } }],
        window: { startsAt: inDays(30), endsAt: inDays(31) },
        handling: { code: 'GREEN' },
      },
      key(),
    );
    expect(operation.status).toBe(201);
    expect(operation.body.creditStatuses).toEqual([expect.objectContaining({ creditCode: CODE, blacklisted: true, entryCount: 1 })]);
    const detail = await eventually(
      () =>
        li.get<{ targets: { creditStatus?: { blacklisted: boolean; entryCount: number } }[] }>(
          `/api/v1/operations/${operation.body.operationId}`,
        ),
      (r) => r.status === 200,
      'the operation',
    );
    expect(detail.body.targets[0]?.creditStatus).toMatchObject({ blacklisted: true, entryCount: 1 });
  });

  it('the penalty proposes the reporter’s reward: the office approves it, a named screening officer records the payment; the reporter sees only its status', async () => {
    const proposed = await eventually(
      () => li.get<{ items: Reward[] }>('/api/v1/intake/rewards'),
      (r) => r.body.items.some((i) => i.reportId === reportId),
      'the reward proposal',
    );
    expect(proposed.body.items.find((i) => i.reportId === reportId)).toMatchObject({
      status: 'proposed',
      basis: 'administrative_penalty',
      leadId,
    });
    expect((await wang.get<{ items: Reward[] }>('/api/v1/intake/rewards')).body.items.map((i) => i.reportId)).not.toContain(reportId);
    expect((await citizen.get<{ rewardStatus: string }>(`/api/public/reports/${receipt}`)).body.rewardStatus).toBe('proposed');
    expect((await li.post(`/api/v1/intake/reports/${reportId}/reward/approve`, { amountYuan: 2000 }, key())).status).toBe(403);
    const approved = await feng.post<{ rewardStatus: string }>(
      `/api/v1/intake/reports/${reportId}/reward/approve`,
      { amountYuan: 2000, note: 'per the reward rules' },
      key(),
    );
    expect(approved.body.rewardStatus).toBe('approved');
    expect((await wang.post(`/api/v1/intake/reports/${reportId}/reward/payment`, { amountYuan: 2000, reference: 'x' }, key())).status).toBe(
      404,
    );
    const paid = await li.post<{ rewardStatus: string }>(
      `/api/v1/intake/reports/${reportId}/reward/payment`,
      { amountYuan: 2000, reference: `voucher ${RUN}` },
      key(),
    );
    expect(paid.body.rewardStatus).toBe('paid');
    const status = await eventually(
      () => citizen.get<Record<string, string>>(`/api/public/reports/${receipt}`),
      (r) => r.body.rewardStatus === 'paid',
      'the reward paid, as the reporter sees it',
    );
    expect(Object.keys(status.body).sort()).toEqual(['attachmentCount', 'reason', 'rewardStatus', 'status', 'submittedAt', 'updatedAt']);
    const history = await feng.get<{ items: Reward[] }>('/api/v1/intake/rewards?status=paid');
    expect(history.body.items.find((i) => i.reportId === reportId)?.history.map((h) => [h.type, h.officerId])).toEqual([
      ['RewardProposed', 'system:intake'],
      ['RewardApproved', FENG],
      ['RewardPaid', LI],
    ]);
  });

  it('Jinshui drafts the case’s publication, redacted; the office approves; the public page and feeds show it until it is withdrawn', async () => {
    const drafted = await li.post<{ publicationId: string; status: string }>(
      '/api/v1/credit/publications',
      {
        fileId: `credit-${CODE}`,
        entryId,
        cause: `Zhang ${RUN} (tel 13800138000, ID 410105199003071234) sold counterfeit handbags at stall 7`,
        penalty: `Goods confiscated, fined ¥80,000 (${RUN})`,
      },
      key(),
    );
    expect(drafted.status).toBe(201);
    const id = drafted.body.publicationId;
    await eventually(
      () => feng.get(`/api/v1/credit/publications/${id}`),
      (r) => r.status === 200,
      'the draft for the office',
    );
    expect((await wang.get(`/api/v1/credit/publications/${id}`)).status).toBe(404);
    expect(
      (await citizen.get<{ items: PublishedCase[] }>('/api/public/publications')).body.items.map((c) => c.publicationId),
    ).not.toContain(id);
    expect((await li.post(`/api/v1/credit/publications/${id}/approve`, {}, key())).status).toBe(403);
    expect((await feng.post<{ status: string }>(`/api/v1/credit/publications/${id}/approve`, {}, key())).body.status).toBe('published');
    const listed = await eventually(
      () => citizen.get<{ items: PublishedCase[] }>('/api/public/publications'),
      (r) => r.body.items.some((c) => c.publicationId === id),
      'the published case',
    );
    expect(listed.body.items.find((c) => c.publicationId === id)).toEqual({
      publicationId: id,
      enterpriseName: `Huayuan ${RUN} Trading Co.`,
      creditCode: CODE,
      responsiblePerson: 'Zhang *',
      cause: 'Zhang * (tel ***, ID ***) sold counterfeit handbags at stall 7',
      penalty: `Goods confiscated, fined ¥80,000 (${RUN})`,
      issuedByUnitId: 'msb-jinshui',
      publishedAt: expect.any(String),
    });
    const page = await fetch(`${system.gatewayUrl}/public/cases`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain(`Huayuan ${RUN} Trading Co.`);
    expect(html).not.toContain(`Zhang ${RUN}`);
    expect(html).not.toContain('13800138000');
    const atom = await fetch(`${system.gatewayUrl}/api/public/publications/feed.atom`);
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    expect(await atom.text()).toContain(`urn:liaison:${id}`);
    const rss = await fetch(`${system.gatewayUrl}/api/public/publications/feed.rss`);
    expect(await rss.text()).toContain(`Huayuan ${RUN} Trading Co.`);
    // Every unit sees the published record; a withdrawal takes it off the public page.
    expect((await wang.get(`/api/v1/credit/publications/${id}`)).status).toBe(200);
    expect((await wang.post(`/api/v1/credit/publications/${id}/withdraw`, { reason: 'not ours' }, key())).status).toBe(403);
    const withdrawn = await li.post<{ status: string }>(
      `/api/v1/credit/publications/${id}/withdraw`,
      { reason: 'the penalty is under administrative review' },
      key(),
    );
    expect(withdrawn.body.status).toBe('withdrawn');
    await eventually(
      () => citizen.get<{ items: PublishedCase[] }>('/api/public/publications'),
      (r) => !r.body.items.some((c) => c.publicationId === id),
      'the withdrawn case off the public list',
    );
    expect((await fetch(`${system.gatewayUrl}/public/cases`).then((r) => r.text())).includes(`Huayuan ${RUN} Trading Co.`)).toBe(false);
  });

  it('the receipt code shows "concluded"; a report beyond the per-address limit gets 429', async () => {
    await eventually(
      () => citizen.get<{ status: string }>(`/api/public/reports/${receipt}`),
      (r) => r.body.status === 'concluded',
      'the report concluded',
    );
    // Three submissions per window per address here, refused ones included (a wrong and a reused challenge, one report): the limit is reached.
    const beyond = await report(`Another report (${RUN})`);
    expect(beyond.status).toBe(429);
    expect(beyond.headers.get('content-type')).toContain('application/problem+json');
  });
});
