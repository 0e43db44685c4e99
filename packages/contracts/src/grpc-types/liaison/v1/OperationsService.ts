// Original file: protos/liaison/v1/operations.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from '../../liaison/v1/AccountabilityPage';
import type { AssignTaskRequest as _liaison_v1_AssignTaskRequest, AssignTaskRequest__Output as _liaison_v1_AssignTaskRequest__Output } from '../../liaison/v1/AssignTaskRequest';
import type { CalendarRequest as _liaison_v1_CalendarRequest, CalendarRequest__Output as _liaison_v1_CalendarRequest__Output } from '../../liaison/v1/CalendarRequest';
import type { CancelOperationRequest as _liaison_v1_CancelOperationRequest, CancelOperationRequest__Output as _liaison_v1_CancelOperationRequest__Output } from '../../liaison/v1/CancelOperationRequest';
import type { CompleteTaskRequest as _liaison_v1_CompleteTaskRequest, CompleteTaskRequest__Output as _liaison_v1_CompleteTaskRequest__Output } from '../../liaison/v1/CompleteTaskRequest';
import type { ConcludeRequest as _liaison_v1_ConcludeRequest, ConcludeRequest__Output as _liaison_v1_ConcludeRequest__Output } from '../../liaison/v1/ConcludeRequest';
import type { ConflictPage as _liaison_v1_ConflictPage, ConflictPage__Output as _liaison_v1_ConflictPage__Output } from '../../liaison/v1/ConflictPage';
import type { DeclineInvitationRequest as _liaison_v1_DeclineInvitationRequest, DeclineInvitationRequest__Output as _liaison_v1_DeclineInvitationRequest__Output } from '../../liaison/v1/DeclineInvitationRequest';
import type { ExplainOperationBreachRequest as _liaison_v1_ExplainOperationBreachRequest, ExplainOperationBreachRequest__Output as _liaison_v1_ExplainOperationBreachRequest__Output } from '../../liaison/v1/ExplainOperationBreachRequest';
import type { GetOperationRequest as _liaison_v1_GetOperationRequest, GetOperationRequest__Output as _liaison_v1_GetOperationRequest__Output } from '../../liaison/v1/GetOperationRequest';
import type { InvitationPage as _liaison_v1_InvitationPage, InvitationPage__Output as _liaison_v1_InvitationPage__Output } from '../../liaison/v1/InvitationPage';
import type { InviteUnitsRequest as _liaison_v1_InviteUnitsRequest, InviteUnitsRequest__Output as _liaison_v1_InviteUnitsRequest__Output } from '../../liaison/v1/InviteUnitsRequest';
import type { LaunchRequest as _liaison_v1_LaunchRequest, LaunchRequest__Output as _liaison_v1_LaunchRequest__Output } from '../../liaison/v1/LaunchRequest';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from '../../liaison/v1/ListAccountabilityRequest';
import type { ListOperationsRequest as _liaison_v1_ListOperationsRequest, ListOperationsRequest__Output as _liaison_v1_ListOperationsRequest__Output } from '../../liaison/v1/ListOperationsRequest';
import type { OperationActionRequest as _liaison_v1_OperationActionRequest, OperationActionRequest__Output as _liaison_v1_OperationActionRequest__Output } from '../../liaison/v1/OperationActionRequest';
import type { OperationCommandResult as _liaison_v1_OperationCommandResult, OperationCommandResult__Output as _liaison_v1_OperationCommandResult__Output } from '../../liaison/v1/OperationCommandResult';
import type { OperationDetail as _liaison_v1_OperationDetail, OperationDetail__Output as _liaison_v1_OperationDetail__Output } from '../../liaison/v1/OperationDetail';
import type { OperationPage as _liaison_v1_OperationPage, OperationPage__Output as _liaison_v1_OperationPage__Output } from '../../liaison/v1/OperationPage';
import type { ProposeOperationRequest as _liaison_v1_ProposeOperationRequest, ProposeOperationRequest__Output as _liaison_v1_ProposeOperationRequest__Output } from '../../liaison/v1/ProposeOperationRequest';
import type { ReportProgressRequest as _liaison_v1_ReportProgressRequest, ReportProgressRequest__Output as _liaison_v1_ReportProgressRequest__Output } from '../../liaison/v1/ReportProgressRequest';
import type { RescheduleRequest as _liaison_v1_RescheduleRequest, RescheduleRequest__Output as _liaison_v1_RescheduleRequest__Output } from '../../liaison/v1/RescheduleRequest';
import type { ResolveConflictRequest as _liaison_v1_ResolveConflictRequest, ResolveConflictRequest__Output as _liaison_v1_ResolveConflictRequest__Output } from '../../liaison/v1/ResolveConflictRequest';
import type { ResolveLeadConflictRequest as _liaison_v1_ResolveLeadConflictRequest, ResolveLeadConflictRequest__Output as _liaison_v1_ResolveLeadConflictRequest__Output } from '../../liaison/v1/ResolveLeadConflictRequest';
import type { SubmitDraftRequest as _liaison_v1_SubmitDraftRequest, SubmitDraftRequest__Output as _liaison_v1_SubmitDraftRequest__Output } from '../../liaison/v1/SubmitDraftRequest';

