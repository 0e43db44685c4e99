// Original file: protos/liaison/v1/leads.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from '../../liaison/v1/AccountabilityPage';
import type { AnswerCourtUseConsentRequest as _liaison_v1_AnswerCourtUseConsentRequest, AnswerCourtUseConsentRequest__Output as _liaison_v1_AnswerCourtUseConsentRequest__Output } from '../../liaison/v1/AnswerCourtUseConsentRequest';
import type { AnswerOnwardSharingRequest as _liaison_v1_AnswerOnwardSharingRequest, AnswerOnwardSharingRequest__Output as _liaison_v1_AnswerOnwardSharingRequest__Output } from '../../liaison/v1/AnswerOnwardSharingRequest';
import type { AnswerReconsiderationRequest as _liaison_v1_AnswerReconsiderationRequest, AnswerReconsiderationRequest__Output as _liaison_v1_AnswerReconsiderationRequest__Output } from '../../liaison/v1/AnswerReconsiderationRequest';
import type { AnswerSupervisionRequest as _liaison_v1_AnswerSupervisionRequest, AnswerSupervisionRequest__Output as _liaison_v1_AnswerSupervisionRequest__Output } from '../../liaison/v1/AnswerSupervisionRequest';
import type { AssignForCoHandlingRequest as _liaison_v1_AssignForCoHandlingRequest, AssignForCoHandlingRequest__Output as _liaison_v1_AssignForCoHandlingRequest__Output } from '../../liaison/v1/AssignForCoHandlingRequest';
import type { CloseLeadRequest as _liaison_v1_CloseLeadRequest, CloseLeadRequest__Output as _liaison_v1_CloseLeadRequest__Output } from '../../liaison/v1/CloseLeadRequest';
import type { CountLeadsRequest as _liaison_v1_CountLeadsRequest, CountLeadsRequest__Output as _liaison_v1_CountLeadsRequest__Output } from '../../liaison/v1/CountLeadsRequest';
import type { DecideTransferRequest as _liaison_v1_DecideTransferRequest, DecideTransferRequest__Output as _liaison_v1_DecideTransferRequest__Output } from '../../liaison/v1/DecideTransferRequest';
import type { DeclineLeadRequest as _liaison_v1_DeclineLeadRequest, DeclineLeadRequest__Output as _liaison_v1_DeclineLeadRequest__Output } from '../../liaison/v1/DeclineLeadRequest';
import type { EscalateForJointActionRequest as _liaison_v1_EscalateForJointActionRequest, EscalateForJointActionRequest__Output as _liaison_v1_EscalateForJointActionRequest__Output } from '../../liaison/v1/EscalateForJointActionRequest';
import type { ExplainLeadBreachRequest as _liaison_v1_ExplainLeadBreachRequest, ExplainLeadBreachRequest__Output as _liaison_v1_ExplainLeadBreachRequest__Output } from '../../liaison/v1/ExplainLeadBreachRequest';
import type { FlagSuspectedCrimeRequest as _liaison_v1_FlagSuspectedCrimeRequest, FlagSuspectedCrimeRequest__Output as _liaison_v1_FlagSuspectedCrimeRequest__Output } from '../../liaison/v1/FlagSuspectedCrimeRequest';
import type { GetLeadRequest as _liaison_v1_GetLeadRequest, GetLeadRequest__Output as _liaison_v1_GetLeadRequest__Output } from '../../liaison/v1/GetLeadRequest';
import type { HandOverToPoliceRequest as _liaison_v1_HandOverToPoliceRequest, HandOverToPoliceRequest__Output as _liaison_v1_HandOverToPoliceRequest__Output } from '../../liaison/v1/HandOverToPoliceRequest';
import type { LeadActionRequest as _liaison_v1_LeadActionRequest, LeadActionRequest__Output as _liaison_v1_LeadActionRequest__Output } from '../../liaison/v1/LeadActionRequest';
import type { LeadCommandResult as _liaison_v1_LeadCommandResult, LeadCommandResult__Output as _liaison_v1_LeadCommandResult__Output } from '../../liaison/v1/LeadCommandResult';
import type { LeadCounts as _liaison_v1_LeadCounts, LeadCounts__Output as _liaison_v1_LeadCounts__Output } from '../../liaison/v1/LeadCounts';
import type { LeadDetail as _liaison_v1_LeadDetail, LeadDetail__Output as _liaison_v1_LeadDetail__Output } from '../../liaison/v1/LeadDetail';
import type { LeadOperationConflictPage as _liaison_v1_LeadOperationConflictPage, LeadOperationConflictPage__Output as _liaison_v1_LeadOperationConflictPage__Output } from '../../liaison/v1/LeadOperationConflictPage';
import type { LeadPage as _liaison_v1_LeadPage, LeadPage__Output as _liaison_v1_LeadPage__Output } from '../../liaison/v1/LeadPage';
import type { LinkLeadRequest as _liaison_v1_LinkLeadRequest, LinkLeadRequest__Output as _liaison_v1_LinkLeadRequest__Output } from '../../liaison/v1/LinkLeadRequest';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from '../../liaison/v1/ListAccountabilityRequest';
import type { ListLeadsRequest as _liaison_v1_ListLeadsRequest, ListLeadsRequest__Output as _liaison_v1_ListLeadsRequest__Output } from '../../liaison/v1/ListLeadsRequest';
import type { OverduePage as _liaison_v1_OverduePage, OverduePage__Output as _liaison_v1_OverduePage__Output } from '../../liaison/v1/OverduePage';
import type { PostLeadRequest as _liaison_v1_PostLeadRequest, PostLeadRequest__Output as _liaison_v1_PostLeadRequest__Output } from '../../liaison/v1/PostLeadRequest';
import type { RecordFeedbackRequest as _liaison_v1_RecordFeedbackRequest, RecordFeedbackRequest__Output as _liaison_v1_RecordFeedbackRequest__Output } from '../../liaison/v1/RecordFeedbackRequest';
import type { RecordPoliceDecisionRequest as _liaison_v1_RecordPoliceDecisionRequest, RecordPoliceDecisionRequest__Output as _liaison_v1_RecordPoliceDecisionRequest__Output } from '../../liaison/v1/RecordPoliceDecisionRequest';
import type { RecordPoliceOpeningRequest as _liaison_v1_RecordPoliceOpeningRequest, RecordPoliceOpeningRequest__Output as _liaison_v1_RecordPoliceOpeningRequest__Output } from '../../liaison/v1/RecordPoliceOpeningRequest';
import type { RegradeLeadRequest as _liaison_v1_RegradeLeadRequest, RegradeLeadRequest__Output as _liaison_v1_RegradeLeadRequest__Output } from '../../liaison/v1/RegradeLeadRequest';
import type { RequestCourtUseConsentRequest as _liaison_v1_RequestCourtUseConsentRequest, RequestCourtUseConsentRequest__Output as _liaison_v1_RequestCourtUseConsentRequest__Output } from '../../liaison/v1/RequestCourtUseConsentRequest';
import type { RequestOnwardSharingRequest as _liaison_v1_RequestOnwardSharingRequest, RequestOnwardSharingRequest__Output as _liaison_v1_RequestOnwardSharingRequest__Output } from '../../liaison/v1/RequestOnwardSharingRequest';
import type { RequestProcuratorateSupervisionRequest as _liaison_v1_RequestProcuratorateSupervisionRequest, RequestProcuratorateSupervisionRequest__Output as _liaison_v1_RequestProcuratorateSupervisionRequest__Output } from '../../liaison/v1/RequestProcuratorateSupervisionRequest';
import type { RequestReconsiderationRequest as _liaison_v1_RequestReconsiderationRequest, RequestReconsiderationRequest__Output as _liaison_v1_RequestReconsiderationRequest__Output } from '../../liaison/v1/RequestReconsiderationRequest';
import type { RevisitTransferDecisionRequest as _liaison_v1_RevisitTransferDecisionRequest, RevisitTransferDecisionRequest__Output as _liaison_v1_RevisitTransferDecisionRequest__Output } from '../../liaison/v1/RevisitTransferDecisionRequest';
import type { SearchLeadsRequest as _liaison_v1_SearchLeadsRequest, SearchLeadsRequest__Output as _liaison_v1_SearchLeadsRequest__Output } from '../../liaison/v1/SearchLeadsRequest';
import type { ShareLeadRequest as _liaison_v1_ShareLeadRequest, ShareLeadRequest__Output as _liaison_v1_ShareLeadRequest__Output } from '../../liaison/v1/ShareLeadRequest';
import type { StatePoliceReasonsRequest as _liaison_v1_StatePoliceReasonsRequest, StatePoliceReasonsRequest__Output as _liaison_v1_StatePoliceReasonsRequest__Output } from '../../liaison/v1/StatePoliceReasonsRequest';

