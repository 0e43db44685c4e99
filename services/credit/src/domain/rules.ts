import { commandIssues, creditCommandSchemas, type FieldIssue } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { CreditCommand } from './commands';

/** What the credit domain needs of the registry (satisfied by LiveDirectory). */
export interface CreditDirectory {
  unit(unitId: string): { unitId: string; leadingGroup: boolean } | undefined;
}

export interface CreditDeciderDependencies {
  directory: CreditDirectory;
}

export const nonEmpty = (value: string) => value.trim().length > 0;

export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

export const contractIssues = (command: CreditCommand): FieldIssue[] => commandIssues(creditCommandSchemas[command.type], command);

/** A coordinator of the city leading-group office (领导小组办公室): approves blacklistings and decides appeals. */
export const isLeadingGroupCoordinator = (actor: CreditCommand['actor'], directory: CreditDirectory): boolean =>
  directory.unit(actor.unitId)?.leadingGroup === true && actor.roles.includes('coordinator');
