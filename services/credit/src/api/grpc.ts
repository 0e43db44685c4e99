import { protoFile, type proto } from '@liaison/contracts';
import { commandContextOf, loadServiceDefinition, type ServiceHandlers } from '@liaison/platform';
import type { CreditCommands } from '../application/credit-commands';
import type { CreditQueries } from '../application/credit-queries';

export const creditServiceDefinition = () => loadServiceDefinition(protoFile('credit'), 'liaison.v1.CreditService');

type Credit = proto.CreditServiceDefinition;

/**
 * CreditService: every rpc of credit.proto. Commands map 1:1 to domain commands (command_id is
 * required, if_match_version > 0 pins the version); queries answer filtered by what the caller
 * may see (credit-queries.ts).
 */
export function creditGrpcImplementation(commands: CreditCommands, queries: CreditQueries): ServiceHandlers<Credit> {
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
  };
}
