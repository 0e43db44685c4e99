import type { Actor } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, type Page, type PageRequest, paginate, type ProjectedDocument } from '@liaison/platform';
import type { RegistryReadModel } from '../projections/registry-read-model';
import type { ChangeEntry, OfficerView, UnitView } from '../projections/registry-views';

/**
 * What a caller reads of the registry. Admins read all of it: deactivated officers, roles,
 * clearances, names over time, the audit trail. Everyone else reads the public part only —
 * units with their current names, and active officers' id, name and unit (whom to name on a
 * RED record, whom to call) — and never the history (docs/adr/0016-registry-service.md).
 */
export const isAdmin = (actor: Actor): boolean => actor.roles.includes('admin');

export interface UnitAnswer {
  unitId: string;
  agency: string;
  jurisdiction: string;
  name: string;
  nameZh: string;
  police: boolean;
  leadingGroup: boolean;
  version: number;
  registeredAt: string;
  names: UnitView['names'];
  history: ChangeEntry[];
}

export interface OfficerAnswer {
  officerId: string;
  unitId: string;
  name: string;
  version: number;
  roles: string[];
  clearance: string;
  status: string;
  registeredAt: string;
  history: ChangeEntry[];
}

const unitAnswer = (doc: ProjectedDocument<UnitView>, full: boolean): UnitAnswer => ({
  unitId: doc.unitId,
  agency: doc.agency,
  jurisdiction: doc.jurisdiction,
  name: doc.name,
  nameZh: doc.nameZh,
  police: doc.police,
  leadingGroup: doc.leadingGroup,
  version: doc._v,
  registeredAt: full ? doc.registeredAt : '',
  names: full ? doc.names : [],
  history: full ? doc.history : [],
});

const officerAnswer = (doc: ProjectedDocument<OfficerView>, full: boolean): OfficerAnswer => ({
  officerId: doc.officerId,
  unitId: doc.unitId,
  name: doc.name,
  version: doc._v,
  roles: full ? doc.roles : [],
  clearance: full ? (doc.clearance ?? '') : '',
  status: full ? (doc.active ? 'active' : 'deactivated') : '',
  registeredAt: full ? doc.registeredAt : '',
  history: full ? doc.history : [],
});

export class RegistryQueries {
  constructor(private readonly readModel: RegistryReadModel) {}

  async listUnits(actor: Actor, page?: PageRequest): Promise<Page<UnitAnswer>> {
    const docs = await this.readModel.units.collection.find({}).toArray();
    const answers = docs.map((doc) => unitAnswer(doc, isAdmin(actor)));
    return paginate(
      answers,
      (unit) => unit.unitId,
      (unit) => unit.unitId,
      page,
      true,
    );
  }

  async getUnit(actor: Actor, unitId: string): Promise<UnitAnswer> {
    const doc = await this.readModel.units.collection.findOne({ unitId });
    if (!doc) throw new NotFoundError('unit', unitId);
    return unitAnswer(doc, isAdmin(actor));
  }

  async listOfficers(
    actor: Actor,
    filter: { unitId: string; includeDeactivated: boolean },
    page?: PageRequest,
  ): Promise<Page<OfficerAnswer>> {
    const full = isAdmin(actor);
    const docs = await this.readModel.officers.collection.find(filter.unitId ? { unitId: filter.unitId } : {}).toArray();
    const shown = docs.filter((doc) => doc.active || (full && filter.includeDeactivated));
    return paginate(
      shown.map((doc) => officerAnswer(doc, full)),
      (o) => o.officerId,
      (o) => o.officerId,
      page,
      true,
    );
  }

  /** A deactivated officer is unknown to everyone but admins (404, like an unknown one). */
  async getOfficer(actor: Actor, officerId: string): Promise<OfficerAnswer> {
    const doc = await this.readModel.officers.collection.findOne({ officerId });
    if (!doc || (!doc.active && !isAdmin(actor))) throw new NotFoundError('officer', officerId);
    return officerAnswer(doc, isAdmin(actor));
  }

  /** The audit trail, newest first: admins only. */
  async listChanges(actor: Actor, streamId: string, page?: PageRequest): Promise<Page<ChangeEntry>> {
    if (!isAdmin(actor)) throw new ForbiddenError('only an admin reads the history of the registry');
    const rows = await this.readModel.changes(streamId);
    const changes = rows.map(({ _id: _ignored, _v: _version, ...change }) => change);
    return paginate(
      changes,
      (c) => `${c.recordedAt}|${c.streamId}|${String(c.version).padStart(8, '0')}`,
      (c) => c.eventId,
      page,
    );
  }
}
