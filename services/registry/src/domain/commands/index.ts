import type { RegistryCommand, RegistryCommandType } from '@liaison/contracts';

/** The commands of the registry (described once in @liaison/contracts); each has its decision in this folder. */
export type { RegistryCommand, RegistryCommandType } from '@liaison/contracts';
export type CommandOf<T extends RegistryCommandType> = Extract<RegistryCommand, { type: T }>;
