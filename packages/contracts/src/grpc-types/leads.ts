import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { AnswerCourtUseConsentRequest as _liaison_v1_AnswerCourtUseConsentRequest, AnswerCourtUseConsentRequest__Output as _liaison_v1_AnswerCourtUseConsentRequest__Output } from './liaison/v1/AnswerCourtUseConsentRequest';
import type { AnswerOnwardSharingRequest as _liaison_v1_AnswerOnwardSharingRequest, AnswerOnwardSharingRequest__Output as _liaison_v1_AnswerOnwardSharingRequest__Output } from './liaison/v1/AnswerOnwardSharingRequest';
import type { AnswerReconsiderationRequest as _liaison_v1_AnswerReconsiderationRequest, AnswerReconsiderationRequest__Output as _liaison_v1_AnswerReconsiderationRequest__Output } from './liaison/v1/AnswerReconsiderationRequest';
import type { AnswerSupervisionRequest as _liaison_v1_AnswerSupervisionRequest, AnswerSupervisionRequest__Output as _liaison_v1_AnswerSupervisionRequest__Output } from './liaison/v1/AnswerSupervisionRequest';
import type { AssignForCoHandlingRequest as _liaison_v1_AssignForCoHandlingRequest, AssignForCoHandlingRequest__Output as _liaison_v1_AssignForCoHandlingRequest__Output } from './liaison/v1/AssignForCoHandlingRequest';
import type { Attachment as _liaison_v1_Attachment, Attachment__Output as _liaison_v1_Attachment__Output } from './liaison/v1/Attachment';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { CloseLeadRequest as _liaison_v1_CloseLeadRequest, CloseLeadRequest__Output as _liaison_v1_CloseLeadRequest__Output } from './liaison/v1/CloseLeadRequest';
import type { CoHandlingTask as _liaison_v1_CoHandlingTask, CoHandlingTask__Output as _liaison_v1_CoHandlingTask__Output } from './liaison/v1/CoHandlingTask';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { CountBucket as _liaison_v1_CountBucket, CountBucket__Output as _liaison_v1_CountBucket__Output } from './liaison/v1/CountBucket';
import type { CountLeadsRequest as _liaison_v1_CountLeadsRequest, CountLeadsRequest__Output as _liaison_v1_CountLeadsRequest__Output } from './liaison/v1/CountLeadsRequest';
import type { CourtUseConsentRequest as _liaison_v1_CourtUseConsentRequest, CourtUseConsentRequest__Output as _liaison_v1_CourtUseConsentRequest__Output } from './liaison/v1/CourtUseConsentRequest';
import type { DecideTransferRequest as _liaison_v1_DecideTransferRequest, DecideTransferRequest__Output as _liaison_v1_DecideTransferRequest__Output } from './liaison/v1/DecideTransferRequest';
import type { DeclineLeadRequest as _liaison_v1_DeclineLeadRequest, DeclineLeadRequest__Output as _liaison_v1_DeclineLeadRequest__Output } from './liaison/v1/DeclineLeadRequest';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { EscalateForJointActionRequest as _liaison_v1_EscalateForJointActionRequest, EscalateForJointActionRequest__Output as _liaison_v1_EscalateForJointActionRequest__Output } from './liaison/v1/EscalateForJointActionRequest';
import type { ExplainLeadBreachRequest as _liaison_v1_ExplainLeadBreachRequest, ExplainLeadBreachRequest__Output as _liaison_v1_ExplainLeadBreachRequest__Output } from './liaison/v1/ExplainLeadBreachRequest';
import type { Feedback as _liaison_v1_Feedback, Feedback__Output as _liaison_v1_Feedback__Output } from './liaison/v1/Feedback';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { FlagSuspectedCrimeRequest as _liaison_v1_FlagSuspectedCrimeRequest, FlagSuspectedCrimeRequest__Output as _liaison_v1_FlagSuspectedCrimeRequest__Output } from './liaison/v1/FlagSuspectedCrimeRequest';
import type { GetLeadRequest as _liaison_v1_GetLeadRequest, GetLeadRequest__Output as _liaison_v1_GetLeadRequest__Output } from './liaison/v1/GetLeadRequest';
import type { Grading as _liaison_v1_Grading, Grading__Output as _liaison_v1_Grading__Output } from './liaison/v1/Grading';
import type { HandOverToPoliceRequest as _liaison_v1_HandOverToPoliceRequest, HandOverToPoliceRequest__Output as _liaison_v1_HandOverToPoliceRequest__Output } from './liaison/v1/HandOverToPoliceRequest';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { HistoryEntry as _liaison_v1_HistoryEntry, HistoryEntry__Output as _liaison_v1_HistoryEntry__Output } from './liaison/v1/HistoryEntry';
import type { LeadActionRequest as _liaison_v1_LeadActionRequest, LeadActionRequest__Output as _liaison_v1_LeadActionRequest__Output } from './liaison/v1/LeadActionRequest';
import type { LeadCommandResult as _liaison_v1_LeadCommandResult, LeadCommandResult__Output as _liaison_v1_LeadCommandResult__Output } from './liaison/v1/LeadCommandResult';
import type { LeadCounts as _liaison_v1_LeadCounts, LeadCounts__Output as _liaison_v1_LeadCounts__Output } from './liaison/v1/LeadCounts';
import type { LeadDetail as _liaison_v1_LeadDetail, LeadDetail__Output as _liaison_v1_LeadDetail__Output } from './liaison/v1/LeadDetail';
import type { LeadLink as _liaison_v1_LeadLink, LeadLink__Output as _liaison_v1_LeadLink__Output } from './liaison/v1/LeadLink';
import type { LeadOperationConflict as _liaison_v1_LeadOperationConflict, LeadOperationConflict__Output as _liaison_v1_LeadOperationConflict__Output } from './liaison/v1/LeadOperationConflict';
import type { LeadOperationConflictPage as _liaison_v1_LeadOperationConflictPage, LeadOperationConflictPage__Output as _liaison_v1_LeadOperationConflictPage__Output } from './liaison/v1/LeadOperationConflictPage';
import type { LeadPage as _liaison_v1_LeadPage, LeadPage__Output as _liaison_v1_LeadPage__Output } from './liaison/v1/LeadPage';
import type { LeadSummary as _liaison_v1_LeadSummary, LeadSummary__Output as _liaison_v1_LeadSummary__Output } from './liaison/v1/LeadSummary';
import type { LeadsServiceClient as _liaison_v1_LeadsServiceClient, LeadsServiceDefinition as _liaison_v1_LeadsServiceDefinition } from './liaison/v1/LeadsService';
import type { LinkLeadRequest as _liaison_v1_LinkLeadRequest, LinkLeadRequest__Output as _liaison_v1_LinkLeadRequest__Output } from './liaison/v1/LinkLeadRequest';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { ListLeadsRequest as _liaison_v1_ListLeadsRequest, ListLeadsRequest__Output as _liaison_v1_ListLeadsRequest__Output } from './liaison/v1/ListLeadsRequest';
import type { Location as _liaison_v1_Location, Location__Output as _liaison_v1_Location__Output } from './liaison/v1/Location';
import type { OnwardSharingRequest as _liaison_v1_OnwardSharingRequest, OnwardSharingRequest__Output as _liaison_v1_OnwardSharingRequest__Output } from './liaison/v1/OnwardSharingRequest';
import type { OperationOutcome as _liaison_v1_OperationOutcome, OperationOutcome__Output as _liaison_v1_OperationOutcome__Output } from './liaison/v1/OperationOutcome';
import type { OverdueBreach as _liaison_v1_OverdueBreach, OverdueBreach__Output as _liaison_v1_OverdueBreach__Output } from './liaison/v1/OverdueBreach';
import type { OverdueItem as _liaison_v1_OverdueItem, OverdueItem__Output as _liaison_v1_OverdueItem__Output } from './liaison/v1/OverdueItem';
import type { OverduePage as _liaison_v1_OverduePage, OverduePage__Output as _liaison_v1_OverduePage__Output } from './liaison/v1/OverduePage';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { PostLeadRequest as _liaison_v1_PostLeadRequest, PostLeadRequest__Output as _liaison_v1_PostLeadRequest__Output } from './liaison/v1/PostLeadRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { ProposedWindow as _liaison_v1_ProposedWindow, ProposedWindow__Output as _liaison_v1_ProposedWindow__Output } from './liaison/v1/ProposedWindow';
import type { Recipient as _liaison_v1_Recipient, Recipient__Output as _liaison_v1_Recipient__Output } from './liaison/v1/Recipient';
import type { RecordFeedbackRequest as _liaison_v1_RecordFeedbackRequest, RecordFeedbackRequest__Output as _liaison_v1_RecordFeedbackRequest__Output } from './liaison/v1/RecordFeedbackRequest';
import type { RecordPoliceDecisionRequest as _liaison_v1_RecordPoliceDecisionRequest, RecordPoliceDecisionRequest__Output as _liaison_v1_RecordPoliceDecisionRequest__Output } from './liaison/v1/RecordPoliceDecisionRequest';
import type { RecordPoliceOpeningRequest as _liaison_v1_RecordPoliceOpeningRequest, RecordPoliceOpeningRequest__Output as _liaison_v1_RecordPoliceOpeningRequest__Output } from './liaison/v1/RecordPoliceOpeningRequest';
import type { RegradeLeadRequest as _liaison_v1_RegradeLeadRequest, RegradeLeadRequest__Output as _liaison_v1_RegradeLeadRequest__Output } from './liaison/v1/RegradeLeadRequest';
import type { RequestCourtUseConsentRequest as _liaison_v1_RequestCourtUseConsentRequest, RequestCourtUseConsentRequest__Output as _liaison_v1_RequestCourtUseConsentRequest__Output } from './liaison/v1/RequestCourtUseConsentRequest';
import type { RequestOnwardSharingRequest as _liaison_v1_RequestOnwardSharingRequest, RequestOnwardSharingRequest__Output as _liaison_v1_RequestOnwardSharingRequest__Output } from './liaison/v1/RequestOnwardSharingRequest';
import type { RequestProcuratorateSupervisionRequest as _liaison_v1_RequestProcuratorateSupervisionRequest, RequestProcuratorateSupervisionRequest__Output as _liaison_v1_RequestProcuratorateSupervisionRequest__Output } from './liaison/v1/RequestProcuratorateSupervisionRequest';
import type { RequestReconsiderationRequest as _liaison_v1_RequestReconsiderationRequest, RequestReconsiderationRequest__Output as _liaison_v1_RequestReconsiderationRequest__Output } from './liaison/v1/RequestReconsiderationRequest';
import type { RevisitTransferDecisionRequest as _liaison_v1_RevisitTransferDecisionRequest, RevisitTransferDecisionRequest__Output as _liaison_v1_RevisitTransferDecisionRequest__Output } from './liaison/v1/RevisitTransferDecisionRequest';
import type { SearchLeadsRequest as _liaison_v1_SearchLeadsRequest, SearchLeadsRequest__Output as _liaison_v1_SearchLeadsRequest__Output } from './liaison/v1/SearchLeadsRequest';
import type { ShareLeadRequest as _liaison_v1_ShareLeadRequest, ShareLeadRequest__Output as _liaison_v1_ShareLeadRequest__Output } from './liaison/v1/ShareLeadRequest';
import type { StatePoliceReasonsRequest as _liaison_v1_StatePoliceReasonsRequest, StatePoliceReasonsRequest__Output as _liaison_v1_StatePoliceReasonsRequest__Output } from './liaison/v1/StatePoliceReasonsRequest';
import type { Subject as _liaison_v1_Subject, Subject__Output as _liaison_v1_Subject__Output } from './liaison/v1/Subject';
import type { Transfer as _liaison_v1_Transfer, Transfer__Output as _liaison_v1_Transfer__Output } from './liaison/v1/Transfer';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AccountabilityEntry: MessageTypeDefinition<_liaison_v1_AccountabilityEntry, _liaison_v1_AccountabilityEntry__Output>
      AccountabilityPage: MessageTypeDefinition<_liaison_v1_AccountabilityPage, _liaison_v1_AccountabilityPage__Output>
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      AnswerCourtUseConsentRequest: MessageTypeDefinition<_liaison_v1_AnswerCourtUseConsentRequest, _liaison_v1_AnswerCourtUseConsentRequest__Output>
      AnswerOnwardSharingRequest: MessageTypeDefinition<_liaison_v1_AnswerOnwardSharingRequest, _liaison_v1_AnswerOnwardSharingRequest__Output>
      AnswerReconsiderationRequest: MessageTypeDefinition<_liaison_v1_AnswerReconsiderationRequest, _liaison_v1_AnswerReconsiderationRequest__Output>
      AnswerSupervisionRequest: MessageTypeDefinition<_liaison_v1_AnswerSupervisionRequest, _liaison_v1_AnswerSupervisionRequest__Output>
      AssignForCoHandlingRequest: MessageTypeDefinition<_liaison_v1_AssignForCoHandlingRequest, _liaison_v1_AssignForCoHandlingRequest__Output>
      Attachment: MessageTypeDefinition<_liaison_v1_Attachment, _liaison_v1_Attachment__Output>
      BreachExplanation: MessageTypeDefinition<_liaison_v1_BreachExplanation, _liaison_v1_BreachExplanation__Output>
      CloseLeadRequest: MessageTypeDefinition<_liaison_v1_CloseLeadRequest, _liaison_v1_CloseLeadRequest__Output>
      CoHandlingTask: MessageTypeDefinition<_liaison_v1_CoHandlingTask, _liaison_v1_CoHandlingTask__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      CountBucket: MessageTypeDefinition<_liaison_v1_CountBucket, _liaison_v1_CountBucket__Output>
      CountLeadsRequest: MessageTypeDefinition<_liaison_v1_CountLeadsRequest, _liaison_v1_CountLeadsRequest__Output>
      CourtUseConsentRequest: MessageTypeDefinition<_liaison_v1_CourtUseConsentRequest, _liaison_v1_CourtUseConsentRequest__Output>
      DecideTransferRequest: MessageTypeDefinition<_liaison_v1_DecideTransferRequest, _liaison_v1_DecideTransferRequest__Output>
      DeclineLeadRequest: MessageTypeDefinition<_liaison_v1_DeclineLeadRequest, _liaison_v1_DeclineLeadRequest__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      EscalateForJointActionRequest: MessageTypeDefinition<_liaison_v1_EscalateForJointActionRequest, _liaison_v1_EscalateForJointActionRequest__Output>
      ExplainLeadBreachRequest: MessageTypeDefinition<_liaison_v1_ExplainLeadBreachRequest, _liaison_v1_ExplainLeadBreachRequest__Output>
      Feedback: MessageTypeDefinition<_liaison_v1_Feedback, _liaison_v1_Feedback__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      FlagSuspectedCrimeRequest: MessageTypeDefinition<_liaison_v1_FlagSuspectedCrimeRequest, _liaison_v1_FlagSuspectedCrimeRequest__Output>
      GetLeadRequest: MessageTypeDefinition<_liaison_v1_GetLeadRequest, _liaison_v1_GetLeadRequest__Output>
      Grading: MessageTypeDefinition<_liaison_v1_Grading, _liaison_v1_Grading__Output>
      HandOverToPoliceRequest: MessageTypeDefinition<_liaison_v1_HandOverToPoliceRequest, _liaison_v1_HandOverToPoliceRequest__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      HistoryEntry: MessageTypeDefinition<_liaison_v1_HistoryEntry, _liaison_v1_HistoryEntry__Output>
      LeadActionRequest: MessageTypeDefinition<_liaison_v1_LeadActionRequest, _liaison_v1_LeadActionRequest__Output>
      LeadCommandResult: MessageTypeDefinition<_liaison_v1_LeadCommandResult, _liaison_v1_LeadCommandResult__Output>
      LeadCounts: MessageTypeDefinition<_liaison_v1_LeadCounts, _liaison_v1_LeadCounts__Output>
      LeadDetail: MessageTypeDefinition<_liaison_v1_LeadDetail, _liaison_v1_LeadDetail__Output>
      LeadLink: MessageTypeDefinition<_liaison_v1_LeadLink, _liaison_v1_LeadLink__Output>
      LeadOperationConflict: MessageTypeDefinition<_liaison_v1_LeadOperationConflict, _liaison_v1_LeadOperationConflict__Output>
      LeadOperationConflictPage: MessageTypeDefinition<_liaison_v1_LeadOperationConflictPage, _liaison_v1_LeadOperationConflictPage__Output>
      LeadPage: MessageTypeDefinition<_liaison_v1_LeadPage, _liaison_v1_LeadPage__Output>
      LeadSummary: MessageTypeDefinition<_liaison_v1_LeadSummary, _liaison_v1_LeadSummary__Output>
      LeadsService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_LeadsServiceClient> & { service: _liaison_v1_LeadsServiceDefinition }
      LinkLeadRequest: MessageTypeDefinition<_liaison_v1_LinkLeadRequest, _liaison_v1_LinkLeadRequest__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      ListLeadsRequest: MessageTypeDefinition<_liaison_v1_ListLeadsRequest, _liaison_v1_ListLeadsRequest__Output>
      Location: MessageTypeDefinition<_liaison_v1_Location, _liaison_v1_Location__Output>
      OnwardSharingRequest: MessageTypeDefinition<_liaison_v1_OnwardSharingRequest, _liaison_v1_OnwardSharingRequest__Output>
      OperationOutcome: MessageTypeDefinition<_liaison_v1_OperationOutcome, _liaison_v1_OperationOutcome__Output>
      OverdueBreach: MessageTypeDefinition<_liaison_v1_OverdueBreach, _liaison_v1_OverdueBreach__Output>
      OverdueItem: MessageTypeDefinition<_liaison_v1_OverdueItem, _liaison_v1_OverdueItem__Output>
      OverduePage: MessageTypeDefinition<_liaison_v1_OverduePage, _liaison_v1_OverduePage__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      PostLeadRequest: MessageTypeDefinition<_liaison_v1_PostLeadRequest, _liaison_v1_PostLeadRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      ProposedWindow: MessageTypeDefinition<_liaison_v1_ProposedWindow, _liaison_v1_ProposedWindow__Output>
      Recipient: MessageTypeDefinition<_liaison_v1_Recipient, _liaison_v1_Recipient__Output>
      RecordFeedbackRequest: MessageTypeDefinition<_liaison_v1_RecordFeedbackRequest, _liaison_v1_RecordFeedbackRequest__Output>
      RecordPoliceDecisionRequest: MessageTypeDefinition<_liaison_v1_RecordPoliceDecisionRequest, _liaison_v1_RecordPoliceDecisionRequest__Output>
      RecordPoliceOpeningRequest: MessageTypeDefinition<_liaison_v1_RecordPoliceOpeningRequest, _liaison_v1_RecordPoliceOpeningRequest__Output>
      RegradeLeadRequest: MessageTypeDefinition<_liaison_v1_RegradeLeadRequest, _liaison_v1_RegradeLeadRequest__Output>
      RequestCourtUseConsentRequest: MessageTypeDefinition<_liaison_v1_RequestCourtUseConsentRequest, _liaison_v1_RequestCourtUseConsentRequest__Output>
      RequestOnwardSharingRequest: MessageTypeDefinition<_liaison_v1_RequestOnwardSharingRequest, _liaison_v1_RequestOnwardSharingRequest__Output>
      RequestProcuratorateSupervisionRequest: MessageTypeDefinition<_liaison_v1_RequestProcuratorateSupervisionRequest, _liaison_v1_RequestProcuratorateSupervisionRequest__Output>
      RequestReconsiderationRequest: MessageTypeDefinition<_liaison_v1_RequestReconsiderationRequest, _liaison_v1_RequestReconsiderationRequest__Output>
      RevisitTransferDecisionRequest: MessageTypeDefinition<_liaison_v1_RevisitTransferDecisionRequest, _liaison_v1_RevisitTransferDecisionRequest__Output>
      SearchLeadsRequest: MessageTypeDefinition<_liaison_v1_SearchLeadsRequest, _liaison_v1_SearchLeadsRequest__Output>
      ShareLeadRequest: MessageTypeDefinition<_liaison_v1_ShareLeadRequest, _liaison_v1_ShareLeadRequest__Output>
      StatePoliceReasonsRequest: MessageTypeDefinition<_liaison_v1_StatePoliceReasonsRequest, _liaison_v1_StatePoliceReasonsRequest__Output>
      Subject: MessageTypeDefinition<_liaison_v1_Subject, _liaison_v1_Subject__Output>
      Transfer: MessageTypeDefinition<_liaison_v1_Transfer, _liaison_v1_Transfer__Output>
    }
  }
}

