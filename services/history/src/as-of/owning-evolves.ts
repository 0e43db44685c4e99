import type { EventEnvelope, RecordKind } from '@liaison/contracts';
// The owning services' own decision state and evolve, imported read-only: the state as of T is
// folded with exactly the function their deciders use, not a copy of it (ADR 0022). They are
// pure modules of each service's domain/; moving them into @liaison/contracts would also move
// their service-local model types, which is not done yet.
import { evolveEvidence, initialEvidenceState } from '../../../evidence/src/domain/evidence';
import { evolveLead, initialLeadState } from '../../../leads/src/domain/lead';
import { evolveMeeting, initialMeetingState } from '../../../meetings/src/domain/meeting';
import { evolveOperation, initialOperationState } from '../../../operations/src/domain/operation';

interface Fold<S> {
  initial(): S;
  evolve(state: S, event: EventEnvelope): S;
}

const FOLDS: { [K in RecordKind]: Fold<unknown> } = {
  lead: { initial: initialLeadState, evolve: evolveLead } as Fold<unknown>,
  operation: { initial: initialOperationState, evolve: evolveOperation } as Fold<unknown>,
  evidence: { initial: initialEvidenceState, evolve: evolveEvidence } as Fold<unknown>,
  meeting: { initial: initialMeetingState, evolve: evolveMeeting } as Fold<unknown>,
};

/** Folds a record's events (in stream order) with its owning context's evolve. */
export function foldWithOwner(kind: RecordKind, events: EventEnvelope[]): unknown {
  return foldWithOwnerFrom(kind, undefined, events);
}

/** Folds further events onto a state this module folded before (`undefined`: from the initial state). */
export function foldWithOwnerFrom(kind: RecordKind, state: unknown, events: EventEnvelope[]): unknown {
  const fold = FOLDS[kind];
  return events.reduce((current, event) => fold.evolve(current, event), state === undefined ? fold.initial() : state);
}
