import type { AccountabilityEntry, AccountabilityQuery, Actor } from '@liaison/contracts';
import {
  type EventStore,
  ForbiddenError,
  NotFoundError,
  type Page,
  type PageRequest,
  paginate,
  pagedFind,
  readAccountabilityRegister,
  ValidationError,
} from '@liaison/platform';
import { visibility } from '../domain/policy';
import type { ConflictRow, MembershipRow, OperationReadModel, RowAccess } from '../projections/operation-read-model';
import { evolveOperationView, type OperationView, viewAccess } from '../projections/operation-view';
import type { ConflictDisclosure } from './conflict-disclosure';
import { OPERATION_ID } from './ids';

const visible = (actor: Actor) => (row: RowAccess) => visibility(viewAccess(row), actor) === 'visible';

const isoOrEmpty = (value: string, path: string): string => {
  if (!value) return '';
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw ValidationError.field(path, 'an RFC 3339 time');
  return new Date(ms).toISOString();
};

/**
 * Reads. GetOperation folds the operation from the store (read-your-writes, with history); lists
 * come from the projections by top-level equality (unit id, role, owner unit), then filtered by
 * visibility for the caller.
 */
export class OperationQueries {
  constructor(
    private readonly store: EventStore,
    private readonly readModel: OperationReadModel,
    private readonly disclosure: ConflictDisclosure,
  ) {}

  /** Summaries count only the open conflicts the viewer may learn of (the shared redaction). */
  private async withCounts(page: Page<MembershipRow>, actor: Actor): Promise<Page<MembershipRow>> {
    const counts = await this.disclosure.openCounts(page.items, actor);
    return { ...page, items: page.items.map((r) => ({ ...r, openConflicts: counts.get(r.operationId) ?? 0 })) };
  }

  async getOperation(operationId: string, actor: Actor): Promise<OperationView & { version: number }> {
    if (!OPERATION_ID.test(operationId)) throw ValidationError.field('operation_id', 'expected operation-<uuid>');
    const events = await this.store.readStream(operationId);
    if (events.length === 0) throw new NotFoundError('operation', operationId);
    const view = events.reduce<OperationView | null>(evolveOperationView, null)!;
    const seen = visibility(viewAccess(view), actor);
    if (seen === 'hidden') throw new NotFoundError('operation', operationId);
    if (seen === 'forbidden') throw new ForbiddenError(`unit ${actor.unitId} may not see operation ${operationId}`);
    return { ...(await this.disclosure.view(view, viewAccess(view), actor)), version: events.at(-1)!.version };
  }

  /** Operations my unit leads or was invited to (any answer). */
  async mine(actor: Actor, status: string, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    const filter: Record<string, unknown> = { unitId: actor.unitId };
    if (status) filter.status = status;
    return this.withCounts(await pagedFind(this.readModel.memberships, filter, 'updatedAt', page, visible(actor)), actor);
  }

  /** Invitations to my unit still awaiting an answer, on operations still open. */
  async invitations(actor: Actor, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    return pagedFind(
      this.readModel.memberships,
      { unitId: actor.unitId, role: 'invited' },
      'updatedAt',
      page,
      (r) => visible(actor)(r) && (r.status === 'proposed' || r.status === 'launched'),
    );
  }

  /** Deconfliction alerts on operations my unit leads, each as the caller may see its other side. */
  async conflicts(actor: Actor, page: PageRequest | undefined): Promise<Page<ConflictRow>> {
    const found = await pagedFind(this.readModel.conflicts, { ownerUnitId: actor.unitId }, 'detectedAt', page, visible(actor));
    return { ...found, items: await this.disclosure.rows(found.items, actor) };
  }

  /** My unit's operations (led, invited or joined; not declined) whose window overlaps [from, to], earliest first. */
  async calendar(actor: Actor, from: string, to: string, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    const f = isoOrEmpty(from, 'from');
    const t = isoOrEmpty(to, 'to');
    if (f && t && t < f) throw ValidationError.field('to', 'must not be before from');
    const rows = (await this.readModel.memberships.find({ unitId: actor.unitId }).toArray()).filter(
      (r) => r.role !== 'declined' && r.status !== 'cancelled' && (!t || r.startsAt < t) && (!f || r.endsAt > f) && visible(actor)(r),
    );
    return this.withCounts(
      paginate(
        rows,
        (r) => r.startsAt,
        (r) => r._id,
        page,
        true,
      ),
      actor,
    );
  }

  /** The operations accountability register (ADR 0013), as the caller may read it. */
  accountability(actor: Actor, query: Partial<AccountabilityQuery>, page: PageRequest | undefined): Promise<Page<AccountabilityEntry>> {
    return readAccountabilityRegister(this.readModel.accountability, actor, query, page);
  }
}
