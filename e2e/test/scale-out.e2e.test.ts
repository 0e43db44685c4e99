import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoClient } from 'mongodb';
import { audit } from '../../scripts/chaos-audit';
import { type Fault, runLoad } from '../../scripts/chaos-load';
import { type RunningService, startSystem, type System } from '../src/system';

/**
 * Scale-out on one machine (issue 13, ADR 0033): two replicas of every service and two gateways
 * on the same Kafka topics, consumer groups and databases. Leads are posted, shared and
 * acknowledged through both gateways while one replica of each service in turn is killed with
 * SIGKILL (no graceful leave: the consumer groups rebalance after the session timeout, and again
 * when the replica is back) and started again; the leads replica killed first is the one holding
 * the overdue scheduler's lease. This is also the small variant of `npm run chaos` (which adds a
 * broker stop on a private infrastructure and runs 10,000 commands).
 */
const LEADS = 90; // 270 commands
const NEVER_ACKNOWLEDGES = 'psb-city';

let system: System;

beforeAll(async () => {
  // A short acknowledgement limit: the scheduler (behind its lease) must record each lead's psb-city breach exactly once.
  system = await startSystem({
    replicas: 2,
    env: { leads: { LEADS_ACK_LIMIT_SECONDS: '3', LEADS_SCHEDULER_INTERVAL_MS: '500' } },
  });
}, 420_000);
afterAll(async () => system?.stop(), 120_000);

async function leaseHolderPid(name: string): Promise<number | undefined> {
  const mongo = await MongoClient.connect(process.env.MONGODB_URI!);
  try {
    const lease = await mongo.db(`leads_${system.runId}`).collection<{ _id: string; owner: string }>('leases').findOne({ _id: name });
    // owner = `<host>:<pid>:<random>` (ServiceHost.lease)
    return lease ? Number(lease.owner.split(':').at(-2)) : undefined;
  } finally {
    await mongo.close();
  }
}

const killAndRevive = (service: () => Promise<RunningService>, name: string): Fault => {
  let victim: RunningService | undefined;
  return {
    name,
    inject: async () => {
      victim = await service();
      await system.kill(victim);
    },
    recover: async () => {
      await system.revive(victim!);
    },
  };
};

describe('two replicas of every service behind two gateways', () => {
  let killedSchedulerPid: number | undefined;

  it('ends in the same state as one replica each: every command applied once, in order, in store, Kafka, archive and projections', async () => {
    expect(system.gatewayUrls).toHaveLength(2);
    const leadsHolder = async () => {
      const pid = await leaseHolderPid('leads:overdue-scheduler');
      const holder = system.replicasOf('leads').find((replica) => replica.process.pid === pid);
      expect(holder).toBeDefined(); // one of the two replicas holds it
      killedSchedulerPid = pid;
      return holder!;
    };
    const replicaOne = (name: string) => async () => system.replicasOf(name).find((replica) => replica.replica === 1)!;
    const faults = [
      killAndRevive(leadsHolder, 'kill -9 the leads replica holding the scheduler lease'),
      ...['history', 'gateway', 'operations', 'registry', 'evidence', 'meetings', 'credit', 'intake'].map((name) =>
        killAndRevive(replicaOne(name), `kill -9 ${name} replica 1`),
      ),
    ];
    const load = await runLoad({
      gateways: system.gatewayUrls,
      leads: LEADS,
      concurrency: 4,
      shareWith: ['msb-erqi', NEVER_ACKNOWLEDGES],
      tag: system.runId,
      faults,
    });
    expect(load.failures).toEqual([]);
    expect(load.acknowledged).toEqual({ post: LEADS, share: LEADS, acknowledge: LEADS });

    const report = await audit(
      {
        gateways: system.gatewayUrls,
        kafkaBrokers: process.env.KAFKA_BROKERS!.split(','),
        mongodbUri: process.env.MONGODB_URI!,
        runId: system.runId,
        breachedUnits: [NEVER_ACKNOWLEDGES],
      },
      load,
    );
    process.stdout.write(`scale-out counts: ${JSON.stringify(report.counts)}\n`);
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ lost: 0, duplicated: 0, outOfOrder: 0, inboxRows: LEADS });
    // Posted, shared, acknowledged, psb-city's breach (and Erqi's where its acknowledgement came after 3 s).
    expect(report.counts.eventsInStore).toBeGreaterThanOrEqual(LEADS * 4);
    expect([report.counts.eventsInArchive, report.counts.eventsInProjections, report.counts.distinctEventsInKafka]).toEqual([
      report.counts.eventsInStore,
      report.counts.eventsInStore,
      report.counts.eventsInStore,
    ]);
  }, 600_000);

  it('moved the scheduler lease to the surviving leads replica when its holder was killed', async () => {
    const pid = await leaseHolderPid('leads:overdue-scheduler');
    expect(pid).not.toBe(killedSchedulerPid);
    expect(system.replicasOf('leads').map((replica) => replica.process.pid)).toContain(pid);
  });
});
