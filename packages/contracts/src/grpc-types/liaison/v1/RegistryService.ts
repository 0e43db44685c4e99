// Original file: protos/liaison/v1/registry.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ChangeOfficerRolesRequest as _liaison_v1_ChangeOfficerRolesRequest, ChangeOfficerRolesRequest__Output as _liaison_v1_ChangeOfficerRolesRequest__Output } from '../../liaison/v1/ChangeOfficerRolesRequest';
import type { ChangePage as _liaison_v1_ChangePage, ChangePage__Output as _liaison_v1_ChangePage__Output } from '../../liaison/v1/ChangePage';
import type { GetOfficerRequest as _liaison_v1_GetOfficerRequest, GetOfficerRequest__Output as _liaison_v1_GetOfficerRequest__Output } from '../../liaison/v1/GetOfficerRequest';
import type { GetUnitRequest as _liaison_v1_GetUnitRequest, GetUnitRequest__Output as _liaison_v1_GetUnitRequest__Output } from '../../liaison/v1/GetUnitRequest';
import type { ListChangesRequest as _liaison_v1_ListChangesRequest, ListChangesRequest__Output as _liaison_v1_ListChangesRequest__Output } from '../../liaison/v1/ListChangesRequest';
import type { ListOfficersRequest as _liaison_v1_ListOfficersRequest, ListOfficersRequest__Output as _liaison_v1_ListOfficersRequest__Output } from '../../liaison/v1/ListOfficersRequest';
import type { ListRegistryRequest as _liaison_v1_ListRegistryRequest, ListRegistryRequest__Output as _liaison_v1_ListRegistryRequest__Output } from '../../liaison/v1/ListRegistryRequest';
import type { MoveOfficerToUnitRequest as _liaison_v1_MoveOfficerToUnitRequest, MoveOfficerToUnitRequest__Output as _liaison_v1_MoveOfficerToUnitRequest__Output } from '../../liaison/v1/MoveOfficerToUnitRequest';
import type { OfficerActionRequest as _liaison_v1_OfficerActionRequest, OfficerActionRequest__Output as _liaison_v1_OfficerActionRequest__Output } from '../../liaison/v1/OfficerActionRequest';
import type { OfficerPage as _liaison_v1_OfficerPage, OfficerPage__Output as _liaison_v1_OfficerPage__Output } from '../../liaison/v1/OfficerPage';
import type { RegisterOfficerRequest as _liaison_v1_RegisterOfficerRequest, RegisterOfficerRequest__Output as _liaison_v1_RegisterOfficerRequest__Output } from '../../liaison/v1/RegisterOfficerRequest';
import type { RegisterUnitRequest as _liaison_v1_RegisterUnitRequest, RegisterUnitRequest__Output as _liaison_v1_RegisterUnitRequest__Output } from '../../liaison/v1/RegisterUnitRequest';
import type { RegistryCommandResult as _liaison_v1_RegistryCommandResult, RegistryCommandResult__Output as _liaison_v1_RegistryCommandResult__Output } from '../../liaison/v1/RegistryCommandResult';
import type { RegistryOfficer as _liaison_v1_RegistryOfficer, RegistryOfficer__Output as _liaison_v1_RegistryOfficer__Output } from '../../liaison/v1/RegistryOfficer';
import type { RegistryUnit as _liaison_v1_RegistryUnit, RegistryUnit__Output as _liaison_v1_RegistryUnit__Output } from '../../liaison/v1/RegistryUnit';
import type { RenameUnitRequest as _liaison_v1_RenameUnitRequest, RenameUnitRequest__Output as _liaison_v1_RenameUnitRequest__Output } from '../../liaison/v1/RenameUnitRequest';
import type { SetOfficerClearanceRequest as _liaison_v1_SetOfficerClearanceRequest, SetOfficerClearanceRequest__Output as _liaison_v1_SetOfficerClearanceRequest__Output } from '../../liaison/v1/SetOfficerClearanceRequest';
import type { UnitPage as _liaison_v1_UnitPage, UnitPage__Output as _liaison_v1_UnitPage__Output } from '../../liaison/v1/UnitPage';

