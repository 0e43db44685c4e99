import { protoFile, type proto } from '@liaison/contracts';
import { commandContextOf, loadServiceDefinition, type ServiceHandlers, type ServiceRegistration } from '@liaison/platform';
import type { CreditCommands } from '../application/credit-commands';
import type { CreditQueries } from '../application/credit-queries';
import type { PublicationQueries } from '../application/publication-queries';

export const creditServiceDefinition = () => loadServiceDefinition(protoFile('credit'), 'liaison.v1.CreditService');

type Credit = proto.CreditServiceDefinition;

/**
 * CreditService: every rpc of credit.proto. Commands map 1:1 to domain commands (command_id is
 * required, if_match_version > 0 pins the version); queries answer filtered by what the caller
 * may see (credit-queries.ts).
 */
export function creditGrpcImplementation(
  commands: CreditCommands,
  queries: CreditQueries,
  publications: PublicationQueries,
): ServiceHandlers<Credit> {
  return {
    GetCreditFile: (r, ctx) => queries.getFile({ creditCode: r.creditCode, personName: r.personName }, ctx.actor),
    GetCreditStatus: (r, ctx) => queries.status({ creditCode: r.creditCode, personName: r.personName }, ctx.actor),
    ProposeBlacklisting: (r, ctx) =>
      commands.propose(
        { type: 'ProposeBlacklisting', fileId: r.fileId, grounds: r.grounds, citedEntryIds: r.citedEntryIds, periodDays: r.periodDays },
        commandContextOf(r, ctx),
      ),
    ApproveBlacklisting: (r, ctx) =>
      commands.execute(r.blacklistingId, { type: 'ApproveBlacklisting', note: r.note }, commandContextOf(r, ctx)),
    RejectBlacklisting: (r, ctx) =>
      commands.execute(r.blacklistingId, { type: 'RejectBlacklisting', reason: r.reason }, commandContextOf(r, ctx)),
    AppealBlacklisting: (r, ctx) =>
      commands.execute(
        r.blacklistingId,
        { type: 'AppealBlacklisting', appellant: r.appellant, grounds: r.grounds },
        commandContextOf(r, ctx),
      ),
    DecideBlacklistingAppeal: (r, ctx) =>
      commands.execute(
        r.blacklistingId,
        { type: 'DecideBlacklistingAppeal', upheld: r.upheld, reason: r.reason },
        commandContextOf(r, ctx),
      ),
    GetBlacklisting: (r, ctx) => queries.getBlacklisting(r.blacklistingId, ctx.actor),
    ListBlacklistings: async (r, ctx) => ({ blacklistings: await queries.list(r.status, ctx.actor) }),
    DraftPublication: (r, ctx) =>
      commands.draftPublication(
        { type: 'DraftPublication', fileId: r.fileId, entryId: r.entryId, cause: r.cause, penalty: r.penalty },
        commandContextOf(r, ctx),
      ),
    ApprovePublication: (r, ctx) =>
      commands.executePublication(r.publicationId, { type: 'ApprovePublication', note: r.note }, commandContextOf(r, ctx)),
    WithdrawPublication: (r, ctx) =>
      commands.executePublication(r.publicationId, { type: 'WithdrawPublication', reason: r.reason }, commandContextOf(r, ctx)),
    GetPublication: (r, ctx) => publications.get(r.publicationId, ctx.actor),
    ListPublications: async (r, ctx) => ({ publications: await publications.list(r.status, ctx.actor) }),
    ListPublishedCases: async () => ({ cases: await publications.published() }),
  };
}

/** The registration: ListPublishedCases is public (the gateway's public page and feed call it without an identity). */
export function creditRegistration(
  commands: CreditCommands,
  queries: CreditQueries,
  publications: PublicationQueries,
): ServiceRegistration {
  const { ListPublishedCases, ...implementation } = creditGrpcImplementation(commands, queries, publications);
  return {
    definition: creditServiceDefinition(),
    implementation: implementation as ServiceRegistration['implementation'],
    publicImplementation: { ListPublishedCases } as unknown as ServiceRegistration['publicImplementation'],
  };
}
