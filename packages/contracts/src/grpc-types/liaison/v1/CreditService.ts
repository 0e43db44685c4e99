// Original file: protos/liaison/v1/credit.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AppealBlacklistingRequest as _liaison_v1_AppealBlacklistingRequest, AppealBlacklistingRequest__Output as _liaison_v1_AppealBlacklistingRequest__Output } from '../../liaison/v1/AppealBlacklistingRequest';
import type { ApprovePublicationRequest as _liaison_v1_ApprovePublicationRequest, ApprovePublicationRequest__Output as _liaison_v1_ApprovePublicationRequest__Output } from '../../liaison/v1/ApprovePublicationRequest';
import type { Blacklisting as _liaison_v1_Blacklisting, Blacklisting__Output as _liaison_v1_Blacklisting__Output } from '../../liaison/v1/Blacklisting';
import type { BlacklistingCommandResult as _liaison_v1_BlacklistingCommandResult, BlacklistingCommandResult__Output as _liaison_v1_BlacklistingCommandResult__Output } from '../../liaison/v1/BlacklistingCommandResult';
import type { BlacklistingList as _liaison_v1_BlacklistingList, BlacklistingList__Output as _liaison_v1_BlacklistingList__Output } from '../../liaison/v1/BlacklistingList';
import type { CreditFile as _liaison_v1_CreditFile, CreditFile__Output as _liaison_v1_CreditFile__Output } from '../../liaison/v1/CreditFile';
import type { CreditStatus as _liaison_v1_CreditStatus, CreditStatus__Output as _liaison_v1_CreditStatus__Output } from '../../liaison/v1/CreditStatus';
import type { CreditSubjectQuery as _liaison_v1_CreditSubjectQuery, CreditSubjectQuery__Output as _liaison_v1_CreditSubjectQuery__Output } from '../../liaison/v1/CreditSubjectQuery';
import type { DecideBlacklistingAppealRequest as _liaison_v1_DecideBlacklistingAppealRequest, DecideBlacklistingAppealRequest__Output as _liaison_v1_DecideBlacklistingAppealRequest__Output } from '../../liaison/v1/DecideBlacklistingAppealRequest';
import type { DraftPublicationRequest as _liaison_v1_DraftPublicationRequest, DraftPublicationRequest__Output as _liaison_v1_DraftPublicationRequest__Output } from '../../liaison/v1/DraftPublicationRequest';
import type { GetBlacklistingRequest as _liaison_v1_GetBlacklistingRequest, GetBlacklistingRequest__Output as _liaison_v1_GetBlacklistingRequest__Output } from '../../liaison/v1/GetBlacklistingRequest';
import type { GetPublicationRequest as _liaison_v1_GetPublicationRequest, GetPublicationRequest__Output as _liaison_v1_GetPublicationRequest__Output } from '../../liaison/v1/GetPublicationRequest';
import type { ListBlacklistingsRequest as _liaison_v1_ListBlacklistingsRequest, ListBlacklistingsRequest__Output as _liaison_v1_ListBlacklistingsRequest__Output } from '../../liaison/v1/ListBlacklistingsRequest';
import type { ListPublicationsRequest as _liaison_v1_ListPublicationsRequest, ListPublicationsRequest__Output as _liaison_v1_ListPublicationsRequest__Output } from '../../liaison/v1/ListPublicationsRequest';
import type { ListPublishedCasesRequest as _liaison_v1_ListPublishedCasesRequest, ListPublishedCasesRequest__Output as _liaison_v1_ListPublishedCasesRequest__Output } from '../../liaison/v1/ListPublishedCasesRequest';
import type { ProposeBlacklistingRequest as _liaison_v1_ProposeBlacklistingRequest, ProposeBlacklistingRequest__Output as _liaison_v1_ProposeBlacklistingRequest__Output } from '../../liaison/v1/ProposeBlacklistingRequest';
import type { Publication as _liaison_v1_Publication, Publication__Output as _liaison_v1_Publication__Output } from '../../liaison/v1/Publication';
import type { PublicationCommandResult as _liaison_v1_PublicationCommandResult, PublicationCommandResult__Output as _liaison_v1_PublicationCommandResult__Output } from '../../liaison/v1/PublicationCommandResult';
import type { PublicationList as _liaison_v1_PublicationList, PublicationList__Output as _liaison_v1_PublicationList__Output } from '../../liaison/v1/PublicationList';
import type { PublishedCaseList as _liaison_v1_PublishedCaseList, PublishedCaseList__Output as _liaison_v1_PublishedCaseList__Output } from '../../liaison/v1/PublishedCaseList';
import type { ReviewBlacklistingRequest as _liaison_v1_ReviewBlacklistingRequest, ReviewBlacklistingRequest__Output as _liaison_v1_ReviewBlacklistingRequest__Output } from '../../liaison/v1/ReviewBlacklistingRequest';
import type { WithdrawPublicationRequest as _liaison_v1_WithdrawPublicationRequest, WithdrawPublicationRequest__Output as _liaison_v1_WithdrawPublicationRequest__Output } from '../../liaison/v1/WithdrawPublicationRequest';

