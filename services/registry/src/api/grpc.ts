import { protoFile, type proto } from '@liaison/contracts';
import { type CallContext, commandContextOf, loadServiceDefinition, type RequestOf, type ServiceHandlers } from '@liaison/platform';
import type { CommandInput, RegistryCommands } from '../application/registry-commands';
import type { OfficerAnswer, RegistryQueries, UnitAnswer } from '../application/registry-queries';
import type { ChangeEntry } from '../projections/registry-views';

export const REGISTRY_SERVICE = 'liaison.v1.RegistryService';
export const registryServiceDefinition = () => loadServiceDefinition(protoFile('registry'), REGISTRY_SERVICE);

type Registry = proto.RegistryServiceDefinition;

const change = (c: ChangeEntry) => ({
  eventId: c.eventId,
  streamId: c.streamId,
  version: c.version,
  type: c.type,
  recordedAt: c.recordedAt,
  actor: c.actor,
  reason: c.reason,
  detailsJson: JSON.stringify(c.details),
});
const unit = (u: UnitAnswer) => ({ ...u, history: u.history.map(change) });
const officer = (o: OfficerAnswer) => ({ ...o, history: o.history.map(change) });

/**
 * RegistryService: every rpc of registry.proto. Commands map 1:1 to domain commands (command_id
 * required, if_match_version > 0 pins the version); queries answer from the read model, shaped
 * by what the caller may read (RegistryQueries).
 */
export function registryGrpcImplementation(commands: RegistryCommands, queries: RegistryQueries): ServiceHandlers<Registry> {
  const command =
    <K extends keyof Registry>(toInput: (request: RequestOf<Registry, K>) => CommandInput) =>
    (request: RequestOf<Registry, K> & { commandId: string; ifMatchVersion?: number }, ctx: CallContext) =>
      commands.execute(toInput(request), commandContextOf(request, ctx));

  return {
    RegisterUnit: command<'RegisterUnit'>((r) => ({
      type: 'RegisterUnit',
      unitId: r.unitId,
      agency: r.agency,
      jurisdiction: r.jurisdiction,
      name: r.name,
      nameZh: r.nameZh,
      police: r.police,
      leadingGroup: r.leadingGroup,
      reason: r.reason,
    })),
    RenameUnit: command<'RenameUnit'>((r) => ({ type: 'RenameUnit', unitId: r.unitId, name: r.name, nameZh: r.nameZh, reason: r.reason })),
    RegisterOfficer: command<'RegisterOfficer'>((r) => ({
      type: 'RegisterOfficer',
      officerId: r.officerId,
      unitId: r.unitId,
      name: r.name,
      roles: r.roles,
      clearance: r.clearance,
      reason: r.reason,
    })),
    ChangeOfficerRoles: command<'ChangeOfficerRoles'>((r) => ({
      type: 'ChangeOfficerRoles',
      officerId: r.officerId,
      roles: r.roles,
      reason: r.reason,
    })),
    SetOfficerClearance: command<'SetOfficerClearance'>((r) => ({
      type: 'SetOfficerClearance',
      officerId: r.officerId,
      clearance: r.clearance,
      reason: r.reason,
    })),
    MoveOfficerToUnit: command<'MoveOfficerToUnit'>((r) => ({
      type: 'MoveOfficerToUnit',
      officerId: r.officerId,
      unitId: r.unitId,
      reason: r.reason,
    })),
    DeactivateOfficer: command<'DeactivateOfficer'>((r) => ({ type: 'DeactivateOfficer', officerId: r.officerId, reason: r.reason })),
    ReactivateOfficer: command<'ReactivateOfficer'>((r) => ({ type: 'ReactivateOfficer', officerId: r.officerId, reason: r.reason })),

    ListUnits: async (r, ctx) => {
      const page = await queries.listUnits(ctx.actor, r.page ?? undefined);
      return { units: page.items.map(unit), page: { nextCursor: page.nextCursor } };
    },
    GetUnit: async (r, ctx) => unit(await queries.getUnit(ctx.actor, r.unitId)),
    ListOfficers: async (r, ctx) => {
      const page = await queries.listOfficers(
        ctx.actor,
        { unitId: r.unitId, includeDeactivated: r.includeDeactivated },
        r.page ?? undefined,
      );
      return { officers: page.items.map(officer), page: { nextCursor: page.nextCursor } };
    },
    GetOfficer: async (r, ctx) => officer(await queries.getOfficer(ctx.actor, r.officerId)),
    ListChanges: async (r, ctx) => {
      const page = await queries.listChanges(ctx.actor, r.streamId, r.page ?? undefined);
      return { changes: page.items.map(change), page: { nextCursor: page.nextCursor } };
    },
  };
}
