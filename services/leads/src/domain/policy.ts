import type { Actor } from '@liaison/contracts';
import type { TlpCode } from './model';

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

export type Visibility = 'visible' | 'forbidden' | 'hidden';

const isAnalyst = (actor: Actor) => actor.roles.includes('analyst');
const actsOnLeads = (actor: Actor) => actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator' || role === 'analyst');

/**
 * Who may see a lead (DESIGN.md, "Security model"). `hidden` means even its existence must not
 * leak (answer 404); `forbidden` means 403.
 * - CLEAR / GREEN: every unit's officers and analysts.
 * - AMBER: the owner unit, participant units, and analysts.
 * - AMBER+STRICT: the owner and participant units only.
 * - RED: the poster and the named officers only.
 * Admins manage the registry and see no leads.
 */
export function visibility(lead: LeadAccess, actor: Actor): Visibility {
  const strict = lead.code === 'RED' || lead.code === 'AMBER+STRICT';
  if (!actsOnLeads(actor)) return strict ? 'hidden' : 'forbidden';
  const party = actor.unitId === lead.ownerUnitId || lead.participantUnitIds.includes(actor.unitId);
  switch (lead.code) {
    case 'CLEAR':
    case 'GREEN':
      return 'visible';
    case 'AMBER':
      return party || isAnalyst(actor) ? 'visible' : 'forbidden';
    case 'AMBER+STRICT':
      return party ? 'visible' : 'hidden';
    case 'RED':
      return actor.officerId === lead.postedByOfficerId || lead.namedOfficerIds.includes(actor.officerId) ? 'visible' : 'hidden';
    default: {
      const unknown: never = lead.code;
      return unknown;
    }
  }
}

/** Only liaison officers and coordinators change leads; analysts are read-only, admins have no part. */
export const mayAct = (actor: Actor): boolean => actor.roles.some((role) => role === 'liaison_officer' || role === 'coordinator');