export interface CreditServiceClient extends grpc.Client {
  /**
   * The subject's appeal, recorded by an officer of the leading-group office or the proposing unit.
   */
  AppealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  AppealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  AppealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  AppealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The subject's appeal, recorded by an officer of the leading-group office or the proposing unit.
   */
  appealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  appealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  appealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  appealBlacklisting(argument: _liaison_v1_AppealBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * A coordinator of the leading-group office; published from now for period_days.
   */
  ApproveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  ApproveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * A coordinator of the leading-group office; published from now for period_days.
   */
  approveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  approveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  approveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  approveBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  
  ApprovePublication(argument: _liaison_v1_ApprovePublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  ApprovePublication(argument: _liaison_v1_ApprovePublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  ApprovePublication(argument: _liaison_v1_ApprovePublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  ApprovePublication(argument: _liaison_v1_ApprovePublicationRequest, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  approvePublication(argument: _liaison_v1_ApprovePublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  approvePublication(argument: _liaison_v1_ApprovePublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  approvePublication(argument: _liaison_v1_ApprovePublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  approvePublication(argument: _liaison_v1_ApprovePublicationRequest, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Leading-group office coordinator; upheld removes the blacklisting.
   */
  DecideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  DecideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  DecideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  DecideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Leading-group office coordinator; upheld removes the blacklisting.
   */
  decideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  decideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  decideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  decideBlacklistingAppeal(argument: _liaison_v1_DecideBlacklistingAppealRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Case publications (案件信息公开, ADR 0031). Drafted by an acting officer of the unit owning the
   * concluded case, from a penalty or criminal-case entry of the file it may see (cause and
   * penalty redacted of personal data by the service); approved by a leading-group office
   * coordinator; withdrawn with a reason by the office or the owning unit. A draft is seen by the
   * owning unit and the office only (others: NOT_FOUND); a published one by every unit.
   */
  DraftPublication(argument: _liaison_v1_DraftPublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  DraftPublication(argument: _liaison_v1_DraftPublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  DraftPublication(argument: _liaison_v1_DraftPublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  DraftPublication(argument: _liaison_v1_DraftPublicationRequest, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Case publications (案件信息公开, ADR 0031). Drafted by an acting officer of the unit owning the
   * concluded case, from a penalty or criminal-case entry of the file it may see (cause and
   * penalty redacted of personal data by the service); approved by a leading-group office
   * coordinator; withdrawn with a reason by the office or the owning unit. A draft is seen by the
   * owning unit and the office only (others: NOT_FOUND); a published one by every unit.
   */
  draftPublication(argument: _liaison_v1_DraftPublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  draftPublication(argument: _liaison_v1_DraftPublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  draftPublication(argument: _liaison_v1_DraftPublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  draftPublication(argument: _liaison_v1_DraftPublicationRequest, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  
  GetBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  GetBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  GetBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  GetBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  getBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  getBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  getBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  getBlacklisting(argument: _liaison_v1_GetBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_Blacklisting__Output>): grpc.ClientUnaryCall;
  
  /**
   * The credit file of a credit code (or, with person_name, of a responsible person) as the caller
   * sees it; NOT_FOUND when the caller sees nothing of it.
   */
  GetCreditFile(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  GetCreditFile(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  GetCreditFile(argument: _liaison_v1_CreditSubjectQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  GetCreditFile(argument: _liaison_v1_CreditSubjectQuery, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  /**
   * The credit file of a credit code (or, with person_name, of a responsible person) as the caller
   * sees it; NOT_FOUND when the caller sees nothing of it.
   */
  getCreditFile(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  getCreditFile(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  getCreditFile(argument: _liaison_v1_CreditSubjectQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  getCreditFile(argument: _liaison_v1_CreditSubjectQuery, callback: grpc.requestCallback<_liaison_v1_CreditFile__Output>): grpc.ClientUnaryCall;
  
  /**
   * For leads and operations when a subject is posted or proposed: blacklisted?, how many entries
   * the caller may see, by kind. found=false (never NOT_FOUND) when nothing is visible.
   */
  GetCreditStatus(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  GetCreditStatus(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  GetCreditStatus(argument: _liaison_v1_CreditSubjectQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  GetCreditStatus(argument: _liaison_v1_CreditSubjectQuery, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  /**
   * For leads and operations when a subject is posted or proposed: blacklisted?, how many entries
   * the caller may see, by kind. found=false (never NOT_FOUND) when nothing is visible.
   */
  getCreditStatus(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  getCreditStatus(argument: _liaison_v1_CreditSubjectQuery, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  getCreditStatus(argument: _liaison_v1_CreditSubjectQuery, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  getCreditStatus(argument: _liaison_v1_CreditSubjectQuery, callback: grpc.requestCallback<_liaison_v1_CreditStatus__Output>): grpc.ClientUnaryCall;
  
  GetPublication(argument: _liaison_v1_GetPublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  GetPublication(argument: _liaison_v1_GetPublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  GetPublication(argument: _liaison_v1_GetPublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  GetPublication(argument: _liaison_v1_GetPublicationRequest, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  getPublication(argument: _liaison_v1_GetPublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  getPublication(argument: _liaison_v1_GetPublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  getPublication(argument: _liaison_v1_GetPublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  getPublication(argument: _liaison_v1_GetPublicationRequest, callback: grpc.requestCallback<_liaison_v1_Publication__Output>): grpc.ClientUnaryCall;
  
  /**
   * status: proposed | rejected | published | appealed | removed ('' = in force: published and appealed).
   */
  ListBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  ListBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  ListBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  ListBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  /**
   * status: proposed | rejected | published | appealed | removed ('' = in force: published and appealed).
   */
  listBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  listBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  listBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  listBlacklistings(argument: _liaison_v1_ListBlacklistingsRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingList__Output>): grpc.ClientUnaryCall;
  
  /**
   * status: drafted | published | withdrawn ('' = all the caller may see).
   */
  ListPublications(argument: _liaison_v1_ListPublicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  ListPublications(argument: _liaison_v1_ListPublicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  ListPublications(argument: _liaison_v1_ListPublicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  ListPublications(argument: _liaison_v1_ListPublicationsRequest, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  /**
   * status: drafted | published | withdrawn ('' = all the caller may see).
   */
  listPublications(argument: _liaison_v1_ListPublicationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  listPublications(argument: _liaison_v1_ListPublicationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  listPublications(argument: _liaison_v1_ListPublicationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  listPublications(argument: _liaison_v1_ListPublicationsRequest, callback: grpc.requestCallback<_liaison_v1_PublicationList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Public (no identity): the published cases, redacted, newest first.
   */
  ListPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  ListPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  ListPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  ListPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  /**
   * Public (no identity): the published cases, redacted, newest first.
   */
  listPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  listPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  listPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  listPublishedCases(argument: _liaison_v1_ListPublishedCasesRequest, callback: grpc.requestCallback<_liaison_v1_PublishedCaseList__Output>): grpc.ClientUnaryCall;
  
  /**
   * Commands. Each carries a command_id: a retried command_id returns the first result.
   * The blacklisting id derives from the command id; the proposer is the caller's unit.
   */
  ProposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  ProposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  ProposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  ProposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Commands. Each carries a command_id: a retried command_id returns the first result.
   * The blacklisting id derives from the command id; the proposer is the caller's unit.
   */
  proposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  proposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  proposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  proposeBlacklisting(argument: _liaison_v1_ProposeBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  
  RejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  RejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  RejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  RejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  rejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  rejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  rejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  rejectBlacklisting(argument: _liaison_v1_ReviewBlacklistingRequest, callback: grpc.requestCallback<_liaison_v1_BlacklistingCommandResult__Output>): grpc.ClientUnaryCall;
  
  WithdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  WithdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  WithdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  WithdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  withdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  withdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  withdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  withdrawPublication(argument: _liaison_v1_WithdrawPublicationRequest, callback: grpc.requestCallback<_liaison_v1_PublicationCommandResult__Output>): grpc.ClientUnaryCall;
  
}

export interface CreditServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * The subject's appeal, recorded by an officer of the leading-group office or the proposing unit.
   */
  AppealBlacklisting: grpc.handleUnaryCall<_liaison_v1_AppealBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult>;
  
  /**
   * A coordinator of the leading-group office; published from now for period_days.
   */
  ApproveBlacklisting: grpc.handleUnaryCall<_liaison_v1_ReviewBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult>;
  
  ApprovePublication: grpc.handleUnaryCall<_liaison_v1_ApprovePublicationRequest__Output, _liaison_v1_PublicationCommandResult>;
  
  /**
   * Leading-group office coordinator; upheld removes the blacklisting.
   */
  DecideBlacklistingAppeal: grpc.handleUnaryCall<_liaison_v1_DecideBlacklistingAppealRequest__Output, _liaison_v1_BlacklistingCommandResult>;
  
  /**
   * Case publications (案件信息公开, ADR 0031). Drafted by an acting officer of the unit owning the
   * concluded case, from a penalty or criminal-case entry of the file it may see (cause and
   * penalty redacted of personal data by the service); approved by a leading-group office
   * coordinator; withdrawn with a reason by the office or the owning unit. A draft is seen by the
   * owning unit and the office only (others: NOT_FOUND); a published one by every unit.
   */
  DraftPublication: grpc.handleUnaryCall<_liaison_v1_DraftPublicationRequest__Output, _liaison_v1_PublicationCommandResult>;
  
  GetBlacklisting: grpc.handleUnaryCall<_liaison_v1_GetBlacklistingRequest__Output, _liaison_v1_Blacklisting>;
  
  /**
   * The credit file of a credit code (or, with person_name, of a responsible person) as the caller
   * sees it; NOT_FOUND when the caller sees nothing of it.
   */
  GetCreditFile: grpc.handleUnaryCall<_liaison_v1_CreditSubjectQuery__Output, _liaison_v1_CreditFile>;
  
  /**
   * For leads and operations when a subject is posted or proposed: blacklisted?, how many entries
   * the caller may see, by kind. found=false (never NOT_FOUND) when nothing is visible.
   */
  GetCreditStatus: grpc.handleUnaryCall<_liaison_v1_CreditSubjectQuery__Output, _liaison_v1_CreditStatus>;
  
  GetPublication: grpc.handleUnaryCall<_liaison_v1_GetPublicationRequest__Output, _liaison_v1_Publication>;
  
  /**
   * status: proposed | rejected | published | appealed | removed ('' = in force: published and appealed).
   */
  ListBlacklistings: grpc.handleUnaryCall<_liaison_v1_ListBlacklistingsRequest__Output, _liaison_v1_BlacklistingList>;
  
  /**
   * status: drafted | published | withdrawn ('' = all the caller may see).
   */
  ListPublications: grpc.handleUnaryCall<_liaison_v1_ListPublicationsRequest__Output, _liaison_v1_PublicationList>;
  
  /**
   * Public (no identity): the published cases, redacted, newest first.
   */
  ListPublishedCases: grpc.handleUnaryCall<_liaison_v1_ListPublishedCasesRequest__Output, _liaison_v1_PublishedCaseList>;
  
  /**
   * Commands. Each carries a command_id: a retried command_id returns the first result.
   * The blacklisting id derives from the command id; the proposer is the caller's unit.
   */
  ProposeBlacklisting: grpc.handleUnaryCall<_liaison_v1_ProposeBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult>;
  
  RejectBlacklisting: grpc.handleUnaryCall<_liaison_v1_ReviewBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult>;
  
  WithdrawPublication: grpc.handleUnaryCall<_liaison_v1_WithdrawPublicationRequest__Output, _liaison_v1_PublicationCommandResult>;
  
}

export interface CreditServiceDefinition extends grpc.ServiceDefinition {
  AppealBlacklisting: MethodDefinition<_liaison_v1_AppealBlacklistingRequest, _liaison_v1_BlacklistingCommandResult, _liaison_v1_AppealBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult__Output>
  ApproveBlacklisting: MethodDefinition<_liaison_v1_ReviewBlacklistingRequest, _liaison_v1_BlacklistingCommandResult, _liaison_v1_ReviewBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult__Output>
  ApprovePublication: MethodDefinition<_liaison_v1_ApprovePublicationRequest, _liaison_v1_PublicationCommandResult, _liaison_v1_ApprovePublicationRequest__Output, _liaison_v1_PublicationCommandResult__Output>
  DecideBlacklistingAppeal: MethodDefinition<_liaison_v1_DecideBlacklistingAppealRequest, _liaison_v1_BlacklistingCommandResult, _liaison_v1_DecideBlacklistingAppealRequest__Output, _liaison_v1_BlacklistingCommandResult__Output>
  DraftPublication: MethodDefinition<_liaison_v1_DraftPublicationRequest, _liaison_v1_PublicationCommandResult, _liaison_v1_DraftPublicationRequest__Output, _liaison_v1_PublicationCommandResult__Output>
  GetBlacklisting: MethodDefinition<_liaison_v1_GetBlacklistingRequest, _liaison_v1_Blacklisting, _liaison_v1_GetBlacklistingRequest__Output, _liaison_v1_Blacklisting__Output>
  GetCreditFile: MethodDefinition<_liaison_v1_CreditSubjectQuery, _liaison_v1_CreditFile, _liaison_v1_CreditSubjectQuery__Output, _liaison_v1_CreditFile__Output>
  GetCreditStatus: MethodDefinition<_liaison_v1_CreditSubjectQuery, _liaison_v1_CreditStatus, _liaison_v1_CreditSubjectQuery__Output, _liaison_v1_CreditStatus__Output>
  GetPublication: MethodDefinition<_liaison_v1_GetPublicationRequest, _liaison_v1_Publication, _liaison_v1_GetPublicationRequest__Output, _liaison_v1_Publication__Output>
  ListBlacklistings: MethodDefinition<_liaison_v1_ListBlacklistingsRequest, _liaison_v1_BlacklistingList, _liaison_v1_ListBlacklistingsRequest__Output, _liaison_v1_BlacklistingList__Output>
  ListPublications: MethodDefinition<_liaison_v1_ListPublicationsRequest, _liaison_v1_PublicationList, _liaison_v1_ListPublicationsRequest__Output, _liaison_v1_PublicationList__Output>
  ListPublishedCases: MethodDefinition<_liaison_v1_ListPublishedCasesRequest, _liaison_v1_PublishedCaseList, _liaison_v1_ListPublishedCasesRequest__Output, _liaison_v1_PublishedCaseList__Output>
  ProposeBlacklisting: MethodDefinition<_liaison_v1_ProposeBlacklistingRequest, _liaison_v1_BlacklistingCommandResult, _liaison_v1_ProposeBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult__Output>
  RejectBlacklisting: MethodDefinition<_liaison_v1_ReviewBlacklistingRequest, _liaison_v1_BlacklistingCommandResult, _liaison_v1_ReviewBlacklistingRequest__Output, _liaison_v1_BlacklistingCommandResult__Output>
  WithdrawPublication: MethodDefinition<_liaison_v1_WithdrawPublicationRequest, _liaison_v1_PublicationCommandResult, _liaison_v1_WithdrawPublicationRequest__Output, _liaison_v1_PublicationCommandResult__Output>
}
