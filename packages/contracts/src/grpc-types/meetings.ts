import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { ActionItemPage as _liaison_v1_ActionItemPage, ActionItemPage__Output as _liaison_v1_ActionItemPage__Output } from './liaison/v1/ActionItemPage';
import type { ActionItemSummary as _liaison_v1_ActionItemSummary, ActionItemSummary__Output as _liaison_v1_ActionItemSummary__Output } from './liaison/v1/ActionItemSummary';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { AddAgendaItemRequest as _liaison_v1_AddAgendaItemRequest, AddAgendaItemRequest__Output as _liaison_v1_AddAgendaItemRequest__Output } from './liaison/v1/AddAgendaItemRequest';
import type { AgendaProposalRequest as _liaison_v1_AgendaProposalRequest, AgendaProposalRequest__Output as _liaison_v1_AgendaProposalRequest__Output } from './liaison/v1/AgendaProposalRequest';
import type { Assessment as _liaison_v1_Assessment, Assessment__Output as _liaison_v1_Assessment__Output } from './liaison/v1/Assessment';
import type { AssessmentBreachCount as _liaison_v1_AssessmentBreachCount, AssessmentBreachCount__Output as _liaison_v1_AssessmentBreachCount__Output } from './liaison/v1/AssessmentBreachCount';
import type { AssessmentRequest as _liaison_v1_AssessmentRequest, AssessmentRequest__Output as _liaison_v1_AssessmentRequest__Output } from './liaison/v1/AssessmentRequest';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { CancelMeetingRequest as _liaison_v1_CancelMeetingRequest, CancelMeetingRequest__Output as _liaison_v1_CancelMeetingRequest__Output } from './liaison/v1/CancelMeetingRequest';
import type { CompleteActionItemRequest as _liaison_v1_CompleteActionItemRequest, CompleteActionItemRequest__Output as _liaison_v1_CompleteActionItemRequest__Output } from './liaison/v1/CompleteActionItemRequest';
import type { ComplianceFigure as _liaison_v1_ComplianceFigure, ComplianceFigure__Output as _liaison_v1_ComplianceFigure__Output } from './liaison/v1/ComplianceFigure';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { ExplainMeetingBreachRequest as _liaison_v1_ExplainMeetingBreachRequest, ExplainMeetingBreachRequest__Output as _liaison_v1_ExplainMeetingBreachRequest__Output } from './liaison/v1/ExplainMeetingBreachRequest';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { GetMeetingRequest as _liaison_v1_GetMeetingRequest, GetMeetingRequest__Output as _liaison_v1_GetMeetingRequest__Output } from './liaison/v1/GetMeetingRequest';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { IssueRectificationOrderRequest as _liaison_v1_IssueRectificationOrderRequest, IssueRectificationOrderRequest__Output as _liaison_v1_IssueRectificationOrderRequest__Output } from './liaison/v1/IssueRectificationOrderRequest';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { ListActionItemsRequest as _liaison_v1_ListActionItemsRequest, ListActionItemsRequest__Output as _liaison_v1_ListActionItemsRequest__Output } from './liaison/v1/ListActionItemsRequest';
import type { ListMeetingsRequest as _liaison_v1_ListMeetingsRequest, ListMeetingsRequest__Output as _liaison_v1_ListMeetingsRequest__Output } from './liaison/v1/ListMeetingsRequest';
import type { MeetingActionItem as _liaison_v1_MeetingActionItem, MeetingActionItem__Output as _liaison_v1_MeetingActionItem__Output } from './liaison/v1/MeetingActionItem';
import type { MeetingActionItemInput as _liaison_v1_MeetingActionItemInput, MeetingActionItemInput__Output as _liaison_v1_MeetingActionItemInput__Output } from './liaison/v1/MeetingActionItemInput';
import type { MeetingActionRequest as _liaison_v1_MeetingActionRequest, MeetingActionRequest__Output as _liaison_v1_MeetingActionRequest__Output } from './liaison/v1/MeetingActionRequest';
import type { MeetingAgendaItem as _liaison_v1_MeetingAgendaItem, MeetingAgendaItem__Output as _liaison_v1_MeetingAgendaItem__Output } from './liaison/v1/MeetingAgendaItem';
import type { MeetingAgendaProposal as _liaison_v1_MeetingAgendaProposal, MeetingAgendaProposal__Output as _liaison_v1_MeetingAgendaProposal__Output } from './liaison/v1/MeetingAgendaProposal';
import type { MeetingAttendance as _liaison_v1_MeetingAttendance, MeetingAttendance__Output as _liaison_v1_MeetingAttendance__Output } from './liaison/v1/MeetingAttendance';
import type { MeetingCalendar as _liaison_v1_MeetingCalendar, MeetingCalendar__Output as _liaison_v1_MeetingCalendar__Output } from './liaison/v1/MeetingCalendar';
import type { MeetingCommandResult as _liaison_v1_MeetingCommandResult, MeetingCommandResult__Output as _liaison_v1_MeetingCommandResult__Output } from './liaison/v1/MeetingCommandResult';
import type { MeetingDecision as _liaison_v1_MeetingDecision, MeetingDecision__Output as _liaison_v1_MeetingDecision__Output } from './liaison/v1/MeetingDecision';
import type { MeetingDetail as _liaison_v1_MeetingDetail, MeetingDetail__Output as _liaison_v1_MeetingDetail__Output } from './liaison/v1/MeetingDetail';
import type { MeetingPage as _liaison_v1_MeetingPage, MeetingPage__Output as _liaison_v1_MeetingPage__Output } from './liaison/v1/MeetingPage';
import type { MeetingProposalReason as _liaison_v1_MeetingProposalReason, MeetingProposalReason__Output as _liaison_v1_MeetingProposalReason__Output } from './liaison/v1/MeetingProposalReason';
import type { MeetingRecordAccess as _liaison_v1_MeetingRecordAccess, MeetingRecordAccess__Output as _liaison_v1_MeetingRecordAccess__Output } from './liaison/v1/MeetingRecordAccess';
import type { MeetingReference as _liaison_v1_MeetingReference, MeetingReference__Output as _liaison_v1_MeetingReference__Output } from './liaison/v1/MeetingReference';
import type { MeetingSummary as _liaison_v1_MeetingSummary, MeetingSummary__Output as _liaison_v1_MeetingSummary__Output } from './liaison/v1/MeetingSummary';
import type { MeetingWindow as _liaison_v1_MeetingWindow, MeetingWindow__Output as _liaison_v1_MeetingWindow__Output } from './liaison/v1/MeetingWindow';
import type { MeetingsServiceClient as _liaison_v1_MeetingsServiceClient, MeetingsServiceDefinition as _liaison_v1_MeetingsServiceDefinition } from './liaison/v1/MeetingsService';
import type { OperationResults as _liaison_v1_OperationResults, OperationResults__Output as _liaison_v1_OperationResults__Output } from './liaison/v1/OperationResults';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { RecordAttendanceRequest as _liaison_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _liaison_v1_RecordAttendanceRequest__Output } from './liaison/v1/RecordAttendanceRequest';
import type { RecordDecisionRequest as _liaison_v1_RecordDecisionRequest, RecordDecisionRequest__Output as _liaison_v1_RecordDecisionRequest__Output } from './liaison/v1/RecordDecisionRequest';
import type { RecordMinutesRequest as _liaison_v1_RecordMinutesRequest, RecordMinutesRequest__Output as _liaison_v1_RecordMinutesRequest__Output } from './liaison/v1/RecordMinutesRequest';
import type { Rectification as _liaison_v1_Rectification, Rectification__Output as _liaison_v1_Rectification__Output } from './liaison/v1/Rectification';
import type { RectificationOrder as _liaison_v1_RectificationOrder, RectificationOrder__Output as _liaison_v1_RectificationOrder__Output } from './liaison/v1/RectificationOrder';
import type { RescheduleMeetingRequest as _liaison_v1_RescheduleMeetingRequest, RescheduleMeetingRequest__Output as _liaison_v1_RescheduleMeetingRequest__Output } from './liaison/v1/RescheduleMeetingRequest';
import type { ScheduleMeetingRequest as _liaison_v1_ScheduleMeetingRequest, ScheduleMeetingRequest__Output as _liaison_v1_ScheduleMeetingRequest__Output } from './liaison/v1/ScheduleMeetingRequest';
import type { SituationContext as _liaison_v1_SituationContext, SituationContext__Output as _liaison_v1_SituationContext__Output } from './liaison/v1/SituationContext';
import type { SituationGroup as _liaison_v1_SituationGroup, SituationGroup__Output as _liaison_v1_SituationGroup__Output } from './liaison/v1/SituationGroup';
import type { SituationPeriod as _liaison_v1_SituationPeriod, SituationPeriod__Output as _liaison_v1_SituationPeriod__Output } from './liaison/v1/SituationPeriod';
import type { SituationReport as _liaison_v1_SituationReport, SituationReport__Output as _liaison_v1_SituationReport__Output } from './liaison/v1/SituationReport';
import type { SituationReportRequest as _liaison_v1_SituationReportRequest, SituationReportRequest__Output as _liaison_v1_SituationReportRequest__Output } from './liaison/v1/SituationReportRequest';
import type { UnitAssessment as _liaison_v1_UnitAssessment, UnitAssessment__Output as _liaison_v1_UnitAssessment__Output } from './liaison/v1/UnitAssessment';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AccountabilityEntry: MessageTypeDefinition<_liaison_v1_AccountabilityEntry, _liaison_v1_AccountabilityEntry__Output>
      AccountabilityPage: MessageTypeDefinition<_liaison_v1_AccountabilityPage, _liaison_v1_AccountabilityPage__Output>
      ActionItemPage: MessageTypeDefinition<_liaison_v1_ActionItemPage, _liaison_v1_ActionItemPage__Output>
      ActionItemSummary: MessageTypeDefinition<_liaison_v1_ActionItemSummary, _liaison_v1_ActionItemSummary__Output>
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      AddAgendaItemRequest: MessageTypeDefinition<_liaison_v1_AddAgendaItemRequest, _liaison_v1_AddAgendaItemRequest__Output>
      AgendaProposalRequest: MessageTypeDefinition<_liaison_v1_AgendaProposalRequest, _liaison_v1_AgendaProposalRequest__Output>
      Assessment: MessageTypeDefinition<_liaison_v1_Assessment, _liaison_v1_Assessment__Output>
      AssessmentBreachCount: MessageTypeDefinition<_liaison_v1_AssessmentBreachCount, _liaison_v1_AssessmentBreachCount__Output>
      AssessmentRequest: MessageTypeDefinition<_liaison_v1_AssessmentRequest, _liaison_v1_AssessmentRequest__Output>
      BreachExplanation: MessageTypeDefinition<_liaison_v1_BreachExplanation, _liaison_v1_BreachExplanation__Output>
      CancelMeetingRequest: MessageTypeDefinition<_liaison_v1_CancelMeetingRequest, _liaison_v1_CancelMeetingRequest__Output>
      CompleteActionItemRequest: MessageTypeDefinition<_liaison_v1_CompleteActionItemRequest, _liaison_v1_CompleteActionItemRequest__Output>
      ComplianceFigure: MessageTypeDefinition<_liaison_v1_ComplianceFigure, _liaison_v1_ComplianceFigure__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      ExplainMeetingBreachRequest: MessageTypeDefinition<_liaison_v1_ExplainMeetingBreachRequest, _liaison_v1_ExplainMeetingBreachRequest__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      GetMeetingRequest: MessageTypeDefinition<_liaison_v1_GetMeetingRequest, _liaison_v1_GetMeetingRequest__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      IssueRectificationOrderRequest: MessageTypeDefinition<_liaison_v1_IssueRectificationOrderRequest, _liaison_v1_IssueRectificationOrderRequest__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      ListActionItemsRequest: MessageTypeDefinition<_liaison_v1_ListActionItemsRequest, _liaison_v1_ListActionItemsRequest__Output>
      ListMeetingsRequest: MessageTypeDefinition<_liaison_v1_ListMeetingsRequest, _liaison_v1_ListMeetingsRequest__Output>
      MeetingActionItem: MessageTypeDefinition<_liaison_v1_MeetingActionItem, _liaison_v1_MeetingActionItem__Output>
      MeetingActionItemInput: MessageTypeDefinition<_liaison_v1_MeetingActionItemInput, _liaison_v1_MeetingActionItemInput__Output>
      MeetingActionRequest: MessageTypeDefinition<_liaison_v1_MeetingActionRequest, _liaison_v1_MeetingActionRequest__Output>
      MeetingAgendaItem: MessageTypeDefinition<_liaison_v1_MeetingAgendaItem, _liaison_v1_MeetingAgendaItem__Output>
      MeetingAgendaProposal: MessageTypeDefinition<_liaison_v1_MeetingAgendaProposal, _liaison_v1_MeetingAgendaProposal__Output>
      MeetingAttendance: MessageTypeDefinition<_liaison_v1_MeetingAttendance, _liaison_v1_MeetingAttendance__Output>
      MeetingCalendar: MessageTypeDefinition<_liaison_v1_MeetingCalendar, _liaison_v1_MeetingCalendar__Output>
      MeetingCommandResult: MessageTypeDefinition<_liaison_v1_MeetingCommandResult, _liaison_v1_MeetingCommandResult__Output>
      MeetingDecision: MessageTypeDefinition<_liaison_v1_MeetingDecision, _liaison_v1_MeetingDecision__Output>
      MeetingDetail: MessageTypeDefinition<_liaison_v1_MeetingDetail, _liaison_v1_MeetingDetail__Output>
      MeetingPage: MessageTypeDefinition<_liaison_v1_MeetingPage, _liaison_v1_MeetingPage__Output>
      MeetingProposalReason: MessageTypeDefinition<_liaison_v1_MeetingProposalReason, _liaison_v1_MeetingProposalReason__Output>
      MeetingRecordAccess: MessageTypeDefinition<_liaison_v1_MeetingRecordAccess, _liaison_v1_MeetingRecordAccess__Output>
      MeetingReference: MessageTypeDefinition<_liaison_v1_MeetingReference, _liaison_v1_MeetingReference__Output>
      MeetingSummary: MessageTypeDefinition<_liaison_v1_MeetingSummary, _liaison_v1_MeetingSummary__Output>
      MeetingWindow: MessageTypeDefinition<_liaison_v1_MeetingWindow, _liaison_v1_MeetingWindow__Output>
      MeetingsService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_MeetingsServiceClient> & { service: _liaison_v1_MeetingsServiceDefinition }
      OperationResults: MessageTypeDefinition<_liaison_v1_OperationResults, _liaison_v1_OperationResults__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      RecordAttendanceRequest: MessageTypeDefinition<_liaison_v1_RecordAttendanceRequest, _liaison_v1_RecordAttendanceRequest__Output>
      RecordDecisionRequest: MessageTypeDefinition<_liaison_v1_RecordDecisionRequest, _liaison_v1_RecordDecisionRequest__Output>
      RecordMinutesRequest: MessageTypeDefinition<_liaison_v1_RecordMinutesRequest, _liaison_v1_RecordMinutesRequest__Output>
      Rectification: MessageTypeDefinition<_liaison_v1_Rectification, _liaison_v1_Rectification__Output>
      RectificationOrder: MessageTypeDefinition<_liaison_v1_RectificationOrder, _liaison_v1_RectificationOrder__Output>
      RescheduleMeetingRequest: MessageTypeDefinition<_liaison_v1_RescheduleMeetingRequest, _liaison_v1_RescheduleMeetingRequest__Output>
      ScheduleMeetingRequest: MessageTypeDefinition<_liaison_v1_ScheduleMeetingRequest, _liaison_v1_ScheduleMeetingRequest__Output>
      SituationContext: MessageTypeDefinition<_liaison_v1_SituationContext, _liaison_v1_SituationContext__Output>
      SituationGroup: MessageTypeDefinition<_liaison_v1_SituationGroup, _liaison_v1_SituationGroup__Output>
      SituationPeriod: MessageTypeDefinition<_liaison_v1_SituationPeriod, _liaison_v1_SituationPeriod__Output>
      SituationReport: MessageTypeDefinition<_liaison_v1_SituationReport, _liaison_v1_SituationReport__Output>
      SituationReportRequest: MessageTypeDefinition<_liaison_v1_SituationReportRequest, _liaison_v1_SituationReportRequest__Output>
      UnitAssessment: MessageTypeDefinition<_liaison_v1_UnitAssessment, _liaison_v1_UnitAssessment__Output>
    }
  }
}

