import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { ArchiveLine as _liaison_v1_ArchiveLine, ArchiveLine__Output as _liaison_v1_ArchiveLine__Output } from './liaison/v1/ArchiveLine';
import type { ArchivePage as _liaison_v1_ArchivePage, ArchivePage__Output as _liaison_v1_ArchivePage__Output } from './liaison/v1/ArchivePage';
import type { ArchiveStatus as _liaison_v1_ArchiveStatus, ArchiveStatus__Output as _liaison_v1_ArchiveStatus__Output } from './liaison/v1/ArchiveStatus';
import type { ArchivedEvent as _liaison_v1_ArchivedEvent, ArchivedEvent__Output as _liaison_v1_ArchivedEvent__Output } from './liaison/v1/ArchivedEvent';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { GetSandboxRecordRequest as _liaison_v1_GetSandboxRecordRequest, GetSandboxRecordRequest__Output as _liaison_v1_GetSandboxRecordRequest__Output } from './liaison/v1/GetSandboxRecordRequest';
import type { GetTimelineRequest as _liaison_v1_GetTimelineRequest, GetTimelineRequest__Output as _liaison_v1_GetTimelineRequest__Output } from './liaison/v1/GetTimelineRequest';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { HistoryServiceClient as _liaison_v1_HistoryServiceClient, HistoryServiceDefinition as _liaison_v1_HistoryServiceDefinition } from './liaison/v1/HistoryService';
import type { ImportArchiveMessage as _liaison_v1_ImportArchiveMessage, ImportArchiveMessage__Output as _liaison_v1_ImportArchiveMessage__Output } from './liaison/v1/ImportArchiveMessage';
import type { ImportResult as _liaison_v1_ImportResult, ImportResult__Output as _liaison_v1_ImportResult__Output } from './liaison/v1/ImportResult';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { ListRecordViewsRequest as _liaison_v1_ListRecordViewsRequest, ListRecordViewsRequest__Output as _liaison_v1_ListRecordViewsRequest__Output } from './liaison/v1/ListRecordViewsRequest';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { QueryArchiveRequest as _liaison_v1_QueryArchiveRequest, QueryArchiveRequest__Output as _liaison_v1_QueryArchiveRequest__Output } from './liaison/v1/QueryArchiveRequest';
import type { RecordAsOf as _liaison_v1_RecordAsOf, RecordAsOf__Output as _liaison_v1_RecordAsOf__Output } from './liaison/v1/RecordAsOf';
import type { RecordAsOfRequest as _liaison_v1_RecordAsOfRequest, RecordAsOfRequest__Output as _liaison_v1_RecordAsOfRequest__Output } from './liaison/v1/RecordAsOfRequest';
import type { RecordView as _liaison_v1_RecordView, RecordView__Output as _liaison_v1_RecordView__Output } from './liaison/v1/RecordView';
import type { RecordViewPage as _liaison_v1_RecordViewPage, RecordViewPage__Output as _liaison_v1_RecordViewPage__Output } from './liaison/v1/RecordViewPage';
import type { ReplayArchiveRequest as _liaison_v1_ReplayArchiveRequest, ReplayArchiveRequest__Output as _liaison_v1_ReplayArchiveRequest__Output } from './liaison/v1/ReplayArchiveRequest';
import type { ReplayUpdate as _liaison_v1_ReplayUpdate, ReplayUpdate__Output as _liaison_v1_ReplayUpdate__Output } from './liaison/v1/ReplayUpdate';
import type { SandboxRecord as _liaison_v1_SandboxRecord, SandboxRecord__Output as _liaison_v1_SandboxRecord__Output } from './liaison/v1/SandboxRecord';
import type { Timeline as _liaison_v1_Timeline, Timeline__Output as _liaison_v1_Timeline__Output } from './liaison/v1/Timeline';
import type { TimelineEntry as _liaison_v1_TimelineEntry, TimelineEntry__Output as _liaison_v1_TimelineEntry__Output } from './liaison/v1/TimelineEntry';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AccountabilityEntry: MessageTypeDefinition<_liaison_v1_AccountabilityEntry, _liaison_v1_AccountabilityEntry__Output>
      AccountabilityPage: MessageTypeDefinition<_liaison_v1_AccountabilityPage, _liaison_v1_AccountabilityPage__Output>
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      ArchiveLine: MessageTypeDefinition<_liaison_v1_ArchiveLine, _liaison_v1_ArchiveLine__Output>
      ArchivePage: MessageTypeDefinition<_liaison_v1_ArchivePage, _liaison_v1_ArchivePage__Output>
      ArchiveStatus: MessageTypeDefinition<_liaison_v1_ArchiveStatus, _liaison_v1_ArchiveStatus__Output>
      ArchivedEvent: MessageTypeDefinition<_liaison_v1_ArchivedEvent, _liaison_v1_ArchivedEvent__Output>
      BreachExplanation: MessageTypeDefinition<_liaison_v1_BreachExplanation, _liaison_v1_BreachExplanation__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      GetSandboxRecordRequest: MessageTypeDefinition<_liaison_v1_GetSandboxRecordRequest, _liaison_v1_GetSandboxRecordRequest__Output>
      GetTimelineRequest: MessageTypeDefinition<_liaison_v1_GetTimelineRequest, _liaison_v1_GetTimelineRequest__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      HistoryService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_HistoryServiceClient> & { service: _liaison_v1_HistoryServiceDefinition }
      ImportArchiveMessage: MessageTypeDefinition<_liaison_v1_ImportArchiveMessage, _liaison_v1_ImportArchiveMessage__Output>
      ImportResult: MessageTypeDefinition<_liaison_v1_ImportResult, _liaison_v1_ImportResult__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      ListRecordViewsRequest: MessageTypeDefinition<_liaison_v1_ListRecordViewsRequest, _liaison_v1_ListRecordViewsRequest__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      QueryArchiveRequest: MessageTypeDefinition<_liaison_v1_QueryArchiveRequest, _liaison_v1_QueryArchiveRequest__Output>
      RecordAsOf: MessageTypeDefinition<_liaison_v1_RecordAsOf, _liaison_v1_RecordAsOf__Output>
      RecordAsOfRequest: MessageTypeDefinition<_liaison_v1_RecordAsOfRequest, _liaison_v1_RecordAsOfRequest__Output>
      RecordView: MessageTypeDefinition<_liaison_v1_RecordView, _liaison_v1_RecordView__Output>
      RecordViewPage: MessageTypeDefinition<_liaison_v1_RecordViewPage, _liaison_v1_RecordViewPage__Output>
      ReplayArchiveRequest: MessageTypeDefinition<_liaison_v1_ReplayArchiveRequest, _liaison_v1_ReplayArchiveRequest__Output>
      ReplayUpdate: MessageTypeDefinition<_liaison_v1_ReplayUpdate, _liaison_v1_ReplayUpdate__Output>
      SandboxRecord: MessageTypeDefinition<_liaison_v1_SandboxRecord, _liaison_v1_SandboxRecord__Output>
      Timeline: MessageTypeDefinition<_liaison_v1_Timeline, _liaison_v1_Timeline__Output>
      TimelineEntry: MessageTypeDefinition<_liaison_v1_TimelineEntry, _liaison_v1_TimelineEntry__Output>
    }
  }
}

