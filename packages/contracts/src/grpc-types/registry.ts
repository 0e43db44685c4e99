import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { ChangeOfficerRolesRequest as _liaison_v1_ChangeOfficerRolesRequest, ChangeOfficerRolesRequest__Output as _liaison_v1_ChangeOfficerRolesRequest__Output } from './liaison/v1/ChangeOfficerRolesRequest';
import type { ChangePage as _liaison_v1_ChangePage, ChangePage__Output as _liaison_v1_ChangePage__Output } from './liaison/v1/ChangePage';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { GetOfficerRequest as _liaison_v1_GetOfficerRequest, GetOfficerRequest__Output as _liaison_v1_GetOfficerRequest__Output } from './liaison/v1/GetOfficerRequest';
import type { GetUnitRequest as _liaison_v1_GetUnitRequest, GetUnitRequest__Output as _liaison_v1_GetUnitRequest__Output } from './liaison/v1/GetUnitRequest';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { ListChangesRequest as _liaison_v1_ListChangesRequest, ListChangesRequest__Output as _liaison_v1_ListChangesRequest__Output } from './liaison/v1/ListChangesRequest';
import type { ListOfficersRequest as _liaison_v1_ListOfficersRequest, ListOfficersRequest__Output as _liaison_v1_ListOfficersRequest__Output } from './liaison/v1/ListOfficersRequest';
import type { ListRegistryRequest as _liaison_v1_ListRegistryRequest, ListRegistryRequest__Output as _liaison_v1_ListRegistryRequest__Output } from './liaison/v1/ListRegistryRequest';
import type { MoveOfficerToUnitRequest as _liaison_v1_MoveOfficerToUnitRequest, MoveOfficerToUnitRequest__Output as _liaison_v1_MoveOfficerToUnitRequest__Output } from './liaison/v1/MoveOfficerToUnitRequest';
import type { OfficerActionRequest as _liaison_v1_OfficerActionRequest, OfficerActionRequest__Output as _liaison_v1_OfficerActionRequest__Output } from './liaison/v1/OfficerActionRequest';
import type { OfficerPage as _liaison_v1_OfficerPage, OfficerPage__Output as _liaison_v1_OfficerPage__Output } from './liaison/v1/OfficerPage';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { RegisterOfficerRequest as _liaison_v1_RegisterOfficerRequest, RegisterOfficerRequest__Output as _liaison_v1_RegisterOfficerRequest__Output } from './liaison/v1/RegisterOfficerRequest';
import type { RegisterUnitRequest as _liaison_v1_RegisterUnitRequest, RegisterUnitRequest__Output as _liaison_v1_RegisterUnitRequest__Output } from './liaison/v1/RegisterUnitRequest';
import type { RegistryChange as _liaison_v1_RegistryChange, RegistryChange__Output as _liaison_v1_RegistryChange__Output } from './liaison/v1/RegistryChange';
import type { RegistryCommandResult as _liaison_v1_RegistryCommandResult, RegistryCommandResult__Output as _liaison_v1_RegistryCommandResult__Output } from './liaison/v1/RegistryCommandResult';
import type { RegistryOfficer as _liaison_v1_RegistryOfficer, RegistryOfficer__Output as _liaison_v1_RegistryOfficer__Output } from './liaison/v1/RegistryOfficer';
import type { RegistryServiceClient as _liaison_v1_RegistryServiceClient, RegistryServiceDefinition as _liaison_v1_RegistryServiceDefinition } from './liaison/v1/RegistryService';
import type { RegistryUnit as _liaison_v1_RegistryUnit, RegistryUnit__Output as _liaison_v1_RegistryUnit__Output } from './liaison/v1/RegistryUnit';
import type { RenameUnitRequest as _liaison_v1_RenameUnitRequest, RenameUnitRequest__Output as _liaison_v1_RenameUnitRequest__Output } from './liaison/v1/RenameUnitRequest';
import type { SetOfficerClearanceRequest as _liaison_v1_SetOfficerClearanceRequest, SetOfficerClearanceRequest__Output as _liaison_v1_SetOfficerClearanceRequest__Output } from './liaison/v1/SetOfficerClearanceRequest';
import type { UnitName as _liaison_v1_UnitName, UnitName__Output as _liaison_v1_UnitName__Output } from './liaison/v1/UnitName';
import type { UnitPage as _liaison_v1_UnitPage, UnitPage__Output as _liaison_v1_UnitPage__Output } from './liaison/v1/UnitPage';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AccountabilityEntry: MessageTypeDefinition<_liaison_v1_AccountabilityEntry, _liaison_v1_AccountabilityEntry__Output>
      AccountabilityPage: MessageTypeDefinition<_liaison_v1_AccountabilityPage, _liaison_v1_AccountabilityPage__Output>
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      BreachExplanation: MessageTypeDefinition<_liaison_v1_BreachExplanation, _liaison_v1_BreachExplanation__Output>
      ChangeOfficerRolesRequest: MessageTypeDefinition<_liaison_v1_ChangeOfficerRolesRequest, _liaison_v1_ChangeOfficerRolesRequest__Output>
      ChangePage: MessageTypeDefinition<_liaison_v1_ChangePage, _liaison_v1_ChangePage__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      GetOfficerRequest: MessageTypeDefinition<_liaison_v1_GetOfficerRequest, _liaison_v1_GetOfficerRequest__Output>
      GetUnitRequest: MessageTypeDefinition<_liaison_v1_GetUnitRequest, _liaison_v1_GetUnitRequest__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      ListChangesRequest: MessageTypeDefinition<_liaison_v1_ListChangesRequest, _liaison_v1_ListChangesRequest__Output>
      ListOfficersRequest: MessageTypeDefinition<_liaison_v1_ListOfficersRequest, _liaison_v1_ListOfficersRequest__Output>
      ListRegistryRequest: MessageTypeDefinition<_liaison_v1_ListRegistryRequest, _liaison_v1_ListRegistryRequest__Output>
      MoveOfficerToUnitRequest: MessageTypeDefinition<_liaison_v1_MoveOfficerToUnitRequest, _liaison_v1_MoveOfficerToUnitRequest__Output>
      OfficerActionRequest: MessageTypeDefinition<_liaison_v1_OfficerActionRequest, _liaison_v1_OfficerActionRequest__Output>
      OfficerPage: MessageTypeDefinition<_liaison_v1_OfficerPage, _liaison_v1_OfficerPage__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      RegisterOfficerRequest: MessageTypeDefinition<_liaison_v1_RegisterOfficerRequest, _liaison_v1_RegisterOfficerRequest__Output>
      RegisterUnitRequest: MessageTypeDefinition<_liaison_v1_RegisterUnitRequest, _liaison_v1_RegisterUnitRequest__Output>
      RegistryChange: MessageTypeDefinition<_liaison_v1_RegistryChange, _liaison_v1_RegistryChange__Output>
      RegistryCommandResult: MessageTypeDefinition<_liaison_v1_RegistryCommandResult, _liaison_v1_RegistryCommandResult__Output>
      RegistryOfficer: MessageTypeDefinition<_liaison_v1_RegistryOfficer, _liaison_v1_RegistryOfficer__Output>
      RegistryService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_RegistryServiceClient> & { service: _liaison_v1_RegistryServiceDefinition }
      RegistryUnit: MessageTypeDefinition<_liaison_v1_RegistryUnit, _liaison_v1_RegistryUnit__Output>
      RenameUnitRequest: MessageTypeDefinition<_liaison_v1_RenameUnitRequest, _liaison_v1_RenameUnitRequest__Output>
      SetOfficerClearanceRequest: MessageTypeDefinition<_liaison_v1_SetOfficerClearanceRequest, _liaison_v1_SetOfficerClearanceRequest__Output>
      UnitName: MessageTypeDefinition<_liaison_v1_UnitName, _liaison_v1_UnitName__Output>
      UnitPage: MessageTypeDefinition<_liaison_v1_UnitPage, _liaison_v1_UnitPage__Output>
    }
  }
}

