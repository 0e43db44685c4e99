import type { EventEnvelope, RegistryEventData } from '@liaison/contracts';

/** A unit of the registry (stream `unit-<unitId>`), as its decider needs it. */
export interface UnitState {
  exists: boolean;
  unitId: string;
  name: string;
  nameZh: string;
}

export const initialUnitState = (): UnitState => ({ exists: false, unitId: '', name: '', nameZh: '' });

export function evolveUnit(state: UnitState, event: EventEnvelope): UnitState {
  switch (event.type) {
    case 'UnitRegistered': {
      const d = event.data as RegistryEventData<'UnitRegistered'>;
      return { exists: true, unitId: d.unitId, name: d.name, nameZh: d.nameZh };
    }
    case 'UnitRenamed': {
      const d = event.data as RegistryEventData<'UnitRenamed'>;
      return { ...state, name: d.name, nameZh: d.nameZh };
    }
    default:
      return state;
  }
}
