import type { Actor } from '../envelope';

/**
 * The registry context: units (agency × jurisdiction) and officers, maintained by admins through
 * audited commands (docs/adr/0016-registry-service.md). Jurisdictions stay reference data of the
 * seed file.
 */

export const REGISTRY_LIMITS = {
  /** A unit's or officer's display name. */
  name: 300,
  /** Why an admin made a change: every registry event carries one. */
  reason: 2000,
  agency: 50,
} as const;

/**
 * Officer ids end up in tokens (`sub`), stream ids and URLs: letters, digits and `_ . : -`, e.g.
 * `officer-jinshui-msb-li`.
 */
export const OFFICER_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
/** A unit's agency code, the first part of its id (`msb` in `msb-jinshui`). */
export const AGENCY = /^[a-z0-9]+$/;

/** The stream of one unit / one officer in the registry's event store. */
export const unitStreamId = (unitId: string): string => `unit-${unitId}`;
export const officerStreamId = (officerId: string): string => `officer-${officerId}`;
export const UNIT_STREAM_PREFIX = 'unit-';
export const OFFICER_STREAM_PREFIX = 'officer-';

/** The registry's own identity: stamped on the events that seed it from seeds/directory.json. */
export const REGISTRY_SYSTEM_ACTOR: Actor = { officerId: 'system:registry', unitId: 'system-registry', roles: [] };

/** The reason recorded on every seeding event. */
export const SEED_REASON = 'seeded from seeds/directory.json';
