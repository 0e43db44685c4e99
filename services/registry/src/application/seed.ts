import { type Directory, officerStreamId, REGISTRY_SYSTEM_ACTOR, SEED_REASON, unitStreamId } from '@liaison/contracts';
import type { EventStore, Logger } from '@liaison/platform';
import type { RegistryCommands } from './registry-commands';

/** Seeds a few records at a time (each is its own stream): how many were registered. */
async function inBatches<T>(items: T[], register: (item: T) => Promise<boolean>, size = 8): Promise<number> {
  let registered = 0;
  for (let i = 0; i < items.length; i += size) {
    const done = await Promise.all(items.slice(i, i + size).map(register));
    registered += done.filter(Boolean).length;
  }
  return registered;
}

/** The command id of seeding one record: a second instance seeding at the same time gets the first result. */
export const seedCommandId = (streamId: string): string => `seed:${streamId}`;

/**
 * Seeds the registry from the seed file on start: every unit, then every officer, that has no
 * stream yet is registered by the registry itself (REGISTRY_SYSTEM_ACTOR). What exists is left
 * alone, so a restart seeds nothing twice and never undoes an admin's change; a record added to
 * the seed file later is registered on the next start.
 */
export async function seedRegistry(
  commands: RegistryCommands,
  store: Pick<EventStore, 'readStream'>,
  seed: Directory,
  logger: Logger,
): Promise<{ units: number; officers: number }> {
  const missing = async (streamId: string) => (await store.readStream(streamId, { toVersion: 1 })).length === 0;
  const ctx = (streamId: string) => ({
    commandId: seedCommandId(streamId),
    actor: REGISTRY_SYSTEM_ACTOR,
    correlationId: `seed:${streamId}`,
  });
  const units = await inBatches(seed.allUnits(), async (unit) => {
    const streamId = unitStreamId(unit.unitId);
    if (!(await missing(streamId))) return false;
    await commands.execute({ type: 'RegisterUnit', ...unit, reason: SEED_REASON }, ctx(streamId));
    return true;
  });
  // Officers after units: registering one checks that its unit is registered.
  const officers = await inBatches(seed.allOfficers(), async (officer) => {
    const streamId = officerStreamId(officer.officerId);
    if (!(await missing(streamId))) return false;
    const { officerId, unitId, name, roles } = officer;
    await commands.execute(
      { type: 'RegisterOfficer', officerId, unitId, name, roles, clearance: officer.clearance ?? '', reason: SEED_REASON },
      ctx(streamId),
    );
    return true;
  });
  logger.info({ units, officers, source: seed.data.source }, units + officers > 0 ? 'registry seeded' : 'registry already seeded');
  return { units, officers };
}
