import type { Actor, EventEnvelope } from '../envelope';
import { type RecordAccess, type TlpCode, visibility, type Visibility } from '../handling';
import { type EvidenceAccess, evidenceRecordAccess, evolveEvidenceAccess } from '../evidence/access';
import { evolveLeadAccess, type LeadAccessRow, leadRecordAccess } from '../leads/access';
import { meetingRecordAccess, meetingVisibility } from '../meetings/access';
import { evolveOperationAccess, type OperationAccessRecord, operationRecordAccess } from '../operations/access';
import type { RecordKind } from './records';

/** A meeting's access as folded from the meetings topic (the invitation list is fixed when it is scheduled). */
export interface MeetingAccessState {
  convenerUnitId: string;
  scheduledByOfficerId: string;
  invitedUnitIds: string[];
  code: TlpCode;
  namedOfficerIds: string[];
}

/**
 * A record's current access as the history service folds it from the archived events, with the
 * owning contexts' own folds (contracts/<context>/access.ts): the archive discloses a record's
 * events by the record's access now, not by a copy taken when each event was archived.
 */
export type HistoryAccessState =
  | { kind: 'lead'; state: LeadAccessRow }
  | { kind: 'operation'; state: OperationAccessRecord }
  | { kind: 'evidence'; state: EvidenceAccess }
  | { kind: 'meeting'; state: MeetingAccessState };

function evolveMeetingAccess(current: MeetingAccessState | null, event: EventEnvelope): MeetingAccessState | null {
  if (event.type !== 'MeetingScheduled') return current;
  const d = event.data as {
    convenerUnitId: string;
    scheduledByOfficerId: string;
    invitedUnitIds: string[];
    handling: { code: TlpCode; namedOfficerIds: string[] };
  };
  return {
    convenerUnitId: d.convenerUnitId,
    scheduledByOfficerId: d.scheduledByOfficerId,
    invitedUnitIds: d.invitedUnitIds,
    code: d.handling.code,
    namedOfficerIds: d.handling.namedOfficerIds,
  };
}

/** Folds one event of a record's stream into its access (null until the record's first event). */
export function evolveHistoryAccess(kind: RecordKind, current: HistoryAccessState | null, event: EventEnvelope): HistoryAccessState | null {
  switch (kind) {
    case 'lead': {
      const state = evolveLeadAccess(current?.kind === 'lead' ? current.state : null, event);
      return state && { kind, state };
    }
    case 'operation': {
      const state = evolveOperationAccess(current?.kind === 'operation' ? current.state : null, event);
      return state && { kind, state };
    }
    case 'evidence': {
      const state = evolveEvidenceAccess(current?.kind === 'evidence' ? current.state : null, event);
      return state && { kind, state };
    }
    case 'meeting': {
      const state = evolveMeetingAccess(current?.kind === 'meeting' ? current.state : null, event);
      return state && { kind, state };
    }
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

export function historyRecordAccess(access: HistoryAccessState): RecordAccess {
  switch (access.kind) {
    case 'lead':
      return leadRecordAccess(access.state);
    case 'operation':
      return operationRecordAccess(access.state);
    case 'evidence':
      return evidenceRecordAccess(access.state);
    case 'meeting':
      return meetingRecordAccess(access.state);
  }
}

/** Read the registry's history (units and officers): admins, who manage it, and analysts. */
export const readsRegistryHistory = (actor: Actor): boolean => actor.roles.includes('admin') || actor.roles.includes('analyst');

/**
 * Who reads a record's history (issue 11): analysts within their clearance (the TLP rules of
 * `visibility`), and each record's parties — its owner and participant units — for their own
 * records. Anyone else may not, even where the record's code would show it to them on the
 * record's own page: the history tells who did what when, which is for analysis and the parties.
 * Meetings keep their own rule (only participants learn they exist, analysts included).
 * `hidden` → NOT_FOUND, `forbidden` → PERMISSION_DENIED.
 */
export function historyVisibility(access: HistoryAccessState, actor: Actor): Visibility {
  const record = historyRecordAccess(access);
  if (access.kind === 'meeting') return meetingVisibility(record, actor);
  const seen = visibility(record, actor);
  if (seen !== 'visible' || actor.roles.includes('analyst')) return seen;
  const party = actor.unitId === record.ownerUnitId || record.participantUnitIds.includes(actor.unitId);
  return party ? 'visible' : 'forbidden';
}

/** The unit that owns a record, for the archive's unit filter. */
export const historyOwnerUnitId = (access: HistoryAccessState): string => historyRecordAccess(access).ownerUnitId;
