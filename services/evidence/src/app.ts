import { evidenceEvents } from '@liaison/contracts';
import {
  grpcSecurityFromConfig,
  integrityService,
  LiveDirectory,
  type Logger,
  projectionService,
  type ServiceHost,
  startServiceHost,
  verifyStream,
} from '@liaison/platform';
import { evidenceService, registrationInput } from './api/grpc';
import { contentBackendOf, contentGrpcHandlers, contentPolicyOf, describeBackend } from './content';
import { grpcLinkedRecords } from './api/linked-records-client';
import { EvidenceCommands } from './application/evidence-commands';
import { EvidenceQueries } from './application/evidence-queries';
import type { ChainVerifier } from './application/linked-records';
import { loadCertificateKey } from './certificate/signing-key';
import type { EvidenceConfig } from './config';
import { operationsFollower } from './projections/operations-follower';
import { EvidenceReadModel } from './projections/read-model';

export interface EvidenceService extends ServiceHost {
  readModel: EvidenceReadModel;
  commands: EvidenceCommands;
  queries: EvidenceQueries;
}

/**
 * Composition of the evidence service on the platform's service host: the decider behind
 * EvidenceCommands (participants from the leads and operations services, the hash chain from the
 * store's verifyStream), the read model and the operations follower, EvidenceService and the
 * platform's IntegrityService (whoever may read an item may verify its history).
 */
export async function startEvidenceService(
  config: EvidenceConfig,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<EvidenceService> {
  const directory = new LiveDirectory();
  const linked = grpcLinkedRecords(
    { leads: config.LEADS_GRPC_ADDRESS, operations: config.OPERATIONS_GRPC_ADDRESS },
    grpcSecurityFromConfig(config),
  );
  const certificateKey = await loadCertificateKey({
    file: config.EVIDENCE_CERTIFICATE_KEY_FILE,
    production: config.NODE_ENV === 'production',
  });
  let readModel!: EvidenceReadModel;
  let commands!: EvidenceCommands;
  let queries!: EvidenceQueries;
  const host = await startServiceHost({
    config,
    logger,
    context: 'evidence',
    registry: evidenceEvents,
    build: ({ connection, store, topicOf }) => {
      const chain: ChainVerifier = {
        verify: async (streamId) => {
          const result = await verifyStream(store, streamId);
          return {
            intact: result.intact,
            head: result.head,
            headVersion: result.headVersion,
            detail: result.firstBrokenLink?.detail ?? '',
          };
        },
      };
      readModel = new EvidenceReadModel(connection, store);
      commands = new EvidenceCommands(store, { directory }, linked, chain, options.clock);
      queries = new EvidenceQueries(store, readModel, chain, certificateKey, config.EVIDENCE_CERTIFICATE_FONT, options.clock);
      return {
        projections: [readModel],
        reactions: [operationsFollower(readModel, topicOf('operations'))],
        grpc: [
          evidenceService(
            commands,
            queries,
            // UploadEvidence / DownloadEvidenceContent (content/, ADR 0019).
            contentGrpcHandlers({
              backend: contentBackendOf(config, connection.db!),
              policy: contentPolicyOf(config),
              commands,
              registrationInput,
              itemFor: (evidenceId, ctx) => queries.get(evidenceId, ctx.actor),
            }),
          ),
          integrityService({ store, authorize: (actor, evidenceId) => queries.get(evidenceId, actor) }),
          // Rebuilding the read model from the store while running (admins, analysts; ADR 0029).
          projectionService({ store, projections: [readModel.items] }),
        ],
      };
    },
  });
  await readModel.init();
  // The registry's current units and officers, kept current from its topic (ADR 0016).
  const following = await host.followRegistry(directory);
  logger.info(
    {
      leads: config.LEADS_GRPC_ADDRESS,
      operations: config.OPERATIONS_GRPC_ADDRESS,
      certificateKey: certificateKey.kid,
      ...describeBackend(config),
      maxContentBytes: config.EVIDENCE_MAX_BYTES,
    },
    'evidence settings',
  );
  return {
    ...host,
    readModel,
    commands,
    queries,
    stop: async () => {
      await following.stop();
      await host.stop();
      linked.close();
    },
  };
}
