import { type Actor, type RecordAccess, visibility as recordVisibility, type Visibility } from '@liaison/contracts';
import type { TlpCode } from './model';

export { mayAct, type Visibility } from '@liaison/contracts';

/** What the access decision needs to know of a lead (kept on every read-model row too). */
export interface LeadAccess {
  leadId: string;
  ownerUnitId: string;
  postedByOfficerId: string;
  /** Recipients, co-handling units and the police unit the lead was handed to. */
  participantUnitIds: string[];
  code: TlpCode;
  namedOfficerIds: string[];
}

/** A lead as any record: the poster is its creator (and its contact in a pointer). */
export const asRecord = (lead: LeadAccess): RecordAccess => ({
  ownerUnitId: lead.ownerUnitId,
  createdByOfficerId: lead.postedByOfficerId,
  participantUnitIds: lead.participantUnitIds,
  code: lead.code,
  namedOfficerIds: lead.namedOfficerIds,
});

/** Who may see a lead: the shared TLP rules (@liaison/contracts, docs/security-model.md). */
export const visibility = (lead: LeadAccess, actor: Actor): Visibility => recordVisibility(asRecord(lead), actor);
