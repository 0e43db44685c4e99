import {
  commandIssues,
  type EvidenceCommand,
  evidenceCommandSchemas,
  evidenceRecordAccess,
  type FieldIssue,
  mayAct,
  visibility,
} from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import { evidenceAccess, type EvidenceState } from './evidence';

/** The guards every evidence decision shares. */

/** What the domain needs of the registry (satisfied by the platform's LiveDirectory). */
export interface UnitDirectory {
  unit(unitId: string): { unitId: string } | undefined;
  officer(officerId: string): { officerId: string; unitId: string } | undefined;
}

export interface EvidenceDeciderDependencies {
  directory: UnitDirectory;
}

export const nonEmpty = (value: string) => value.trim().length > 0;

/** Refuses the command with every issue found, if any. */
export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

/** What the command's contract schema (limits, enums, patterns) finds wrong, named by proto field path. */
export const contractIssues = (command: EvidenceCommand): FieldIssue[] => commandIssues(evidenceCommandSchemas[command.type], command);

export const isRfc3339 = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
export const canonical = (value: string) => new Date(value).toISOString();

/** Only liaison officers and coordinators change records (analysts read, admins and supervisors have no part). */
export function requireActor(command: EvidenceCommand): void {
  if (!mayAct(command.actor)) throw new ForbiddenError(`${command.type} needs the liaison_officer or coordinator role`);
}

/**
 * Every command on an existing item passes here first: the item exists and the caller may see
 * it (hidden → 404, forbidden → 403, by the shared TLP rules on the item's parties), and the
 * caller's role may act.
 */
export function authorise(state: EvidenceState, command: EvidenceCommand): void {
  if (!state.exists) throw new NotFoundError('evidence', command.evidenceId);
  const seen = visibility(evidenceRecordAccess(evidenceAccess(state)), command.actor);
  if (seen === 'hidden') throw new NotFoundError('evidence', command.evidenceId);
  if (seen === 'forbidden') throw new ForbiddenError(`unit ${command.actor.unitId} is not party to evidence ${command.evidenceId}`);
  requireActor(command);
}

/** Only the registering unit (the originator) may. */
export function requireOwner(state: EvidenceState, command: EvidenceCommand): void {
  if (command.actor.unitId !== state.ownerUnitId)
    throw new ForbiddenError(`only the registering unit ${state.ownerUnitId} may ${command.type}`);
}

/** Known, distinct units, at least one. */
export function checkUnits(directory: UnitDirectory, unitIds: string[], path: string, issues: FieldIssue[]): void {
  if (unitIds.length === 0) issues.push({ path, message: 'at least one unit is required' });
  unitIds.forEach((id, i) => {
    if (!directory.unit(id)) issues.push({ path: `${path}[${i}]`, message: `unknown unit "${id}"` });
  });
  if (new Set(unitIds).size !== unitIds.length) issues.push({ path, message: 'a unit is listed twice' });
}

/** The lead or operation an item belongs to, as a field path and id. */
export const linkedRecordOf = (s: { leadId: string; operationId: string }): { path: string; id: string } =>
  s.leadId ? { path: 'lead_id', id: s.leadId } : { path: 'operation_id', id: s.operationId };
