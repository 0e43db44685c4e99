import type { Actor, CreditEvent, EventEnvelope, PublicationStatus, RecordAccess, Visibility } from '@liaison/contracts';
import { visibility } from '@liaison/contracts';

/** One step of a publication, for its history: every step is an event with its actor. */
export interface PublicationStep {
  type: string;
  unitId: string;
  officerId: string;
  at: string;
  note: string;
}

export interface PublicationState {
  publicationId: string | null;
  status: PublicationStatus | 'none';
  fileId: string;
  entryId: string;
  entryKind: string;
  enterpriseName: string;
  creditCode: string;
  responsiblePerson: string;
  cause: string;
  penalty: string;
  sourceAccess: RecordAccess[];
  ownerUnitId: string;
  draftedByOfficerId: string;
  publishedAt: string;
  withdrawnAt: string;
  withdrawalReason: string;
  history: PublicationStep[];
}

export const initialPublicationState = (): PublicationState => ({
  publicationId: null,
  status: 'none',
  fileId: '',
  entryId: '',
  entryKind: '',
  enterpriseName: '',
  creditCode: '',
  responsiblePerson: '',
  cause: '',
  penalty: '',
  sourceAccess: [],
  ownerUnitId: '',
  draftedByOfficerId: '',
  publishedAt: '',
  withdrawnAt: '',
  withdrawalReason: '',
  history: [],
});

export function evolvePublication(state: PublicationState, event: EventEnvelope): PublicationState {
  const e = { type: event.type, data: event.data } as CreditEvent;
  switch (e.type) {
    case 'PublicationDrafted':
      return {
        ...state,
        publicationId: e.data.publicationId,
        status: 'drafted',
        fileId: e.data.fileId,
        entryId: e.data.entryId,
        entryKind: e.data.entryKind,
        enterpriseName: e.data.enterpriseName,
        creditCode: e.data.creditCode,
        responsiblePerson: e.data.responsiblePerson,
        cause: e.data.cause,
        penalty: e.data.penalty,
        sourceAccess: e.data.sourceAccess,
        ownerUnitId: e.data.ownerUnitId,
        draftedByOfficerId: e.data.officerId,
        history: [{ type: event.type, unitId: e.data.ownerUnitId, officerId: e.data.officerId, at: e.data.at, note: '' }],
      };
    case 'PublicationApproved':
      return {
        ...state,
        status: 'published',
        publishedAt: e.data.at,
        history: [
          ...state.history,
          { type: event.type, unitId: e.data.unitId, officerId: e.data.officerId, at: e.data.at, note: e.data.note },
        ],
      };
    case 'PublicationWithdrawn':
      return {
        ...state,
        status: 'withdrawn',
        withdrawnAt: e.data.at,
        withdrawalReason: e.data.reason,
        history: [
          ...state.history,
          { type: event.type, unitId: e.data.unitId, officerId: e.data.officerId, at: e.data.at, note: e.data.reason },
        ],
      };
    default:
      return state;
  }
}

/**
 * Who among the officers sees a publication, as a record for the one visibility rule: a draft
 * (and a withdrawn one) is AMBER+STRICT between the owning unit and the leading-group office;
 * a published one is GREEN — it is public anyway (publicPublication is what the public sees).
 */
export function publicationAccess(s: PublicationState, leadingGroupUnitIds: string[]): RecordAccess {
  return {
    ownerUnitId: s.ownerUnitId,
    createdByOfficerId: s.draftedByOfficerId,
    participantUnitIds: leadingGroupUnitIds.filter((u) => u !== s.ownerUnitId),
    code: s.status === 'published' ? 'GREEN' : 'AMBER+STRICT',
    namedOfficerIds: [],
  };
}

export const publicationVisibility = (s: PublicationState, actor: Actor, leadingGroupUnitIds: string[]): Visibility =>
  visibility(publicationAccess(s, leadingGroupUnitIds), actor);

/** What the public page and feed show of a published case: the redacted record, the issuing unit and the date, nothing internal. */
export const publicPublication = (s: PublicationState) => ({
  publicationId: s.publicationId ?? '',
  enterpriseName: s.enterpriseName,
  creditCode: s.creditCode,
  responsiblePerson: s.responsiblePerson,
  cause: s.cause,
  penalty: s.penalty,
  issuedByUnitId: s.ownerUnitId,
  publishedAt: s.publishedAt,
});
