import { type FieldIssue, operationEvent, type OperationEvent } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { alert, authorise, canonicalWindow, checkWindow, contractIssues, fail, requireStatus, uniqueConflicts } from '../rules';
import type { CommandOf } from '.';

/** Reschedule: the lead unit moves the window (to a different one); the re-run deconfliction's new matches ride along. */
export function reschedule(c: CommandOf<'Reschedule'>, state: OperationState): OperationEvent[] {
  authorise(state, c, 'lead');
  const issues: FieldIssue[] = contractIssues(c);
  checkWindow(c.window, 'window', issues);
  fail(issues);
  const window = canonicalWindow(c.window);
  if (window.startsAt === state.window.startsAt && window.endsAt === state.window.endsAt)
    throw ValidationError.field('window', 'the same as the current window');
  return [
    operationEvent('OperationRescheduled', { window, previous: state.window, reason: c.reason }),
    ...uniqueConflicts(c.conflicts, state).map((m) => alert(m, c.now)),
  ];
}

/** SubmitDraft: the lead unit completes a draft with its window; it becomes `proposed` and is deconflicted. */
export function submitDraft(c: CommandOf<'SubmitDraft'>, state: OperationState): OperationEvent[] {
  authorise(state, c, 'lead');
  requireStatus(state, c, 'draft');
  const issues: FieldIssue[] = contractIssues(c);
  checkWindow(c.window, 'window', issues);
  fail(issues);
  return [
    operationEvent('DraftSubmitted', { window: canonicalWindow(c.window), at: c.now }),
    ...uniqueConflicts(c.conflicts, state).map((m) => alert(m, c.now)),
  ];
}
