import { type Actor, mayAct, meetingVisibility, type RecordAccess, type Visibility } from '@liaison/contracts';

/**
 * Who may do what with a meeting (ADR 0020): the shared need-to-know rule of @liaison/contracts
 * (`meetingVisibility`: participants only, then the TLP rules), and the roles that act
 * (liaison officers and coordinators; analysts of a participant unit only read).
 */
export const visibility = (access: RecordAccess, actor: Actor): Visibility => meetingVisibility(access, actor);
export { mayAct };

/** The leading-group office (a unit the registry marks `leadingGroup`) orders rectifications (policy §(五)2, ADR 0021). */
export const isLeadingGroupOffice = (directory: { unit(id: string): { leadingGroup?: boolean } | undefined }, actor: Actor): boolean =>
  directory.unit(actor.unitId)?.leadingGroup === true;
