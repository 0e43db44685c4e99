import { type Actor, linkDisclosure, operationRecordAccess, type RecordAccess } from '@liaison/contracts';
import { type EventStore, type Page, type PageRequest, paginate } from '@liaison/platform';
import { evolveLead, initialLeadState, leadAccess } from '../domain/lead';
import { asRecord, visibility } from '../domain/policy';
import type { OperationConflictCollections } from '../reactions/operation-conflicts';

/** One alert in the lead owner's inbox, as the caller may see the operation (leads.proto LeadOperationConflict). */
export interface LeadOperationConflictItem {
  conflictId: string;
  leadId: string;
  leadTitle: string;
  operationId: string;
  operationTitle: string;
  operationHandlingCode: string;
  operationStartsAt: string;
  operationEndsAt: string;
  operationOwnerUnitId: string;
  contactOfficerId: string;
  pointerOnly: boolean;
  reason: string;
  matchedOn: string;
  detectedAt: string;
  status: string;
  outcome: string;
  resolvedByUnitId: string;
  resolvedAt: string;
}

/**
 * ListOperationConflicts: alerts on leads the caller's unit owns, each only if the caller may
 * see the lead (a RED lead's unnamed officers learn nothing of it), and the operation per
 * linkDisclosure(lead, operation): in full to a viewer who may see the operation, as a pointer
 * (operation owner unit and contact officer, no id, title, window or reason) otherwise.
 */
export class OperationConflictQueries {
  constructor(
    private readonly store: Pick<EventStore, 'readStream'>,
    private readonly collections: OperationConflictCollections,
  ) {}

  /** The lead as its own decider folds it (read-your-writes), if the caller may see it. */
  private async visibleLead(leadId: string, actor: Actor): Promise<{ access: RecordAccess; title: string } | null> {
    const events = await this.store.readStream(leadId);
    if (events.length === 0) return null;
    const state = events.reduce(evolveLead, initialLeadState());
    if (visibility(leadAccess(state), actor) !== 'visible') return null;
    return { access: asRecord(leadAccess(state)), title: state.title };
  }

  async list(actor: Actor, page: PageRequest | undefined): Promise<Page<LeadOperationConflictItem>> {
    const rows = await this.collections.conflicts.find({ leadOwnerUnitId: actor.unitId }).toArray();
    const items: LeadOperationConflictItem[] = [];
    for (const row of rows) {
      const lead = await this.visibleLead(row.leadId, actor);
      if (!lead) continue;
      const op = await this.collections.operations.findOne({ _id: row.operationId });
      if (!op) continue;
      const disclosure = linkDisclosure(lead.access, operationRecordAccess(op), actor);
      if (disclosure === 'none') continue;
      const full = disclosure === 'full';
      items.push({
        conflictId: row.conflictId,
        leadId: row.leadId,
        leadTitle: lead.title,
        operationId: full ? op.operationId : '',
        operationTitle: full ? op.title : '',
        operationHandlingCode: full ? op.code : '',
        operationStartsAt: full ? (op.window?.startsAt ?? '') : '',
        operationEndsAt: full ? (op.window?.endsAt ?? '') : '',
        operationOwnerUnitId: op.leadUnitId,
        contactOfficerId: op.proposedByOfficerId,
        pointerOnly: !full,
        reason: full ? row.reason : '',
        matchedOn: full ? row.matchedOn : '',
        detectedAt: row.detectedAt,
        status: row.status,
        outcome: row.outcome,
        resolvedByUnitId: row.resolvedByUnitId,
        resolvedAt: row.resolvedAt,
      });
    }
    return paginate(
      items,
      (i) => i.detectedAt,
      (i) => i.conflictId,
      page,
    );
  }
}
