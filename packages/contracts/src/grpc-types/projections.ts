import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { CollectionComparison as _liaison_v1_CollectionComparison, CollectionComparison__Output as _liaison_v1_CollectionComparison__Output } from './liaison/v1/CollectionComparison';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { ProjectionInfo as _liaison_v1_ProjectionInfo, ProjectionInfo__Output as _liaison_v1_ProjectionInfo__Output } from './liaison/v1/ProjectionInfo';
import type { ProjectionList as _liaison_v1_ProjectionList, ProjectionList__Output as _liaison_v1_ProjectionList__Output } from './liaison/v1/ProjectionList';
import type { ProjectionServiceClient as _liaison_v1_ProjectionServiceClient, ProjectionServiceDefinition as _liaison_v1_ProjectionServiceDefinition } from './liaison/v1/ProjectionService';
import type { RebuildOutcome as _liaison_v1_RebuildOutcome, RebuildOutcome__Output as _liaison_v1_RebuildOutcome__Output } from './liaison/v1/RebuildOutcome';
import type { RebuildProjectionRequest as _liaison_v1_RebuildProjectionRequest, RebuildProjectionRequest__Output as _liaison_v1_RebuildProjectionRequest__Output } from './liaison/v1/RebuildProjectionRequest';
import type { RebuildUpdate as _liaison_v1_RebuildUpdate, RebuildUpdate__Output as _liaison_v1_RebuildUpdate__Output } from './liaison/v1/RebuildUpdate';

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
      CollectionComparison: MessageTypeDefinition<_liaison_v1_CollectionComparison, _liaison_v1_CollectionComparison__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      ProjectionInfo: MessageTypeDefinition<_liaison_v1_ProjectionInfo, _liaison_v1_ProjectionInfo__Output>
      ProjectionList: MessageTypeDefinition<_liaison_v1_ProjectionList, _liaison_v1_ProjectionList__Output>
      ProjectionService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_ProjectionServiceClient> & { service: _liaison_v1_ProjectionServiceDefinition }
      RebuildOutcome: MessageTypeDefinition<_liaison_v1_RebuildOutcome, _liaison_v1_RebuildOutcome__Output>
      RebuildProjectionRequest: MessageTypeDefinition<_liaison_v1_RebuildProjectionRequest, _liaison_v1_RebuildProjectionRequest__Output>
      RebuildUpdate: MessageTypeDefinition<_liaison_v1_RebuildUpdate, _liaison_v1_RebuildUpdate__Output>
    }
  }
}

