import { z } from 'zod';
import { roleSchema, type EventEnvelope } from '../envelope';
import { JURISDICTION_ID, JURISDICTION_ID_MAX, officerIdField, unitIdField } from '../fields';
import { CLEARANCES } from '../handling';
import { EventRegistry } from '../registry';
import { AGENCY, OFFICER_ID, REGISTRY_LIMITS as L } from './reference';

/**
 * The published events of the registry (topic `liaison.registry.events.v1`). Each records one
 * change of one unit or officer with the admin who made it (the envelope's actor) and why
 * (`reason`), so the history of the registry is its audit trail.
 */

const name = z.string().min(1).max(L.name);
const reason = z.string().min(1).max(L.reason);
export const registryOfficerIdField = officerIdField.regex(OFFICER_ID, 'letters, digits and _ . : - (e.g. "officer-jinshui-msb-li")');
/** An officer holds at least one role, each once. */
export const rolesField = z
  .array(roleSchema)
  .min(1)
  .refine((roles) => new Set(roles).size === roles.length, 'each role once');

export const registryEventSchemas = {
  UnitRegistered: z.object({
    unitId: unitIdField,
    agency: z.string().min(1).max(L.agency).regex(AGENCY),
    jurisdiction: z.string().min(1).max(JURISDICTION_ID_MAX).regex(JURISDICTION_ID),
    name,
    nameZh: name,
    police: z.boolean(),
    leadingGroup: z.boolean(),
    reason,
  }),
  /** Names over time: the previous names stay in the unit's history. */
  UnitRenamed: z.object({ unitId: unitIdField, name, nameZh: name, previousName: name, previousNameZh: name, reason }),
  OfficerRegistered: z.object({
    officerId: registryOfficerIdField,
    unitId: unitIdField,
    name,
    roles: rolesField,
    clearance: z.enum(CLEARANCES).nullable(),
    reason,
  }),
  OfficerRolesChanged: z.object({ officerId: registryOfficerIdField, roles: rolesField, previousRoles: z.array(roleSchema), reason }),
  OfficerClearanceSet: z.object({
    officerId: registryOfficerIdField,
    clearance: z.enum(CLEARANCES),
    previousClearance: z.enum(CLEARANCES).nullable(),
    reason,
  }),
  OfficerMovedToUnit: z.object({ officerId: registryOfficerIdField, unitId: unitIdField, previousUnitId: unitIdField, reason }),
  OfficerDeactivated: z.object({ officerId: registryOfficerIdField, reason }),
  OfficerReactivated: z.object({ officerId: registryOfficerIdField, reason }),
} as const;

export type RegistryEventType = keyof typeof registryEventSchemas;
export type RegistryEventData<T extends RegistryEventType> = z.infer<(typeof registryEventSchemas)[T]>;
export type RegistryEvent = { [T in RegistryEventType]: { type: T; data: RegistryEventData<T> } }[RegistryEventType];

/** Every registry event type at schema version 1. */
export const registryEvents = new EventRegistry().register(
  ...Object.entries(registryEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

export const registryEvent = <T extends RegistryEventType>(type: T, data: RegistryEventData<T>): RegistryEvent =>
  ({ type, data }) as RegistryEvent;

/** Narrows an envelope checked with the registry's registry of event types. */
export const isRegistryEvent = <T extends RegistryEventType>(
  event: EventEnvelope,
  type: T,
): event is EventEnvelope<T, RegistryEventData<T>> => event.type === type;