export interface OperationsServiceClient extends grpc.Client {
  /**
   * The new task's id is returned in OperationCommandResult.task_id.
   */
  AssignTask(argument: _liaison_v1_AssignTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  AssignTask(argument: _liaison_v1_AssignTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  AssignTask(argument: _liaison_v1_AssignTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  AssignTask(argument: _liaison_v1_AssignTaskRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The new task's id is returned in OperationCommandResult.task_id.
   */
  assignTask(argument: _liaison_v1_AssignTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  assignTask(argument: _liaison_v1_AssignTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  assignTask(argument: _liaison_v1_AssignTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  assignTask(argument: _liaison_v1_AssignTaskRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * My unit's operations whose window overlaps [from, to], earliest first.
   */
  Calendar(argument: _liaison_v1_CalendarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  Calendar(argument: _liaison_v1_CalendarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  Calendar(argument: _liaison_v1_CalendarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  Calendar(argument: _liaison_v1_CalendarRequest, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  /**
   * My unit's operations whose window overlaps [from, to], earliest first.
   */
  calendar(argument: _liaison_v1_CalendarRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  calendar(argument: _liaison_v1_CalendarRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  calendar(argument: _liaison_v1_CalendarRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  calendar(argument: _liaison_v1_CalendarRequest, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  
  Cancel(argument: _liaison_v1_CancelOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Cancel(argument: _liaison_v1_CancelOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Cancel(argument: _liaison_v1_CancelOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Cancel(argument: _liaison_v1_CancelOperationRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  cancel(argument: _liaison_v1_CancelOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  cancel(argument: _liaison_v1_CancelOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  cancel(argument: _liaison_v1_CancelOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  cancel(argument: _liaison_v1_CancelOperationRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  CompleteTask(argument: _liaison_v1_CompleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _liaison_v1_CompleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _liaison_v1_CompleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  CompleteTask(argument: _liaison_v1_CompleteTaskRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _liaison_v1_CompleteTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _liaison_v1_CompleteTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _liaison_v1_CompleteTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  completeTask(argument: _liaison_v1_CompleteTaskRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  Conclude(argument: _liaison_v1_ConcludeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Conclude(argument: _liaison_v1_ConcludeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Conclude(argument: _liaison_v1_ConcludeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Conclude(argument: _liaison_v1_ConcludeRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  conclude(argument: _liaison_v1_ConcludeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  conclude(argument: _liaison_v1_ConcludeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  conclude(argument: _liaison_v1_ConcludeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  conclude(argument: _liaison_v1_ConcludeRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  DeclineInvitation(argument: _liaison_v1_DeclineInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineInvitation(argument: _liaison_v1_DeclineInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineInvitation(argument: _liaison_v1_DeclineInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineInvitation(argument: _liaison_v1_DeclineInvitationRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  declineInvitation(argument: _liaison_v1_DeclineInvitationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  declineInvitation(argument: _liaison_v1_DeclineInvitationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  declineInvitation(argument: _liaison_v1_DeclineInvitationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  declineInvitation(argument: _liaison_v1_DeclineInvitationRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * An officer of the responsible unit gives the reason it did not answer or complete a task in time (BreachExplained).
   */
  ExplainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * An officer of the responsible unit gives the reason it did not answer or complete a task in time (BreachExplained).
   */
  explainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainOperationBreachRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Queries, answered from the store (GetOperation) or projections, filtered by what the caller may see.
   */
  GetOperation(argument: _liaison_v1_GetOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  GetOperation(argument: _liaison_v1_GetOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  GetOperation(argument: _liaison_v1_GetOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  GetOperation(argument: _liaison_v1_GetOperationRequest, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  /**
   * Queries, answered from the store (GetOperation) or projections, filtered by what the caller may see.
   */
  getOperation(argument: _liaison_v1_GetOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _liaison_v1_GetOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _liaison_v1_GetOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  getOperation(argument: _liaison_v1_GetOperationRequest, callback: grpc.requestCallback<_liaison_v1_OperationDetail__Output>): grpc.ClientUnaryCall;
  
  InviteUnits(argument: _liaison_v1_InviteUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  InviteUnits(argument: _liaison_v1_InviteUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  InviteUnits(argument: _liaison_v1_InviteUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  InviteUnits(argument: _liaison_v1_InviteUnitsRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  inviteUnits(argument: _liaison_v1_InviteUnitsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  inviteUnits(argument: _liaison_v1_InviteUnitsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  inviteUnits(argument: _liaison_v1_InviteUnitsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  inviteUnits(argument: _liaison_v1_InviteUnitsRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  JoinOperation(argument: _liaison_v1_OperationActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  JoinOperation(argument: _liaison_v1_OperationActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  JoinOperation(argument: _liaison_v1_OperationActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  JoinOperation(argument: _liaison_v1_OperationActionRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  joinOperation(argument: _liaison_v1_OperationActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  joinOperation(argument: _liaison_v1_OperationActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  joinOperation(argument: _liaison_v1_OperationActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  joinOperation(argument: _liaison_v1_OperationActionRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Refused (FAILED_PRECONDITION, status "unresolved_conflict") while a deconfliction conflict is
   * open, unless override_reason says why the lead unit goes ahead (recorded with the launch).
   */
  Launch(argument: _liaison_v1_LaunchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Launch(argument: _liaison_v1_LaunchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Launch(argument: _liaison_v1_LaunchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Launch(argument: _liaison_v1_LaunchRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Refused (FAILED_PRECONDITION, status "unresolved_conflict") while a deconfliction conflict is
   * open, unless override_reason says why the lead unit goes ahead (recorded with the launch).
   */
  launch(argument: _liaison_v1_LaunchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  launch(argument: _liaison_v1_LaunchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  launch(argument: _liaison_v1_LaunchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  launch(argument: _liaison_v1_LaunchRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The accountability register of the operations context (ADR 0013); who reads what as in
   * LeadsService.ListAccountability.
   */
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  /**
   * The accountability register of the operations context (ADR 0013); who reads what as in
   * LeadsService.ListAccountability.
   */
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deconfliction alerts on operations my unit leads.
   */
  ListConflicts(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  ListConflicts(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  ListConflicts(argument: _liaison_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  ListConflicts(argument: _liaison_v1_ListOperationsRequest, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  /**
   * Deconfliction alerts on operations my unit leads.
   */
  listConflicts(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  listConflicts(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  listConflicts(argument: _liaison_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  listConflicts(argument: _liaison_v1_ListOperationsRequest, callback: grpc.requestCallback<_liaison_v1_ConflictPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Invitations to my unit still awaiting an answer.
   */
  ListInvitations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _liaison_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  ListInvitations(argument: _liaison_v1_ListOperationsRequest, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  /**
   * Invitations to my unit still awaiting an answer.
   */
  listInvitations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _liaison_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  listInvitations(argument: _liaison_v1_ListOperationsRequest, callback: grpc.requestCallback<_liaison_v1_InvitationPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Operations my unit leads or takes part in (invited, joined or declined).
   */
  ListMyOperations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  ListMyOperations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  ListMyOperations(argument: _liaison_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  ListMyOperations(argument: _liaison_v1_ListOperationsRequest, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  /**
   * Operations my unit leads or takes part in (invited, joined or declined).
   */
  listMyOperations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  listMyOperations(argument: _liaison_v1_ListOperationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  listMyOperations(argument: _liaison_v1_ListOperationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  listMyOperations(argument: _liaison_v1_ListOperationsRequest, callback: grpc.requestCallback<_liaison_v1_OperationPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key, or a fresh uuid): a
   * retried command_id returns the first result. if_match_version > 0 pins the version the
   * caller saw (HTTP If-Match): a different current version fails with FAILED_PRECONDITION.
   */
  ProposeOperation(argument: _liaison_v1_ProposeOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ProposeOperation(argument: _liaison_v1_ProposeOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ProposeOperation(argument: _liaison_v1_ProposeOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ProposeOperation(argument: _liaison_v1_ProposeOperationRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key, or a fresh uuid): a
   * retried command_id returns the first result. if_match_version > 0 pins the version the
   * caller saw (HTTP If-Match): a different current version fails with FAILED_PRECONDITION.
   */
  proposeOperation(argument: _liaison_v1_ProposeOperationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  proposeOperation(argument: _liaison_v1_ProposeOperationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  proposeOperation(argument: _liaison_v1_ProposeOperationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  proposeOperation(argument: _liaison_v1_ProposeOperationRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  ReportProgress(argument: _liaison_v1_ReportProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _liaison_v1_ReportProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _liaison_v1_ReportProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ReportProgress(argument: _liaison_v1_ReportProgressRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _liaison_v1_ReportProgressRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _liaison_v1_ReportProgressRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _liaison_v1_ReportProgressRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reportProgress(argument: _liaison_v1_ReportProgressRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  Reschedule(argument: _liaison_v1_RescheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Reschedule(argument: _liaison_v1_RescheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Reschedule(argument: _liaison_v1_RescheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  Reschedule(argument: _liaison_v1_RescheduleRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reschedule(argument: _liaison_v1_RescheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reschedule(argument: _liaison_v1_RescheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reschedule(argument: _liaison_v1_RescheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  reschedule(argument: _liaison_v1_RescheduleRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  ResolveConflict(argument: _liaison_v1_ResolveConflictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ResolveConflict(argument: _liaison_v1_ResolveConflictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ResolveConflict(argument: _liaison_v1_ResolveConflictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ResolveConflict(argument: _liaison_v1_ResolveConflictRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveConflict(argument: _liaison_v1_ResolveConflictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveConflict(argument: _liaison_v1_ResolveConflictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveConflict(argument: _liaison_v1_ResolveConflictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveConflict(argument: _liaison_v1_ResolveConflictRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The owner unit of a lead that conflicts with an operation answers the alert from its leads
   * inbox, by conflict id (it may not see the operation): the result's operation_id is empty.
   */
  ResolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ResolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ResolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  ResolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The owner unit of a lead that conflicts with an operation answers the alert from its leads
   * inbox, by conflict id (it may not see the operation): the result's operation_id is empty.
   */
  resolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  resolveLeadConflict(argument: _liaison_v1_ResolveLeadConflictRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Lead unit, status draft (a proposal drafted from a lead escalated for joint action): the
   * window is required; the operation becomes proposed and is deconflicted like a proposal.
   */
  SubmitDraft(argument: _liaison_v1_SubmitDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  SubmitDraft(argument: _liaison_v1_SubmitDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  SubmitDraft(argument: _liaison_v1_SubmitDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  SubmitDraft(argument: _liaison_v1_SubmitDraftRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Lead unit, status draft (a proposal drafted from a lead escalated for joint action): the
   * window is required; the operation becomes proposed and is deconflicted like a proposal.
   */
  submitDraft(argument: _liaison_v1_SubmitDraftRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  submitDraft(argument: _liaison_v1_SubmitDraftRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  submitDraft(argument: _liaison_v1_SubmitDraftRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  submitDraft(argument: _liaison_v1_SubmitDraftRequest, callback: grpc.requestCallback<_liaison_v1_OperationCommandResult__Output>): grpc.ClientUnaryCall;
  
}

export interface OperationsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The new task's id is returned in OperationCommandResult.task_id.
   */
  AssignTask: grpc.handleUnaryCall<_liaison_v1_AssignTaskRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * My unit's operations whose window overlaps [from, to], earliest first.
   */
  Calendar: grpc.handleUnaryCall<_liaison_v1_CalendarRequest__Output, _liaison_v1_OperationPage>;
  
  Cancel: grpc.handleUnaryCall<_liaison_v1_CancelOperationRequest__Output, _liaison_v1_OperationCommandResult>;
  
  CompleteTask: grpc.handleUnaryCall<_liaison_v1_CompleteTaskRequest__Output, _liaison_v1_OperationCommandResult>;
  
  Conclude: grpc.handleUnaryCall<_liaison_v1_ConcludeRequest__Output, _liaison_v1_OperationCommandResult>;
  
  DeclineInvitation: grpc.handleUnaryCall<_liaison_v1_DeclineInvitationRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * An officer of the responsible unit gives the reason it did not answer or complete a task in time (BreachExplained).
   */
  ExplainBreach: grpc.handleUnaryCall<_liaison_v1_ExplainOperationBreachRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * Queries, answered from the store (GetOperation) or projections, filtered by what the caller may see.
   */
  GetOperation: grpc.handleUnaryCall<_liaison_v1_GetOperationRequest__Output, _liaison_v1_OperationDetail>;
  
  InviteUnits: grpc.handleUnaryCall<_liaison_v1_InviteUnitsRequest__Output, _liaison_v1_OperationCommandResult>;
  
  JoinOperation: grpc.handleUnaryCall<_liaison_v1_OperationActionRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * Refused (FAILED_PRECONDITION, status "unresolved_conflict") while a deconfliction conflict is
   * open, unless override_reason says why the lead unit goes ahead (recorded with the launch).
   */
  Launch: grpc.handleUnaryCall<_liaison_v1_LaunchRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * The accountability register of the operations context (ADR 0013); who reads what as in
   * LeadsService.ListAccountability.
   */
  ListAccountability: grpc.handleUnaryCall<_liaison_v1_ListAccountabilityRequest__Output, _liaison_v1_AccountabilityPage>;
  
  /**
   * Deconfliction alerts on operations my unit leads.
   */
  ListConflicts: grpc.handleUnaryCall<_liaison_v1_ListOperationsRequest__Output, _liaison_v1_ConflictPage>;
  
  /**
   * Invitations to my unit still awaiting an answer.
   */
  ListInvitations: grpc.handleUnaryCall<_liaison_v1_ListOperationsRequest__Output, _liaison_v1_InvitationPage>;
  
  /**
   * Operations my unit leads or takes part in (invited, joined or declined).
   */
  ListMyOperations: grpc.handleUnaryCall<_liaison_v1_ListOperationsRequest__Output, _liaison_v1_OperationPage>;
  
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key, or a fresh uuid): a
   * retried command_id returns the first result. if_match_version > 0 pins the version the
   * caller saw (HTTP If-Match): a different current version fails with FAILED_PRECONDITION.
   */
  ProposeOperation: grpc.handleUnaryCall<_liaison_v1_ProposeOperationRequest__Output, _liaison_v1_OperationCommandResult>;
  
  ReportProgress: grpc.handleUnaryCall<_liaison_v1_ReportProgressRequest__Output, _liaison_v1_OperationCommandResult>;
  
  Reschedule: grpc.handleUnaryCall<_liaison_v1_RescheduleRequest__Output, _liaison_v1_OperationCommandResult>;
  
  ResolveConflict: grpc.handleUnaryCall<_liaison_v1_ResolveConflictRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * The owner unit of a lead that conflicts with an operation answers the alert from its leads
   * inbox, by conflict id (it may not see the operation): the result's operation_id is empty.
   */
  ResolveLeadConflict: grpc.handleUnaryCall<_liaison_v1_ResolveLeadConflictRequest__Output, _liaison_v1_OperationCommandResult>;
  
  /**
   * Lead unit, status draft (a proposal drafted from a lead escalated for joint action): the
   * window is required; the operation becomes proposed and is deconflicted like a proposal.
   */
  SubmitDraft: grpc.handleUnaryCall<_liaison_v1_SubmitDraftRequest__Output, _liaison_v1_OperationCommandResult>;
  
}

export interface OperationsServiceDefinition extends grpc.ServiceDefinition {
  AssignTask: MethodDefinition<_liaison_v1_AssignTaskRequest, _liaison_v1_OperationCommandResult, _liaison_v1_AssignTaskRequest__Output, _liaison_v1_OperationCommandResult__Output>
  Calendar: MethodDefinition<_liaison_v1_CalendarRequest, _liaison_v1_OperationPage, _liaison_v1_CalendarRequest__Output, _liaison_v1_OperationPage__Output>
  Cancel: MethodDefinition<_liaison_v1_CancelOperationRequest, _liaison_v1_OperationCommandResult, _liaison_v1_CancelOperationRequest__Output, _liaison_v1_OperationCommandResult__Output>
  CompleteTask: MethodDefinition<_liaison_v1_CompleteTaskRequest, _liaison_v1_OperationCommandResult, _liaison_v1_CompleteTaskRequest__Output, _liaison_v1_OperationCommandResult__Output>
  Conclude: MethodDefinition<_liaison_v1_ConcludeRequest, _liaison_v1_OperationCommandResult, _liaison_v1_ConcludeRequest__Output, _liaison_v1_OperationCommandResult__Output>
  DeclineInvitation: MethodDefinition<_liaison_v1_DeclineInvitationRequest, _liaison_v1_OperationCommandResult, _liaison_v1_DeclineInvitationRequest__Output, _liaison_v1_OperationCommandResult__Output>
  ExplainBreach: MethodDefinition<_liaison_v1_ExplainOperationBreachRequest, _liaison_v1_OperationCommandResult, _liaison_v1_ExplainOperationBreachRequest__Output, _liaison_v1_OperationCommandResult__Output>
  GetOperation: MethodDefinition<_liaison_v1_GetOperationRequest, _liaison_v1_OperationDetail, _liaison_v1_GetOperationRequest__Output, _liaison_v1_OperationDetail__Output>
  InviteUnits: MethodDefinition<_liaison_v1_InviteUnitsRequest, _liaison_v1_OperationCommandResult, _liaison_v1_InviteUnitsRequest__Output, _liaison_v1_OperationCommandResult__Output>
  JoinOperation: MethodDefinition<_liaison_v1_OperationActionRequest, _liaison_v1_OperationCommandResult, _liaison_v1_OperationActionRequest__Output, _liaison_v1_OperationCommandResult__Output>
  Launch: MethodDefinition<_liaison_v1_LaunchRequest, _liaison_v1_OperationCommandResult, _liaison_v1_LaunchRequest__Output, _liaison_v1_OperationCommandResult__Output>
  ListAccountability: MethodDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_AccountabilityPage, _liaison_v1_ListAccountabilityRequest__Output, _liaison_v1_AccountabilityPage__Output>
  ListConflicts: MethodDefinition<_liaison_v1_ListOperationsRequest, _liaison_v1_ConflictPage, _liaison_v1_ListOperationsRequest__Output, _liaison_v1_ConflictPage__Output>
  ListInvitations: MethodDefinition<_liaison_v1_ListOperationsRequest, _liaison_v1_InvitationPage, _liaison_v1_ListOperationsRequest__Output, _liaison_v1_InvitationPage__Output>
  ListMyOperations: MethodDefinition<_liaison_v1_ListOperationsRequest, _liaison_v1_OperationPage, _liaison_v1_ListOperationsRequest__Output, _liaison_v1_OperationPage__Output>
  ProposeOperation: MethodDefinition<_liaison_v1_ProposeOperationRequest, _liaison_v1_OperationCommandResult, _liaison_v1_ProposeOperationRequest__Output, _liaison_v1_OperationCommandResult__Output>
  ReportProgress: MethodDefinition<_liaison_v1_ReportProgressRequest, _liaison_v1_OperationCommandResult, _liaison_v1_ReportProgressRequest__Output, _liaison_v1_OperationCommandResult__Output>
  Reschedule: MethodDefinition<_liaison_v1_RescheduleRequest, _liaison_v1_OperationCommandResult, _liaison_v1_RescheduleRequest__Output, _liaison_v1_OperationCommandResult__Output>
  ResolveConflict: MethodDefinition<_liaison_v1_ResolveConflictRequest, _liaison_v1_OperationCommandResult, _liaison_v1_ResolveConflictRequest__Output, _liaison_v1_OperationCommandResult__Output>
  ResolveLeadConflict: MethodDefinition<_liaison_v1_ResolveLeadConflictRequest, _liaison_v1_OperationCommandResult, _liaison_v1_ResolveLeadConflictRequest__Output, _liaison_v1_OperationCommandResult__Output>
  SubmitDraft: MethodDefinition<_liaison_v1_SubmitDraftRequest, _liaison_v1_OperationCommandResult, _liaison_v1_SubmitDraftRequest__Output, _liaison_v1_OperationCommandResult__Output>
}