export interface LeadsServiceClient extends grpc.Client {
  AcceptLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AcceptLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AcceptLead(argument: _liaison_v1_LeadActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AcceptLead(argument: _liaison_v1_LeadActionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acceptLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acceptLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acceptLead(argument: _liaison_v1_LeadActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acceptLead(argument: _liaison_v1_LeadActionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  AcknowledgeLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AcknowledgeLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AcknowledgeLead(argument: _liaison_v1_LeadActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AcknowledgeLead(argument: _liaison_v1_LeadActionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acknowledgeLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acknowledgeLead(argument: _liaison_v1_LeadActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acknowledgeLead(argument: _liaison_v1_LeadActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  acknowledgeLead(argument: _liaison_v1_LeadActionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  AnswerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AnswerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AnswerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AnswerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerReconsideration(argument: _liaison_v1_AnswerReconsiderationRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * A procurator of the Procuratorate unit asked.
   */
  AnswerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AnswerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AnswerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AnswerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * A procurator of the Procuratorate unit asked.
   */
  answerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  answerSupervision(argument: _liaison_v1_AnswerSupervisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  ApproveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  ApproveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  approveOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  AssignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AssignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AssignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  AssignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  assignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  assignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  assignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  assignForCoHandling(argument: _liaison_v1_AssignForCoHandlingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  CloseLead(argument: _liaison_v1_CloseLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  CloseLead(argument: _liaison_v1_CloseLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  CloseLead(argument: _liaison_v1_CloseLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  CloseLead(argument: _liaison_v1_CloseLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  closeLead(argument: _liaison_v1_CloseLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  closeLead(argument: _liaison_v1_CloseLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  closeLead(argument: _liaison_v1_CloseLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  closeLead(argument: _liaison_v1_CloseLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  CountLeads(argument: _liaison_v1_CountLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  CountLeads(argument: _liaison_v1_CountLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  CountLeads(argument: _liaison_v1_CountLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  CountLeads(argument: _liaison_v1_CountLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  countLeads(argument: _liaison_v1_CountLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  countLeads(argument: _liaison_v1_CountLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  countLeads(argument: _liaison_v1_CountLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  countLeads(argument: _liaison_v1_CountLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadCounts__Output>): grpc.ClientUnaryCall;
  
  DecideTransfer(argument: _liaison_v1_DecideTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  DecideTransfer(argument: _liaison_v1_DecideTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  DecideTransfer(argument: _liaison_v1_DecideTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  DecideTransfer(argument: _liaison_v1_DecideTransferRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  decideTransfer(argument: _liaison_v1_DecideTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  decideTransfer(argument: _liaison_v1_DecideTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  decideTransfer(argument: _liaison_v1_DecideTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  decideTransfer(argument: _liaison_v1_DecideTransferRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  DeclineLead(argument: _liaison_v1_DeclineLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineLead(argument: _liaison_v1_DeclineLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineLead(argument: _liaison_v1_DeclineLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineLead(argument: _liaison_v1_DeclineLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  declineLead(argument: _liaison_v1_DeclineLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  declineLead(argument: _liaison_v1_DeclineLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  declineLead(argument: _liaison_v1_DeclineLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  declineLead(argument: _liaison_v1_DeclineLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Owner unit, lead not closed: LeadEscalated; the operations service drafts a joint operation from it.
   */
  EscalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  EscalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  EscalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  EscalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Owner unit, lead not closed: LeadEscalated; the operations service drafts a joint operation from it.
   */
  escalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  escalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  escalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  escalateForJointAction(argument: _liaison_v1_EscalateForJointActionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * An officer of the responsible unit gives the reason for a breach on a lead (BreachExplained).
   */
  ExplainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * An officer of the responsible unit gives the reason for a breach on a lead (BreachExplained).
   */
  explainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainLeadBreachRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  FlagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  FlagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  FlagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  FlagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  flagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  flagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  flagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  flagSuspectedCrime(argument: _liaison_v1_FlagSuspectedCrimeRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Queries, answered from projections and filtered by what the caller may see.
   */
  GetLead(argument: _liaison_v1_GetLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  GetLead(argument: _liaison_v1_GetLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  GetLead(argument: _liaison_v1_GetLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  GetLead(argument: _liaison_v1_GetLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  /**
   * Queries, answered from projections and filtered by what the caller may see.
   */
  getLead(argument: _liaison_v1_GetLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  getLead(argument: _liaison_v1_GetLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  getLead(argument: _liaison_v1_GetLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  getLead(argument: _liaison_v1_GetLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadDetail__Output>): grpc.ClientUnaryCall;
  
  HandOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  HandOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  HandOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  HandOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  handOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  handOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  handOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  handOverToPolice(argument: _liaison_v1_HandOverToPoliceRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  LinkLead(argument: _liaison_v1_LinkLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  LinkLead(argument: _liaison_v1_LinkLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  LinkLead(argument: _liaison_v1_LinkLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  LinkLead(argument: _liaison_v1_LinkLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  linkLead(argument: _liaison_v1_LinkLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  linkLead(argument: _liaison_v1_LinkLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  linkLead(argument: _liaison_v1_LinkLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  linkLead(argument: _liaison_v1_LinkLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The accountability register of the leads context (ADR 0013): breaches newest first. Officers
   * read their own unit's entries, supervisors every unit's (no record content; a pointer for
   * AMBER+STRICT / RED), analysts within their clearance; others are refused (PERMISSION_DENIED).
   */
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  /**
   * The accountability register of the leads context (ADR 0013): breaches newest first. Officers
   * read their own unit's entries, supervisors every unit's (no record content; a pointer for
   * AMBER+STRICT / RED), analysts within their clearance; others are refused (PERMISSION_DENIED).
   */
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  
  ListInbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListInbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListInbox(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListInbox(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listInbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listInbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listInbox(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listInbox(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Deconfliction alerts on leads my unit owns: other units' operations targeting the same
   * subject (from the operations topic). Pointer only (operation owner unit and contact officer)
   * when the caller may not see the operation; answered with ResolveLeadConflict (operations).
   */
  ListOperationConflicts(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  ListOperationConflicts(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  ListOperationConflicts(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  ListOperationConflicts(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  /**
   * Deconfliction alerts on leads my unit owns: other units' operations targeting the same
   * subject (from the operations topic). Pointer only (operation owner unit and contact officer)
   * when the caller may not see the operation; answered with ResolveLeadConflict (operations).
   */
  listOperationConflicts(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  listOperationConflicts(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  listOperationConflicts(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  listOperationConflicts(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadOperationConflictPage__Output>): grpc.ClientUnaryCall;
  
  ListOutbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListOutbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListOutbox(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListOutbox(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listOutbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listOutbox(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listOutbox(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listOutbox(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  
  ListOverdue(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  ListOverdue(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  ListOverdue(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  ListOverdue(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  listOverdue(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  listOverdue(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  listOverdue(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  listOverdue(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_OverduePage__Output>): grpc.ClientUnaryCall;
  
  /**
   * The transfer cases the caller's Procuratorate unit is asked to supervise (procurator role only).
   */
  ListSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  ListSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  /**
   * The transfer cases the caller's Procuratorate unit is asked to supervise (procurator role only).
   */
  listSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  listSupervisedLeads(argument: _liaison_v1_ListLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key, or a fresh uuid): a
   * retried command_id returns the first result. if_match_version > 0 pins the version the
   * caller saw (HTTP If-Match): a different current version fails with FAILED_PRECONDITION.
   */
  PostLead(argument: _liaison_v1_PostLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  PostLead(argument: _liaison_v1_PostLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  PostLead(argument: _liaison_v1_PostLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  PostLead(argument: _liaison_v1_PostLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key, or a fresh uuid): a
   * retried command_id returns the first result. if_match_version > 0 pins the version the
   * caller saw (HTTP If-Match): a different current version fails with FAILED_PRECONDITION.
   */
  postLead(argument: _liaison_v1_PostLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  postLead(argument: _liaison_v1_PostLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  postLead(argument: _liaison_v1_PostLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  postLead(argument: _liaison_v1_PostLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordFeedback(argument: _liaison_v1_RecordFeedbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordFeedback(argument: _liaison_v1_RecordFeedbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordFeedback(argument: _liaison_v1_RecordFeedbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordFeedback(argument: _liaison_v1_RecordFeedbackRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordFeedback(argument: _liaison_v1_RecordFeedbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordFeedback(argument: _liaison_v1_RecordFeedbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordFeedback(argument: _liaison_v1_RecordFeedbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordFeedback(argument: _liaison_v1_RecordFeedbackRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceDecision(argument: _liaison_v1_RecordPoliceDecisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The police unit, after a reversed reconsideration or a Procuratorate notice to open the case.
   */
  RecordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RecordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The police unit, after a reversed reconsideration or a Procuratorate notice to open the case.
   */
  recordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  recordPoliceOpening(argument: _liaison_v1_RecordPoliceOpeningRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RefuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RefuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RefuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RefuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseCourtUseConsent(argument: _liaison_v1_AnswerCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RefuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RefuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RefuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RefuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  refuseOnwardSharing(argument: _liaison_v1_AnswerOnwardSharingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RegradeLead(argument: _liaison_v1_RegradeLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RegradeLead(argument: _liaison_v1_RegradeLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RegradeLead(argument: _liaison_v1_RegradeLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RegradeLead(argument: _liaison_v1_RegradeLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  regradeLead(argument: _liaison_v1_RegradeLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  regradeLead(argument: _liaison_v1_RegradeLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  regradeLead(argument: _liaison_v1_RegradeLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  regradeLead(argument: _liaison_v1_RegradeLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Owner or participant asks the originator to allow court use by a unit (noCourtUseWithoutConsent).
   */
  RequestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Owner or participant asks the originator to allow court use by a unit (noCourtUseWithoutConsent).
   */
  requestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestCourtUseConsent(argument: _liaison_v1_RequestCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RequestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestOnwardSharing(argument: _liaison_v1_RequestOnwardSharingRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The transfer line after a police refusal and the court-use consent (ADR 0014).
   * Owner, within the window after a refusal or a maintained reconsideration (a right, not a duty).
   */
  RequestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The transfer line after a police refusal and the court-use consent (ADR 0014).
   * Owner, within the window after a refusal or a maintained reconsideration (a right, not a duty).
   */
  requestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestProcuratorateSupervision(argument: _liaison_v1_RequestProcuratorateSupervisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  RequestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RequestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  requestReconsideration(argument: _liaison_v1_RequestReconsiderationRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Owner: new facts reopen a decision not to transfer.
   */
  RevisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RevisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RevisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  RevisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Owner: new facts reopen a decision not to transfer.
   */
  revisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  revisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  revisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  revisitTransferDecision(argument: _liaison_v1_RevisitTransferDecisionRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  SearchLeads(argument: _liaison_v1_SearchLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  SearchLeads(argument: _liaison_v1_SearchLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  SearchLeads(argument: _liaison_v1_SearchLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  SearchLeads(argument: _liaison_v1_SearchLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  searchLeads(argument: _liaison_v1_SearchLeadsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  searchLeads(argument: _liaison_v1_SearchLeadsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  searchLeads(argument: _liaison_v1_SearchLeadsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  searchLeads(argument: _liaison_v1_SearchLeadsRequest, callback: grpc.requestCallback<_liaison_v1_LeadPage__Output>): grpc.ClientUnaryCall;
  
  ShareLead(argument: _liaison_v1_ShareLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ShareLead(argument: _liaison_v1_ShareLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ShareLead(argument: _liaison_v1_ShareLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  ShareLead(argument: _liaison_v1_ShareLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  shareLead(argument: _liaison_v1_ShareLeadRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  shareLead(argument: _liaison_v1_ShareLeadRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  shareLead(argument: _liaison_v1_ShareLeadRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  shareLead(argument: _liaison_v1_ShareLeadRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The police unit, when the Procuratorate asked for its reasons.
   */
  StatePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  StatePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  StatePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  StatePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The police unit, when the Procuratorate asked for its reasons.
   */
  statePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  statePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  statePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  statePoliceReasons(argument: _liaison_v1_StatePoliceReasonsRequest, callback: grpc.requestCallback<_liaison_v1_LeadCommandResult__Output>): grpc.ClientUnaryCall;
  
}

export interface LeadsServiceHandlers extends grpc.UntypedServiceImplementation {
  AcceptLead: grpc.handleUnaryCall<_liaison_v1_LeadActionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  AcknowledgeLead: grpc.handleUnaryCall<_liaison_v1_LeadActionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  AnswerReconsideration: grpc.handleUnaryCall<_liaison_v1_AnswerReconsiderationRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * A procurator of the Procuratorate unit asked.
   */
  AnswerSupervision: grpc.handleUnaryCall<_liaison_v1_AnswerSupervisionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  ApproveCourtUseConsent: grpc.handleUnaryCall<_liaison_v1_AnswerCourtUseConsentRequest__Output, _liaison_v1_LeadCommandResult>;
  
  ApproveOnwardSharing: grpc.handleUnaryCall<_liaison_v1_AnswerOnwardSharingRequest__Output, _liaison_v1_LeadCommandResult>;
  
  AssignForCoHandling: grpc.handleUnaryCall<_liaison_v1_AssignForCoHandlingRequest__Output, _liaison_v1_LeadCommandResult>;
  
  CloseLead: grpc.handleUnaryCall<_liaison_v1_CloseLeadRequest__Output, _liaison_v1_LeadCommandResult>;
  
  CountLeads: grpc.handleUnaryCall<_liaison_v1_CountLeadsRequest__Output, _liaison_v1_LeadCounts>;
  
  DecideTransfer: grpc.handleUnaryCall<_liaison_v1_DecideTransferRequest__Output, _liaison_v1_LeadCommandResult>;
  
  DeclineLead: grpc.handleUnaryCall<_liaison_v1_DeclineLeadRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * Owner unit, lead not closed: LeadEscalated; the operations service drafts a joint operation from it.
   */
  EscalateForJointAction: grpc.handleUnaryCall<_liaison_v1_EscalateForJointActionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * An officer of the responsible unit gives the reason for a breach on a lead (BreachExplained).
   */
  ExplainBreach: grpc.handleUnaryCall<_liaison_v1_ExplainLeadBreachRequest__Output, _liaison_v1_LeadCommandResult>;
  
  FlagSuspectedCrime: grpc.handleUnaryCall<_liaison_v1_FlagSuspectedCrimeRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * Queries, answered from projections and filtered by what the caller may see.
   */
  GetLead: grpc.handleUnaryCall<_liaison_v1_GetLeadRequest__Output, _liaison_v1_LeadDetail>;
  
  HandOverToPolice: grpc.handleUnaryCall<_liaison_v1_HandOverToPoliceRequest__Output, _liaison_v1_LeadCommandResult>;
  
  LinkLead: grpc.handleUnaryCall<_liaison_v1_LinkLeadRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * The accountability register of the leads context (ADR 0013): breaches newest first. Officers
   * read their own unit's entries, supervisors every unit's (no record content; a pointer for
   * AMBER+STRICT / RED), analysts within their clearance; others are refused (PERMISSION_DENIED).
   */
  ListAccountability: grpc.handleUnaryCall<_liaison_v1_ListAccountabilityRequest__Output, _liaison_v1_AccountabilityPage>;
  
  ListInbox: grpc.handleUnaryCall<_liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadPage>;
  
  /**
   * Deconfliction alerts on leads my unit owns: other units' operations targeting the same
   * subject (from the operations topic). Pointer only (operation owner unit and contact officer)
   * when the caller may not see the operation; answered with ResolveLeadConflict (operations).
   */
  ListOperationConflicts: grpc.handleUnaryCall<_liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadOperationConflictPage>;
  
  ListOutbox: grpc.handleUnaryCall<_liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadPage>;
  
  ListOverdue: grpc.handleUnaryCall<_liaison_v1_ListLeadsRequest__Output, _liaison_v1_OverduePage>;
  
  /**
   * The transfer cases the caller's Procuratorate unit is asked to supervise (procurator role only).
   */
  ListSupervisedLeads: grpc.handleUnaryCall<_liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadPage>;
  
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key, or a fresh uuid): a
   * retried command_id returns the first result. if_match_version > 0 pins the version the
   * caller saw (HTTP If-Match): a different current version fails with FAILED_PRECONDITION.
   */
  PostLead: grpc.handleUnaryCall<_liaison_v1_PostLeadRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RecordFeedback: grpc.handleUnaryCall<_liaison_v1_RecordFeedbackRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RecordPoliceDecision: grpc.handleUnaryCall<_liaison_v1_RecordPoliceDecisionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * The police unit, after a reversed reconsideration or a Procuratorate notice to open the case.
   */
  RecordPoliceOpening: grpc.handleUnaryCall<_liaison_v1_RecordPoliceOpeningRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RefuseCourtUseConsent: grpc.handleUnaryCall<_liaison_v1_AnswerCourtUseConsentRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RefuseOnwardSharing: grpc.handleUnaryCall<_liaison_v1_AnswerOnwardSharingRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RegradeLead: grpc.handleUnaryCall<_liaison_v1_RegradeLeadRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * Owner or participant asks the originator to allow court use by a unit (noCourtUseWithoutConsent).
   */
  RequestCourtUseConsent: grpc.handleUnaryCall<_liaison_v1_RequestCourtUseConsentRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RequestOnwardSharing: grpc.handleUnaryCall<_liaison_v1_RequestOnwardSharingRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * The transfer line after a police refusal and the court-use consent (ADR 0014).
   * Owner, within the window after a refusal or a maintained reconsideration (a right, not a duty).
   */
  RequestProcuratorateSupervision: grpc.handleUnaryCall<_liaison_v1_RequestProcuratorateSupervisionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  RequestReconsideration: grpc.handleUnaryCall<_liaison_v1_RequestReconsiderationRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * Owner: new facts reopen a decision not to transfer.
   */
  RevisitTransferDecision: grpc.handleUnaryCall<_liaison_v1_RevisitTransferDecisionRequest__Output, _liaison_v1_LeadCommandResult>;
  
  SearchLeads: grpc.handleUnaryCall<_liaison_v1_SearchLeadsRequest__Output, _liaison_v1_LeadPage>;
  
  ShareLead: grpc.handleUnaryCall<_liaison_v1_ShareLeadRequest__Output, _liaison_v1_LeadCommandResult>;
  
  /**
   * The police unit, when the Procuratorate asked for its reasons.
   */
  StatePoliceReasons: grpc.handleUnaryCall<_liaison_v1_StatePoliceReasonsRequest__Output, _liaison_v1_LeadCommandResult>;
  
}

export interface LeadsServiceDefinition extends grpc.ServiceDefinition {
  AcceptLead: MethodDefinition<_liaison_v1_LeadActionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_LeadActionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  AcknowledgeLead: MethodDefinition<_liaison_v1_LeadActionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_LeadActionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  AnswerReconsideration: MethodDefinition<_liaison_v1_AnswerReconsiderationRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AnswerReconsiderationRequest__Output, _liaison_v1_LeadCommandResult__Output>
  AnswerSupervision: MethodDefinition<_liaison_v1_AnswerSupervisionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AnswerSupervisionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  ApproveCourtUseConsent: MethodDefinition<_liaison_v1_AnswerCourtUseConsentRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AnswerCourtUseConsentRequest__Output, _liaison_v1_LeadCommandResult__Output>
  ApproveOnwardSharing: MethodDefinition<_liaison_v1_AnswerOnwardSharingRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AnswerOnwardSharingRequest__Output, _liaison_v1_LeadCommandResult__Output>
  AssignForCoHandling: MethodDefinition<_liaison_v1_AssignForCoHandlingRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AssignForCoHandlingRequest__Output, _liaison_v1_LeadCommandResult__Output>
  CloseLead: MethodDefinition<_liaison_v1_CloseLeadRequest, _liaison_v1_LeadCommandResult, _liaison_v1_CloseLeadRequest__Output, _liaison_v1_LeadCommandResult__Output>
  CountLeads: MethodDefinition<_liaison_v1_CountLeadsRequest, _liaison_v1_LeadCounts, _liaison_v1_CountLeadsRequest__Output, _liaison_v1_LeadCounts__Output>
  DecideTransfer: MethodDefinition<_liaison_v1_DecideTransferRequest, _liaison_v1_LeadCommandResult, _liaison_v1_DecideTransferRequest__Output, _liaison_v1_LeadCommandResult__Output>
  DeclineLead: MethodDefinition<_liaison_v1_DeclineLeadRequest, _liaison_v1_LeadCommandResult, _liaison_v1_DeclineLeadRequest__Output, _liaison_v1_LeadCommandResult__Output>
  EscalateForJointAction: MethodDefinition<_liaison_v1_EscalateForJointActionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_EscalateForJointActionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  ExplainBreach: MethodDefinition<_liaison_v1_ExplainLeadBreachRequest, _liaison_v1_LeadCommandResult, _liaison_v1_ExplainLeadBreachRequest__Output, _liaison_v1_LeadCommandResult__Output>
  FlagSuspectedCrime: MethodDefinition<_liaison_v1_FlagSuspectedCrimeRequest, _liaison_v1_LeadCommandResult, _liaison_v1_FlagSuspectedCrimeRequest__Output, _liaison_v1_LeadCommandResult__Output>
  GetLead: MethodDefinition<_liaison_v1_GetLeadRequest, _liaison_v1_LeadDetail, _liaison_v1_GetLeadRequest__Output, _liaison_v1_LeadDetail__Output>
  HandOverToPolice: MethodDefinition<_liaison_v1_HandOverToPoliceRequest, _liaison_v1_LeadCommandResult, _liaison_v1_HandOverToPoliceRequest__Output, _liaison_v1_LeadCommandResult__Output>
  LinkLead: MethodDefinition<_liaison_v1_LinkLeadRequest, _liaison_v1_LeadCommandResult, _liaison_v1_LinkLeadRequest__Output, _liaison_v1_LeadCommandResult__Output>
  ListAccountability: MethodDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_AccountabilityPage, _liaison_v1_ListAccountabilityRequest__Output, _liaison_v1_AccountabilityPage__Output>
  ListInbox: MethodDefinition<_liaison_v1_ListLeadsRequest, _liaison_v1_LeadPage, _liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadPage__Output>
  ListOperationConflicts: MethodDefinition<_liaison_v1_ListLeadsRequest, _liaison_v1_LeadOperationConflictPage, _liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadOperationConflictPage__Output>
  ListOutbox: MethodDefinition<_liaison_v1_ListLeadsRequest, _liaison_v1_LeadPage, _liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadPage__Output>
  ListOverdue: MethodDefinition<_liaison_v1_ListLeadsRequest, _liaison_v1_OverduePage, _liaison_v1_ListLeadsRequest__Output, _liaison_v1_OverduePage__Output>
  ListSupervisedLeads: MethodDefinition<_liaison_v1_ListLeadsRequest, _liaison_v1_LeadPage, _liaison_v1_ListLeadsRequest__Output, _liaison_v1_LeadPage__Output>
  PostLead: MethodDefinition<_liaison_v1_PostLeadRequest, _liaison_v1_LeadCommandResult, _liaison_v1_PostLeadRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RecordFeedback: MethodDefinition<_liaison_v1_RecordFeedbackRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RecordFeedbackRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RecordPoliceDecision: MethodDefinition<_liaison_v1_RecordPoliceDecisionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RecordPoliceDecisionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RecordPoliceOpening: MethodDefinition<_liaison_v1_RecordPoliceOpeningRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RecordPoliceOpeningRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RefuseCourtUseConsent: MethodDefinition<_liaison_v1_AnswerCourtUseConsentRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AnswerCourtUseConsentRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RefuseOnwardSharing: MethodDefinition<_liaison_v1_AnswerOnwardSharingRequest, _liaison_v1_LeadCommandResult, _liaison_v1_AnswerOnwardSharingRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RegradeLead: MethodDefinition<_liaison_v1_RegradeLeadRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RegradeLeadRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RequestCourtUseConsent: MethodDefinition<_liaison_v1_RequestCourtUseConsentRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RequestCourtUseConsentRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RequestOnwardSharing: MethodDefinition<_liaison_v1_RequestOnwardSharingRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RequestOnwardSharingRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RequestProcuratorateSupervision: MethodDefinition<_liaison_v1_RequestProcuratorateSupervisionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RequestProcuratorateSupervisionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RequestReconsideration: MethodDefinition<_liaison_v1_RequestReconsiderationRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RequestReconsiderationRequest__Output, _liaison_v1_LeadCommandResult__Output>
  RevisitTransferDecision: MethodDefinition<_liaison_v1_RevisitTransferDecisionRequest, _liaison_v1_LeadCommandResult, _liaison_v1_RevisitTransferDecisionRequest__Output, _liaison_v1_LeadCommandResult__Output>
  SearchLeads: MethodDefinition<_liaison_v1_SearchLeadsRequest, _liaison_v1_LeadPage, _liaison_v1_SearchLeadsRequest__Output, _liaison_v1_LeadPage__Output>
  ShareLead: MethodDefinition<_liaison_v1_ShareLeadRequest, _liaison_v1_LeadCommandResult, _liaison_v1_ShareLeadRequest__Output, _liaison_v1_LeadCommandResult__Output>
  StatePoliceReasons: MethodDefinition<_liaison_v1_StatePoliceReasonsRequest, _liaison_v1_LeadCommandResult, _liaison_v1_StatePoliceReasonsRequest__Output, _liaison_v1_LeadCommandResult__Output>
}
