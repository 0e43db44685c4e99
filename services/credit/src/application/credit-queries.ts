import { type Actor, creditCodeField, creditFileIdOf, type Directory } from '@liaison/contracts';
import { NotFoundError, ValidationError } from '@liaison/platform';
import { blacklistingVisibility, groundsDisclosed } from '../domain/access';
import { type CreditFileView, creditFileView, type CreditStatus, creditStatusOf } from '../domain/views';
import type { BlacklistingDoc, BlacklistingReadModel } from '../projections/blacklistings';
import type { CreditCommands } from './credit-commands';
import { BLACKLISTING_ID } from './ids';

export interface SubjectQuery {
  creditCode: string;
  personName: string;
}

/** A blacklisting as one viewer sees it: the grounds only where they are disclosed. */
export interface BlacklistingView extends Omit<BlacklistingDoc, '_id' | '_v' | 'citedAccess' | 'appeal' | 'blacklistingId'> {
  blacklistingId: string;
  version: number;
  groundsDisclosed: boolean;
  appellant: string;
  appealGrounds: string;
}

/** The credit reads, each filtered by what the caller may see (domain/access.ts, views.ts). */
export class CreditQueries {
  constructor(
    private readonly commands: Pick<CreditCommands, 'file'>,
    private readonly blacklistings: BlacklistingReadModel,
    private readonly directory: Pick<Directory, 'allUnits'>,
  ) {}

  private leadingGroupUnitIds(): string[] {
    return this.directory
      .allUnits()
      .filter((u) => u.leadingGroup)
      .map((u) => u.unitId);
  }

  private fileIdOf(query: SubjectQuery): string {
    if (query.creditCode) {
      const parsed = creditCodeField.safeParse(query.creditCode);
      if (!parsed.success) throw ValidationError.field('credit_code', parsed.error.issues[0]?.message ?? 'invalid');
      return creditFileIdOf('enterprise', query.creditCode);
    }
    if (!query.personName.trim()) throw ValidationError.field('credit_code', 'a credit code or a person name is required');
    return creditFileIdOf('person', query.personName);
  }

  private async view(query: SubjectQuery, actor: Actor): Promise<(CreditFileView & { version: number }) | null> {
    const fileId = this.fileIdOf(query);
    const [{ state, version }, blacklistings] = await Promise.all([this.commands.file(fileId), this.blacklistings.byFile(fileId)]);
    const view = creditFileView(state, blacklistings, actor, this.leadingGroupUnitIds());
    return view && { ...view, version };
  }

  async getFile(query: SubjectQuery, actor: Actor): Promise<CreditFileView & { version: number }> {
    const view = await this.view(query, actor);
    if (!view) throw new NotFoundError('credit file', query.creditCode || 'of the person');
    return view;
  }

  async status(query: SubjectQuery, actor: Actor): Promise<CreditStatus> {
    return creditStatusOf(await this.view(query, actor));
  }

  private shown(doc: BlacklistingDoc, actor: Actor): BlacklistingView {
    const disclosed = groundsDisclosed(doc, actor);
    const { _id, _v, citedAccess: _cited, appeal, blacklistingId: _bid, ...rest } = doc;
    return {
      ...rest,
      blacklistingId: _id,
      version: _v,
      grounds: disclosed ? doc.grounds : '',
      citedEntryIds: disclosed ? doc.citedEntryIds : [],
      groundsDisclosed: disclosed,
      appellant: appeal?.appellant ?? '',
      appealGrounds: appeal?.grounds ?? '',
    };
  }

  async getBlacklisting(blacklistingId: string, actor: Actor): Promise<BlacklistingView> {
    if (!BLACKLISTING_ID.test(blacklistingId)) throw ValidationError.field('blacklisting_id', 'expected blacklisting-<uuid>');
    const doc = await this.blacklistings.get(blacklistingId);
    if (!doc || blacklistingVisibility(doc, actor, this.leadingGroupUnitIds()) !== 'visible')
      throw new NotFoundError('blacklisting', blacklistingId);
    return this.shown(doc, actor);
  }

  /** By status ('' = in force), newest first, only those the caller may see. */
  async list(status: string, actor: Actor): Promise<BlacklistingView[]> {
    const statuses = status ? [status] : ['published', 'appealed'];
    const docs = (await Promise.all(statuses.map((s) => this.blacklistings.byStatus(s)))).flat();
    const lgo = this.leadingGroupUnitIds();
    return docs
      .filter((d) => blacklistingVisibility(d, actor, lgo) === 'visible')
      .sort((a, b) => (b.history[0]?.at ?? '').localeCompare(a.history[0]?.at ?? ''))
      .slice(0, 500)
      .map((d) => this.shown(d, actor));
  }
}
