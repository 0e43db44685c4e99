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

/** The one rule (contracts): a coordinator of the leading-group office approves blacklistings and publications, decides appeals. */
export { isLeadingGroupCoordinator } from '@liaison/contracts';
