import { type Actor, historyVisibility, readsRegistryHistory, recordKindOf, type Visibility } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { ArchivedRecordRow } from '../archive/archive-rows';

/** Roles that read any history at all (analysts; officers, coordinators and procurators for their own records). */
const HISTORY_READERS = new Set(['analyst', 'liaison_officer', 'coordinator', 'procurator', 'admin']);

export const readsHistory = (actor: Actor): boolean => actor.roles.some((role) => HISTORY_READERS.has(role));

/**
 * Need-to-know of the archive, per record, by the one rule of @liaison/contracts
 * (historyVisibility): a record's events are shown by the record's current access. Registry
 * streams (units, officers) are directory data: admins and analysts read their history.
 * Rows are cached for one request.
 */
export class RecordDisclosure {
  private readonly cache = new Map<string, ArchivedRecordRow | null>();

  constructor(
    private readonly records: Collection<ArchivedRecordRow>,
    private readonly actor: Actor,
  ) {}

  async row(recordId: string): Promise<ArchivedRecordRow | null> {
    if (!this.cache.has(recordId)) this.cache.set(recordId, await this.records.findOne({ _id: recordId }));
    return this.cache.get(recordId)!;
  }

  /** How the actor sees the events of a stream (an unknown record or one without access: hidden). */
  async visibilityOf(streamId: string): Promise<Visibility> {
    if (!recordKindOf(streamId)) return readsRegistryHistory(this.actor) ? 'visible' : 'forbidden';
    const row = await this.row(streamId);
    if (!row?.access) return 'hidden';
    return historyVisibility(row.access, this.actor);
  }

  async visible(streamId: string): Promise<boolean> {
    return (await this.visibilityOf(streamId)) === 'visible';
  }

  /** For a read of one record: NOT_FOUND when it must not be known to exist, PERMISSION_DENIED otherwise. */
  async require(recordId: string): Promise<void> {
    if (!recordKindOf(recordId)) throw ValidationError.field('record_id', 'expected lead-, operation-, evidence- or meeting-<uuid>');
    const seen = await this.visibilityOf(recordId);
    if (seen === 'hidden') throw new NotFoundError('record', recordId);
    if (seen === 'forbidden') throw new ForbiddenError(`the history of ${recordId} is for analysts within their clearance and its parties`);
  }
}
