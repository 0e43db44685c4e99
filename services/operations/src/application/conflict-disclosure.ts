import { type Actor, leadRecordAccess, type RecordAccess } from '@liaison/contracts';
import { type ConflictFacts, conflictDisclosure, discloseConflict, discloseHistory } from '../domain/disclosure';
import { asRecord, type OperationAccess } from '../domain/policy';
import type { ConflictRow, OperationReadModel, RowAccess } from '../projections/operation-read-model';
import { type OperationView, viewAccess } from '../projections/operation-view';

/**
 * The one redaction of deconfliction data for every read path — GetOperation (conflicts and
 * history), ListConflicts, and the open-conflict counts of ListMyOperations and Calendar: it
 * looks up the other side of each conflict as it is now (another operation's projected access,
 * or a lead's from `lead_access`) and applies domain/disclosure.ts.
 */
export class ConflictDisclosure {
  constructor(private readonly readModel: Pick<OperationReadModel, 'details' | 'leadAccess' | 'conflicts'>) {}

  /** The other side's access of each conflict (null when unknown), by conflict id. */
  private async otherSides(conflicts: ConflictFacts[]): Promise<Map<string, RecordAccess | null>> {
    const ops = new Map<string, Promise<RecordAccess | null>>();
    const leads = new Map<string, Promise<RecordAccess | null>>();
    const lookup = (c: ConflictFacts): Promise<RecordAccess | null> => {
      if (!c.otherId) return Promise.resolve(null);
      if (c.otherKind === 'lead') {
        if (!leads.has(c.otherId))
          leads.set(
            c.otherId,
            this.readModel.leadAccess.findOne({ _id: c.otherId }).then((row) => (row ? leadRecordAccess(row) : null)),
          );
        return leads.get(c.otherId)!;
      }
      if (!ops.has(c.otherId))
        ops.set(
          c.otherId,
          this.readModel.details.get(c.otherId).then((doc) => (doc ? asRecord(viewAccess(doc)) : null)),
        );
      return ops.get(c.otherId)!;
    };
    const sides = await Promise.all(conflicts.map(lookup));
    return new Map(conflicts.map((c, i) => [c.conflictId, sides[i]!]));
  }

  /** The operation's conflicts and history as the viewer may see them. */
  async view<V extends Pick<OperationView, 'conflicts' | 'history'>>(view: V, own: OperationAccess, actor: Actor): Promise<V> {
    const others = await this.otherSides(view.conflicts);
    const seen = new Map(view.conflicts.map((c) => [c.conflictId, conflictDisclosure(own, c, others.get(c.conflictId) ?? null, actor)]));
    return {
      ...view,
      conflicts: view.conflicts.flatMap((c) => discloseConflict(own, c, others.get(c.conflictId) ?? null, actor) ?? []),
      history: discloseHistory(view.history, seen),
    };
  }

  /** Conflict rows (each carrying its operation's access) as the viewer may see them. */
  async rows<R extends ConflictRow>(rows: R[], actor: Actor): Promise<R[]> {
    const others = await this.otherSides(rows);
    return rows.flatMap((r) => discloseConflict(accessOf(r), r, others.get(r.conflictId) ?? null, actor) ?? []);
  }

  /** How many open conflicts of each operation the viewer may learn of. */
  async openCounts(operations: RowAccess[], actor: Actor): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    await Promise.all(
      [...new Set(operations.map((o) => o.operationId))].map(async (operationId) => {
        const open = (await this.readModel.conflicts.find({ operationId }).toArray()).filter((c) => c.status === 'open');
        counts.set(operationId, (await this.rows(open, actor)).length);
      }),
    );
    return counts;
  }
}

const accessOf = (row: RowAccess): OperationAccess => viewAccess(row);
