import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AppealBlacklistingRequest as _liaison_v1_AppealBlacklistingRequest, AppealBlacklistingRequest__Output as _liaison_v1_AppealBlacklistingRequest__Output } from './liaison/v1/AppealBlacklistingRequest';
import type { ApprovePublicationRequest as _liaison_v1_ApprovePublicationRequest, ApprovePublicationRequest__Output as _liaison_v1_ApprovePublicationRequest__Output } from './liaison/v1/ApprovePublicationRequest';
import type { Blacklisting as _liaison_v1_Blacklisting, Blacklisting__Output as _liaison_v1_Blacklisting__Output } from './liaison/v1/Blacklisting';
import type { BlacklistingCommandResult as _liaison_v1_BlacklistingCommandResult, BlacklistingCommandResult__Output as _liaison_v1_BlacklistingCommandResult__Output } from './liaison/v1/BlacklistingCommandResult';
import type { BlacklistingList as _liaison_v1_BlacklistingList, BlacklistingList__Output as _liaison_v1_BlacklistingList__Output } from './liaison/v1/BlacklistingList';
import type { BlacklistingStep as _liaison_v1_BlacklistingStep, BlacklistingStep__Output as _liaison_v1_BlacklistingStep__Output } from './liaison/v1/BlacklistingStep';
import type { BlacklistingSummary as _liaison_v1_BlacklistingSummary, BlacklistingSummary__Output as _liaison_v1_BlacklistingSummary__Output } from './liaison/v1/BlacklistingSummary';
import type { CreditEntry as _liaison_v1_CreditEntry, CreditEntry__Output as _liaison_v1_CreditEntry__Output } from './liaison/v1/CreditEntry';
import type { CreditEntryCount as _liaison_v1_CreditEntryCount, CreditEntryCount__Output as _liaison_v1_CreditEntryCount__Output } from './liaison/v1/CreditEntryCount';
import type { CreditEntrySource as _liaison_v1_CreditEntrySource, CreditEntrySource__Output as _liaison_v1_CreditEntrySource__Output } from './liaison/v1/CreditEntrySource';
import type { CreditEntrySubject as _liaison_v1_CreditEntrySubject, CreditEntrySubject__Output as _liaison_v1_CreditEntrySubject__Output } from './liaison/v1/CreditEntrySubject';
import type { CreditFile as _liaison_v1_CreditFile, CreditFile__Output as _liaison_v1_CreditFile__Output } from './liaison/v1/CreditFile';
import type { CreditServiceClient as _liaison_v1_CreditServiceClient, CreditServiceDefinition as _liaison_v1_CreditServiceDefinition } from './liaison/v1/CreditService';
import type { CreditStatus as _liaison_v1_CreditStatus, CreditStatus__Output as _liaison_v1_CreditStatus__Output } from './liaison/v1/CreditStatus';
import type { CreditSubjectName as _liaison_v1_CreditSubjectName, CreditSubjectName__Output as _liaison_v1_CreditSubjectName__Output } from './liaison/v1/CreditSubjectName';
import type { CreditSubjectQuery as _liaison_v1_CreditSubjectQuery, CreditSubjectQuery__Output as _liaison_v1_CreditSubjectQuery__Output } from './liaison/v1/CreditSubjectQuery';
import type { DecideBlacklistingAppealRequest as _liaison_v1_DecideBlacklistingAppealRequest, DecideBlacklistingAppealRequest__Output as _liaison_v1_DecideBlacklistingAppealRequest__Output } from './liaison/v1/DecideBlacklistingAppealRequest';
import type { DraftPublicationRequest as _liaison_v1_DraftPublicationRequest, DraftPublicationRequest__Output as _liaison_v1_DraftPublicationRequest__Output } from './liaison/v1/DraftPublicationRequest';
import type { GetBlacklistingRequest as _liaison_v1_GetBlacklistingRequest, GetBlacklistingRequest__Output as _liaison_v1_GetBlacklistingRequest__Output } from './liaison/v1/GetBlacklistingRequest';
import type { GetPublicationRequest as _liaison_v1_GetPublicationRequest, GetPublicationRequest__Output as _liaison_v1_GetPublicationRequest__Output } from './liaison/v1/GetPublicationRequest';
import type { ListBlacklistingsRequest as _liaison_v1_ListBlacklistingsRequest, ListBlacklistingsRequest__Output as _liaison_v1_ListBlacklistingsRequest__Output } from './liaison/v1/ListBlacklistingsRequest';
import type { ListPublicationsRequest as _liaison_v1_ListPublicationsRequest, ListPublicationsRequest__Output as _liaison_v1_ListPublicationsRequest__Output } from './liaison/v1/ListPublicationsRequest';
import type { ListPublishedCasesRequest as _liaison_v1_ListPublishedCasesRequest, ListPublishedCasesRequest__Output as _liaison_v1_ListPublishedCasesRequest__Output } from './liaison/v1/ListPublishedCasesRequest';
import type { ProposeBlacklistingRequest as _liaison_v1_ProposeBlacklistingRequest, ProposeBlacklistingRequest__Output as _liaison_v1_ProposeBlacklistingRequest__Output } from './liaison/v1/ProposeBlacklistingRequest';
import type { Publication as _liaison_v1_Publication, Publication__Output as _liaison_v1_Publication__Output } from './liaison/v1/Publication';
import type { PublicationCommandResult as _liaison_v1_PublicationCommandResult, PublicationCommandResult__Output as _liaison_v1_PublicationCommandResult__Output } from './liaison/v1/PublicationCommandResult';
import type { PublicationList as _liaison_v1_PublicationList, PublicationList__Output as _liaison_v1_PublicationList__Output } from './liaison/v1/PublicationList';
import type { PublishedCase as _liaison_v1_PublishedCase, PublishedCase__Output as _liaison_v1_PublishedCase__Output } from './liaison/v1/PublishedCase';
import type { PublishedCaseList as _liaison_v1_PublishedCaseList, PublishedCaseList__Output as _liaison_v1_PublishedCaseList__Output } from './liaison/v1/PublishedCaseList';
import type { ReviewBlacklistingRequest as _liaison_v1_ReviewBlacklistingRequest, ReviewBlacklistingRequest__Output as _liaison_v1_ReviewBlacklistingRequest__Output } from './liaison/v1/ReviewBlacklistingRequest';
import type { WithdrawPublicationRequest as _liaison_v1_WithdrawPublicationRequest, WithdrawPublicationRequest__Output as _liaison_v1_WithdrawPublicationRequest__Output } from './liaison/v1/WithdrawPublicationRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AppealBlacklistingRequest: MessageTypeDefinition<_liaison_v1_AppealBlacklistingRequest, _liaison_v1_AppealBlacklistingRequest__Output>
      ApprovePublicationRequest: MessageTypeDefinition<_liaison_v1_ApprovePublicationRequest, _liaison_v1_ApprovePublicationRequest__Output>
      Blacklisting: MessageTypeDefinition<_liaison_v1_Blacklisting, _liaison_v1_Blacklisting__Output>
      BlacklistingCommandResult: MessageTypeDefinition<_liaison_v1_BlacklistingCommandResult, _liaison_v1_BlacklistingCommandResult__Output>
      BlacklistingList: MessageTypeDefinition<_liaison_v1_BlacklistingList, _liaison_v1_BlacklistingList__Output>
      BlacklistingStep: MessageTypeDefinition<_liaison_v1_BlacklistingStep, _liaison_v1_BlacklistingStep__Output>
      BlacklistingSummary: MessageTypeDefinition<_liaison_v1_BlacklistingSummary, _liaison_v1_BlacklistingSummary__Output>
      CreditEntry: MessageTypeDefinition<_liaison_v1_CreditEntry, _liaison_v1_CreditEntry__Output>
      CreditEntryCount: MessageTypeDefinition<_liaison_v1_CreditEntryCount, _liaison_v1_CreditEntryCount__Output>
      CreditEntrySource: MessageTypeDefinition<_liaison_v1_CreditEntrySource, _liaison_v1_CreditEntrySource__Output>
      CreditEntrySubject: MessageTypeDefinition<_liaison_v1_CreditEntrySubject, _liaison_v1_CreditEntrySubject__Output>
      CreditFile: MessageTypeDefinition<_liaison_v1_CreditFile, _liaison_v1_CreditFile__Output>
      CreditService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_CreditServiceClient> & { service: _liaison_v1_CreditServiceDefinition }
      CreditStatus: MessageTypeDefinition<_liaison_v1_CreditStatus, _liaison_v1_CreditStatus__Output>
      CreditSubjectName: MessageTypeDefinition<_liaison_v1_CreditSubjectName, _liaison_v1_CreditSubjectName__Output>
      CreditSubjectQuery: MessageTypeDefinition<_liaison_v1_CreditSubjectQuery, _liaison_v1_CreditSubjectQuery__Output>
      DecideBlacklistingAppealRequest: MessageTypeDefinition<_liaison_v1_DecideBlacklistingAppealRequest, _liaison_v1_DecideBlacklistingAppealRequest__Output>
      DraftPublicationRequest: MessageTypeDefinition<_liaison_v1_DraftPublicationRequest, _liaison_v1_DraftPublicationRequest__Output>
      GetBlacklistingRequest: MessageTypeDefinition<_liaison_v1_GetBlacklistingRequest, _liaison_v1_GetBlacklistingRequest__Output>
      GetPublicationRequest: MessageTypeDefinition<_liaison_v1_GetPublicationRequest, _liaison_v1_GetPublicationRequest__Output>
      ListBlacklistingsRequest: MessageTypeDefinition<_liaison_v1_ListBlacklistingsRequest, _liaison_v1_ListBlacklistingsRequest__Output>
      ListPublicationsRequest: MessageTypeDefinition<_liaison_v1_ListPublicationsRequest, _liaison_v1_ListPublicationsRequest__Output>
      ListPublishedCasesRequest: MessageTypeDefinition<_liaison_v1_ListPublishedCasesRequest, _liaison_v1_ListPublishedCasesRequest__Output>
      ProposeBlacklistingRequest: MessageTypeDefinition<_liaison_v1_ProposeBlacklistingRequest, _liaison_v1_ProposeBlacklistingRequest__Output>
      Publication: MessageTypeDefinition<_liaison_v1_Publication, _liaison_v1_Publication__Output>
      PublicationCommandResult: MessageTypeDefinition<_liaison_v1_PublicationCommandResult, _liaison_v1_PublicationCommandResult__Output>
      PublicationList: MessageTypeDefinition<_liaison_v1_PublicationList, _liaison_v1_PublicationList__Output>
      PublishedCase: MessageTypeDefinition<_liaison_v1_PublishedCase, _liaison_v1_PublishedCase__Output>
      PublishedCaseList: MessageTypeDefinition<_liaison_v1_PublishedCaseList, _liaison_v1_PublishedCaseList__Output>
      ReviewBlacklistingRequest: MessageTypeDefinition<_liaison_v1_ReviewBlacklistingRequest, _liaison_v1_ReviewBlacklistingRequest__Output>
      WithdrawPublicationRequest: MessageTypeDefinition<_liaison_v1_WithdrawPublicationRequest, _liaison_v1_WithdrawPublicationRequest__Output>
    }
  }
}

