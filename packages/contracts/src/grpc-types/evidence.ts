import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from './liaison/v1/AccountabilityEntry';
import type { AccountabilityPage as _liaison_v1_AccountabilityPage, AccountabilityPage__Output as _liaison_v1_AccountabilityPage__Output } from './liaison/v1/AccountabilityPage';
import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from './liaison/v1/Actor';
import type { AttachTestReportRequest as _liaison_v1_AttachTestReportRequest, AttachTestReportRequest__Output as _liaison_v1_AttachTestReportRequest__Output } from './liaison/v1/AttachTestReportRequest';
import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from './liaison/v1/BreachExplanation';
import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from './liaison/v1/Coordinates';
import type { CountEvidenceRequest as _liaison_v1_CountEvidenceRequest, CountEvidenceRequest__Output as _liaison_v1_CountEvidenceRequest__Output } from './liaison/v1/CountEvidenceRequest';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from './liaison/v1/Empty';
import type { EvidenceCertificateKeys as _liaison_v1_EvidenceCertificateKeys, EvidenceCertificateKeys__Output as _liaison_v1_EvidenceCertificateKeys__Output } from './liaison/v1/EvidenceCertificateKeys';
import type { EvidenceCommandResult as _liaison_v1_EvidenceCommandResult, EvidenceCommandResult__Output as _liaison_v1_EvidenceCommandResult__Output } from './liaison/v1/EvidenceCommandResult';
import type { EvidenceContentChunk as _liaison_v1_EvidenceContentChunk, EvidenceContentChunk__Output as _liaison_v1_EvidenceContentChunk__Output } from './liaison/v1/EvidenceContentChunk';
import type { EvidenceContentHeader as _liaison_v1_EvidenceContentHeader, EvidenceContentHeader__Output as _liaison_v1_EvidenceContentHeader__Output } from './liaison/v1/EvidenceContentHeader';
import type { EvidenceCount as _liaison_v1_EvidenceCount, EvidenceCount__Output as _liaison_v1_EvidenceCount__Output } from './liaison/v1/EvidenceCount';
import type { EvidenceCounts as _liaison_v1_EvidenceCounts, EvidenceCounts__Output as _liaison_v1_EvidenceCounts__Output } from './liaison/v1/EvidenceCounts';
import type { EvidenceCourtUseConsent as _liaison_v1_EvidenceCourtUseConsent, EvidenceCourtUseConsent__Output as _liaison_v1_EvidenceCourtUseConsent__Output } from './liaison/v1/EvidenceCourtUseConsent';
import type { EvidenceCustodyEntry as _liaison_v1_EvidenceCustodyEntry, EvidenceCustodyEntry__Output as _liaison_v1_EvidenceCustodyEntry__Output } from './liaison/v1/EvidenceCustodyEntry';
import type { EvidenceDetail as _liaison_v1_EvidenceDetail, EvidenceDetail__Output as _liaison_v1_EvidenceDetail__Output } from './liaison/v1/EvidenceDetail';
import type { EvidenceDossier as _liaison_v1_EvidenceDossier, EvidenceDossier__Output as _liaison_v1_EvidenceDossier__Output } from './liaison/v1/EvidenceDossier';
import type { EvidenceDossierItem as _liaison_v1_EvidenceDossierItem, EvidenceDossierItem__Output as _liaison_v1_EvidenceDossierItem__Output } from './liaison/v1/EvidenceDossierItem';
import type { EvidenceHistoryEntry as _liaison_v1_EvidenceHistoryEntry, EvidenceHistoryEntry__Output as _liaison_v1_EvidenceHistoryEntry__Output } from './liaison/v1/EvidenceHistoryEntry';
import type { EvidenceIntegrity as _liaison_v1_EvidenceIntegrity, EvidenceIntegrity__Output as _liaison_v1_EvidenceIntegrity__Output } from './liaison/v1/EvidenceIntegrity';
import type { EvidencePage as _liaison_v1_EvidencePage, EvidencePage__Output as _liaison_v1_EvidencePage__Output } from './liaison/v1/EvidencePage';
import type { EvidenceRecognitionCertificate as _liaison_v1_EvidenceRecognitionCertificate, EvidenceRecognitionCertificate__Output as _liaison_v1_EvidenceRecognitionCertificate__Output } from './liaison/v1/EvidenceRecognitionCertificate';
import type { EvidenceRecognitionDecision as _liaison_v1_EvidenceRecognitionDecision, EvidenceRecognitionDecision__Output as _liaison_v1_EvidenceRecognitionDecision__Output } from './liaison/v1/EvidenceRecognitionDecision';
import type { EvidenceRecognitionRequest as _liaison_v1_EvidenceRecognitionRequest, EvidenceRecognitionRequest__Output as _liaison_v1_EvidenceRecognitionRequest__Output } from './liaison/v1/EvidenceRecognitionRequest';
import type { EvidenceRecognitionRequestItem as _liaison_v1_EvidenceRecognitionRequestItem, EvidenceRecognitionRequestItem__Output as _liaison_v1_EvidenceRecognitionRequestItem__Output } from './liaison/v1/EvidenceRecognitionRequestItem';
import type { EvidenceRecognitionRequestPage as _liaison_v1_EvidenceRecognitionRequestPage, EvidenceRecognitionRequestPage__Output as _liaison_v1_EvidenceRecognitionRequestPage__Output } from './liaison/v1/EvidenceRecognitionRequestPage';
import type { EvidenceRecognitionStatus as _liaison_v1_EvidenceRecognitionStatus, EvidenceRecognitionStatus__Output as _liaison_v1_EvidenceRecognitionStatus__Output } from './liaison/v1/EvidenceRecognitionStatus';
import type { EvidenceServiceClient as _liaison_v1_EvidenceServiceClient, EvidenceServiceDefinition as _liaison_v1_EvidenceServiceDefinition } from './liaison/v1/EvidenceService';
import type { EvidenceSummary as _liaison_v1_EvidenceSummary, EvidenceSummary__Output as _liaison_v1_EvidenceSummary__Output } from './liaison/v1/EvidenceSummary';
import type { EvidenceTimeline as _liaison_v1_EvidenceTimeline, EvidenceTimeline__Output as _liaison_v1_EvidenceTimeline__Output } from './liaison/v1/EvidenceTimeline';
import type { EvidenceTimelineEntry as _liaison_v1_EvidenceTimelineEntry, EvidenceTimelineEntry__Output as _liaison_v1_EvidenceTimelineEntry__Output } from './liaison/v1/EvidenceTimelineEntry';
import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from './liaison/v1/FieldIssue';
import type { GetDossierRequest as _liaison_v1_GetDossierRequest, GetDossierRequest__Output as _liaison_v1_GetDossierRequest__Output } from './liaison/v1/GetDossierRequest';
import type { GetEvidenceRequest as _liaison_v1_GetEvidenceRequest, GetEvidenceRequest__Output as _liaison_v1_GetEvidenceRequest__Output } from './liaison/v1/GetEvidenceRequest';
import type { GetRecognitionCertificateRequest as _liaison_v1_GetRecognitionCertificateRequest, GetRecognitionCertificateRequest__Output as _liaison_v1_GetRecognitionCertificateRequest__Output } from './liaison/v1/GetRecognitionCertificateRequest';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from './liaison/v1/Handling';
import type { ListAccountabilityRequest as _liaison_v1_ListAccountabilityRequest, ListAccountabilityRequest__Output as _liaison_v1_ListAccountabilityRequest__Output } from './liaison/v1/ListAccountabilityRequest';
import type { ListEvidenceRequest as _liaison_v1_ListEvidenceRequest, ListEvidenceRequest__Output as _liaison_v1_ListEvidenceRequest__Output } from './liaison/v1/ListEvidenceRequest';
import type { ListRecognitionRequestsRequest as _liaison_v1_ListRecognitionRequestsRequest, ListRecognitionRequestsRequest__Output as _liaison_v1_ListRecognitionRequestsRequest__Output } from './liaison/v1/ListRecognitionRequestsRequest';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from './liaison/v1/PageInfo';
import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from './liaison/v1/PageRequest';
import type { Problem as _liaison_v1_Problem, Problem__Output as _liaison_v1_Problem__Output } from './liaison/v1/Problem';
import type { RecogniseRequest as _liaison_v1_RecogniseRequest, RecogniseRequest__Output as _liaison_v1_RecogniseRequest__Output } from './liaison/v1/RecogniseRequest';
import type { RecogniseWithConditionsRequest as _liaison_v1_RecogniseWithConditionsRequest, RecogniseWithConditionsRequest__Output as _liaison_v1_RecogniseWithConditionsRequest__Output } from './liaison/v1/RecogniseWithConditionsRequest';
import type { RecordCourtUseConsentRequest as _liaison_v1_RecordCourtUseConsentRequest, RecordCourtUseConsentRequest__Output as _liaison_v1_RecordCourtUseConsentRequest__Output } from './liaison/v1/RecordCourtUseConsentRequest';
import type { RecordCustodyTransferRequest as _liaison_v1_RecordCustodyTransferRequest, RecordCustodyTransferRequest__Output as _liaison_v1_RecordCustodyTransferRequest__Output } from './liaison/v1/RecordCustodyTransferRequest';
import type { RegisterEvidenceRequest as _liaison_v1_RegisterEvidenceRequest, RegisterEvidenceRequest__Output as _liaison_v1_RegisterEvidenceRequest__Output } from './liaison/v1/RegisterEvidenceRequest';
import type { RejectRecognitionRequest as _liaison_v1_RejectRecognitionRequest, RejectRecognitionRequest__Output as _liaison_v1_RejectRecognitionRequest__Output } from './liaison/v1/RejectRecognitionRequest';
import type { RequestRecognitionRequest as _liaison_v1_RequestRecognitionRequest, RequestRecognitionRequest__Output as _liaison_v1_RequestRecognitionRequest__Output } from './liaison/v1/RequestRecognitionRequest';
import type { RevokeRecognitionRequest as _liaison_v1_RevokeRecognitionRequest, RevokeRecognitionRequest__Output as _liaison_v1_RevokeRecognitionRequest__Output } from './liaison/v1/RevokeRecognitionRequest';
import type { UploadEvidenceEnd as _liaison_v1_UploadEvidenceEnd, UploadEvidenceEnd__Output as _liaison_v1_UploadEvidenceEnd__Output } from './liaison/v1/UploadEvidenceEnd';
import type { UploadEvidenceMessage as _liaison_v1_UploadEvidenceMessage, UploadEvidenceMessage__Output as _liaison_v1_UploadEvidenceMessage__Output } from './liaison/v1/UploadEvidenceMessage';
import type { VerifyIntegrityRequest as _liaison_v1_VerifyIntegrityRequest, VerifyIntegrityRequest__Output as _liaison_v1_VerifyIntegrityRequest__Output } from './liaison/v1/VerifyIntegrityRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  liaison: {
    v1: {
      AccountabilityEntry: MessageTypeDefinition<_liaison_v1_AccountabilityEntry, _liaison_v1_AccountabilityEntry__Output>
      AccountabilityPage: MessageTypeDefinition<_liaison_v1_AccountabilityPage, _liaison_v1_AccountabilityPage__Output>
      Actor: MessageTypeDefinition<_liaison_v1_Actor, _liaison_v1_Actor__Output>
      AttachTestReportRequest: MessageTypeDefinition<_liaison_v1_AttachTestReportRequest, _liaison_v1_AttachTestReportRequest__Output>
      BreachExplanation: MessageTypeDefinition<_liaison_v1_BreachExplanation, _liaison_v1_BreachExplanation__Output>
      Coordinates: MessageTypeDefinition<_liaison_v1_Coordinates, _liaison_v1_Coordinates__Output>
      CountEvidenceRequest: MessageTypeDefinition<_liaison_v1_CountEvidenceRequest, _liaison_v1_CountEvidenceRequest__Output>
      Empty: MessageTypeDefinition<_liaison_v1_Empty, _liaison_v1_Empty__Output>
      EvidenceCertificateKeys: MessageTypeDefinition<_liaison_v1_EvidenceCertificateKeys, _liaison_v1_EvidenceCertificateKeys__Output>
      EvidenceCommandResult: MessageTypeDefinition<_liaison_v1_EvidenceCommandResult, _liaison_v1_EvidenceCommandResult__Output>
      EvidenceContentChunk: MessageTypeDefinition<_liaison_v1_EvidenceContentChunk, _liaison_v1_EvidenceContentChunk__Output>
      EvidenceContentHeader: MessageTypeDefinition<_liaison_v1_EvidenceContentHeader, _liaison_v1_EvidenceContentHeader__Output>
      EvidenceCount: MessageTypeDefinition<_liaison_v1_EvidenceCount, _liaison_v1_EvidenceCount__Output>
      EvidenceCounts: MessageTypeDefinition<_liaison_v1_EvidenceCounts, _liaison_v1_EvidenceCounts__Output>
      EvidenceCourtUseConsent: MessageTypeDefinition<_liaison_v1_EvidenceCourtUseConsent, _liaison_v1_EvidenceCourtUseConsent__Output>
      EvidenceCustodyEntry: MessageTypeDefinition<_liaison_v1_EvidenceCustodyEntry, _liaison_v1_EvidenceCustodyEntry__Output>
      EvidenceDetail: MessageTypeDefinition<_liaison_v1_EvidenceDetail, _liaison_v1_EvidenceDetail__Output>
      EvidenceDossier: MessageTypeDefinition<_liaison_v1_EvidenceDossier, _liaison_v1_EvidenceDossier__Output>
      EvidenceDossierItem: MessageTypeDefinition<_liaison_v1_EvidenceDossierItem, _liaison_v1_EvidenceDossierItem__Output>
      EvidenceHistoryEntry: MessageTypeDefinition<_liaison_v1_EvidenceHistoryEntry, _liaison_v1_EvidenceHistoryEntry__Output>
      EvidenceIntegrity: MessageTypeDefinition<_liaison_v1_EvidenceIntegrity, _liaison_v1_EvidenceIntegrity__Output>
      EvidencePage: MessageTypeDefinition<_liaison_v1_EvidencePage, _liaison_v1_EvidencePage__Output>
      EvidenceRecognitionCertificate: MessageTypeDefinition<_liaison_v1_EvidenceRecognitionCertificate, _liaison_v1_EvidenceRecognitionCertificate__Output>
      EvidenceRecognitionDecision: MessageTypeDefinition<_liaison_v1_EvidenceRecognitionDecision, _liaison_v1_EvidenceRecognitionDecision__Output>
      EvidenceRecognitionRequest: MessageTypeDefinition<_liaison_v1_EvidenceRecognitionRequest, _liaison_v1_EvidenceRecognitionRequest__Output>
      EvidenceRecognitionRequestItem: MessageTypeDefinition<_liaison_v1_EvidenceRecognitionRequestItem, _liaison_v1_EvidenceRecognitionRequestItem__Output>
      EvidenceRecognitionRequestPage: MessageTypeDefinition<_liaison_v1_EvidenceRecognitionRequestPage, _liaison_v1_EvidenceRecognitionRequestPage__Output>
      EvidenceRecognitionStatus: MessageTypeDefinition<_liaison_v1_EvidenceRecognitionStatus, _liaison_v1_EvidenceRecognitionStatus__Output>
      EvidenceService: SubtypeConstructor<typeof grpc.Client, _liaison_v1_EvidenceServiceClient> & { service: _liaison_v1_EvidenceServiceDefinition }
      EvidenceSummary: MessageTypeDefinition<_liaison_v1_EvidenceSummary, _liaison_v1_EvidenceSummary__Output>
      EvidenceTimeline: MessageTypeDefinition<_liaison_v1_EvidenceTimeline, _liaison_v1_EvidenceTimeline__Output>
      EvidenceTimelineEntry: MessageTypeDefinition<_liaison_v1_EvidenceTimelineEntry, _liaison_v1_EvidenceTimelineEntry__Output>
      FieldIssue: MessageTypeDefinition<_liaison_v1_FieldIssue, _liaison_v1_FieldIssue__Output>
      GetDossierRequest: MessageTypeDefinition<_liaison_v1_GetDossierRequest, _liaison_v1_GetDossierRequest__Output>
      GetEvidenceRequest: MessageTypeDefinition<_liaison_v1_GetEvidenceRequest, _liaison_v1_GetEvidenceRequest__Output>
      GetRecognitionCertificateRequest: MessageTypeDefinition<_liaison_v1_GetRecognitionCertificateRequest, _liaison_v1_GetRecognitionCertificateRequest__Output>
      Handling: MessageTypeDefinition<_liaison_v1_Handling, _liaison_v1_Handling__Output>
      ListAccountabilityRequest: MessageTypeDefinition<_liaison_v1_ListAccountabilityRequest, _liaison_v1_ListAccountabilityRequest__Output>
      ListEvidenceRequest: MessageTypeDefinition<_liaison_v1_ListEvidenceRequest, _liaison_v1_ListEvidenceRequest__Output>
      ListRecognitionRequestsRequest: MessageTypeDefinition<_liaison_v1_ListRecognitionRequestsRequest, _liaison_v1_ListRecognitionRequestsRequest__Output>
      PageInfo: MessageTypeDefinition<_liaison_v1_PageInfo, _liaison_v1_PageInfo__Output>
      PageRequest: MessageTypeDefinition<_liaison_v1_PageRequest, _liaison_v1_PageRequest__Output>
      Problem: MessageTypeDefinition<_liaison_v1_Problem, _liaison_v1_Problem__Output>
      RecogniseRequest: MessageTypeDefinition<_liaison_v1_RecogniseRequest, _liaison_v1_RecogniseRequest__Output>
      RecogniseWithConditionsRequest: MessageTypeDefinition<_liaison_v1_RecogniseWithConditionsRequest, _liaison_v1_RecogniseWithConditionsRequest__Output>
      RecordCourtUseConsentRequest: MessageTypeDefinition<_liaison_v1_RecordCourtUseConsentRequest, _liaison_v1_RecordCourtUseConsentRequest__Output>
      RecordCustodyTransferRequest: MessageTypeDefinition<_liaison_v1_RecordCustodyTransferRequest, _liaison_v1_RecordCustodyTransferRequest__Output>
      RegisterEvidenceRequest: MessageTypeDefinition<_liaison_v1_RegisterEvidenceRequest, _liaison_v1_RegisterEvidenceRequest__Output>
      RejectRecognitionRequest: MessageTypeDefinition<_liaison_v1_RejectRecognitionRequest, _liaison_v1_RejectRecognitionRequest__Output>
      RequestRecognitionRequest: MessageTypeDefinition<_liaison_v1_RequestRecognitionRequest, _liaison_v1_RequestRecognitionRequest__Output>
      RevokeRecognitionRequest: MessageTypeDefinition<_liaison_v1_RevokeRecognitionRequest, _liaison_v1_RevokeRecognitionRequest__Output>
      UploadEvidenceEnd: MessageTypeDefinition<_liaison_v1_UploadEvidenceEnd, _liaison_v1_UploadEvidenceEnd__Output>
      UploadEvidenceMessage: MessageTypeDefinition<_liaison_v1_UploadEvidenceMessage, _liaison_v1_UploadEvidenceMessage__Output>
      VerifyIntegrityRequest: MessageTypeDefinition<_liaison_v1_VerifyIntegrityRequest, _liaison_v1_VerifyIntegrityRequest__Output>
    }
  }
}

