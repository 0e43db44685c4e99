import { officerSchema, type Directory, type Officer } from '@liaison/contracts';
import type { Logger } from '@liaison/platform';
import type { Connection } from 'mongoose';
import type { OfficerLookup } from './officer-lookup';

export const GATEWAY_DATABASE = 'gateway';

/**
 * Upserts the seeded units and officers into the gateway's own database (`units`, `officers`).
 * Idempotent: replacing each document by id, so every start-up "loads the seeds" again safely.
 */
export async function seedDirectory(
  connection: Connection,
  directory: Directory,
  logger: Logger,
): Promise<{ units: number; officers: number }> {
  const db = connection.db!;
  const units = directory.allUnits();
  const officers = directory.allOfficers();
  const now = new Date();
  if (units.length > 0) {
    await db.collection('units').bulkWrite(
      units.map((unit) => ({
        replaceOne: { filter: { _id: unit.unitId as never }, replacement: { ...unit, seededAt: now }, upsert: true },
      })),
      { ordered: false },
    );
  }
  if (officers.length > 0) {
    await db.collection('officers').bulkWrite(
      officers.map((officer) => ({
        replaceOne: { filter: { _id: officer.officerId as never }, replacement: { ...officer, seededAt: now }, upsert: true },
      })),
      { ordered: false },
    );
  }
  logger.info({ units: units.length, officers: officers.length }, 'directory seeds loaded');
  return { units: units.length, officers: officers.length };
}

/** Officers as stored in the gateway's database, cached briefly (tokens are verified per request). */
export function mongoOfficers(connection: Connection, cacheMs = 30_000): OfficerLookup {
  const cache = new Map<string, { officer: Officer | undefined; at: number }>();
  return {
    async findOfficer(officerId) {
      const hit = cache.get(officerId);
      if (hit && Date.now() - hit.at < cacheMs) return hit.officer;
      const doc = await connection.db!.collection('officers').findOne({ _id: officerId as never });
      const parsed = doc ? officerSchema.safeParse(doc) : undefined;
      const officer = parsed?.success ? parsed.data : undefined;
      cache.set(officerId, { officer, at: Date.now() });
      return officer;
    },
  };
}
