import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { AssignTaskRequest as _liaison_v1_AssignTaskRequest, AssignTaskRequest__Output as _liaison_v1_AssignTaskRequest__Output } from './liaison/v1/AssignTaskRequest';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { CalendarRequest as _liaison_v1_CalendarRequest, CalendarRequest__Output as _liaison_v1_CalendarRequest__Output } from './liaison/v1/CalendarRequest';
import type { CancelOperationRequest as _liaison_v1_CancelOperationRequest, CancelOperationRequest__Output as _liaison_v1_CancelOperationRequest__Output } from './liaison/v1/CancelOperationRequest';
import type { CompleteTaskRequest as _liaison_v1_CompleteTaskRequest, CompleteTaskRequest__Output as _liaison_v1_CompleteTaskRequest__Output } from './liaison/v1/CompleteTaskRequest';
import type { ConcludeRequest as _liaison_v1_ConcludeRequest, ConcludeRequest__Output as _liaison_v1_ConcludeRequest__Output } from './liaison/v1/ConcludeRequest';
import type { Conflict as _liaison_v1_Conflict, Conflict__Output as _liaison_v1_Conflict__Output } from './liaison/v1/Conflict';
import type { ConflictPage as _liaison_v1_ConflictPage, ConflictPage__Output as _liaison_v1_ConflictPage__Output } from './liaison/v1/ConflictPage';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { DeclineInvitationRequest as _liaison_v1_DeclineInvitationRequest, DeclineInvitationRequest__Output as _liaison_v1_DeclineInvitationRequest__Output } from './liaison/v1/DeclineInvitationRequest';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { ExplainOperationBreachRequest as _liaison_v1_ExplainOperationBreachRequest, ExplainOperationBreachRequest__Output as _liaison_v1_ExplainOperationBreachRequest__Output } from './liaison/v1/ExplainOperationBreachRequest';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { GetOperationRequest as _liaison_v1_GetOperationRequest, GetOperationRequest__Output as _liaison_v1_GetOperationRequest__Output } from './liaison/v1/GetOperationRequest';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { Invitation as _liaison_v1_Invitation, Invitation__Output as _liaison_v1_Invitation__Output } from './liaison/v1/Invitation';
import type { InvitationItem as _liaison_v1_InvitationItem, InvitationItem__Output as _liaison_v1_InvitationItem__Output } from './liaison/v1/InvitationItem';
import type { InvitationPage as _liaison_v1_InvitationPage, InvitationPage__Output as _liaison_v1_InvitationPage__Output } from './liaison/v1/InvitationPage';
import type { InviteUnitsRequest as _liaison_v1_InviteUnitsRequest, InviteUnitsRequest__Output as _liaison_v1_InviteUnitsRequest__Output } from './liaison/v1/InviteUnitsRequest';
import type { LaunchRequest as _liaison_v1_LaunchRequest, LaunchRequest__Output as _liaison_v1_LaunchRequest__Output } from './liaison/v1/LaunchRequest';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { ListOperationsRequest as _liaison_v1_ListOperationsRequest, ListOperationsRequest__Output as _liaison_v1_ListOperationsRequest__Output } from './liaison/v1/ListOperationsRequest';
import type { OperationActionRequest as _liaison_v1_OperationActionRequest, OperationActionRequest__Output as _liaison_v1_OperationActionRequest__Output } from './liaison/v1/OperationActionRequest';
import type { OperationCommandResult as _liaison_v1_OperationCommandResult, OperationCommandResult__Output as _liaison_v1_OperationCommandResult__Output } from './liaison/v1/OperationCommandResult';
import type { OperationDetail as _liaison_v1_OperationDetail, OperationDetail__Output as _liaison_v1_OperationDetail__Output } from './liaison/v1/OperationDetail';
import type { OperationHistoryEntry as _liaison_v1_OperationHistoryEntry, OperationHistoryEntry__Output as _liaison_v1_OperationHistoryEntry__Output } from './liaison/v1/OperationHistoryEntry';
import type { OperationPage as _liaison_v1_OperationPage, OperationPage__Output as _liaison_v1_OperationPage__Output } from './liaison/v1/OperationPage';
import type { OperationPlace as _liaison_v1_OperationPlace, OperationPlace__Output as _liaison_v1_OperationPlace__Output } from './liaison/v1/OperationPlace';
import type { OperationSubject as _liaison_v1_OperationSubject, OperationSubject__Output as _liaison_v1_OperationSubject__Output } from './liaison/v1/OperationSubject';
import type { OperationSummary as _liaison_v1_OperationSummary, OperationSummary__Output as _liaison_v1_OperationSummary__Output } from './liaison/v1/OperationSummary';
import type { OperationTask as _liaison_v1_OperationTask, OperationTask__Output as _liaison_v1_OperationTask__Output } from './liaison/v1/OperationTask';
import type { OperationTotals as _liaison_v1_OperationTotals, OperationTotals__Output as _liaison_v1_OperationTotals__Output } from './liaison/v1/OperationTotals';
import type { OperationsServiceClient as _liaison_v1_OperationsServiceClient, OperationsServiceDefinition as _liaison_v1_OperationsServiceDefinition } from './liaison/v1/OperationsService';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { ProgressReport as _liaison_v1_ProgressReport, ProgressReport__Output as _liaison_v1_ProgressReport__Output } from './liaison/v1/ProgressReport';
import type { ProposeOperationRequest as _liaison_v1_ProposeOperationRequest, ProposeOperationRequest__Output as _liaison_v1_ProposeOperationRequest__Output } from './liaison/v1/ProposeOperationRequest';
import type { ReportProgressRequest as _liaison_v1_ReportProgressRequest, ReportProgressRequest__Output as _liaison_v1_ReportProgressRequest__Output } from './liaison/v1/ReportProgressRequest';
import type { RescheduleRequest as _liaison_v1_RescheduleRequest, RescheduleRequest__Output as _liaison_v1_RescheduleRequest__Output } from './liaison/v1/RescheduleRequest';
import type { ResolveConflictRequest as _liaison_v1_ResolveConflictRequest, ResolveConflictRequest__Output as _liaison_v1_ResolveConflictRequest__Output } from './liaison/v1/ResolveConflictRequest';
import type { ResolveLeadConflictRequest as _liaison_v1_ResolveLeadConflictRequest, ResolveLeadConflictRequest__Output as _liaison_v1_ResolveLeadConflictRequest__Output } from './liaison/v1/ResolveLeadConflictRequest';
import type { Seizure as _liaison_v1_Seizure, Seizure__Output as _liaison_v1_Seizure__Output } from './liaison/v1/Seizure';
import type { SubmitDraftRequest as _liaison_v1_SubmitDraftRequest, SubmitDraftRequest__Output as _liaison_v1_SubmitDraftRequest__Output } from './liaison/v1/SubmitDraftRequest';
import type { Target as _liaison_v1_Target, Target__Output as _liaison_v1_Target__Output } from './liaison/v1/Target';
import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from './liaison/v1/TimeWindow';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AccountabilityEntry: MessageTypeDefinition<_liaison_v1_AccountabilityEntry, _liaison_v1_AccountabilityEntry__Output>
      AccountabilityPage: MessageTypeDefinition<_liaison_v1_AccountabilityPage, _liaison_v1_AccountabilityPage__Output>
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      AssignTaskRequest: MessageTypeDefinition<_liaison_v1_AssignTaskRequest, _liaison_v1_AssignTaskRequest__Output>
      BreachExplanation: MessageTypeDefinition<_liaison_v1_BreachExplanation, _liaison_v1_BreachExplanation__Output>
      CalendarRequest: MessageTypeDefinition<_liaison_v1_CalendarRequest, _liaison_v1_CalendarRequest__Output>
      CancelOperationRequest: MessageTypeDefinition<_liaison_v1_CancelOperationRequest, _liaison_v1_CancelOperationRequest__Output>
      CompleteTaskRequest: MessageTypeDefinition<_liaison_v1_CompleteTaskRequest, _liaison_v1_CompleteTaskRequest__Output>
      ConcludeRequest: MessageTypeDefinition<_liaison_v1_ConcludeRequest, _liaison_v1_ConcludeRequest__Output>
      Conflict: MessageTypeDefinition<_liaison_v1_Conflict, _liaison_v1_Conflict__Output>
      ConflictPage: MessageTypeDefinition<_liaison_v1_ConflictPage, _liaison_v1_ConflictPage__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      DeclineInvitationRequest: MessageTypeDefinition<_liaison_v1_DeclineInvitationRequest, _liaison_v1_DeclineInvitationRequest__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      ExplainOperationBreachRequest: MessageTypeDefinition<_liaison_v1_ExplainOperationBreachRequest, _liaison_v1_ExplainOperationBreachRequest__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      GetOperationRequest: MessageTypeDefinition<_liaison_v1_GetOperationRequest, _liaison_v1_GetOperationRequest__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      Invitation: MessageTypeDefinition<_liaison_v1_Invitation, _liaison_v1_Invitation__Output>
      InvitationItem: MessageTypeDefinition<_liaison_v1_InvitationItem, _liaison_v1_InvitationItem__Output>
      InvitationPage: MessageTypeDefinition<_liaison_v1_InvitationPage, _liaison_v1_InvitationPage__Output>
      InviteUnitsRequest: MessageTypeDefinition<_liaison_v1_InviteUnitsRequest, _liaison_v1_InviteUnitsRequest__Output>
      LaunchRequest: MessageTypeDefinition<_liaison_v1_LaunchRequest, _liaison_v1_LaunchRequest__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      ListOperationsRequest: MessageTypeDefinition<_liaison_v1_ListOperationsRequest, _liaison_v1_ListOperationsRequest__Output>
      OperationActionRequest: MessageTypeDefinition<_liaison_v1_OperationActionRequest, _liaison_v1_OperationActionRequest__Output>
      OperationCommandResult: MessageTypeDefinition<_liaison_v1_OperationCommandResult, _liaison_v1_OperationCommandResult__Output>
      OperationDetail: MessageTypeDefinition<_liaison_v1_OperationDetail, _liaison_v1_OperationDetail__Output>
      OperationHistoryEntry: MessageTypeDefinition<_liaison_v1_OperationHistoryEntry, _liaison_v1_OperationHistoryEntry__Output>
      OperationPage: MessageTypeDefinition<_liaison_v1_OperationPage, _liaison_v1_OperationPage__Output>
      OperationPlace: MessageTypeDefinition<_liaison_v1_OperationPlace, _liaison_v1_OperationPlace__Output>
      OperationSubject: MessageTypeDefinition<_liaison_v1_OperationSubject, _liaison_v1_OperationSubject__Output>
      OperationSummary: MessageTypeDefinition<_liaison_v1_OperationSummary, _liaison_v1_OperationSummary__Output>
      OperationTask: MessageTypeDefinition<_liaison_v1_OperationTask, _liaison_v1_OperationTask__Output>
      OperationTotals: MessageTypeDefinition<_liaison_v1_OperationTotals, _liaison_v1_OperationTotals__Output>
      OperationsService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_OperationsServiceClient> & { service: _liaison_v1_OperationsServiceDefinition }
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      ProgressReport: MessageTypeDefinition<_liaison_v1_ProgressReport, _liaison_v1_ProgressReport__Output>
      ProposeOperationRequest: MessageTypeDefinition<_liaison_v1_ProposeOperationRequest, _liaison_v1_ProposeOperationRequest__Output>
      ReportProgressRequest: MessageTypeDefinition<_liaison_v1_ReportProgressRequest, _liaison_v1_ReportProgressRequest__Output>
      RescheduleRequest: MessageTypeDefinition<_liaison_v1_RescheduleRequest, _liaison_v1_RescheduleRequest__Output>
      ResolveConflictRequest: MessageTypeDefinition<_liaison_v1_ResolveConflictRequest, _liaison_v1_ResolveConflictRequest__Output>
      ResolveLeadConflictRequest: MessageTypeDefinition<_liaison_v1_ResolveLeadConflictRequest, _liaison_v1_ResolveLeadConflictRequest__Output>
      Seizure: MessageTypeDefinition<_liaison_v1_Seizure, _liaison_v1_Seizure__Output>
      SubmitDraftRequest: MessageTypeDefinition<_liaison_v1_SubmitDraftRequest, _liaison_v1_SubmitDraftRequest__Output>
      Target: MessageTypeDefinition<_liaison_v1_Target, _liaison_v1_Target__Output>
      TimeWindow: MessageTypeDefinition<_liaison_v1_TimeWindow, _liaison_v1_TimeWindow__Output>
    }
  }
}

