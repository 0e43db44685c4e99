import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
    }
  }
}

