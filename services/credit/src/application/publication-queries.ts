import { type Actor, type Directory, PUBLICATION_STATUSES } from '@liaison/contracts';
import { NotFoundError, ValidationError } from '@liaison/platform';
import { publicationVisibility, publicPublication } from '../domain/publication';
import type { PublicationDoc, PublicationReadModel } from '../projections/publications';
import { PUBLICATION_ID } from './ids';

const officerView = ({ _id, _v, sourceAccess: _access, publicationId: _pid, ...rest }: PublicationDoc) => ({
  ...rest,
  publicationId: _id,
  version: _v,
});

/** The case publication reads: officers by the one visibility rule (publication.ts), the public only what is published. */
export class PublicationQueries {
  constructor(
    private readonly publications: PublicationReadModel,
    private readonly directory: Pick<Directory, 'allUnits'>,
  ) {}

  private leadingGroupUnitIds(): string[] {
    return this.directory
      .allUnits()
      .filter((u) => u.leadingGroup)
      .map((u) => u.unitId);
  }

  async get(publicationId: string, actor: Actor) {
    if (!PUBLICATION_ID.test(publicationId)) throw ValidationError.field('publication_id', 'expected publication-<uuid>');
    const doc = await this.publications.get(publicationId);
    if (!doc || publicationVisibility(doc, actor, this.leadingGroupUnitIds()) !== 'visible')
      throw new NotFoundError('publication', publicationId);
    return officerView(doc);
  }

  /** By status ('' = all), those the caller may see, newest first. */
  async list(status: string, actor: Actor) {
    if (status && !(PUBLICATION_STATUSES as readonly string[]).includes(status))
      throw ValidationError.field('status', `one of ${PUBLICATION_STATUSES.join(', ')}`);
    const docs = (await Promise.all((status ? [status] : [...PUBLICATION_STATUSES]).map((s) => this.publications.byStatus(s)))).flat();
    const lgo = this.leadingGroupUnitIds();
    return docs
      .filter((d) => publicationVisibility(d, actor, lgo) === 'visible')
      .sort((a, b) => (b.history.at(-1)?.at ?? '').localeCompare(a.history.at(-1)?.at ?? ''))
      .slice(0, 500)
      .map(officerView);
  }

  /** Public (no identity): the published cases, newest first, as the public page and feed show them. */
  async published() {
    const docs = await this.publications.byStatus('published');
    return docs
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
      .slice(0, 500)
      .map(publicPublication);
  }
}
