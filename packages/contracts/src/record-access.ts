import { z } from 'zod';
import { NAMED_OFFICERS_MAX, officerIdField, unitIdField } from './fields';
import { type RecordAccess, TLP_CODES } from './handling';

/** How many participant units a copied access description may list. */
export const PARTICIPANT_UNITS_MAX = 1000;

/**
 * A record's access (RecordAccess in handling.ts) as it travels with a fact copied from that
 * record into another one (an operation's outcome on a lead, a possible duplicate, a link), so
 * every viewer of the copy can be checked against the source with `mayDisclose` / `linkDisclosure`
 * (docs/adr/0012-derived-data-inherits-handling.md).
 */
export const recordAccessSchema = z.object({
  ownerUnitId: unitIdField,
  createdByOfficerId: officerIdField,
  participantUnitIds: z.array(unitIdField).max(PARTICIPANT_UNITS_MAX),
  code: z.enum(TLP_CODES),
  namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX),
}) satisfies z.ZodType<RecordAccess>;
