import { createLogger, loadConfig } from '@liaison/platform';
import { type OperationsService, startOperationsService } from '../../operations/src/app';
import { operationsConfigSchema } from '../../operations/src/config';
import type { LeadsService } from '../../leads/src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from '../../leads/test/leads-under-test';
import { type EvidenceService, startEvidenceService } from '../src/app';
import { evidenceConfigSchema } from '../src/config';

/**
 * The evidence service for one integration test file, beside the real leads and operations
 * services it asks who takes part in a record, on the shared infrastructure: each with its own
 * database and one topic namespace (`test-<name>-<run>`) for the three, any gRPC ports.
 */
export interface EvidenceSystem {
  leads: LeadsService;
  operations: OperationsService;
  evidence: EvidenceService;
}

export async function startEvidenceUnderTest(name: string, run: string): Promise<EvidenceSystem> {
  const namespace = `test-${name}-${run}`;
  const logger = createLogger(`evidence-${name}-test`, { level: 'silent' });
  const leads = await startLeadsUnderTest(name, run, { LEADS_SCHEDULER_ENABLED: 'false' });
  const common = { ...process.env, KAFKA_TOPIC_NAMESPACE: namespace, GRPC_PORT: '0', LOG_LEVEL: 'silent' };
  const operations = await startOperationsService(
    loadConfig(operationsConfigSchema, {
      ...common,
      SERVICE_NAME: `operations_${name}_${run}`,
      LEADS_GRPC_ADDRESS: `127.0.0.1:${leads.grpcPort}`,
      OPERATIONS_SCHEDULER_ENABLED: 'false',
    }),
    logger,
  );
  const evidence = await startEvidenceService(
    loadConfig(evidenceConfigSchema, {
      ...common,
      SERVICE_NAME: `evidence_${name}_${run}`,
      LEADS_GRPC_ADDRESS: `127.0.0.1:${leads.grpcPort}`,
      OPERATIONS_GRPC_ADDRESS: `127.0.0.1:${operations.grpcPort}`,
    }),
    logger,
  );
  return { leads, operations, evidence };
}

/** Drops the test's databases and stops the services (after the test closed its clients). */
export async function stopEvidenceUnderTest(system: Partial<EvidenceSystem>): Promise<void> {
  for (const service of [system.evidence, system.operations]) {
    await service?.connection.dropDatabase().catch(() => undefined);
    await service?.stop();
  }
  await stopLeadsUnderTest(system.leads);
}
