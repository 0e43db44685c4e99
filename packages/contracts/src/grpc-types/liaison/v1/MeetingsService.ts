// Original file: protos/liaison/v1/meetings.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from '../../liaison/v1/AccountabilityPage';
import type { ActionItemPage as _liaison_v1_ActionItemPage, ActionItemPage__Output as _liaison_v1_ActionItemPage__Output } from '../../liaison/v1/ActionItemPage';
import type { AddAgendaItemRequest as _liaison_v1_AddAgendaItemRequest, AddAgendaItemRequest__Output as _liaison_v1_AddAgendaItemRequest__Output } from '../../liaison/v1/AddAgendaItemRequest';
import type { AgendaProposalRequest as _liaison_v1_AgendaProposalRequest, AgendaProposalRequest__Output as _liaison_v1_AgendaProposalRequest__Output } from '../../liaison/v1/AgendaProposalRequest';
import type { Assessment as _liaison_v1_Assessment, Assessment__Output as _liaison_v1_Assessment__Output } from '../../liaison/v1/Assessment';
import type { AssessmentRequest as _liaison_v1_AssessmentRequest, AssessmentRequest__Output as _liaison_v1_AssessmentRequest__Output } from '../../liaison/v1/AssessmentRequest';
import type { CancelMeetingRequest as _liaison_v1_CancelMeetingRequest, CancelMeetingRequest__Output as _liaison_v1_CancelMeetingRequest__Output } from '../../liaison/v1/CancelMeetingRequest';
import type { CompleteActionItemRequest as _liaison_v1_CompleteActionItemRequest, CompleteActionItemRequest__Output as _liaison_v1_CompleteActionItemRequest__Output } from '../../liaison/v1/CompleteActionItemRequest';
import type { ExplainMeetingBreachRequest as _liaison_v1_ExplainMeetingBreachRequest, ExplainMeetingBreachRequest__Output as _liaison_v1_ExplainMeetingBreachRequest__Output } from '../../liaison/v1/ExplainMeetingBreachRequest';
import type { GetMeetingRequest as _liaison_v1_GetMeetingRequest, GetMeetingRequest__Output as _liaison_v1_GetMeetingRequest__Output } from '../../liaison/v1/GetMeetingRequest';
import type { IssueRectificationOrderRequest as _liaison_v1_IssueRectificationOrderRequest, IssueRectificationOrderRequest__Output as _liaison_v1_IssueRectificationOrderRequest__Output } from '../../liaison/v1/IssueRectificationOrderRequest';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from '../../liaison/v1/ListAccountabilityRequest';
import type { ListActionItemsRequest as _liaison_v1_ListActionItemsRequest, ListActionItemsRequest__Output as _liaison_v1_ListActionItemsRequest__Output } from '../../liaison/v1/ListActionItemsRequest';
import type { ListMeetingsRequest as _liaison_v1_ListMeetingsRequest, ListMeetingsRequest__Output as _liaison_v1_ListMeetingsRequest__Output } from '../../liaison/v1/ListMeetingsRequest';
import type { MeetingActionRequest as _liaison_v1_MeetingActionRequest, MeetingActionRequest__Output as _liaison_v1_MeetingActionRequest__Output } from '../../liaison/v1/MeetingActionRequest';
import type { MeetingCalendar as _liaison_v1_MeetingCalendar, MeetingCalendar__Output as _liaison_v1_MeetingCalendar__Output } from '../../liaison/v1/MeetingCalendar';
import type { MeetingCommandResult as _liaison_v1_MeetingCommandResult, MeetingCommandResult__Output as _liaison_v1_MeetingCommandResult__Output } from '../../liaison/v1/MeetingCommandResult';
import type { MeetingDetail as _liaison_v1_MeetingDetail, MeetingDetail__Output as _liaison_v1_MeetingDetail__Output } from '../../liaison/v1/MeetingDetail';
import type { MeetingPage as _liaison_v1_MeetingPage, MeetingPage__Output as _liaison_v1_MeetingPage__Output } from '../../liaison/v1/MeetingPage';
import type { RecordAttendanceRequest as _liaison_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _liaison_v1_RecordAttendanceRequest__Output } from '../../liaison/v1/RecordAttendanceRequest';
import type { RecordDecisionRequest as _liaison_v1_RecordDecisionRequest, RecordDecisionRequest__Output as _liaison_v1_RecordDecisionRequest__Output } from '../../liaison/v1/RecordDecisionRequest';
import type { RecordMinutesRequest as _liaison_v1_RecordMinutesRequest, RecordMinutesRequest__Output as _liaison_v1_RecordMinutesRequest__Output } from '../../liaison/v1/RecordMinutesRequest';
import type { RescheduleMeetingRequest as _liaison_v1_RescheduleMeetingRequest, RescheduleMeetingRequest__Output as _liaison_v1_RescheduleMeetingRequest__Output } from '../../liaison/v1/RescheduleMeetingRequest';
import type { ScheduleMeetingRequest as _liaison_v1_ScheduleMeetingRequest, ScheduleMeetingRequest__Output as _liaison_v1_ScheduleMeetingRequest__Output } from '../../liaison/v1/ScheduleMeetingRequest';
import type { SituationReport as _liaison_v1_SituationReport, SituationReport__Output as _liaison_v1_SituationReport__Output } from '../../liaison/v1/SituationReport';
import type { SituationReportRequest as _liaison_v1_SituationReportRequest, SituationReportRequest__Output as _liaison_v1_SituationReportRequest__Output } from '../../liaison/v1/SituationReportRequest';

