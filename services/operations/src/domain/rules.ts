import {
  commandIssues,
  type ConflictMatch,
  dueBy,
  type FieldIssue,
  type HolidayCalendar,
  operationCommandSchemas,
  operationEvent,
  type OperationEvent,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { OperationCommand } from './commands';
import { operationAccess, type OperationState } from './operation';
import { type OperationStatus, type ResponseLimits, type TimeWindow, type UnitDirectory } from './model';
import { mayPlay, type Part, ROLES_BY_PART, visibility } from './policy';

/** The guards every operations decision shares. */

export interface OperationDeciderDependencies {
  directory: UnitDirectory;
  limits: ResponseLimits;
  /** Public holidays and adjusted working days, for limits counted in days (ADR 0013). */
  calendar: HolidayCalendar;
}

export const nonEmpty = (value: string) => value.trim().length > 0;

/** Refuses the command with every issue found, if any. */
export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

/** What the command's contract schema (limits, enums, patterns) finds wrong, named by proto field path. */
export const contractIssues = (command: OperationCommand): FieldIssue[] => commandIssues(operationCommandSchemas[command.type], command);

export const isRfc3339 = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
export const canonical = (value: string) => new Date(value).toISOString();

/** The part the acting unit must play: `lead` (the lead unit), `invited` (a unit with an invitation), `member` (the lead unit or a unit that joined). */
export type Who = Exclude<Part, 'lead_owner'>;

/** The role rule of policy.ts, as a refusal. */
export function requireRole(command: OperationCommand, part: Part): void {
  if (!mayPlay(command.actor, part))
    throw new ForbiddenError(`${command.type} needs the ${ROLES_BY_PART[part].join(' or ')} role (analysts are read-only)`);
}

/**
 * Every officer command passes here first: the operation exists and is visible (hidden → 404,
 * forbidden → 403), the officer's role may play the part (policy.ts: the lead unit's commands
 * are the coordinator's), the operation is still open, and the unit plays the part the command needs.
 */
export function authorise(state: OperationState, command: OperationCommand, who: Who): void {
  if (!state.exists) throw new NotFoundError('operation', command.operationId);
  const seen = visibility(operationAccess(state), command.actor);
  if (seen === 'hidden') throw new NotFoundError('operation', command.operationId);
  if (seen === 'forbidden') throw new ForbiddenError(`unit ${command.actor.unitId} is not party to operation ${command.operationId}`);
  requireRole(command, who);
  if (state.status === 'concluded' || state.status === 'cancelled') {
    throw new InvalidTransitionError(`operation ${command.operationId} is ${state.status}`, state.status);
  }
  if (state.status === 'draft' && command.type !== 'SubmitDraft' && command.type !== 'Cancel') {
    throw new InvalidTransitionError(
      `operation ${command.operationId} is a draft: SubmitDraft (with a window) first, or Cancel it`,
      'draft',
    );
  }
  const unit = command.actor.unitId;
  switch (who) {
    case 'lead':
      if (unit !== state.leadUnitId) throw new ForbiddenError(`only the lead unit ${state.leadUnitId} may ${command.type}`);
      return;
    case 'invited':
      if (unit === state.leadUnitId) throw new ForbiddenError(`the lead unit cannot ${command.type} its own operation`);
      if (!state.invitations[unit])
        throw new InvalidTransitionError(`unit ${unit} has not been invited to operation ${command.operationId}`, 'not_invited');
      return;
    case 'member':
      if (unit !== state.leadUnitId && state.invitations[unit]?.status !== 'joined') {
        throw new ForbiddenError(`only the lead unit and units that joined may ${command.type}`);
      }
      return;
  }
}

/** Internal commands (scheduler, reactions) act on any operation the store holds. */
export function requireExists(state: OperationState, command: OperationCommand): void {
  if (!state.exists) throw new NotFoundError('operation', command.operationId);
}

export const requireStatus = (state: OperationState, command: OperationCommand, ...statuses: OperationStatus[]): void => {
  if (!(statuses as string[]).includes(state.status)) {
    throw new InvalidTransitionError(`${command.type} needs the operation to be ${statuses.join(' or ')}`, state.status);
  }
};

/** Both times RFC 3339, the end after the start. */
export function checkWindow(window: TimeWindow, path: string, issues: FieldIssue[]): void {
  const startsOk = isRfc3339(window.startsAt);
  const endsOk = isRfc3339(window.endsAt);
  if (!startsOk) issues.push({ path: `${path}.starts_at`, message: 'an RFC 3339 time' });
  if (!endsOk) issues.push({ path: `${path}.ends_at`, message: 'an RFC 3339 time' });
  if (startsOk && endsOk && Date.parse(window.endsAt) <= Date.parse(window.startsAt))
    issues.push({ path: `${path}.ends_at`, message: 'must be after starts_at' });
}

export const canonicalWindow = (window: TimeWindow): TimeWindow => ({
  startsAt: canonical(window.startsAt),
  endsAt: canonical(window.endsAt),
});

/** Known, distinct units, at least one. */
export function checkUnits(directory: UnitDirectory, unitIds: string[], path: string, issues: FieldIssue[]): void {
  if (unitIds.length === 0) issues.push({ path, message: 'at least one unit is required' });
  unitIds.forEach((id, i) => {
    if (!directory.unit(id)) issues.push({ path: `${path}[${i}]`, message: `unknown unit "${id}"` });
  });
  if (new Set(unitIds).size !== unitIds.length) issues.push({ path, message: 'a unit is listed twice' });
}

/** When an invited unit must answer, and the rule that says so: the short limit for emergencies. */
export function respondBy(
  state: Pick<OperationState, 'urgency'>,
  now: string,
  { limits, calendar }: Pick<OperationDeciderDependencies, 'limits' | 'calendar'>,
): { respondBy: string; respondByRule: string } {
  const emergency = state.urgency === 'emergency';
  const due = dueBy(now, emergency ? limits.emergency : limits.normal, calendar);
  return { respondBy: due.dueAt, respondByRule: `${emergency ? 'emergency' : 'invitation'} response to a joint operation: ${due.rule}` };
}

export const alert = (c: ConflictMatch, now: string): OperationEvent =>
  operationEvent('DeconflictionAlertRaised', { ...c, detectedAt: now });

/** The conflicts not yet recorded on this operation (each once, even if the check found it twice). */
export const uniqueConflicts = (conflicts: ConflictMatch[], state: OperationState): ConflictMatch[] => {
  const seen = new Set(Object.keys(state.conflicts));
  return conflicts.filter((m) => !seen.has(m.conflictId) && seen.add(m.conflictId));
};
