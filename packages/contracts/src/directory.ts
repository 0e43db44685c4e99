import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { roleSchema } from './envelope';
import { CLEARANCES } from './handling';

/**
 * The registry of jurisdictions, units (agency × jurisdiction) and officers. Reference data
 * every service validates against (unknown unit ids are rejected); seeded from
 * `seeds/directory.json`, which follows the units named in the policy.
 */
export const jurisdictionSchema = z.object({
  jurisdictionId: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  nameZh: z.string().min(1),
  kind: z.enum(['city', 'district', 'county', 'county_city', 'new_district', 'development_zone']),
});

export const unitSchema = z.object({
  unitId: z.string().regex(/^[a-z0-9]+-[a-z0-9-]+$/),
  agency: z.string().min(1),
  jurisdiction: z.string().min(1),
  name: z.string().min(1),
  nameZh: z.string().min(1),
  /** Police units receive criminal transfers and decide whether to open a case. */
  police: z.boolean(),
  /** The city leading-group office: its analysts see across units within their clearance. */
  leadingGroup: z.boolean(),
});

export const officerSchema = z.object({
  officerId: z.string().min(1),
  unitId: z.string().min(1),
  name: z.string().min(1),
  roles: z.array(roleSchema).min(1),
  /** An analyst's clearance (handling.ts); absent means GREEN. */
  clearance: z.enum(CLEARANCES).optional(),
});

export const directorySchema = z
  .object({
    schemaVersion: z.literal(1),
    source: z.string(),
    jurisdictions: z.array(jurisdictionSchema),
    units: z.array(unitSchema),
    officers: z.array(officerSchema),
  })
  .superRefine((directory, ctx) => {
    const jurisdictions = new Set(directory.jurisdictions.map((j) => j.jurisdictionId));
    const units = new Set(directory.units.map((u) => u.unitId));
    directory.units.forEach((unit, i) => {
      if (!jurisdictions.has(unit.jurisdiction))
        ctx.addIssue({ code: 'custom', path: ['units', i, 'jurisdiction'], message: `unknown jurisdiction ${unit.jurisdiction}` });
    });
    directory.officers.forEach((officer, i) => {
      if (!units.has(officer.unitId))
        ctx.addIssue({ code: 'custom', path: ['officers', i, 'unitId'], message: `unknown unit ${officer.unitId}` });
    });
  });

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Officer = z.infer<typeof officerSchema>;

export class Directory {
  private units!: Map<string, Unit>;
  private officers!: Map<string, Officer>;
  private jurisdictions!: Map<string, Jurisdiction>;
  private snapshot!: z.infer<typeof directorySchema>;

  constructor(data: z.infer<typeof directorySchema>) {
    this.replace(data);
  }

  get data(): z.infer<typeof directorySchema> {
    return this.snapshot;
  }

  /**
   * Swaps the whole content at once (readers see the old or the new registry, never a mix): a
   * live directory following the registry's events (packages/platform/src/directory) calls it.
   */
  protected replace(data: z.infer<typeof directorySchema>): void {
    const units = new Map(data.units.map((u) => [u.unitId, u]));
    const officers = new Map(data.officers.map((o) => [o.officerId, o]));
    const jurisdictions = new Map(data.jurisdictions.map((j) => [j.jurisdictionId, j]));
    this.units = units;
    this.officers = officers;
    this.jurisdictions = jurisdictions;
    this.snapshot = data;
  }

  unit(unitId: string): Unit | undefined {
    return this.units.get(unitId);
  }

  officer(officerId: string): Officer | undefined {
    return this.officers.get(officerId);
  }

  jurisdiction(jurisdictionId: string): Jurisdiction | undefined {
    return this.jurisdictions.get(jurisdictionId);
  }

  /** The ids among `unitIds` that the registry does not know. */
  unknownUnits(unitIds: string[]): string[] {
    return unitIds.filter((id) => !this.units.has(id));
  }

  allUnits(): Unit[] {
    return [...this.units.values()];
  }

  allOfficers(): Officer[] {
    return [...this.officers.values()];
  }
}

export const DIRECTORY_SEED = join(__dirname, '..', '..', '..', 'seeds', 'directory.json');

export function loadDirectory(path = process.env.LIAISON_DIRECTORY ?? DIRECTORY_SEED): Directory {
  return new Directory(directorySchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}
