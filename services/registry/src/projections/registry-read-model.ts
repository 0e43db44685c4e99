import { type EventStore, MongoProjection } from '@liaison/platform';
import type { Connection } from 'mongoose';
import { type ChangeRow, changeRows, type OfficerView, officersProjection, type UnitView, unitsProjection } from './registry-views';

const UNIT_CHANGES = 'registry_unit_changes';
const OFFICER_CHANGES = 'registry_officer_changes';

/**
 * The registry's read side: one document per unit and per officer (current state, names over
 * time, history), and one row per change of each (together, the audit trail). Each projection
 * keeps its own rows, so either can be rebuilt on its own (ADR 0008).
 */
export class RegistryReadModel {
  readonly units: MongoProjection<UnitView>;
  readonly officers: MongoProjection<OfficerView>;

  constructor(connection: Connection, store: EventStore) {
    this.units = new MongoProjection(connection, unitsProjection, store, { rows: [{ collection: UNIT_CHANGES, rows: changeRows }] });
    this.officers = new MongoProjection(connection, officersProjection, store, {
      rows: [{ collection: OFFICER_CHANGES, rows: changeRows }],
    });
  }

  get projections() {
    return [this.units, this.officers];
  }

  /** Every change of the registry (or of one stream), unordered. */
  async changes(streamId = ''): Promise<ChangeRow[]> {
    const filter = streamId ? { streamId } : {};
    const [units, officers] = await Promise.all([
      streamId.startsWith('officer-') ? [] : this.units.rowCollection<ChangeRow>(UNIT_CHANGES).find(filter).toArray(),
      streamId.startsWith('unit-') ? [] : this.officers.rowCollection<ChangeRow>(OFFICER_CHANGES).find(filter).toArray(),
    ]);
    return [...units, ...officers];
  }

  async init(onIndexError?: (error: unknown) => void): Promise<void> {
    await this.units.init(onIndexError);
    await this.officers.init(onIndexError);
  }
}
