import type { CreditEvent, BlacklistingStatus, CreditSubjectKind, EventEnvelope, RecordAccess, RemovalReason } from '@liaison/contracts';

/** One step of the workflow, for the record's history: every step is an event with its actor. */
export interface BlacklistingStep {
  type: string;
  unitId: string;
  officerId: string;
  at: string;
  note: string;
}

export interface BlacklistingState {
  blacklistingId: string | null;
  status: BlacklistingStatus | 'none';
  fileId: string;
  subjectKind: CreditSubjectKind;
  creditCode: string;
  personName: string;
  enterpriseName: string;
  proposedByUnitId: string;
  proposedByOfficerId: string;
  grounds: string;
  citedEntryIds: string[];
  citedAccess: RecordAccess[];
  periodDays: number;
  publishedFrom: string;
  publishedUntil: string;
  appeal: { appellant: string; grounds: string; at: string; decided: boolean; upheld: boolean; reason: string } | null;
  removalReason: RemovalReason | '';
  history: BlacklistingStep[];
}

export const initialBlacklistingState = (): BlacklistingState => ({
  blacklistingId: null,
  status: 'none',
  fileId: '',
  subjectKind: 'enterprise',
  creditCode: '',
  personName: '',
  enterpriseName: '',
  proposedByUnitId: '',
  proposedByOfficerId: '',
  grounds: '',
  citedEntryIds: [],
  citedAccess: [],
  periodDays: 0,
  publishedFrom: '',
  publishedUntil: '',
  appeal: null,
  removalReason: '',
  history: [],
});

const step = (event: EventEnvelope, note: string): BlacklistingStep => {
  const d = event.data as { unitId?: string; officerId?: string; at?: string };
  return {
    type: event.type,
    unitId: d.unitId ?? event.actor.unitId,
    officerId: d.officerId ?? event.actor.officerId,
    at: d.at ?? event.occurredAt,
    note,
  };
};

export function evolveBlacklisting(state: BlacklistingState, event: EventEnvelope): BlacklistingState {
  const e = { type: event.type, data: event.data } as CreditEvent;
  switch (e.type) {
    case 'BlacklistingProposed':
      return {
        ...state,
        blacklistingId: e.data.blacklistingId,
        status: 'proposed',
        fileId: e.data.fileId,
        subjectKind: e.data.subjectKind,
        creditCode: e.data.creditCode,
        personName: e.data.personName,
        enterpriseName: e.data.enterpriseName,
        proposedByUnitId: e.data.proposedByUnitId,
        proposedByOfficerId: e.data.officerId,
        grounds: e.data.grounds,
        citedEntryIds: e.data.citedEntryIds,
        citedAccess: e.data.citedAccess,
        periodDays: e.data.periodDays,
        history: [{ type: event.type, unitId: e.data.proposedByUnitId, officerId: e.data.officerId, at: e.data.at, note: '' }],
      };
    case 'BlacklistingApproved':
      return {
        ...state,
        status: 'published',
        publishedFrom: e.data.publishedFrom,
        publishedUntil: e.data.publishedUntil,
        history: [...state.history, step(event, e.data.note)],
      };
    case 'BlacklistingRejected':
      return { ...state, status: 'rejected', history: [...state.history, step(event, e.data.reason)] };
    case 'BlacklistingAppealed':
      return {
        ...state,
        status: 'appealed',
        appeal: { appellant: e.data.appellant, grounds: e.data.grounds, at: e.data.at, decided: false, upheld: false, reason: '' },
        history: [...state.history, step(event, e.data.grounds)],
      };
    case 'BlacklistingAppealDecided':
      return {
        ...state,
        // Dismissed: published again until its period ends; upheld: BlacklistingRemoved follows in the same commit.
        status: 'published',
        appeal: state.appeal && { ...state.appeal, decided: true, upheld: e.data.upheld, reason: e.data.reason },
        history: [...state.history, step(event, e.data.reason)],
      };
    case 'BlacklistingRemoved':
      return { ...state, status: 'removed', removalReason: e.data.reason, history: [...state.history, step(event, e.data.reason)] };
    default:
      return state;
  }
}

/** Still in force: published (an appeal pending does not suspend it). */
export const inForce = (s: Pick<BlacklistingState, 'status'>): boolean => s.status === 'published' || s.status === 'appealed';
