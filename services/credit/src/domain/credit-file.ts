import type {
  CreditEvent,
  CreditEntryKind,
  CreditSource,
  CreditSubject,
  CreditSubjectKind,
  EventEnvelope,
  RecordAccess,
  TlpCode,
} from '@liaison/contracts';

/** One entry of a credit file: a fact from another context's event, with its sources' access. */
export interface CreditEntry {
  entryId: string;
  kind: CreditEntryKind;
  summary: string;
  subject: CreditSubject;
  source: CreditSource;
  access: RecordAccess[];
  handlingCode: TlpCode;
  at: string;
}

export interface CreditFileState {
  fileId: string | null;
  subjectKind: CreditSubjectKind;
  creditCode: string;
  personName: string;
  entries: CreditEntry[];
}

export const initialCreditFileState = (): CreditFileState => ({
  fileId: null,
  subjectKind: 'enterprise',
  creditCode: '',
  personName: '',
  entries: [],
});

export function evolveCreditFile(state: CreditFileState, event: EventEnvelope): CreditFileState {
  const e = { type: event.type, data: event.data } as CreditEvent;
  switch (e.type) {
    case 'CreditFileOpened':
      return {
        ...state,
        fileId: e.data.fileId,
        subjectKind: e.data.subjectKind,
        creditCode: e.data.creditCode,
        personName: e.data.personName,
      };
    case 'CreditEntryRecorded':
      return { ...state, entries: [...state.entries, e.data] };
    default:
      return state;
  }
}
