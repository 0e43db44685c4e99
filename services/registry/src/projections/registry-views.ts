import {
  type Clearance,
  type EventEnvelope,
  OFFICER_STREAM_PREFIX,
  type RegistryEventData,
  type Role,
  UNIT_STREAM_PREFIX,
} from '@liaison/contracts';
import type { ProjectedDocument, ProjectionDefinition } from '@liaison/platform';

/** One change as the audit trail shows it: who, when, why, what. */
export interface ChangeEntry {
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  recordedAt: string;
  actor: { officerId: string; unitId: string; roles: string[] };
  reason: string;
  details: Record<string, unknown>;
}

export interface UnitView {
  unitId: string;
  agency: string;
  jurisdiction: string;
  name: string;
  nameZh: string;
  police: boolean;
  leadingGroup: boolean;
  registeredAt: string;
  /** Names over time, oldest first; the last is the current one. */
  names: { name: string; nameZh: string; since: string }[];
  history: ChangeEntry[];
}

export interface OfficerView {
  officerId: string;
  unitId: string;
  name: string;
  roles: Role[];
  clearance: Clearance | null;
  active: boolean;
  registeredAt: string;
  history: ChangeEntry[];
}

export const changeOf = (event: EventEnvelope): ChangeEntry => {
  const { reason, ...details } = event.data as { reason?: string } & Record<string, unknown>;
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    recordedAt: event.recordedAt,
    actor: { officerId: event.actor.officerId, unitId: event.actor.unitId, roles: [...event.actor.roles] },
    reason: reason ?? '',
    details,
  };
};

export const unitsProjection: ProjectionDefinition<UnitView> = {
  name: 'registry_units',
  streamPrefix: UNIT_STREAM_PREFIX,
  evolve(current, event) {
    const history = [...(current?.history ?? []), changeOf(event)];
    switch (event.type) {
      case 'UnitRegistered': {
        const { reason: _reason, ...d } = event.data as RegistryEventData<'UnitRegistered'>;
        return { ...d, registeredAt: event.recordedAt, names: [{ name: d.name, nameZh: d.nameZh, since: event.recordedAt }], history };
      }
      case 'UnitRenamed': {
        const d = event.data as RegistryEventData<'UnitRenamed'>;
        return {
          ...current!,
          name: d.name,
          nameZh: d.nameZh,
          names: [...current!.names, { name: d.name, nameZh: d.nameZh, since: event.recordedAt }],
          history,
        };
      }
      default:
        return { ...current!, history };
    }
  },
};

export const officersProjection: ProjectionDefinition<OfficerView> = {
  name: 'registry_officers',
  streamPrefix: OFFICER_STREAM_PREFIX,
  evolve(current, event) {
    const history = [...(current?.history ?? []), changeOf(event)];
    const o = current!;
    switch (event.type) {
      case 'OfficerRegistered': {
        const d = event.data as RegistryEventData<'OfficerRegistered'>;
        return {
          officerId: d.officerId,
          unitId: d.unitId,
          name: d.name,
          roles: d.roles,
          clearance: d.clearance,
          active: true,
          registeredAt: event.recordedAt,
          history,
        };
      }
      case 'OfficerRolesChanged': {
        const { roles } = event.data as RegistryEventData<'OfficerRolesChanged'>;
        return { ...o, roles, clearance: roles.includes('analyst') ? o.clearance : null, history };
      }
      case 'OfficerClearanceSet':
        return { ...o, clearance: (event.data as RegistryEventData<'OfficerClearanceSet'>).clearance, history };
      case 'OfficerMovedToUnit':
        return { ...o, unitId: (event.data as RegistryEventData<'OfficerMovedToUnit'>).unitId, history };
      case 'OfficerDeactivated':
        return { ...o, active: false, history };
      case 'OfficerReactivated':
        return { ...o, active: true, history };
      default:
        return { ...o, history };
    }
  },
};

/** The audit trail's rows: one per change, across units and officers. */
export type ChangeRow = ChangeEntry & { _id: string; _v: number };
export const changeRows = <Doc extends { history: ChangeEntry[] }>(doc: ProjectedDocument<Doc>): ChangeRow[] =>
  doc.history.map((change) => ({ ...change, _id: change.eventId, _v: doc._v }));
