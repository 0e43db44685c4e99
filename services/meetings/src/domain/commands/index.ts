import type { Actor, MeetingCommand, MeetingCommandType } from '@liaison/contracts';

/** The commands of a meeting (described once in @liaison/contracts); each has its decision in this folder. */
export { MEETING_INTERNAL_COMMANDS as INTERNAL_COMMANDS, type MeetingCommand, type MeetingCommandType } from '@liaison/contracts';
export type CommandOf<T extends MeetingCommandType> = Extract<MeetingCommand, { type: T }>;

/** The identity stamped on events of internal commands. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:meetings', unitId: 'system-meetings', roles: [] };
