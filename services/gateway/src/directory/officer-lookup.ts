import type { Directory, Officer } from '@liaison/contracts';

/** Where authentication finds an officer (and so the officer's unit and roles). */
export interface OfficerLookup {
  findOfficer(officerId: string): Promise<Officer | undefined>;
}

/** The seeded directory in memory (tests, and a fallback). */
export const inMemoryOfficers = (directory: Directory): OfficerLookup => ({
  findOfficer: async (officerId) => directory.officer(officerId),
});
