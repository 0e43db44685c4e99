import {
  type AccountabilityEntry,
  type AccountabilityQuery,
  accountabilityEntry,
  accountabilityQuerySchema,
  type AccountabilityRow,
  type Actor,
  inQuery,
  mayQueryUnit,
  mayReadRegister,
} from '@liaison/contracts';
import { ForbiddenError, ValidationError } from '../errors';
import { type Page, pagedFind, type PageRequest } from '../paging';
import type { Collection } from 'mongodb';

/**
 * Reads a context's accountability register (ADR 0013) — leads and operations alike — newest
 * breach first, cursor-paginated on (detectedAt, entry id): the same cursor in every context,
 * so the gateway can merge the registers.
 * Who sees which entry, and how much of it, is decided by @liaison/contracts' accountabilityEntry.
 */
export async function readAccountabilityRegister(
  register: Collection<AccountabilityRow>,
  actor: Actor,
  input: Partial<AccountabilityQuery>,
  page: PageRequest | undefined,
): Promise<Page<AccountabilityEntry>> {
  if (!mayReadRegister(actor)) throw new ForbiddenError('the accountability register is for supervisors, officers and analysts');
  const parsed = accountabilityQuerySchema.safeParse(input);
  if (!parsed.success)
    throw ValidationError.of(
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      'query',
    );
  const q = parsed.data;
  if (!mayQueryUnit(actor, q.unitId)) throw new ForbiddenError(`officers of ${actor.unitId} read only their own unit's entries`);
  // Officers read their own unit's entries only: push that down as the equality filter.
  const ownOnly = !actor.roles.some((r) => r === 'supervisor' || r === 'analyst');
  const unitId = ownOnly ? actor.unitId : q.unitId;
  const filter = unitId ? { unitId } : {};
  const rows = await pagedFind(register, filter, 'detectedAt', page, (row) => inQuery(row, q) && accountabilityEntry(row, actor) !== null);
  return { items: rows.items.map((row) => accountabilityEntry(row, actor)!), nextCursor: rows.nextCursor };
}
