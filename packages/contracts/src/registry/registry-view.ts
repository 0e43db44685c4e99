import type { Directory, directorySchema, Officer, Unit } from '../directory';
import type { EventEnvelope } from '../envelope';
import type { z } from 'zod';
import type { Clearance } from '../handling';
import type { RegistryEventData } from './events';

/**
 * The current registry as folded from its events: one rule, used by the registry service's read
 * model and by every process's live directory (packages/platform/src/directory), so "what the
 * registry says now" means the same everywhere.
 */
export interface RegistryOfficer extends Officer {
  active: boolean;
}

export interface RegistryState {
  units: Map<string, Unit>;
  officers: Map<string, RegistryOfficer>;
}

type DirectoryData = z.infer<typeof directorySchema>;

/** A state holding what a directory (the seed file) holds, every officer active. */
export function registryStateOf(directory: Pick<Directory, 'allUnits' | 'allOfficers'>): RegistryState {
  return {
    units: new Map(directory.allUnits().map((unit) => [unit.unitId, { ...unit }])),
    officers: new Map(directory.allOfficers().map((officer) => [officer.officerId, { ...officer, active: true }])),
  };
}

const withClearance = (officer: RegistryOfficer, clearance: Clearance | null): RegistryOfficer => {
  const { clearance: _previous, ...rest } = officer;
  return clearance ? { ...rest, clearance } : rest;
};

/**
 * Applies one registry event in place; unknown types and events about unknown records are
 * ignored (a live directory may start from a seed that lacks a record the topic holds). Only
 * analysts hold a clearance: a role change that drops `analyst` drops it too.
 */
export function applyRegistryEvent(state: RegistryState, event: Pick<EventEnvelope, 'type' | 'data'>): void {
  const officerId = (event.data as { officerId?: unknown }).officerId;
  const officer = typeof officerId === 'string' ? state.officers.get(officerId) : undefined;
  const put = (next: RegistryOfficer) => state.officers.set(next.officerId, next);
  switch (event.type) {
    case 'UnitRegistered': {
      const { reason: _reason, ...unit } = event.data as Unit & { reason: string };
      state.units.set(unit.unitId, unit);
      return;
    }
    case 'UnitRenamed': {
      const d = event.data as RegistryEventData<'UnitRenamed'>;
      const unit = state.units.get(d.unitId);
      if (unit) state.units.set(unit.unitId, { ...unit, name: d.name, nameZh: d.nameZh });
      return;
    }
    case 'OfficerRegistered': {
      const data = event.data as { officerId: string; unitId: string; name: string; roles: Officer['roles']; clearance: Clearance | null };
      put(
        withClearance(
          { officerId: data.officerId, unitId: data.unitId, name: data.name, roles: [...data.roles], active: true },
          data.clearance,
        ),
      );
      return;
    }
    case 'OfficerRolesChanged': {
      if (!officer) return;
      const roles = [...(event.data.roles as Officer['roles'])];
      put(withClearance({ ...officer, roles }, roles.includes('analyst') ? (officer.clearance ?? null) : null));
      return;
    }
    case 'OfficerClearanceSet':
      if (officer) put(withClearance(officer, (event.data as RegistryEventData<'OfficerClearanceSet'>).clearance));
      return;
    case 'OfficerMovedToUnit':
      if (officer) put({ ...officer, unitId: (event.data as RegistryEventData<'OfficerMovedToUnit'>).unitId });
      return;
    case 'OfficerDeactivated':
      if (officer) put({ ...officer, active: false });
      return;
    case 'OfficerReactivated':
      if (officer) put({ ...officer, active: true });
      return;
    default:
      return;
  }
}

/**
 * The directory as services use it: the registry's units, and its **active** officers only — a
 * deactivated officer is unknown to authentication (401) and cannot be named on a record.
 */
export function directoryDataOf(
  state: RegistryState,
  base: Pick<DirectoryData, 'schemaVersion' | 'source' | 'jurisdictions'>,
): DirectoryData {
  return {
    schemaVersion: base.schemaVersion,
    source: base.source,
    jurisdictions: base.jurisdictions,
    units: [...state.units.values()],
    officers: [...state.officers.values()].filter((officer) => officer.active).map(({ active: _active, ...officer }) => officer),
  };
}
