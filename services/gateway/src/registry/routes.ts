import { type ActionRoute, type ListRoute, pageOf } from '../http/command-routes';
import type { RegistryCommandRpc, RegistryRpc } from './registry-port';
import * as s from './schemas';

/** The registry's REST routes, 1:1 with RegistryService (registry.proto). Commands: admins only. */

export const REGISTRY_BASE = '/api/v1/registry';
export const UNITS_BASE = `${REGISTRY_BASE}/units`;
export const OFFICERS_BASE = `${REGISTRY_BASE}/officers`;
export const CHANGES_PATH = `${REGISTRY_BASE}/changes`;

export const UNIT_ACTION_ROUTES: ActionRoute<RegistryCommandRpc>[] = [
  { path: 'rename', rpc: 'RenameUnit', body: s.renameUnitBody, summary: 'Rename a unit (the previous names stay in its history)' },
];

export const OFFICER_ACTION_ROUTES: ActionRoute<RegistryCommandRpc>[] = [
  {
    path: 'roles',
    rpc: 'ChangeOfficerRoles',
    body: s.changeRolesBody,
    summary: 'Replace an officer’s roles (dropping analyst drops the clearance)',
  },
  { path: 'clearance', rpc: 'SetOfficerClearance', body: s.setClearanceBody, summary: 'Set an analyst’s clearance (GREEN | AMBER)' },
  { path: 'move', rpc: 'MoveOfficerToUnit', body: s.moveOfficerBody, summary: 'Move an officer to another unit' },
  {
    path: 'deactivate',
    rpc: 'DeactivateOfficer',
    body: s.officerActionBody,
    summary: 'Deactivate an officer: their next request is refused (401)',
  },
  { path: 'reactivate', rpc: 'ReactivateOfficer', body: s.officerActionBody, summary: 'Reactivate a deactivated officer' },
];

export const UNIT_LIST_ROUTES: ListRoute<Extract<RegistryRpc, 'ListUnits'>>[] = [
  {
    path: '',
    rpc: 'ListUnits',
    summary: 'The units of the registry (names for everyone; history for admins)',
    query: s.pageQuery,
    request: (q) => ({ page: pageOf(q as { cursor?: string; limit: number }) }),
    itemsField: 'units',
    pageSchema: s.unitPageSchema,
  },
];

export const OFFICER_LIST_ROUTES: ListRoute<Extract<RegistryRpc, 'ListOfficers'>>[] = [
  {
    path: '',
    rpc: 'ListOfficers',
    summary: 'Active officers: id, name, unit for everyone; roles, clearance, status and history for admins',
    query: s.officersQuery,
    request: (q) => ({
      unitId: (q.unitId as string | undefined) ?? '',
      includeDeactivated: q.includeDeactivated === 'true',
      page: pageOf(q as { cursor?: string; limit: number }),
    }),
    itemsField: 'officers',
    pageSchema: s.officerPageSchema,
  },
];

export const CHANGE_LIST_ROUTES: ListRoute<Extract<RegistryRpc, 'ListChanges'>>[] = [
  {
    path: '',
    rpc: 'ListChanges',
    summary: 'The audit trail: every change of the registry, newest first (admins only)',
    query: s.changesQuery,
    request: (q) => ({ streamId: (q.streamId as string | undefined) ?? '', page: pageOf(q as { cursor?: string; limit: number }) }),
    itemsField: 'changes',
    pageSchema: s.changePageSchema,
  },
];
