import { cellsAround, haversineMeters, subjectKeys, windowsOverlap } from '../domain/deconfliction';
import type { ConflictMatch, ConflictReason, Target, TimeWindow } from '../domain/model';
import { pointerOnly } from '../domain/policy';
import type { LeadSubjectRow, OperationReadModel, TargetRow } from '../projections/operation-read-model';
import { conflictIdFor } from './ids';

/** The operation being checked. */
export interface Probe {
  operationId: string;
  ownerUnitId: string;
  contactOfficerId: string;
  handlingCode: string;
  title: string;
  window: TimeWindow;
  targets: Target[];
  /** Leads the operation acts on: no conflict with them (their owner knows, the operation is linked to them). */
  linkedLeadIds?: string[];
}

export interface Matches {
  /** To record on the probed operation. */
  mine: ConflictMatch[];
  /** To record on other units' operations (each about the probe). */
  theirs: { operationId: string; match: ConflictMatch }[];
}

const RANK: Record<ConflictReason, number> = { subject_credit_code: 0, subject_name: 1, place: 2 };

/**
 * Finds other units' planned or launched operations that target the same subject (credit code
 * or normalised name) or a place within `radiusMeters`, in an overlapping window, and other
 * units' open leads about the same subject. Every lookup is a top-level equality on `key` (one
 * per subject key and per neighbouring geo cell), the rest is filtered here. One conflict per
 * pair, with the strongest reason (credit code, then name, then place). Each match records the
 * whole other side (`pointerOnly` says only whether it was strict when found): what a viewer sees
 * of it is decided on every read by linkDisclosure (conflict-disclosure.ts), with the other
 * record's access as it is then.
 */
export class DeconflictionCheck {
  constructor(
    private readonly readModel: Pick<OperationReadModel, 'targets' | 'leadSubjects'>,
    private readonly radiusMeters: number,
  ) {}

  async find(probe: Probe): Promise<Matches> {
    const ops = new Map<string, { row: TargetRow; reason: ConflictReason; matchedOn: string }>();
    const leads = new Map<string, { row: LeadSubjectRow; reason: ConflictReason; matchedOn: string }>();
    const consider = (row: TargetRow, reason: ConflictReason, matchedOn: string) => {
      if (!row.active || row.ownerUnitId === probe.ownerUnitId || row.operationId === probe.operationId) return;
      if (!windowsOverlap(probe.window, { startsAt: row.startsAt, endsAt: row.endsAt })) return;
      const known = ops.get(row.operationId);
      if (!known || RANK[reason] < RANK[known.reason]) ops.set(row.operationId, { row, reason, matchedOn });
    };

    for (const target of probe.targets) {
      for (const k of subjectKeys(target.subject)) {
        const [opRows, leadRows] = await Promise.all([
          this.readModel.targets.find({ key: k.key }).toArray(),
          this.readModel.leadSubjects.find({ key: k.key }).toArray(),
        ]);
        for (const row of opRows) consider(row, k.reason, k.matchedOn);
        for (const row of leadRows) {
          if (!row.open || row.ownerUnitId === probe.ownerUnitId || probe.linkedLeadIds?.includes(row.leadId)) continue;
          const known = leads.get(row.leadId);
          if (!known || RANK[k.reason] < RANK[known.reason]) leads.set(row.leadId, { row, reason: k.reason, matchedOn: k.matchedOn });
        }
      }
      const here = target.place.coordinates;
      if (here) {
        const cells = cellsAround(here, this.radiusMeters);
        const batches = await Promise.all(cells.map((key) => this.readModel.targets.find({ key }).toArray()));
        for (const row of batches.flat()) {
          if (row.latitude === null || row.longitude === null) continue;
          const metres = haversineMeters(here, { latitude: row.latitude, longitude: row.longitude });
          if (metres <= this.radiusMeters)
            consider(row, 'place', `${target.place.address || 'place'} ~${Math.round(metres)} m from ${row.matchedOn}`);
        }
      }
    }

    const mine: ConflictMatch[] = [];
    const theirs: Matches['theirs'] = [];
    for (const { row, reason, matchedOn } of ops.values()) {
      const conflictId = conflictIdFor(probe.operationId, row.operationId);
      mine.push({
        conflictId,
        otherKind: 'operation',
        otherId: row.operationId,
        otherOwnerUnitId: row.ownerUnitId,
        contactOfficerId: row.contactOfficerId,
        otherTitle: row.title,
        otherWindow: { startsAt: row.startsAt, endsAt: row.endsAt },
        reason,
        matchedOn,
        pointerOnly: pointerOnly(row.handlingCode),
      });
      theirs.push({
        operationId: row.operationId,
        match: {
          conflictId,
          otherKind: 'operation',
          otherId: probe.operationId,
          otherOwnerUnitId: probe.ownerUnitId,
          contactOfficerId: probe.contactOfficerId,
          otherTitle: probe.title,
          otherWindow: probe.window,
          reason,
          matchedOn: reason === 'place' ? 'a place near your target' : matchedOn,
          pointerOnly: pointerOnly(probe.handlingCode),
        },
      });
    }
    for (const { row, reason, matchedOn } of leads.values()) {
      mine.push({
        conflictId: conflictIdFor(probe.operationId, row.leadId),
        otherKind: 'lead',
        otherId: row.leadId,
        otherOwnerUnitId: row.ownerUnitId,
        contactOfficerId: row.contactOfficerId,
        otherTitle: row.title,
        otherWindow: null,
        reason,
        matchedOn,
        pointerOnly: pointerOnly(row.handlingCode),
      });
    }
    return { mine, theirs };
  }
}