export interface MeetingsServiceClient extends grpc.Client {
  /**
   * Agenda proposals (ADR 0020): the convener unit accepts one (it becomes an agenda item with the
   * source record's access; item_id is returned) or drops it. A proposal whose source the caller
   * may not see is NOT_FOUND.
   */
  AcceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  AcceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  AcceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  AcceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Agenda proposals (ADR 0020): the convener unit accepts one (it becomes an agenda item with the
   * source record's access; item_id is returned) or drops it. A proposal whose source the caller
   * may not see is NOT_FOUND.
   */
  acceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  acceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  acceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  acceptAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Any participant unit's officer; the new item's id is returned in item_id.
   */
  AddAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  AddAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  AddAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  AddAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Any participant unit's officer; the new item's id is returned in item_id.
   */
  addAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  addAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  addAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  addAgendaItem(argument: _liaison_v1_AddAgendaItemRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  CancelMeeting(argument: _liaison_v1_CancelMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CancelMeeting(argument: _liaison_v1_CancelMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CancelMeeting(argument: _liaison_v1_CancelMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CancelMeeting(argument: _liaison_v1_CancelMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  cancelMeeting(argument: _liaison_v1_CancelMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  cancelMeeting(argument: _liaison_v1_CancelMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  cancelMeeting(argument: _liaison_v1_CancelMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  cancelMeeting(argument: _liaison_v1_CancelMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Convener; a regular meeting's next occurrence (by its RRULE) is scheduled by a reaction.
   */
  CloseMeeting(argument: _liaison_v1_MeetingActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CloseMeeting(argument: _liaison_v1_MeetingActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CloseMeeting(argument: _liaison_v1_MeetingActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CloseMeeting(argument: _liaison_v1_MeetingActionRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Convener; a regular meeting's next occurrence (by its RRULE) is scheduled by a reaction.
   */
  closeMeeting(argument: _liaison_v1_MeetingActionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  closeMeeting(argument: _liaison_v1_MeetingActionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  closeMeeting(argument: _liaison_v1_MeetingActionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  closeMeeting(argument: _liaison_v1_MeetingActionRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * An officer of the action item's owner unit.
   */
  CompleteActionItem(argument: _liaison_v1_CompleteActionItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CompleteActionItem(argument: _liaison_v1_CompleteActionItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CompleteActionItem(argument: _liaison_v1_CompleteActionItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  CompleteActionItem(argument: _liaison_v1_CompleteActionItemRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * An officer of the action item's owner unit.
   */
  completeActionItem(argument: _liaison_v1_CompleteActionItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  completeActionItem(argument: _liaison_v1_CompleteActionItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  completeActionItem(argument: _liaison_v1_CompleteActionItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  completeActionItem(argument: _liaison_v1_CompleteActionItemRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  DropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  DropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  DropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  DropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  dropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  dropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  dropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  dropAgendaProposal(argument: _liaison_v1_AgendaProposalRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * An officer of the owner unit explains a late action item (accountability register, ADR 0013).
   */
  ExplainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  ExplainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * An officer of the owner unit explains a late action item (accountability register, ADR 0013).
   */
  explainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  explainBreach(argument: _liaison_v1_ExplainMeetingBreachRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Assessment of units (监督考核, ADR 0021) for a month: breaches by context and kind, explained
   * or not, on-time rate, problem areas. Supervisors: every unit; coordinators: their own.
   */
  GetAssessment(argument: _liaison_v1_AssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  GetAssessment(argument: _liaison_v1_AssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  GetAssessment(argument: _liaison_v1_AssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  GetAssessment(argument: _liaison_v1_AssessmentRequest, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  /**
   * Assessment of units (监督考核, ADR 0021) for a month: breaches by context and kind, explained
   * or not, on-time rate, problem areas. Supervisors: every unit; coordinators: their own.
   */
  getAssessment(argument: _liaison_v1_AssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _liaison_v1_AssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _liaison_v1_AssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _liaison_v1_AssessmentRequest, callback: grpc.requestCallback<_liaison_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
  /**
   * Queries, filtered by what the caller may see.
   */
  GetMeeting(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  GetMeeting(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  GetMeeting(argument: _liaison_v1_GetMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  GetMeeting(argument: _liaison_v1_GetMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  /**
   * Queries, filtered by what the caller may see.
   */
  getMeeting(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  getMeeting(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  getMeeting(argument: _liaison_v1_GetMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  getMeeting(argument: _liaison_v1_GetMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingDetail__Output>): grpc.ClientUnaryCall;
  
  /**
   * The meeting as an iCalendar (RFC 5545) file: RRULE for regular series, VTIMEZONE Asia/Shanghai.
   */
  GetMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  GetMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  GetMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  GetMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  /**
   * The meeting as an iCalendar (RFC 5545) file: RRULE for regular series, VTIMEZONE Asia/Shanghai.
   */
  getMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  getMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  getMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  getMeetingCalendar(argument: _liaison_v1_GetMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCalendar__Output>): grpc.ClientUnaryCall;
  
  /**
   * Situation analysis (研判, ADR 0021): counts of leads, operations and evidence in [from, to)
   * with the previous period as the trend, over the records the caller may see only (analysts
   * within their clearance, coordinators). drill_context + drill_key list the records behind one figure.
   */
  GetSituationReport(argument: _liaison_v1_SituationReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  GetSituationReport(argument: _liaison_v1_SituationReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  GetSituationReport(argument: _liaison_v1_SituationReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  GetSituationReport(argument: _liaison_v1_SituationReportRequest, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  /**
   * Situation analysis (研判, ADR 0021): counts of leads, operations and evidence in [from, to)
   * with the previous period as the trend, over the records the caller may see only (analysts
   * within their clearance, coordinators). drill_context + drill_key list the records behind one figure.
   */
  getSituationReport(argument: _liaison_v1_SituationReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  getSituationReport(argument: _liaison_v1_SituationReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  getSituationReport(argument: _liaison_v1_SituationReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  getSituationReport(argument: _liaison_v1_SituationReportRequest, callback: grpc.requestCallback<_liaison_v1_SituationReport__Output>): grpc.ClientUnaryCall;
  
  /**
   * The leading-group office, convening a scheduled meeting the unit takes part in, orders a
   * problem area of the month's assessment to rectify (policy §(五)2, ADR 0021): a decision with
   * one action item of the unit due by the rectification limit. FAILED_PRECONDITION
   * (not_a_problem_area) when the assessment does not list the unit; PERMISSION_DENIED for any
   * unit that is not the leading-group office.
   */
  IssueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  IssueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  IssueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  IssueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The leading-group office, convening a scheduled meeting the unit takes part in, orders a
   * problem area of the month's assessment to rectify (policy §(五)2, ADR 0021): a decision with
   * one action item of the unit due by the rectification limit. FAILED_PRECONDITION
   * (not_a_problem_area) when the assessment does not list the unit; PERMISSION_DENIED for any
   * unit that is not the leading-group office.
   */
  issueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  issueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  issueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  issueRectificationOrder(argument: _liaison_v1_IssueRectificationOrderRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The meetings accountability register; who reads what as in LeadsService.ListAccountability.
   */
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  ListAccountability(argument: _liaison_v1_ListAccountabilityRequest, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  /**
   * The meetings accountability register; who reads what as in LeadsService.ListAccountability.
   */
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  listAccountability(argument: _liaison_v1_ListAccountabilityRequest, callback: grpc.requestCallback<_liaison_v1_AccountabilityPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Action items owned by my unit; overdue_only: open past their due date.
   */
  ListMyActionItems(argument: _liaison_v1_ListActionItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  ListMyActionItems(argument: _liaison_v1_ListActionItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  ListMyActionItems(argument: _liaison_v1_ListActionItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  ListMyActionItems(argument: _liaison_v1_ListActionItemsRequest, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  /**
   * Action items owned by my unit; overdue_only: open past their due date.
   */
  listMyActionItems(argument: _liaison_v1_ListActionItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  listMyActionItems(argument: _liaison_v1_ListActionItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  listMyActionItems(argument: _liaison_v1_ListActionItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  listMyActionItems(argument: _liaison_v1_ListActionItemsRequest, callback: grpc.requestCallback<_liaison_v1_ActionItemPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Meetings my unit convenes or is invited to; upcoming_only: scheduled and not yet ended, earliest first.
   */
  ListMyMeetings(argument: _liaison_v1_ListMeetingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  ListMyMeetings(argument: _liaison_v1_ListMeetingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  ListMyMeetings(argument: _liaison_v1_ListMeetingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  ListMyMeetings(argument: _liaison_v1_ListMeetingsRequest, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  /**
   * Meetings my unit convenes or is invited to; upcoming_only: scheduled and not yet ended, earliest first.
   */
  listMyMeetings(argument: _liaison_v1_ListMeetingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  listMyMeetings(argument: _liaison_v1_ListMeetingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  listMyMeetings(argument: _liaison_v1_ListMeetingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  listMyMeetings(argument: _liaison_v1_ListMeetingsRequest, callback: grpc.requestCallback<_liaison_v1_MeetingPage__Output>): grpc.ClientUnaryCall;
  
  RecordAttendance(argument: _liaison_v1_RecordAttendanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _liaison_v1_RecordAttendanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _liaison_v1_RecordAttendanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _liaison_v1_RecordAttendanceRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _liaison_v1_RecordAttendanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _liaison_v1_RecordAttendanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _liaison_v1_RecordAttendanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _liaison_v1_RecordAttendanceRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The new decision's id is returned in decision_id, its action items' ids in action_item_ids.
   */
  RecordDecision(argument: _liaison_v1_RecordDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordDecision(argument: _liaison_v1_RecordDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordDecision(argument: _liaison_v1_RecordDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordDecision(argument: _liaison_v1_RecordDecisionRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The new decision's id is returned in decision_id, its action items' ids in action_item_ids.
   */
  recordDecision(argument: _liaison_v1_RecordDecisionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordDecision(argument: _liaison_v1_RecordDecisionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordDecision(argument: _liaison_v1_RecordDecisionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordDecision(argument: _liaison_v1_RecordDecisionRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordMinutes(argument: _liaison_v1_RecordMinutesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordMinutes(argument: _liaison_v1_RecordMinutesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordMinutes(argument: _liaison_v1_RecordMinutesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RecordMinutes(argument: _liaison_v1_RecordMinutesRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordMinutes(argument: _liaison_v1_RecordMinutesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordMinutes(argument: _liaison_v1_RecordMinutesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordMinutes(argument: _liaison_v1_RecordMinutesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  recordMinutes(argument: _liaison_v1_RecordMinutesRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  RescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  RescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  rescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  rescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  rescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  rescheduleMeeting(argument: _liaison_v1_RescheduleMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key): a retried command_id
   * returns the first result. if_match_version > 0 pins the version the caller saw (HTTP
   * If-Match): a different current version fails with FAILED_PRECONDITION.
   * The meeting id derives from the command id; the convener is the caller's unit.
   */
  ScheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  ScheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  ScheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  ScheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key): a retried command_id
   * returns the first result. if_match_version > 0 pins the version the caller saw (HTTP
   * If-Match): a different current version fails with FAILED_PRECONDITION.
   * The meeting id derives from the command id; the convener is the caller's unit.
   */
  scheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  scheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  scheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  scheduleMeeting(argument: _liaison_v1_ScheduleMeetingRequest, callback: grpc.requestCallback<_liaison_v1_MeetingCommandResult__Output>): grpc.ClientUnaryCall;
  
}

export interface MeetingsServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Agenda proposals (ADR 0020): the convener unit accepts one (it becomes an agenda item with the
   * source record's access; item_id is returned) or drops it. A proposal whose source the caller
   * may not see is NOT_FOUND.
   */
  AcceptAgendaProposal: grpc.handleUnaryCall<_liaison_v1_AgendaProposalRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * Any participant unit's officer; the new item's id is returned in item_id.
   */
  AddAgendaItem: grpc.handleUnaryCall<_liaison_v1_AddAgendaItemRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  CancelMeeting: grpc.handleUnaryCall<_liaison_v1_CancelMeetingRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * Convener; a regular meeting's next occurrence (by its RRULE) is scheduled by a reaction.
   */
  CloseMeeting: grpc.handleUnaryCall<_liaison_v1_MeetingActionRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * An officer of the action item's owner unit.
   */
  CompleteActionItem: grpc.handleUnaryCall<_liaison_v1_CompleteActionItemRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  DropAgendaProposal: grpc.handleUnaryCall<_liaison_v1_AgendaProposalRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * An officer of the owner unit explains a late action item (accountability register, ADR 0013).
   */
  ExplainBreach: grpc.handleUnaryCall<_liaison_v1_ExplainMeetingBreachRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * Assessment of units (监督考核, ADR 0021) for a month: breaches by context and kind, explained
   * or not, on-time rate, problem areas. Supervisors: every unit; coordinators: their own.
   */
  GetAssessment: grpc.handleUnaryCall<_liaison_v1_AssessmentRequest__Output, _liaison_v1_Assessment>;
  
  /**
   * Queries, filtered by what the caller may see.
   */
  GetMeeting: grpc.handleUnaryCall<_liaison_v1_GetMeetingRequest__Output, _liaison_v1_MeetingDetail>;
  
  /**
   * The meeting as an iCalendar (RFC 5545) file: RRULE for regular series, VTIMEZONE Asia/Shanghai.
   */
  GetMeetingCalendar: grpc.handleUnaryCall<_liaison_v1_GetMeetingRequest__Output, _liaison_v1_MeetingCalendar>;
  
  /**
   * Situation analysis (研判, ADR 0021): counts of leads, operations and evidence in [from, to)
   * with the previous period as the trend, over the records the caller may see only (analysts
   * within their clearance, coordinators). drill_context + drill_key list the records behind one figure.
   */
  GetSituationReport: grpc.handleUnaryCall<_liaison_v1_SituationReportRequest__Output, _liaison_v1_SituationReport>;
  
  /**
   * The leading-group office, convening a scheduled meeting the unit takes part in, orders a
   * problem area of the month's assessment to rectify (policy §(五)2, ADR 0021): a decision with
   * one action item of the unit due by the rectification limit. FAILED_PRECONDITION
   * (not_a_problem_area) when the assessment does not list the unit; PERMISSION_DENIED for any
   * unit that is not the leading-group office.
   */
  IssueRectificationOrder: grpc.handleUnaryCall<_liaison_v1_IssueRectificationOrderRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * The meetings accountability register; who reads what as in LeadsService.ListAccountability.
   */
  ListAccountability: grpc.handleUnaryCall<_liaison_v1_ListAccountabilityRequest__Output, _liaison_v1_AccountabilityPage>;
  
  /**
   * Action items owned by my unit; overdue_only: open past their due date.
   */
  ListMyActionItems: grpc.handleUnaryCall<_liaison_v1_ListActionItemsRequest__Output, _liaison_v1_ActionItemPage>;
  
  /**
   * Meetings my unit convenes or is invited to; upcoming_only: scheduled and not yet ended, earliest first.
   */
  ListMyMeetings: grpc.handleUnaryCall<_liaison_v1_ListMeetingsRequest__Output, _liaison_v1_MeetingPage>;
  
  RecordAttendance: grpc.handleUnaryCall<_liaison_v1_RecordAttendanceRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * The new decision's id is returned in decision_id, its action items' ids in action_item_ids.
   */
  RecordDecision: grpc.handleUnaryCall<_liaison_v1_RecordDecisionRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  RecordMinutes: grpc.handleUnaryCall<_liaison_v1_RecordMinutesRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  RescheduleMeeting: grpc.handleUnaryCall<_liaison_v1_RescheduleMeetingRequest__Output, _liaison_v1_MeetingCommandResult>;
  
  /**
   * Commands. Each carries a command_id (the gateway's Idempotency-Key): a retried command_id
   * returns the first result. if_match_version > 0 pins the version the caller saw (HTTP
   * If-Match): a different current version fails with FAILED_PRECONDITION.
   * The meeting id derives from the command id; the convener is the caller's unit.
   */
  ScheduleMeeting: grpc.handleUnaryCall<_liaison_v1_ScheduleMeetingRequest__Output, _liaison_v1_MeetingCommandResult>;
  
}

export interface MeetingsServiceDefinition extends grpc.ServiceDefinition {
  AcceptAgendaProposal: MethodDefinition<_liaison_v1_AgendaProposalRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_AgendaProposalRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  AddAgendaItem: MethodDefinition<_liaison_v1_AddAgendaItemRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_AddAgendaItemRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  CancelMeeting: MethodDefinition<_liaison_v1_CancelMeetingRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_CancelMeetingRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  CloseMeeting: MethodDefinition<_liaison_v1_MeetingActionRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_MeetingActionRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  CompleteActionItem: MethodDefinition<_liaison_v1_CompleteActionItemRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_CompleteActionItemRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  DropAgendaProposal: MethodDefinition<_liaison_v1_AgendaProposalRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_AgendaProposalRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  ExplainBreach: MethodDefinition<_liaison_v1_ExplainMeetingBreachRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_ExplainMeetingBreachRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  GetAssessment: MethodDefinition<_liaison_v1_AssessmentRequest, _liaison_v1_Assessment, _liaison_v1_AssessmentRequest__Output, _liaison_v1_Assessment__Output>
  GetMeeting: MethodDefinition<_liaison_v1_GetMeetingRequest, _liaison_v1_MeetingDetail, _liaison_v1_GetMeetingRequest__Output, _liaison_v1_MeetingDetail__Output>
  GetMeetingCalendar: MethodDefinition<_liaison_v1_GetMeetingRequest, _liaison_v1_MeetingCalendar, _liaison_v1_GetMeetingRequest__Output, _liaison_v1_MeetingCalendar__Output>
  GetSituationReport: MethodDefinition<_liaison_v1_SituationReportRequest, _liaison_v1_SituationReport, _liaison_v1_SituationReportRequest__Output, _liaison_v1_SituationReport__Output>
  IssueRectificationOrder: MethodDefinition<_liaison_v1_IssueRectificationOrderRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_IssueRectificationOrderRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  ListAccountability: MethodDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_AccountabilityPage, _liaison_v1_ListAccountabilityRequest__Output, _liaison_v1_AccountabilityPage__Output>
  ListMyActionItems: MethodDefinition<_liaison_v1_ListActionItemsRequest, _liaison_v1_ActionItemPage, _liaison_v1_ListActionItemsRequest__Output, _liaison_v1_ActionItemPage__Output>
  ListMyMeetings: MethodDefinition<_liaison_v1_ListMeetingsRequest, _liaison_v1_MeetingPage, _liaison_v1_ListMeetingsRequest__Output, _liaison_v1_MeetingPage__Output>
  RecordAttendance: MethodDefinition<_liaison_v1_RecordAttendanceRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_RecordAttendanceRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  RecordDecision: MethodDefinition<_liaison_v1_RecordDecisionRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_RecordDecisionRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  RecordMinutes: MethodDefinition<_liaison_v1_RecordMinutesRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_RecordMinutesRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  RescheduleMeeting: MethodDefinition<_liaison_v1_RescheduleMeetingRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_RescheduleMeetingRequest__Output, _liaison_v1_MeetingCommandResult__Output>
  ScheduleMeeting: MethodDefinition<_liaison_v1_ScheduleMeetingRequest, _liaison_v1_MeetingCommandResult, _liaison_v1_ScheduleMeetingRequest__Output, _liaison_v1_MeetingCommandResult__Output>
}