export interface RegistryServiceClient extends grpc.Client {
  ChangeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  ChangeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  ChangeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  ChangeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  changeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  changeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  changeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  changeOfficerRoles(argument: _liaison_v1_ChangeOfficerRolesRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  DeactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  DeactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  DeactivateOfficer(argument: _liaison_v1_OfficerActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  DeactivateOfficer(argument: _liaison_v1_OfficerActionRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  deactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  deactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  deactivateOfficer(argument: _liaison_v1_OfficerActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  deactivateOfficer(argument: _liaison_v1_OfficerActionRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  GetOfficer(argument: _liaison_v1_GetOfficerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  GetOfficer(argument: _liaison_v1_GetOfficerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  GetOfficer(argument: _liaison_v1_GetOfficerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  GetOfficer(argument: _liaison_v1_GetOfficerRequest, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  getOfficer(argument: _liaison_v1_GetOfficerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  getOfficer(argument: _liaison_v1_GetOfficerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  getOfficer(argument: _liaison_v1_GetOfficerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  getOfficer(argument: _liaison_v1_GetOfficerRequest, callback: grpc.requestCallback<_liaison_v1_RegistryOfficer__Output>): grpc.ClientUnaryCall;
  
  GetUnit(argument: _liaison_v1_GetUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  GetUnit(argument: _liaison_v1_GetUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  GetUnit(argument: _liaison_v1_GetUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  GetUnit(argument: _liaison_v1_GetUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _liaison_v1_GetUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _liaison_v1_GetUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _liaison_v1_GetUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  getUnit(argument: _liaison_v1_GetUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryUnit__Output>): grpc.ClientUnaryCall;
  
  /**
   * The audit trail: every change, newest first (admins only).
   */
  ListChanges(argument: _liaison_v1_ListChangesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  ListChanges(argument: _liaison_v1_ListChangesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  ListChanges(argument: _liaison_v1_ListChangesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  ListChanges(argument: _liaison_v1_ListChangesRequest, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  /**
   * The audit trail: every change, newest first (admins only).
   */
  listChanges(argument: _liaison_v1_ListChangesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  listChanges(argument: _liaison_v1_ListChangesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  listChanges(argument: _liaison_v1_ListChangesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  listChanges(argument: _liaison_v1_ListChangesRequest, callback: grpc.requestCallback<_liaison_v1_ChangePage__Output>): grpc.ClientUnaryCall;
  
  ListOfficers(argument: _liaison_v1_ListOfficersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  ListOfficers(argument: _liaison_v1_ListOfficersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  ListOfficers(argument: _liaison_v1_ListOfficersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  ListOfficers(argument: _liaison_v1_ListOfficersRequest, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  listOfficers(argument: _liaison_v1_ListOfficersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  listOfficers(argument: _liaison_v1_ListOfficersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  listOfficers(argument: _liaison_v1_ListOfficersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  listOfficers(argument: _liaison_v1_ListOfficersRequest, callback: grpc.requestCallback<_liaison_v1_OfficerPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Queries. Admins see everything (deactivated officers, roles, clearances, history); every
   * other officer sees the public part: units with their names, and active officers' id, name
   * and unit (whom to name on a RED record, whom to call).
   */
  ListUnits(argument: _liaison_v1_ListRegistryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _liaison_v1_ListRegistryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _liaison_v1_ListRegistryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  ListUnits(argument: _liaison_v1_ListRegistryRequest, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  /**
   * Queries. Admins see everything (deactivated officers, roles, clearances, history); every
   * other officer sees the public part: units with their names, and active officers' id, name
   * and unit (whom to name on a RED record, whom to call).
   */
  listUnits(argument: _liaison_v1_ListRegistryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _liaison_v1_ListRegistryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _liaison_v1_ListRegistryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  listUnits(argument: _liaison_v1_ListRegistryRequest, callback: grpc.requestCallback<_liaison_v1_UnitPage__Output>): grpc.ClientUnaryCall;
  
  MoveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  MoveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  MoveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  MoveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  moveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  moveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  moveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  moveOfficerToUnit(argument: _liaison_v1_MoveOfficerToUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  ReactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  ReactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  ReactivateOfficer(argument: _liaison_v1_OfficerActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  ReactivateOfficer(argument: _liaison_v1_OfficerActionRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  reactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  reactivateOfficer(argument: _liaison_v1_OfficerActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  reactivateOfficer(argument: _liaison_v1_OfficerActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  reactivateOfficer(argument: _liaison_v1_OfficerActionRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  RegisterOfficer(argument: _liaison_v1_RegisterOfficerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterOfficer(argument: _liaison_v1_RegisterOfficerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterOfficer(argument: _liaison_v1_RegisterOfficerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterOfficer(argument: _liaison_v1_RegisterOfficerRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerOfficer(argument: _liaison_v1_RegisterOfficerRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerOfficer(argument: _liaison_v1_RegisterOfficerRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerOfficer(argument: _liaison_v1_RegisterOfficerRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerOfficer(argument: _liaison_v1_RegisterOfficerRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commands (admin only). Each carries a command_id (the gateway's Idempotency-Key): a retried
   * command_id returns the first result. if_match_version > 0 pins the version the caller saw.
   */
  RegisterUnit(argument: _liaison_v1_RegisterUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterUnit(argument: _liaison_v1_RegisterUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterUnit(argument: _liaison_v1_RegisterUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterUnit(argument: _liaison_v1_RegisterUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Commands (admin only). Each carries a command_id (the gateway's Idempotency-Key): a retried
   * command_id returns the first result. if_match_version > 0 pins the version the caller saw.
   */
  registerUnit(argument: _liaison_v1_RegisterUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _liaison_v1_RegisterUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _liaison_v1_RegisterUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  registerUnit(argument: _liaison_v1_RegisterUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  RenameUnit(argument: _liaison_v1_RenameUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RenameUnit(argument: _liaison_v1_RenameUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RenameUnit(argument: _liaison_v1_RenameUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  RenameUnit(argument: _liaison_v1_RenameUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _liaison_v1_RenameUnitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _liaison_v1_RenameUnitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _liaison_v1_RenameUnitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  renameUnit(argument: _liaison_v1_RenameUnitRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
  SetOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  SetOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  SetOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  SetOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  setOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  setOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  setOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  setOfficerClearance(argument: _liaison_v1_SetOfficerClearanceRequest, callback: grpc.requestCallback<_liaison_v1_RegistryCommandResult__Output>): grpc.ClientUnaryCall;
  
}

export interface RegistryServiceHandlers extends grpc.UntypedServiceImplementation {
  ChangeOfficerRoles: grpc.handleUnaryCall<_liaison_v1_ChangeOfficerRolesRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  DeactivateOfficer: grpc.handleUnaryCall<_liaison_v1_OfficerActionRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  GetOfficer: grpc.handleUnaryCall<_liaison_v1_GetOfficerRequest__Output, _liaison_v1_RegistryOfficer>;
  
  GetUnit: grpc.handleUnaryCall<_liaison_v1_GetUnitRequest__Output, _liaison_v1_RegistryUnit>;
  
  /**
   * The audit trail: every change, newest first (admins only).
   */
  ListChanges: grpc.handleUnaryCall<_liaison_v1_ListChangesRequest__Output, _liaison_v1_ChangePage>;
  
  ListOfficers: grpc.handleUnaryCall<_liaison_v1_ListOfficersRequest__Output, _liaison_v1_OfficerPage>;
  
  /**
   * Queries. Admins see everything (deactivated officers, roles, clearances, history); every
   * other officer sees the public part: units with their names, and active officers' id, name
   * and unit (whom to name on a RED record, whom to call).
   */
  ListUnits: grpc.handleUnaryCall<_liaison_v1_ListRegistryRequest__Output, _liaison_v1_UnitPage>;
  
  MoveOfficerToUnit: grpc.handleUnaryCall<_liaison_v1_MoveOfficerToUnitRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  ReactivateOfficer: grpc.handleUnaryCall<_liaison_v1_OfficerActionRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  RegisterOfficer: grpc.handleUnaryCall<_liaison_v1_RegisterOfficerRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  /**
   * Commands (admin only). Each carries a command_id (the gateway's Idempotency-Key): a retried
   * command_id returns the first result. if_match_version > 0 pins the version the caller saw.
   */
  RegisterUnit: grpc.handleUnaryCall<_liaison_v1_RegisterUnitRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  RenameUnit: grpc.handleUnaryCall<_liaison_v1_RenameUnitRequest__Output, _liaison_v1_RegistryCommandResult>;
  
  SetOfficerClearance: grpc.handleUnaryCall<_liaison_v1_SetOfficerClearanceRequest__Output, _liaison_v1_RegistryCommandResult>;
  
}

export interface RegistryServiceDefinition extends grpc.ServiceDefinition {
  ChangeOfficerRoles: MethodDefinition<_liaison_v1_ChangeOfficerRolesRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_ChangeOfficerRolesRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  DeactivateOfficer: MethodDefinition<_liaison_v1_OfficerActionRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_OfficerActionRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  GetOfficer: MethodDefinition<_liaison_v1_GetOfficerRequest, _liaison_v1_RegistryOfficer, _liaison_v1_GetOfficerRequest__Output, _liaison_v1_RegistryOfficer__Output>
  GetUnit: MethodDefinition<_liaison_v1_GetUnitRequest, _liaison_v1_RegistryUnit, _liaison_v1_GetUnitRequest__Output, _liaison_v1_RegistryUnit__Output>
  ListChanges: MethodDefinition<_liaison_v1_ListChangesRequest, _liaison_v1_ChangePage, _liaison_v1_ListChangesRequest__Output, _liaison_v1_ChangePage__Output>
  ListOfficers: MethodDefinition<_liaison_v1_ListOfficersRequest, _liaison_v1_OfficerPage, _liaison_v1_ListOfficersRequest__Output, _liaison_v1_OfficerPage__Output>
  ListUnits: MethodDefinition<_liaison_v1_ListRegistryRequest, _liaison_v1_UnitPage, _liaison_v1_ListRegistryRequest__Output, _liaison_v1_UnitPage__Output>
  MoveOfficerToUnit: MethodDefinition<_liaison_v1_MoveOfficerToUnitRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_MoveOfficerToUnitRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  ReactivateOfficer: MethodDefinition<_liaison_v1_OfficerActionRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_OfficerActionRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  RegisterOfficer: MethodDefinition<_liaison_v1_RegisterOfficerRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_RegisterOfficerRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  RegisterUnit: MethodDefinition<_liaison_v1_RegisterUnitRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_RegisterUnitRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  RenameUnit: MethodDefinition<_liaison_v1_RenameUnitRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_RenameUnitRequest__Output, _liaison_v1_RegistryCommandResult__Output>
  SetOfficerClearance: MethodDefinition<_liaison_v1_SetOfficerClearanceRequest, _liaison_v1_RegistryCommandResult, _liaison_v1_SetOfficerClearanceRequest__Output, _liaison_v1_RegistryCommandResult__Output>
}
