import { type Actor, mayDisclose, type RecordAccess, visibility, type Visibility } from '@liaison/contracts';
import type { BlacklistingState } from './blacklisting';
import type { CreditEntry } from './credit-file';

/**
 * Who sees a blacklisting, as a record for the one visibility rule (handling.ts): while it is
 * proposed or rejected it is AMBER+STRICT between the proposing unit and the leading-group
 * office (others must not learn of it); once published — and after, as a public record of the
 * period — it is GREEN: every unit sees that the subject is or was blacklisted, and for how long.
 */
export function blacklistingAccess(s: BlacklistingState, leadingGroupUnitIds: string[]): RecordAccess {
  const published = s.status === 'published' || s.status === 'appealed' || s.status === 'removed';
  return {
    ownerUnitId: s.proposedByUnitId,
    createdByOfficerId: s.proposedByOfficerId,
    participantUnitIds: leadingGroupUnitIds.filter((u) => u !== s.proposedByUnitId),
    code: published ? 'GREEN' : 'AMBER+STRICT',
    namedOfficerIds: [],
  };
}

export const blacklistingVisibility = (s: BlacklistingState, actor: Actor, leadingGroupUnitIds: string[]): Visibility =>
  visibility(blacklistingAccess(s, leadingGroupUnitIds), actor);

/**
 * The grounds and the cited entries are derived from the entries' sources (ADR 0012): shown to
 * the proposing unit, which wrote them, and to any other viewer who may see every source.
 */
export const groundsDisclosed = (s: BlacklistingState, actor: Actor): boolean =>
  actor.unitId === s.proposedByUnitId || mayDisclose(s.citedAccess, actor);

/** An entry is shown to a viewer who may see all of its sources. */
export const entryVisible = (entry: Pick<CreditEntry, 'access'>, actor: Actor): boolean => mayDisclose(entry.access, actor);
