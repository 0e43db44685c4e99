import type { Clearance, EventEnvelope, RegistryEventData, Role } from '@liaison/contracts';

/** An officer of the registry (stream `officer-<officerId>`), as its decider needs it. */
export interface OfficerState {
  exists: boolean;
  officerId: string;
  unitId: string;
  roles: Role[];
  /** Only analysts hold one; none reads as GREEN. */
  clearance: Clearance | null;
  active: boolean;
}

export const initialOfficerState = (): OfficerState => ({
  exists: false,
  officerId: '',
  unitId: '',
  roles: [],
  clearance: null,
  active: false,
});

export const officerStatus = (state: OfficerState): string => (!state.exists ? 'unknown' : state.active ? 'active' : 'deactivated');

export function evolveOfficer(state: OfficerState, event: EventEnvelope): OfficerState {
  switch (event.type) {
    case 'OfficerRegistered': {
      const d = event.data as RegistryEventData<'OfficerRegistered'>;
      return { exists: true, officerId: d.officerId, unitId: d.unitId, roles: d.roles, clearance: d.clearance, active: true };
    }
    case 'OfficerRolesChanged': {
      const d = event.data as RegistryEventData<'OfficerRolesChanged'>;
      // The same rule as applyRegistryEvent (@liaison/contracts): no analyst, no clearance.
      return { ...state, roles: d.roles, clearance: d.roles.includes('analyst') ? state.clearance : null };
    }
    case 'OfficerClearanceSet':
      return { ...state, clearance: (event.data as RegistryEventData<'OfficerClearanceSet'>).clearance };
    case 'OfficerMovedToUnit':
      return { ...state, unitId: (event.data as RegistryEventData<'OfficerMovedToUnit'>).unitId };
    case 'OfficerDeactivated':
      return { ...state, active: false };
    case 'OfficerReactivated':
      return { ...state, active: true };
    default:
      return state;
  }
}
