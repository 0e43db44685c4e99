import {
  creditEvent,
  type CreditEvent,
  isLeadingGroupCoordinator,
  maskPersonName,
  mayAct,
  mayDisclose,
  PUBLISHABLE_ENTRY_KINDS,
  redactPersonalData,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { PublicationState } from '../publication';
import { contractIssues, type CreditDeciderDependencies, fail, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * DraftPublication: an acting officer of the unit that owns the concluded case (the cited entry's
 * first source: the lead) drafts the record from an entry it may see; cause and penalty are
 * redacted here, so no personal data reaches the event.
 */
export function draftPublication(c: CommandOf<'DraftPublication'>, state: PublicationState): CreditEvent {
  if (state.publicationId) throw new InvalidTransitionError('this publication was drafted already', state.status);
  fail(contractIssues(c));
  const entry = c.cited;
  if (!entry || !mayDisclose(entry.access, c.actor)) throw new NotFoundError('credit entry', c.entryId);
  if (!(PUBLISHABLE_ENTRY_KINDS as readonly string[]).includes(entry.kind))
    throw ValidationError.field('entry_id', 'only a penalty or a criminal case concludes a case that is published');
  const owner = entry.access[0]!.ownerUnitId;
  if (!mayAct(c.actor) || c.actor.unitId !== owner)
    throw new ForbiddenError('only liaison officers and coordinators of the unit that owns the case draft its publication');
  if (!nonEmpty(c.cause)) throw ValidationError.field('cause', 'required');
  if (!nonEmpty(c.penalty)) throw ValidationError.field('penalty', 'required');
  const persons = { names: [entry.subject.personName], keep: [entry.subject.creditCode] };
  return creditEvent('PublicationDrafted', {
    publicationId: c.streamId,
    fileId: c.fileId,
    entryId: entry.entryId,
    entryKind: entry.kind as (typeof PUBLISHABLE_ENTRY_KINDS)[number],
    enterpriseName: entry.subject.enterpriseName,
    creditCode: entry.subject.creditCode,
    responsiblePerson: maskPersonName(entry.subject.personName),
    cause: redactPersonalData(c.cause.trim(), persons),
    penalty: redactPersonalData(c.penalty.trim(), persons),
    sourceAccess: entry.access,
    ownerUnitId: owner,
    officerId: c.actor.officerId,
    at: c.now,
  });
}

/** ApprovePublication: the leading-group office's coordinator, who must be able to see the case it rests on. */
export function approvePublication(
  c: CommandOf<'ApprovePublication'>,
  state: PublicationState,
  deps: CreditDeciderDependencies,
): CreditEvent {
  if (!state.publicationId) throw new NotFoundError('publication', c.streamId);
  if (!isLeadingGroupCoordinator(c.actor, deps.directory))
    throw new ForbiddenError('only a coordinator of the leading-group office approves a publication');
  if (state.status !== 'drafted') throw new InvalidTransitionError(`the publication is ${state.status}, not drafted`, state.status);
  if (!mayDisclose(state.sourceAccess, c.actor)) throw new ForbiddenError('the case is not visible to the leading-group office');
  fail(contractIssues(c));
  return creditEvent('PublicationApproved', { note: c.note.trim(), unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now });
}

/** WithdrawPublication: the office's coordinator or an acting officer of the owning unit, with a reason. */
export function withdrawPublication(
  c: CommandOf<'WithdrawPublication'>,
  state: PublicationState,
  deps: CreditDeciderDependencies,
): CreditEvent {
  if (!state.publicationId) throw new NotFoundError('publication', c.streamId);
  const owner = mayAct(c.actor) && c.actor.unitId === state.ownerUnitId;
  if (!owner && !isLeadingGroupCoordinator(c.actor, deps.directory))
    throw new ForbiddenError('only the owning unit or the leading-group office withdraws a publication');
  if (state.status === 'withdrawn') throw new InvalidTransitionError('the publication was withdrawn already', state.status);
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return creditEvent('PublicationWithdrawn', { reason: c.reason.trim(), unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now });
}
