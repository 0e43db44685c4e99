import { CLEARANCES, REGISTRY_LIMITS as L, registryCommandSchemas as c } from '@liaison/contracts';
import { z } from 'zod';
import { cursor, limit, nextCursorSchema, recordId, text } from '../http/common-schemas';

/**
 * The registry's REST bodies, each the contract's command schema (@liaison/contracts
 * registry/commands.ts) minus what the path or the application supplies, made strict. So the
 * API allows exactly what the events accept.
 */

const reason = text(L.reason).describe('Why: recorded on the event, shown in the audit trail');

export const registerUnitBody = c.RegisterUnit.extend({ reason }).strict().meta({ id: 'RegisterUnitBody' });
export const renameUnitBody = c.RenameUnit.omit({ unitId: true }).extend({ reason }).strict().meta({ id: 'RenameUnitBody' });
export const registerOfficerBody = c.RegisterOfficer.omit({ unitRegistered: true })
  .extend({
    clearance: z.enum(CLEARANCES).optional().describe('Analysts only; absent reads as GREEN'),
    reason,
  })
  .strict()
  .meta({ id: 'RegisterOfficerBody' });
export const changeRolesBody = c.ChangeOfficerRoles.omit({ officerId: true })
  .extend({ reason })
  .strict()
  .meta({ id: 'ChangeOfficerRolesBody' });
export const setClearanceBody = c.SetOfficerClearance.omit({ officerId: true })
  .extend({ reason })
  .strict()
  .meta({ id: 'SetOfficerClearanceBody' });
export const moveOfficerBody = c.MoveOfficerToUnit.omit({ officerId: true, unitRegistered: true })
  .extend({ reason })
  .strict()
  .meta({ id: 'MoveOfficerToUnitBody' });
export const officerActionBody = z.strictObject({ reason }).meta({ id: 'OfficerActionBody' });

export const unitIdParam = recordId('unit');
export const officerIdParam = recordId('officer');

export const pageQuery = z.strictObject({ cursor, limit });
export const officersQuery = z.strictObject({
  unitId: recordId('unit').optional().describe('Only the officers of this unit'),
  includeDeactivated: z.enum(['true', 'false']).optional().describe('Admins: also deactivated officers'),
  cursor,
  limit,
});
export const changesQuery = z.strictObject({
  streamId: recordId('stream').optional().describe('Only the changes of `unit-<id>` or `officer-<id>`'),
  cursor,
  limit,
});

// ---- responses (documentation; the service's answers pass through) ----

export const registryCommandResultSchema = z
  .object({
    unitId: z.string().optional(),
    officerId: z.string().optional(),
    version: z.number().int().describe('Stream version after the command; also the ETag'),
    status: z.string().describe('units: registered; officers: active | deactivated'),
  })
  .meta({ id: 'RegistryCommandResult' });

export const changeSchema = z
  .object({
    eventId: z.string(),
    streamId: z.string(),
    version: z.number().int(),
    type: z.string(),
    recordedAt: z.string(),
    actor: z.object({ officerId: z.string(), unitId: z.string(), roles: z.array(z.string()) }),
    reason: z.string(),
    detailsJson: z.string().describe('The event’s data without the reason, as JSON'),
  })
  .meta({ id: 'RegistryChange' });

export const unitSchema = z
  .object({
    unitId: z.string(),
    agency: z.string(),
    jurisdiction: z.string(),
    name: z.string(),
    nameZh: z.string(),
    police: z.boolean(),
    leadingGroup: z.boolean(),
    version: z.number().int(),
    registeredAt: z.string().describe('Admins only'),
    names: z.array(z.object({ name: z.string(), nameZh: z.string(), since: z.string() })).describe('Names over time (admins only)'),
    history: z.array(changeSchema).describe('Admins only'),
  })
  .meta({ id: 'RegistryUnit' });

export const officerSchema = z
  .object({
    officerId: z.string(),
    unitId: z.string(),
    name: z.string(),
    version: z.number().int(),
    roles: z.array(z.string()).describe('Admins only'),
    clearance: z.string().describe('Admins only'),
    status: z.string().describe('active | deactivated (admins only)'),
    registeredAt: z.string(),
    history: z.array(changeSchema).describe('Admins only'),
  })
  .meta({ id: 'RegistryOfficer' });

const page = (item: z.ZodType, id: string) => z.object({ items: z.array(item), nextCursor: nextCursorSchema }).meta({ id });
export const unitPageSchema = page(unitSchema, 'RegistryUnitPage');
export const officerPageSchema = page(officerSchema, 'RegistryOfficerPage');
export const changePageSchema = page(changeSchema, 'RegistryChangePage');
