// Original file: protos/liaison/v1/intake.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApproveRewardRequest as _liaison_v1_ApproveRewardRequest, ApproveRewardRequest__Output as _liaison_v1_ApproveRewardRequest__Output } from '../../liaison/v1/ApproveRewardRequest';
import type { ConvertReportRequest as _liaison_v1_ConvertReportRequest, ConvertReportRequest__Output as _liaison_v1_ConvertReportRequest__Output } from '../../liaison/v1/ConvertReportRequest';
import type { DeclineRewardRequest as _liaison_v1_DeclineRewardRequest, DeclineRewardRequest__Output as _liaison_v1_DeclineRewardRequest__Output } from '../../liaison/v1/DeclineRewardRequest';
import type { DownloadReportAttachmentRequest as _liaison_v1_DownloadReportAttachmentRequest, DownloadReportAttachmentRequest__Output as _liaison_v1_DownloadReportAttachmentRequest__Output } from '../../liaison/v1/DownloadReportAttachmentRequest';
import type { GetReportRequest as _liaison_v1_GetReportRequest, GetReportRequest__Output as _liaison_v1_GetReportRequest__Output } from '../../liaison/v1/GetReportRequest';
import type { GetReportStatusRequest as _liaison_v1_GetReportStatusRequest, GetReportStatusRequest__Output as _liaison_v1_GetReportStatusRequest__Output } from '../../liaison/v1/GetReportStatusRequest';
import type { IntakeQueue as _liaison_v1_IntakeQueue, IntakeQueue__Output as _liaison_v1_IntakeQueue__Output } from '../../liaison/v1/IntakeQueue';
import type { IntakeReport as _liaison_v1_IntakeReport, IntakeReport__Output as _liaison_v1_IntakeReport__Output } from '../../liaison/v1/IntakeReport';
import type { ListIntakeQueueRequest as _liaison_v1_ListIntakeQueueRequest, ListIntakeQueueRequest__Output as _liaison_v1_ListIntakeQueueRequest__Output } from '../../liaison/v1/ListIntakeQueueRequest';
import type { ListReportAttachmentsRequest as _liaison_v1_ListReportAttachmentsRequest, ListReportAttachmentsRequest__Output as _liaison_v1_ListReportAttachmentsRequest__Output } from '../../liaison/v1/ListReportAttachmentsRequest';
import type { ListRewardsRequest as _liaison_v1_ListRewardsRequest, ListRewardsRequest__Output as _liaison_v1_ListRewardsRequest__Output } from '../../liaison/v1/ListRewardsRequest';
import type { MergeReportRequest as _liaison_v1_MergeReportRequest, MergeReportRequest__Output as _liaison_v1_MergeReportRequest__Output } from '../../liaison/v1/MergeReportRequest';
import type { RecordRewardPaymentRequest as _liaison_v1_RecordRewardPaymentRequest, RecordRewardPaymentRequest__Output as _liaison_v1_RecordRewardPaymentRequest__Output } from '../../liaison/v1/RecordRewardPaymentRequest';
import type { RejectReportRequest as _liaison_v1_RejectReportRequest, RejectReportRequest__Output as _liaison_v1_RejectReportRequest__Output } from '../../liaison/v1/RejectReportRequest';
import type { ReportAttachmentChunk as _liaison_v1_ReportAttachmentChunk, ReportAttachmentChunk__Output as _liaison_v1_ReportAttachmentChunk__Output } from '../../liaison/v1/ReportAttachmentChunk';
import type { ReportAttachmentList as _liaison_v1_ReportAttachmentList, ReportAttachmentList__Output as _liaison_v1_ReportAttachmentList__Output } from '../../liaison/v1/ReportAttachmentList';
import type { ReportAttachmentMessage as _liaison_v1_ReportAttachmentMessage, ReportAttachmentMessage__Output as _liaison_v1_ReportAttachmentMessage__Output } from '../../liaison/v1/ReportAttachmentMessage';
import type { ReportAttachmentResult as _liaison_v1_ReportAttachmentResult, ReportAttachmentResult__Output as _liaison_v1_ReportAttachmentResult__Output } from '../../liaison/v1/ReportAttachmentResult';
import type { ReportCommandResult as _liaison_v1_ReportCommandResult, ReportCommandResult__Output as _liaison_v1_ReportCommandResult__Output } from '../../liaison/v1/ReportCommandResult';
import type { ReportPublicStatus as _liaison_v1_ReportPublicStatus, ReportPublicStatus__Output as _liaison_v1_ReportPublicStatus__Output } from '../../liaison/v1/ReportPublicStatus';
import type { RewardList as _liaison_v1_RewardList, RewardList__Output as _liaison_v1_RewardList__Output } from '../../liaison/v1/RewardList';
import type { SubmitReportRequest as _liaison_v1_SubmitReportRequest, SubmitReportRequest__Output as _liaison_v1_SubmitReportRequest__Output } from '../../liaison/v1/SubmitReportRequest';
import type { SubmitReportResult as _liaison_v1_SubmitReportResult, SubmitReportResult__Output as _liaison_v1_SubmitReportResult__Output } from '../../liaison/v1/SubmitReportResult';

