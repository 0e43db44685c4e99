import { commandIssues, type FieldIssue, type HolidayCalendar, meetingCommandSchemas, type PeriodLimit } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { MeetingCommand } from './commands';
import { meetingAccess, type MeetingState } from './meeting';
import { mayAct, visibility } from './policy';

/** The guards every meetings decision shares. */

/** What the domain needs to know of the registry (satisfied by @liaison/contracts' Directory). */
export interface UnitDirectory {
  unit(unitId: string): { unitId: string; leadingGroup?: boolean } | undefined;
  officer(officerId: string): { officerId: string; unitId: string } | undefined;
}

export interface MeetingDeciderDependencies {
  directory: UnitDirectory;
  /** How long a problem area has to rectify (ADR 0021), counted by the one period rule (dueBy, ADR 0013). */
  rectification: { limit: PeriodLimit; calendar: HolidayCalendar };
}

export const nonEmpty = (value: string) => value.trim().length > 0;

/** Refuses the command with every issue found, if any. */
export const fail = (issues: FieldIssue[]): void => {
  if (issues.length > 0) throw ValidationError.of(issues, 'command');
};

/** What the command's contract schema finds wrong, named by proto field path. */
export const contractIssues = (command: MeetingCommand): FieldIssue[] => commandIssues(meetingCommandSchemas[command.type], command);

export const isRfc3339 = (value: string) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
export const canonical = (value: string) => new Date(value).toISOString();

/** Both times RFC 3339, the start not in the past, the end after the start. */
export function checkWindow(window: { startsAt: string; endsAt: string }, now: string, issues: FieldIssue[]): void {
  const startsOk = isRfc3339(window.startsAt);
  const endsOk = isRfc3339(window.endsAt);
  if (!startsOk) issues.push({ path: 'window.starts_at', message: 'an RFC 3339 time' });
  else if (Date.parse(window.startsAt) < Date.parse(now)) issues.push({ path: 'window.starts_at', message: 'in the past' });
  if (!endsOk) issues.push({ path: 'window.ends_at', message: 'an RFC 3339 time' });
  if (startsOk && endsOk && Date.parse(window.endsAt) <= Date.parse(window.startsAt))
    issues.push({ path: 'window.ends_at', message: 'must be after starts_at' });
}

/** The convener unit and the invited units. */
export const participants = (s: Pick<MeetingState, 'convenerUnitId' | 'invitedUnitIds'>): string[] => [
  s.convenerUnitId,
  ...s.invitedUnitIds.filter((u) => u !== s.convenerUnitId),
];

/** The part the acting unit plays: `convener` (the convening unit) or `participant` (convener or invited). */
export type Part = 'convener' | 'participant';

/**
 * Every officer command passes here first: the meeting exists and the caller may see it (else
 * NOT_FOUND, so nobody outside learns it exists), the caller's role acts (analysts read only),
 * and the caller's unit plays the part.
 */
export function authorise(state: MeetingState, command: MeetingCommand, part: Part): void {
  if (!state.exists || visibility(meetingAccess(state), command.actor) !== 'visible') throw new NotFoundError('meeting', command.meetingId);
  if (!mayAct(command.actor))
    throw new ForbiddenError(`${command.type} needs the liaison_officer or coordinator role (analysts read only)`);
  if (part === 'convener' && command.actor.unitId !== state.convenerUnitId)
    throw new ForbiddenError(`only the convener unit ${state.convenerUnitId} may ${command.type}`);
}

/** The meeting is still scheduled (not closed or cancelled). */
export function requireScheduled(state: MeetingState, command: MeetingCommand): void {
  if (state.status !== 'scheduled')
    throw new InvalidTransitionError(`${command.type}: meeting ${command.meetingId} is ${state.status}`, state.status);
}

/** Internal commands (scheduler, reactions) act on any meeting the store holds. */
export function requireExists(state: MeetingState, command: MeetingCommand): void {
  if (!state.exists) throw new NotFoundError('meeting', command.meetingId);
}
