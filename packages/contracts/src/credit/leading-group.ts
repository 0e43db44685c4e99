import type { Actor } from '../envelope';

/** What the rule needs of the registry (satisfied by LiveDirectory). */
export interface LeadingGroupDirectory {
  unit(unitId: string): { unitId: string; leadingGroup: boolean } | undefined;
}

/**
 * A coordinator of the city leading-group office (领导小组办公室): approves blacklistings, decides
 * their appeals, approves case publications (credit) and report rewards (intake). One rule for
 * all of them.
 */
export const isLeadingGroupCoordinator = (actor: Pick<Actor, 'unitId' | 'roles'>, directory: LeadingGroupDirectory): boolean =>
  directory.unit(actor.unitId)?.leadingGroup === true && actor.roles.includes('coordinator');
