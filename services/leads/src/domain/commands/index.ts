import type { Actor, LeadCommand, LeadCommandType } from '@liaison/contracts';

/** The commands of a lead (described once in @liaison/contracts); each has its decision in this folder. */
export {
  LEAD_INTERNAL_COMMANDS as INTERNAL_COMMANDS,
  type LeadCommand,
  type LeadCommandType,
  type PossibleDuplicate,
} from '@liaison/contracts';
export type CommandOf<T extends LeadCommandType> = Extract<LeadCommand, { type: T }>;

/** The identity stamped on events of internal commands. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:leads', unitId: 'system-leads', roles: [] };
