import {
  type Actor,
  commandIssues,
  type LeadingGroupDirectory,
  type FieldIssue,
  intakeCommandSchemas,
  mayAct,
  visibility,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { IntakeCommand } from './commands';
import { reportAccess, type ReportState } from './report';

/** What the report decider needs of the registry: which unit is the leading-group office. */
export interface IntakeDeciderDependencies {
  directory: LeadingGroupDirectory;
}

export const nonEmpty = (value: string) => value.trim().length > 0;
export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};
export const contractIssues = (command: IntakeCommand): FieldIssue[] => commandIssues(intakeCommandSchemas[command.type], command);

/**
 * Screening (reject, merge, convert): an acting officer of the unit the report was routed to, while
 * it is still `received`. Anyone else learns nothing of it (not found).
 */
export function authoriseScreening(state: ReportState, actor: Actor, streamId: string): void {
  if (!state.reportId || visibility(reportAccess(state), actor) !== 'visible') throw new NotFoundError('report', streamId);
  if (!mayAct(actor) || actor.unitId !== state.routedToUnitId)
    throw new ForbiddenError('only liaison officers and coordinators of the unit the report was routed to screen it');
  if (state.status !== 'received') throw new InvalidTransitionError(`the report was ${state.status} already`, state.status);
}
