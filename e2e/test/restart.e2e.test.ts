import { creditCodeFrom } from '@liaison/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * The whole system restarted on the same data, as `npm start` → Ctrl-C → `npm start` does:
 * every service and the infrastructure (Kafka, PostgreSQL, FerretDB) stopped and started again.
 * A private infrastructure (its own LIAISON_INFRA_DIR), because the shared one must keep running.
 */
const JINSHUI = 'officer-jinshui-msb-li';
const ERQI = 'officer-erqi-msb-wang';
const ROUNDS = 3; // start, then stop + start twice

const infraDir = mkdtempSync(join(tmpdir(), 'liaison-restart-'));
const previousInfraDir = process.env.LIAISON_INFRA_DIR;
const runId = randomUUID().slice(0, 8);
let system: System | undefined;

beforeAll(() => {
  process.env.LIAISON_INFRA_DIR = infraDir;
});
afterAll(async () => {
  try {
    await system?.stop();
    await stopInfra({ purge: true });
  } finally {
    if (previousInfraDir === undefined) delete process.env.LIAISON_INFRA_DIR;
    else process.env.LIAISON_INFRA_DIR = previousInfraDir;
    rmSync(infraDir, { recursive: true, force: true });
  }
}, 120_000);

const lead = (n: number) => ({
  title: `Counterfeit liquor, report ${n} of the restart drill`,
  category: 'counterfeit_food',
  subject: {
    enterpriseName: 'Zhengzhou Jinyuan Trading Co., Ltd.',
    creditCode: creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`),
  },
  location: {
    jurisdiction: 'jinshui',
    address: '18 Huayuan Road, Jinshui District',
    coordinates: { latitude: 34.7749, longitude: 113.6672 },
  },
  summary: 'Bottles with forged anti-counterfeit labels in a wholesale warehouse.',
  priority: 'normal',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: 'AMBER' },
});

type Inbox = { items: Array<{ leadId: string }> };

describe('the whole system restarted on the same data', () => {
  it(`comes back ready ${ROUNDS - 1} times with every earlier lead, share and inbox row intact`, async () => {
    const posted: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round > 0) {
        await system!.stop();
        system = undefined;
        await stopInfra();
      }
      const infra = await ensureInfra({ ignoreEnv: true, owner: `restart-e2e:${process.pid}` });
      system = await startSystem({ runId, infra: { kafkaBrokers: infra.kafkaBrokers.join(','), mongodbUri: infra.mongodbUri } });
      // Tokens of the dev issuer do not outlive the gateway process: log in again.
      const jinshui = await Api.login(system.gatewayUrl, JINSHUI);
      const erqi = await Api.login(system.gatewayUrl, ERQI);

      for (const leadId of posted) {
        const detail = await jinshui.get<{ leadId: string; recipients: Array<{ unitId: string }> }>(`/api/v1/leads/${leadId}`);
        expect([detail.status, detail.body.leadId, detail.body.recipients.map((r) => r.unitId)]).toEqual([200, leadId, ['msb-erqi']]);
      }

      const created = await jinshui.post<{ leadId: string }>('/api/v1/leads', lead(round), { 'idempotency-key': randomUUID() });
      expect(created.status).toBe(201);
      const leadId = created.body.leadId;
      await eventually(
        () => jinshui.get(`/api/v1/leads/${leadId}`),
        (r) => r.status === 200,
        `lead ${leadId} in round ${round}`,
      );
      expect((await jinshui.post(`/api/v1/leads/${leadId}/share`, { unitIds: ['msb-erqi'], message: 'Please check.' })).status).toBe(200);
      posted.push(leadId);

      // Every lead shared so far is in the recipient's inbox exactly once: nothing lost, nothing replayed twice.
      const inbox = await eventually(
        () => erqi.get<Inbox>('/api/v1/leads/inbox?limit=50'),
        (r) => r.status === 200 && posted.every((id) => r.body.items.some((item) => item.leadId === id)),
        `Erqi's inbox with ${posted.length} leads in round ${round}`,
        60_000,
      );
      const mine = inbox.body.items.map((item) => item.leadId).filter((id) => posted.includes(id));
      expect(mine.sort()).toEqual([...posted].sort());
    }
  }, 600_000);
});