export interface IntakeServiceClient extends grpc.Client {
  ApproveReward(argument: _liaison_v1_ApproveRewardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveReward(argument: _liaison_v1_ApproveRewardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveReward(argument: _liaison_v1_ApproveRewardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveReward(argument: _liaison_v1_ApproveRewardRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  approveReward(argument: _liaison_v1_ApproveRewardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  approveReward(argument: _liaison_v1_ApproveRewardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  approveReward(argument: _liaison_v1_ApproveRewardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  approveReward(argument: _liaison_v1_ApproveRewardRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Attachments (ADR 0034). AttachToReport streams one file of a citizen: the first message is
   * the target (the receipt code), then the bytes, then the end with the size. Identity-bearing:
   * the gateway calls it with its own public actor (officer "public", unit "public"; an officer's
   * identity is refused); the receipt code binds it to the report, which must be fresh (still
   * received, within the attachment window) and below the count limit. The type is sniffed from
   * the bytes and the size limited, with the platform's typed errors (unsupported media type and
   * content too large: HTTP 415 and 413 at the gateway); a refused file leaves nothing stored.
   */
  AttachToReport(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  AttachToReport(metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  AttachToReport(options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  AttachToReport(callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  /**
   * Attachments (ADR 0034). AttachToReport streams one file of a citizen: the first message is
   * the target (the receipt code), then the bytes, then the end with the size. Identity-bearing:
   * the gateway calls it with its own public actor (officer "public", unit "public"; an officer's
   * identity is refused); the receipt code binds it to the report, which must be fresh (still
   * received, within the attachment window) and below the count limit. The type is sniffed from
   * the bytes and the size limited, with the platform's typed errors (unsupported media type and
   * content too large: HTTP 415 and 413 at the gateway); a refused file leaves nothing stored.
   */
  attachToReport(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  attachToReport(metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  attachToReport(options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  attachToReport(callback: grpc.requestCallback<_liaison_v1_ReportAttachmentResult__Output>): grpc.ClientWritableStream<_liaison_v1_ReportAttachmentMessage>;
  
  /**
   * Posts a lead from the report (leads' PostLead, with the caller's identity) and records it; lead_id in the answer.
   */
  ConvertReport(argument: _liaison_v1_ConvertReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  ConvertReport(argument: _liaison_v1_ConvertReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  ConvertReport(argument: _liaison_v1_ConvertReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  ConvertReport(argument: _liaison_v1_ConvertReportRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Posts a lead from the report (leads' PostLead, with the caller's identity) and records it; lead_id in the answer.
   */
  convertReport(argument: _liaison_v1_ConvertReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  convertReport(argument: _liaison_v1_ConvertReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  convertReport(argument: _liaison_v1_ConvertReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  convertReport(argument: _liaison_v1_ConvertReportRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  
  DeclineReward(argument: _liaison_v1_DeclineRewardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineReward(argument: _liaison_v1_DeclineRewardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineReward(argument: _liaison_v1_DeclineRewardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  DeclineReward(argument: _liaison_v1_DeclineRewardRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  declineReward(argument: _liaison_v1_DeclineRewardRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  declineReward(argument: _liaison_v1_DeclineRewardRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  declineReward(argument: _liaison_v1_DeclineRewardRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  declineReward(argument: _liaison_v1_DeclineRewardRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The header first (type, size, hashes, whether the stored bytes still match), then the bytes.
   */
  DownloadReportAttachment(argument: _liaison_v1_DownloadReportAttachmentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReportAttachmentChunk__Output>;
  DownloadReportAttachment(argument: _liaison_v1_DownloadReportAttachmentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReportAttachmentChunk__Output>;
  /**
   * The header first (type, size, hashes, whether the stored bytes still match), then the bytes.
   */
  downloadReportAttachment(argument: _liaison_v1_DownloadReportAttachmentRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReportAttachmentChunk__Output>;
  downloadReportAttachment(argument: _liaison_v1_DownloadReportAttachmentRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_ReportAttachmentChunk__Output>;
  
  /**
   * Officers of the unit the report was routed to (others: NOT_FOUND); the contact only for its named screening officers.
   */
  GetReport(argument: _liaison_v1_GetReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  GetReport(argument: _liaison_v1_GetReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  GetReport(argument: _liaison_v1_GetReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  GetReport(argument: _liaison_v1_GetReportRequest, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  /**
   * Officers of the unit the report was routed to (others: NOT_FOUND); the contact only for its named screening officers.
   */
  getReport(argument: _liaison_v1_GetReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  getReport(argument: _liaison_v1_GetReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  getReport(argument: _liaison_v1_GetReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  getReport(argument: _liaison_v1_GetReportRequest, callback: grpc.requestCallback<_liaison_v1_IntakeReport__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public: the status for a receipt code, never internal notes; NOT_FOUND for an unknown code.
   */
  GetReportStatus(argument: _liaison_v1_GetReportStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  GetReportStatus(argument: _liaison_v1_GetReportStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  GetReportStatus(argument: _liaison_v1_GetReportStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  GetReportStatus(argument: _liaison_v1_GetReportStatusRequest, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  /**
   * Public: the status for a receipt code, never internal notes; NOT_FOUND for an unknown code.
   */
  getReportStatus(argument: _liaison_v1_GetReportStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  getReportStatus(argument: _liaison_v1_GetReportStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  getReportStatus(argument: _liaison_v1_GetReportStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  getReportStatus(argument: _liaison_v1_GetReportStatusRequest, callback: grpc.requestCallback<_liaison_v1_ReportPublicStatus__Output>): grpc.ClientUnaryCall;
  
  /**
   * The caller's unit's queue: reports routed to it still to be screened, earliest deadline first.
   */
  ListIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  ListIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  ListIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  ListIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  /**
   * The caller's unit's queue: reports routed to it still to be screened, earliest deadline first.
   */
  listIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  listIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  listIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  listIntakeQueue(argument: _liaison_v1_ListIntakeQueueRequest, callback: grpc.requestCallback<_liaison_v1_IntakeQueue__Output>): grpc.ClientUnaryCall;
  
  /**
   * The named screening officers of the report's rule only (the bytes are RED like the reporter's
   * identity): others of the routed unit PERMISSION_DENIED, any other unit NOT_FOUND.
   */
  ListReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  ListReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  ListReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  ListReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  /**
   * The named screening officers of the report's rule only (the bytes are RED like the reporter's
   * identity): others of the routed unit PERMISSION_DENIED, any other unit NOT_FOUND.
   */
  listReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  listReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  listReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  listReportAttachments(argument: _liaison_v1_ListReportAttachmentsRequest, callback: grpc.requestCallback<_liaison_v1_ReportAttachmentList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Rewards (有奖举报, ADR 0031): proposed by the service when the lead a report became is closed
   * with a penalty or the police open a case on it. Seen by the rule's named screening officers and
   * the leading-group office's coordinators only; the office approves (with the amount) or
   * declines, a named screening officer records the payment. The reporter sees only the status.
   */
  ListRewards(argument: _liaison_v1_ListRewardsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  ListRewards(argument: _liaison_v1_ListRewardsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  ListRewards(argument: _liaison_v1_ListRewardsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  ListRewards(argument: _liaison_v1_ListRewardsRequest, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  /**
   * Rewards (有奖举报, ADR 0031): proposed by the service when the lead a report became is closed
   * with a penalty or the police open a case on it. Seen by the rule's named screening officers and
   * the leading-group office's coordinators only; the office approves (with the amount) or
   * declines, a named screening officer records the payment. The reporter sees only the status.
   */
  listRewards(argument: _liaison_v1_ListRewardsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  listRewards(argument: _liaison_v1_ListRewardsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  listRewards(argument: _liaison_v1_ListRewardsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  listRewards(argument: _liaison_v1_ListRewardsRequest, callback: grpc.requestCallback<_liaison_v1_RewardList__Output>): grpc.ClientUnaryCall;
  
  MergeReport(argument: _liaison_v1_MergeReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  MergeReport(argument: _liaison_v1_MergeReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  MergeReport(argument: _liaison_v1_MergeReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  MergeReport(argument: _liaison_v1_MergeReportRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  mergeReport(argument: _liaison_v1_MergeReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  mergeReport(argument: _liaison_v1_MergeReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  mergeReport(argument: _liaison_v1_MergeReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  mergeReport(argument: _liaison_v1_MergeReportRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  RecordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  RecordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  RecordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  recordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  recordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  recordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  recordRewardPayment(argument: _liaison_v1_RecordRewardPaymentRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  
  RejectReport(argument: _liaison_v1_RejectReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  RejectReport(argument: _liaison_v1_RejectReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  RejectReport(argument: _liaison_v1_RejectReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  RejectReport(argument: _liaison_v1_RejectReportRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  rejectReport(argument: _liaison_v1_RejectReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  rejectReport(argument: _liaison_v1_RejectReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  rejectReport(argument: _liaison_v1_RejectReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  rejectReport(argument: _liaison_v1_RejectReportRequest, callback: grpc.requestCallback<_liaison_v1_ReportCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public. Answers the receipt code once (only its digest is kept).
   */
  SubmitReport(argument: _liaison_v1_SubmitReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  SubmitReport(argument: _liaison_v1_SubmitReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  SubmitReport(argument: _liaison_v1_SubmitReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  SubmitReport(argument: _liaison_v1_SubmitReportRequest, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  /**
   * Public. Answers the receipt code once (only its digest is kept).
   */
  submitReport(argument: _liaison_v1_SubmitReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  submitReport(argument: _liaison_v1_SubmitReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  submitReport(argument: _liaison_v1_SubmitReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  submitReport(argument: _liaison_v1_SubmitReportRequest, callback: grpc.requestCallback<_liaison_v1_SubmitReportResult__Output>): grpc.ClientUnaryCall;
  
}

export interface IntakeServiceHandlers extends grpc.UntypedServiceImplementation {
  ApproveReward: grpc.handleUnaryCall<_liaison_v1_ApproveRewardRequest__Output, _liaison_v1_ReportCommandResult>;
  
  /**
   * Attachments (ADR 0034). AttachToReport streams one file of a citizen: the first message is
   * the target (the receipt code), then the bytes, then the end with the size. Identity-bearing:
   * the gateway calls it with its own public actor (officer "public", unit "public"; an officer's
   * identity is refused); the receipt code binds it to the report, which must be fresh (still
   * received, within the attachment window) and below the count limit. The type is sniffed from
   * the bytes and the size limited, with the platform's typed errors (unsupported media type and
   * content too large: HTTP 415 and 413 at the gateway); a refused file leaves nothing stored.
   */
  AttachToReport: grpc.handleClientStreamingCall<_liaison_v1_ReportAttachmentMessage__Output, _liaison_v1_ReportAttachmentResult>;
  
  /**
   * Posts a lead from the report (leads' PostLead, with the caller's identity) and records it; lead_id in the answer.
   */
  ConvertReport: grpc.handleUnaryCall<_liaison_v1_ConvertReportRequest__Output, _liaison_v1_ReportCommandResult>;
  
  DeclineReward: grpc.handleUnaryCall<_liaison_v1_DeclineRewardRequest__Output, _liaison_v1_ReportCommandResult>;
  
  /**
   * The header first (type, size, hashes, whether the stored bytes still match), then the bytes.
   */
  DownloadReportAttachment: grpc.handleServerStreamingCall<_liaison_v1_DownloadReportAttachmentRequest__Output, _liaison_v1_ReportAttachmentChunk>;
  
  /**
   * Officers of the unit the report was routed to (others: NOT_FOUND); the contact only for its named screening officers.
   */
  GetReport: grpc.handleUnaryCall<_liaison_v1_GetReportRequest__Output, _liaison_v1_IntakeReport>;
  
  /**
   * Public: the status for a receipt code, never internal notes; NOT_FOUND for an unknown code.
   */
  GetReportStatus: grpc.handleUnaryCall<_liaison_v1_GetReportStatusRequest__Output, _liaison_v1_ReportPublicStatus>;
  
  /**
   * The caller's unit's queue: reports routed to it still to be screened, earliest deadline first.
   */
  ListIntakeQueue: grpc.handleUnaryCall<_liaison_v1_ListIntakeQueueRequest__Output, _liaison_v1_IntakeQueue>;
  
  /**
   * The named screening officers of the report's rule only (the bytes are RED like the reporter's
   * identity): others of the routed unit PERMISSION_DENIED, any other unit NOT_FOUND.
   */
  ListReportAttachments: grpc.handleUnaryCall<_liaison_v1_ListReportAttachmentsRequest__Output, _liaison_v1_ReportAttachmentList>;
  
  /**
   * Rewards (有奖举报, ADR 0031): proposed by the service when the lead a report became is closed
   * with a penalty or the police open a case on it. Seen by the rule's named screening officers and
   * the leading-group office's coordinators only; the office approves (with the amount) or
   * declines, a named screening officer records the payment. The reporter sees only the status.
   */
  ListRewards: grpc.handleUnaryCall<_liaison_v1_ListRewardsRequest__Output, _liaison_v1_RewardList>;
  
  MergeReport: grpc.handleUnaryCall<_liaison_v1_MergeReportRequest__Output, _liaison_v1_ReportCommandResult>;
  
  RecordRewardPayment: grpc.handleUnaryCall<_liaison_v1_RecordRewardPaymentRequest__Output, _liaison_v1_ReportCommandResult>;
  
  RejectReport: grpc.handleUnaryCall<_liaison_v1_RejectReportRequest__Output, _liaison_v1_ReportCommandResult>;
  
  /**
   * Public. Answers the receipt code once (only its digest is kept).
   */
  SubmitReport: grpc.handleUnaryCall<_liaison_v1_SubmitReportRequest__Output, _liaison_v1_SubmitReportResult>;
  
}

export interface IntakeServiceDefinition extends grpc.ServiceDefinition {
  ApproveReward: MethodDefinition<_liaison_v1_ApproveRewardRequest, _liaison_v1_ReportCommandResult, _liaison_v1_ApproveRewardRequest__Output, _liaison_v1_ReportCommandResult__Output>
  AttachToReport: MethodDefinition<_liaison_v1_ReportAttachmentMessage, _liaison_v1_ReportAttachmentResult, _liaison_v1_ReportAttachmentMessage__Output, _liaison_v1_ReportAttachmentResult__Output>
  ConvertReport: MethodDefinition<_liaison_v1_ConvertReportRequest, _liaison_v1_ReportCommandResult, _liaison_v1_ConvertReportRequest__Output, _liaison_v1_ReportCommandResult__Output>
  DeclineReward: MethodDefinition<_liaison_v1_DeclineRewardRequest, _liaison_v1_ReportCommandResult, _liaison_v1_DeclineRewardRequest__Output, _liaison_v1_ReportCommandResult__Output>
  DownloadReportAttachment: MethodDefinition<_liaison_v1_DownloadReportAttachmentRequest, _liaison_v1_ReportAttachmentChunk, _liaison_v1_DownloadReportAttachmentRequest__Output, _liaison_v1_ReportAttachmentChunk__Output>
  GetReport: MethodDefinition<_liaison_v1_GetReportRequest, _liaison_v1_IntakeReport, _liaison_v1_GetReportRequest__Output, _liaison_v1_IntakeReport__Output>
  GetReportStatus: MethodDefinition<_liaison_v1_GetReportStatusRequest, _liaison_v1_ReportPublicStatus, _liaison_v1_GetReportStatusRequest__Output, _liaison_v1_ReportPublicStatus__Output>
  ListIntakeQueue: MethodDefinition<_liaison_v1_ListIntakeQueueRequest, _liaison_v1_IntakeQueue, _liaison_v1_ListIntakeQueueRequest__Output, _liaison_v1_IntakeQueue__Output>
  ListReportAttachments: MethodDefinition<_liaison_v1_ListReportAttachmentsRequest, _liaison_v1_ReportAttachmentList, _liaison_v1_ListReportAttachmentsRequest__Output, _liaison_v1_ReportAttachmentList__Output>
  ListRewards: MethodDefinition<_liaison_v1_ListRewardsRequest, _liaison_v1_RewardList, _liaison_v1_ListRewardsRequest__Output, _liaison_v1_RewardList__Output>
  MergeReport: MethodDefinition<_liaison_v1_MergeReportRequest, _liaison_v1_ReportCommandResult, _liaison_v1_MergeReportRequest__Output, _liaison_v1_ReportCommandResult__Output>
  RecordRewardPayment: MethodDefinition<_liaison_v1_RecordRewardPaymentRequest, _liaison_v1_ReportCommandResult, _liaison_v1_RecordRewardPaymentRequest__Output, _liaison_v1_ReportCommandResult__Output>
  RejectReport: MethodDefinition<_liaison_v1_RejectReportRequest, _liaison_v1_ReportCommandResult, _liaison_v1_RejectReportRequest__Output, _liaison_v1_ReportCommandResult__Output>
  SubmitReport: MethodDefinition<_liaison_v1_SubmitReportRequest, _liaison_v1_SubmitReportResult, _liaison_v1_SubmitReportRequest__Output, _liaison_v1_SubmitReportResult__Output>
}
