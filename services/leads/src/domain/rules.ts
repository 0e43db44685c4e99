import {
  commandIssues,
  type Due,
  type FieldIssue,
  type HolidayCalendar,
  isStrict,
  leadCommandSchemas,
  namedOfficerIssues,
} from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { LeadCommand } from './commands';
import { isActiveRecipient, leadAccess, type LeadState, participantUnitIds } from './lead';
import { dueFor, type LimitName, type TimeLimits, type TransferStage, type UnitDirectory } from './model';
import { mayAct, visibility } from './policy';

/** The guards every leads decision shares. */

export interface LeadDeciderDependencies {
  directory: UnitDirectory;
  limits: TimeLimits;
  /** Public holidays and adjusted working days, for limits counted in days (ADR 0013). */
  calendar: HolidayCalendar;
}

/** When a statutory limit that starts now ends, and the rule that says so (every deadline is set here). */
export const due = ({ limits, calendar }: LeadDeciderDependencies, limit: LimitName, from: string): Due =>
  dueFor(limits, calendar, limit, from);

export const nonEmpty = (value: string) => value.trim().length > 0;

/** Refuses the command with every issue found, if any. */
export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

/** What the command's contract schema (limits, enums, patterns) finds wrong, named by proto field path. */
export const contractIssues = (command: LeadCommand): FieldIssue[] => commandIssues(leadCommandSchemas[command.type], command);

/** The part the acting unit must play: `owner_or_recipient` shares, `party` gives feedback, `police` answers the transfer. */
export type Who = 'owner' | 'recipient' | 'police' | 'owner_or_recipient' | 'party' | 'procuratorate';

export interface AuthoriseOptions {
  /**
   * The police's and the Procuratorate's transfer-line answers: a duty that runs on after the
   * agency closes its lead (ADR 0014), so they are accepted on a closed lead too.
   */
  evenIfClosed?: boolean;
}

/**
 * Every officer command passes here first: the lead exists and is visible (hidden → 404,
 * forbidden → 403), the officer's role may act, and their unit plays the part the command needs.
 */
export function authorise(state: LeadState, command: LeadCommand, who: Who, options: AuthoriseOptions = {}): void {
  if (!state.exists) throw new NotFoundError('lead', command.leadId);
  const access = leadAccess(state);
  const seen = visibility(access, command.actor);
  if (seen === 'hidden') throw new NotFoundError('lead', command.leadId);
  if (seen === 'forbidden') throw new ForbiddenError(`unit ${command.actor.unitId} is not party to lead ${command.leadId}`);
  const unit = command.actor.unitId;
  const isOwner = unit === state.ownerUnitId;
  const party = isOwner || participantUnitIds(state).includes(unit);
  // Only parties act on a lead, whatever the command. Seeing it is not enough (an analyst with
  // AMBER clearance, anyone for CLEAR or GREEN), and a unit that is no party learns nothing of a
  // strict lead, not even that it exists. The gateway used to pre-check this with a GetLead
  // before every command; here it costs no extra read.
  if (!party) {
    if (isStrict(access.code)) throw new NotFoundError('lead', command.leadId);
    throw new ForbiddenError(`unit ${unit} is not a party to lead ${command.leadId}`, { leadId: command.leadId });
  }
  if (who === 'procuratorate') {
    if (!command.actor.roles.includes('procurator')) throw new ForbiddenError(`${command.type} needs the procurator role`);
  } else if (!mayAct(command.actor))
    throw new ForbiddenError(`${command.type} needs the liaison_officer or coordinator role (analysts are read-only)`);
  if (state.status === 'closed' && !options.evenIfClosed) throw new InvalidTransitionError(`lead ${command.leadId} is closed`, 'closed');
  // A recipient that declined has left (ADR 0012): it answers, shares and asks for nothing more.
  const isRecipient = isActiveRecipient(state, unit);
  if ((who === 'recipient' || who === 'owner_or_recipient') && !isOwner && !isRecipient && unit in state.recipients)
    throw new ForbiddenError(`unit ${unit} declined lead ${command.leadId} and no longer takes part in it`);
  switch (who) {
    case 'owner':
      if (!isOwner) throw new ForbiddenError(`only the owner unit ${state.ownerUnitId} may ${command.type}`);
      return;
    case 'recipient':
      if (isRecipient) return;
      if (isOwner) throw new ForbiddenError(`the owner unit cannot ${command.type} its own lead`);
      throw new InvalidTransitionError(`lead ${command.leadId} has not been shared with ${unit}`, state.status);
    case 'owner_or_recipient':
      if (isOwner || isRecipient) return;
      throw new InvalidTransitionError(`lead ${command.leadId} has not been shared with ${unit}`, state.status);
    case 'party':
      return; // checked above for every command
    case 'police':
      if (unit !== state.transfer.policeUnitId)
        throw new ForbiddenError(`only the police unit ${state.transfer.policeUnitId || '(none yet)'} may ${command.type}`);
      return;
    case 'procuratorate':
      if (unit !== state.transfer.procuratorateUnitId)
        throw new ForbiddenError(`only the Procuratorate unit ${state.transfer.procuratorateUnitId || '(none asked)'} may ${command.type}`);
      return;
  }
}

/** Internal commands (scheduler, reactions) act on any lead the store holds. */
export function requireExists(state: LeadState, command: LeadCommand): void {
  if (!state.exists) throw new NotFoundError('lead', command.leadId);
}

export const requireStage = (state: LeadState, command: LeadCommand, ...stages: TransferStage[]): void => {
  if (!stages.includes(state.transfer.stage)) {
    throw new InvalidTransitionError(`${command.type} needs the transfer stage to be ${stages.join(' or ')}`, state.transfer.stage);
  }
};

/** Known, distinct units, at least one. */
export function checkUnits(directory: UnitDirectory, unitIds: string[], path: string, issues: FieldIssue[]): void {
  if (unitIds.length === 0) issues.push({ path, message: 'at least one unit is required' });
  unitIds.forEach((id, i) => {
    if (!directory.unit(id)) issues.push({ path: `${path}[${i}]`, message: `unknown unit "${id}"` });
  });
  if (new Set(unitIds).size !== unitIds.length) issues.push({ path, message: 'a unit is listed twice' });
}

/** RFC 3339 with a date and a time, as the proto comments say. */
export const isRfc3339 = (value: string): boolean => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));

/** RED leads name officers of every unit they go to (`namedOfficerIssues`, the one rule for every context). */
export function checkNamedOfficers(
  directory: UnitDirectory,
  code: string,
  unitIds: string[],
  namedOfficerIds: string[],
  path: string,
  issues: FieldIssue[],
): void {
  issues.push(...namedOfficerIssues(directory, { code, record: 'lead', unitIds, namedOfficerIds, path }));
}
