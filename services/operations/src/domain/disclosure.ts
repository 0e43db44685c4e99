import { type Actor, type LinkDisclosure, linkDisclosure, type RecordAccess } from '@liaison/contracts';
import { asRecord, type OperationAccess } from './policy';

/**
 * What a viewer of an operation learns of its deconfliction conflicts: the one rule for the
 * detail, the lists, the counts and the history (derived data inherits handling, issue 8). The
 * other side of a conflict is another record; the viewer sees it per `linkDisclosure` with that
 * record's current access:
 * - `full`: the alert as recorded;
 * - `pointer` (the two owners, when the other side is AMBER+STRICT or RED or they may not see
 *   it): only that a conflict exists and whom to call — owner unit and contact officer — and its
 *   status; no id, title, window, reason or matched value of the other side;
 * - `none`: nothing, not even that the conflict exists.
 * A conflict whose other side is unknown here (recorded before the whole side was kept, or a
 * record this service has not heard of) counts as strict: pointer to the owners, nothing to others.
 */
export interface ConflictFacts {
  conflictId: string;
  otherKind: string;
  otherId: string;
  otherOwnerUnitId: string;
  contactOfficerId: string;
  otherTitle: string;
  otherWindow: { startsAt: string; endsAt: string } | null;
  reason: string;
  matchedOn: string;
  pointerOnly: boolean;
}

const unknownSide = (c: ConflictFacts): RecordAccess => ({
  ownerUnitId: c.otherOwnerUnitId,
  createdByOfficerId: c.contactOfficerId,
  participantUnitIds: [],
  code: 'RED',
  namedOfficerIds: [],
});

export const conflictDisclosure = (own: OperationAccess, c: ConflictFacts, other: RecordAccess | null, actor: Actor): LinkDisclosure =>
  linkDisclosure(asRecord(own), other ?? unknownSide(c), actor);

/** The conflict as the viewer may see it, or null. */
export function discloseConflict<C extends ConflictFacts>(own: OperationAccess, c: C, other: RecordAccess | null, actor: Actor): C | null {
  switch (conflictDisclosure(own, c, other, actor)) {
    case 'full':
      return { ...c, pointerOnly: false };
    case 'pointer':
      return { ...c, otherId: '', otherTitle: '', otherWindow: null, reason: '', matchedOn: '', pointerOnly: true };
    case 'none':
      return null;
  }
}

/**
 * History entries that speak of conflicts: kept only if the viewer may learn of at least one of
 * them, and then said as a pointer would say it (no other side's content).
 */
export function discloseHistory<H extends { type: string; summary: string; conflictIds?: string[] }>(
  history: H[],
  seen: Map<string, 'full' | 'pointer' | 'none'>,
): H[] {
  return history.flatMap((entry) => {
    const ids = entry.conflictIds ?? [];
    const { conflictIds: _omit, ...rest } = entry;
    if (ids.length === 0) return [rest as H];
    const visible = ids.filter((id) => (seen.get(id) ?? 'none') !== 'none');
    if (visible.length === 0) return [];
    if (visible.every((id) => seen.get(id) === 'full')) return [rest as H];
    return [{ ...rest, summary: pointerSummary(entry.type, visible) } as H];
  });
}

const pointerSummary = (type: string, ids: string[]): string => {
  if (type === 'DeconflictionAlertRaised') return `deconfliction alert ${ids.join(', ')} (pointer only)`;
  if (type === 'DeconflictionConflictResolved') return `conflict ${ids.join(', ')} resolved`;
  return `launched over unresolved conflict(s) ${ids.join(', ')}`;
};
