import type { Actor, OperationCommand, OperationCommandType } from '@liaison/contracts';

/** The commands of an operation (described once in @liaison/contracts); each has its decision in this folder. */
export { OPERATION_INTERNAL_COMMANDS as INTERNAL_COMMANDS, type OperationCommand, type OperationCommandType } from '@liaison/contracts';
export type CommandOf<T extends OperationCommandType> = Extract<OperationCommand, { type: T }>;

/** The identity stamped on events of internal commands. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:operations', unitId: 'system-operations', roles: [] };
