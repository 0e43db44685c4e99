import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ApproveRewardRequest as _liaison_v1_ApproveRewardRequest, ApproveRewardRequest__Output as _liaison_v1_ApproveRewardRequest__Output } from './liaison/v1/ApproveRewardRequest';
import type { ConvertReportRequest as _liaison_v1_ConvertReportRequest, ConvertReportRequest__Output as _liaison_v1_ConvertReportRequest__Output } from './liaison/v1/ConvertReportRequest';
import type { DeclineRewardRequest as _liaison_v1_DeclineRewardRequest, DeclineRewardRequest__Output as _liaison_v1_DeclineRewardRequest__Output } from './liaison/v1/DeclineRewardRequest';
import type { DownloadReportAttachmentRequest as _liaison_v1_DownloadReportAttachmentRequest, DownloadReportAttachmentRequest__Output as _liaison_v1_DownloadReportAttachmentRequest__Output } from './liaison/v1/DownloadReportAttachmentRequest';
import type { GetReportRequest as _liaison_v1_GetReportRequest, GetReportRequest__Output as _liaison_v1_GetReportRequest__Output } from './liaison/v1/GetReportRequest';
import type { GetReportStatusRequest as _liaison_v1_GetReportStatusRequest, GetReportStatusRequest__Output as _liaison_v1_GetReportStatusRequest__Output } from './liaison/v1/GetReportStatusRequest';
import type { IntakeQueue as _liaison_v1_IntakeQueue, IntakeQueue__Output as _liaison_v1_IntakeQueue__Output } from './liaison/v1/IntakeQueue';
import type { IntakeReport as _liaison_v1_IntakeReport, IntakeReport__Output as _liaison_v1_IntakeReport__Output } from './liaison/v1/IntakeReport';
import type { IntakeServiceClient as _liaison_v1_IntakeServiceClient, IntakeServiceDefinition as _liaison_v1_IntakeServiceDefinition } from './liaison/v1/IntakeService';
import type { ListIntakeQueueRequest as _liaison_v1_ListIntakeQueueRequest, ListIntakeQueueRequest__Output as _liaison_v1_ListIntakeQueueRequest__Output } from './liaison/v1/ListIntakeQueueRequest';
import type { ListReportAttachmentsRequest as _liaison_v1_ListReportAttachmentsRequest, ListReportAttachmentsRequest__Output as _liaison_v1_ListReportAttachmentsRequest__Output } from './liaison/v1/ListReportAttachmentsRequest';
import type { ListRewardsRequest as _liaison_v1_ListRewardsRequest, ListRewardsRequest__Output as _liaison_v1_ListRewardsRequest__Output } from './liaison/v1/ListRewardsRequest';
import type { MergeReportRequest as _liaison_v1_MergeReportRequest, MergeReportRequest__Output as _liaison_v1_MergeReportRequest__Output } from './liaison/v1/MergeReportRequest';
import type { RecordRewardPaymentRequest as _liaison_v1_RecordRewardPaymentRequest, RecordRewardPaymentRequest__Output as _liaison_v1_RecordRewardPaymentRequest__Output } from './liaison/v1/RecordRewardPaymentRequest';
import type { RejectReportRequest as _liaison_v1_RejectReportRequest, RejectReportRequest__Output as _liaison_v1_RejectReportRequest__Output } from './liaison/v1/RejectReportRequest';
import type { ReportAttachment as _liaison_v1_ReportAttachment, ReportAttachment__Output as _liaison_v1_ReportAttachment__Output } from './liaison/v1/ReportAttachment';
import type { ReportAttachmentChunk as _liaison_v1_ReportAttachmentChunk, ReportAttachmentChunk__Output as _liaison_v1_ReportAttachmentChunk__Output } from './liaison/v1/ReportAttachmentChunk';
import type { ReportAttachmentEnd as _liaison_v1_ReportAttachmentEnd, ReportAttachmentEnd__Output as _liaison_v1_ReportAttachmentEnd__Output } from './liaison/v1/ReportAttachmentEnd';
import type { ReportAttachmentHeader as _liaison_v1_ReportAttachmentHeader, ReportAttachmentHeader__Output as _liaison_v1_ReportAttachmentHeader__Output } from './liaison/v1/ReportAttachmentHeader';
import type { ReportAttachmentList as _liaison_v1_ReportAttachmentList, ReportAttachmentList__Output as _liaison_v1_ReportAttachmentList__Output } from './liaison/v1/ReportAttachmentList';
import type { ReportAttachmentMessage as _liaison_v1_ReportAttachmentMessage, ReportAttachmentMessage__Output as _liaison_v1_ReportAttachmentMessage__Output } from './liaison/v1/ReportAttachmentMessage';
import type { ReportAttachmentResult as _liaison_v1_ReportAttachmentResult, ReportAttachmentResult__Output as _liaison_v1_ReportAttachmentResult__Output } from './liaison/v1/ReportAttachmentResult';
import type { ReportAttachmentTarget as _liaison_v1_ReportAttachmentTarget, ReportAttachmentTarget__Output as _liaison_v1_ReportAttachmentTarget__Output } from './liaison/v1/ReportAttachmentTarget';
import type { ReportCommandResult as _liaison_v1_ReportCommandResult, ReportCommandResult__Output as _liaison_v1_ReportCommandResult__Output } from './liaison/v1/ReportCommandResult';
import type { ReportContact as _liaison_v1_ReportContact, ReportContact__Output as _liaison_v1_ReportContact__Output } from './liaison/v1/ReportContact';
import type { ReportPlace as _liaison_v1_ReportPlace, ReportPlace__Output as _liaison_v1_ReportPlace__Output } from './liaison/v1/ReportPlace';
import type { ReportPublicStatus as _liaison_v1_ReportPublicStatus, ReportPublicStatus__Output as _liaison_v1_ReportPublicStatus__Output } from './liaison/v1/ReportPublicStatus';
import type { Reward as _liaison_v1_Reward, Reward__Output as _liaison_v1_Reward__Output } from './liaison/v1/Reward';
import type { RewardList as _liaison_v1_RewardList, RewardList__Output as _liaison_v1_RewardList__Output } from './liaison/v1/RewardList';
import type { RewardStep as _liaison_v1_RewardStep, RewardStep__Output as _liaison_v1_RewardStep__Output } from './liaison/v1/RewardStep';
import type { SubmitReportRequest as _liaison_v1_SubmitReportRequest, SubmitReportRequest__Output as _liaison_v1_SubmitReportRequest__Output } from './liaison/v1/SubmitReportRequest';
import type { SubmitReportResult as _liaison_v1_SubmitReportResult, SubmitReportResult__Output as _liaison_v1_SubmitReportResult__Output } from './liaison/v1/SubmitReportResult';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      ApproveRewardRequest: MessageTypeDefinition<_liaison_v1_ApproveRewardRequest, _liaison_v1_ApproveRewardRequest__Output>
      ConvertReportRequest: MessageTypeDefinition<_liaison_v1_ConvertReportRequest, _liaison_v1_ConvertReportRequest__Output>
      DeclineRewardRequest: MessageTypeDefinition<_liaison_v1_DeclineRewardRequest, _liaison_v1_DeclineRewardRequest__Output>
      DownloadReportAttachmentRequest: MessageTypeDefinition<_liaison_v1_DownloadReportAttachmentRequest, _liaison_v1_DownloadReportAttachmentRequest__Output>
      GetReportRequest: MessageTypeDefinition<_liaison_v1_GetReportRequest, _liaison_v1_GetReportRequest__Output>
      GetReportStatusRequest: MessageTypeDefinition<_liaison_v1_GetReportStatusRequest, _liaison_v1_GetReportStatusRequest__Output>
      IntakeQueue: MessageTypeDefinition<_liaison_v1_IntakeQueue, _liaison_v1_IntakeQueue__Output>
      IntakeReport: MessageTypeDefinition<_liaison_v1_IntakeReport, _liaison_v1_IntakeReport__Output>
      IntakeService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_IntakeServiceClient> & { service: _liaison_v1_IntakeServiceDefinition }
      ListIntakeQueueRequest: MessageTypeDefinition<_liaison_v1_ListIntakeQueueRequest, _liaison_v1_ListIntakeQueueRequest__Output>
      ListReportAttachmentsRequest: MessageTypeDefinition<_liaison_v1_ListReportAttachmentsRequest, _liaison_v1_ListReportAttachmentsRequest__Output>
      ListRewardsRequest: MessageTypeDefinition<_liaison_v1_ListRewardsRequest, _liaison_v1_ListRewardsRequest__Output>
      MergeReportRequest: MessageTypeDefinition<_liaison_v1_MergeReportRequest, _liaison_v1_MergeReportRequest__Output>
      RecordRewardPaymentRequest: MessageTypeDefinition<_liaison_v1_RecordRewardPaymentRequest, _liaison_v1_RecordRewardPaymentRequest__Output>
      RejectReportRequest: MessageTypeDefinition<_liaison_v1_RejectReportRequest, _liaison_v1_RejectReportRequest__Output>
      ReportAttachment: MessageTypeDefinition<_liaison_v1_ReportAttachment, _liaison_v1_ReportAttachment__Output>
      ReportAttachmentChunk: MessageTypeDefinition<_liaison_v1_ReportAttachmentChunk, _liaison_v1_ReportAttachmentChunk__Output>
      ReportAttachmentEnd: MessageTypeDefinition<_liaison_v1_ReportAttachmentEnd, _liaison_v1_ReportAttachmentEnd__Output>
      ReportAttachmentHeader: MessageTypeDefinition<_liaison_v1_ReportAttachmentHeader, _liaison_v1_ReportAttachmentHeader__Output>
      ReportAttachmentList: MessageTypeDefinition<_liaison_v1_ReportAttachmentList, _liaison_v1_ReportAttachmentList__Output>
      ReportAttachmentMessage: MessageTypeDefinition<_liaison_v1_ReportAttachmentMessage, _liaison_v1_ReportAttachmentMessage__Output>
      ReportAttachmentResult: MessageTypeDefinition<_liaison_v1_ReportAttachmentResult, _liaison_v1_ReportAttachmentResult__Output>
      ReportAttachmentTarget: MessageTypeDefinition<_liaison_v1_ReportAttachmentTarget, _liaison_v1_ReportAttachmentTarget__Output>
      ReportCommandResult: MessageTypeDefinition<_liaison_v1_ReportCommandResult, _liaison_v1_ReportCommandResult__Output>
      ReportContact: MessageTypeDefinition<_liaison_v1_ReportContact, _liaison_v1_ReportContact__Output>
      ReportPlace: MessageTypeDefinition<_liaison_v1_ReportPlace, _liaison_v1_ReportPlace__Output>
      ReportPublicStatus: MessageTypeDefinition<_liaison_v1_ReportPublicStatus, _liaison_v1_ReportPublicStatus__Output>
      Reward: MessageTypeDefinition<_liaison_v1_Reward, _liaison_v1_Reward__Output>
      RewardList: MessageTypeDefinition<_liaison_v1_RewardList, _liaison_v1_RewardList__Output>
      RewardStep: MessageTypeDefinition<_liaison_v1_RewardStep, _liaison_v1_RewardStep__Output>
      SubmitReportRequest: MessageTypeDefinition<_liaison_v1_SubmitReportRequest, _liaison_v1_SubmitReportRequest__Output>
      SubmitReportResult: MessageTypeDefinition<_liaison_v1_SubmitReportResult, _liaison_v1_SubmitReportResult__Output>
    }
  }
}

