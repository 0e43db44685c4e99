import { z } from 'zod';
import type { Actor } from '../envelope';
import { CLEARANCES } from '../handling';
import { registryEventSchemas } from './events';

/**
 * The commands of the registry context, issued by admins (and, to seed the registry, by the
 * registry itself). Each carries a reason, recorded on its event. The decider checks every
 * command against its schema first (issues named by proto field path), then its own rules.
 */

const e = registryEventSchemas;

export const registryCommandSchemas = {
  RegisterUnit: e.UnitRegistered,
  RenameUnit: e.UnitRenamed.pick({ unitId: true, name: true, nameZh: true, reason: true }),
  RegisterOfficer: e.OfficerRegistered.extend({
    /** Empty: none (GREEN); only an analyst may hold one. */
    clearance: z.union([z.enum(CLEARANCES), z.literal('')]),
    /** Filled in by the application from the unit's stream, so the decision stays pure. */
    unitRegistered: z.boolean(),
  }),
  ChangeOfficerRoles: e.OfficerRolesChanged.pick({ officerId: true, roles: true, reason: true }),
  SetOfficerClearance: e.OfficerClearanceSet.pick({ officerId: true, clearance: true, reason: true }),
  MoveOfficerToUnit: e.OfficerMovedToUnit.pick({ officerId: true, unitId: true, reason: true }).extend({ unitRegistered: z.boolean() }),
  DeactivateOfficer: e.OfficerDeactivated,
  ReactivateOfficer: e.OfficerReactivated,
} as const;

export type RegistryCommandType = keyof typeof registryCommandSchemas;
export type RegistryCommandData<T extends RegistryCommandType> = z.infer<(typeof registryCommandSchemas)[T]>;

/** Every command carries who acts and when (the application stamps `now`), so `decide` stays pure. */
export interface RegistryCommandBase {
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export type RegistryCommand = {
  [T in RegistryCommandType]: RegistryCommandBase & { type: T } & RegistryCommandData<T>;
}[RegistryCommandType];

/** The commands about a unit (stream `unit-<unitId>`); the others are about an officer (`officer-<officerId>`). */
export const UNIT_COMMANDS: ReadonlySet<RegistryCommandType> = new Set(['RegisterUnit', 'RenameUnit']);
