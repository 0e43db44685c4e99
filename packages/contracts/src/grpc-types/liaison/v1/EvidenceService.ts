// Original file: protos/liaison/v1/evidence.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AttachTestReportRequest as _liaison_v1_AttachTestReportRequest, AttachTestReportRequest__Output as _liaison_v1_AttachTestReportRequest__Output } from '../../liaison/v1/AttachTestReportRequest';
import type { CountEvidenceRequest as _liaison_v1_CountEvidenceRequest, CountEvidenceRequest__Output as _liaison_v1_CountEvidenceRequest__Output } from '../../liaison/v1/CountEvidenceRequest';
import type { Empty as _liaison_v1_Empty, Empty__Output as _liaison_v1_Empty__Output } from '../../liaison/v1/Empty';
import type { EvidenceCertificateKeys as _liaison_v1_EvidenceCertificateKeys, EvidenceCertificateKeys__Output as _liaison_v1_EvidenceCertificateKeys__Output } from '../../liaison/v1/EvidenceCertificateKeys';
import type { EvidenceCommandResult as _liaison_v1_EvidenceCommandResult, EvidenceCommandResult__Output as _liaison_v1_EvidenceCommandResult__Output } from '../../liaison/v1/EvidenceCommandResult';
import type { EvidenceContentChunk as _liaison_v1_EvidenceContentChunk, EvidenceContentChunk__Output as _liaison_v1_EvidenceContentChunk__Output } from '../../liaison/v1/EvidenceContentChunk';
import type { EvidenceCounts as _liaison_v1_EvidenceCounts, EvidenceCounts__Output as _liaison_v1_EvidenceCounts__Output } from '../../liaison/v1/EvidenceCounts';
import type { EvidenceDetail as _liaison_v1_EvidenceDetail, EvidenceDetail__Output as _liaison_v1_EvidenceDetail__Output } from '../../liaison/v1/EvidenceDetail';
import type { EvidenceDossier as _liaison_v1_EvidenceDossier, EvidenceDossier__Output as _liaison_v1_EvidenceDossier__Output } from '../../liaison/v1/EvidenceDossier';
import type { EvidencePage as _liaison_v1_EvidencePage, EvidencePage__Output as _liaison_v1_EvidencePage__Output } from '../../liaison/v1/EvidencePage';
import type { EvidenceRecognitionCertificate as _liaison_v1_EvidenceRecognitionCertificate, EvidenceRecognitionCertificate__Output as _liaison_v1_EvidenceRecognitionCertificate__Output } from '../../liaison/v1/EvidenceRecognitionCertificate';
import type { EvidenceRecognitionRequestPage as _liaison_v1_EvidenceRecognitionRequestPage, EvidenceRecognitionRequestPage__Output as _liaison_v1_EvidenceRecognitionRequestPage__Output } from '../../liaison/v1/EvidenceRecognitionRequestPage';
import type { EvidenceTimeline as _liaison_v1_EvidenceTimeline, EvidenceTimeline__Output as _liaison_v1_EvidenceTimeline__Output } from '../../liaison/v1/EvidenceTimeline';
import type { GetDossierRequest as _liaison_v1_GetDossierRequest, GetDossierRequest__Output as _liaison_v1_GetDossierRequest__Output } from '../../liaison/v1/GetDossierRequest';
import type { GetEvidenceRequest as _liaison_v1_GetEvidenceRequest, GetEvidenceRequest__Output as _liaison_v1_GetEvidenceRequest__Output } from '../../liaison/v1/GetEvidenceRequest';
import type { GetRecognitionCertificateRequest as _liaison_v1_GetRecognitionCertificateRequest, GetRecognitionCertificateRequest__Output as _liaison_v1_GetRecognitionCertificateRequest__Output } from '../../liaison/v1/GetRecognitionCertificateRequest';
import type { ListEvidenceRequest as _liaison_v1_ListEvidenceRequest, ListEvidenceRequest__Output as _liaison_v1_ListEvidenceRequest__Output } from '../../liaison/v1/ListEvidenceRequest';
import type { ListRecognitionRequestsRequest as _liaison_v1_ListRecognitionRequestsRequest, ListRecognitionRequestsRequest__Output as _liaison_v1_ListRecognitionRequestsRequest__Output } from '../../liaison/v1/ListRecognitionRequestsRequest';
import type { RecogniseRequest as _liaison_v1_RecogniseRequest, RecogniseRequest__Output as _liaison_v1_RecogniseRequest__Output } from '../../liaison/v1/RecogniseRequest';
import type { RecogniseWithConditionsRequest as _liaison_v1_RecogniseWithConditionsRequest, RecogniseWithConditionsRequest__Output as _liaison_v1_RecogniseWithConditionsRequest__Output } from '../../liaison/v1/RecogniseWithConditionsRequest';
import type { RecordCourtUseConsentRequest as _liaison_v1_RecordCourtUseConsentRequest, RecordCourtUseConsentRequest__Output as _liaison_v1_RecordCourtUseConsentRequest__Output } from '../../liaison/v1/RecordCourtUseConsentRequest';
import type { RecordCustodyTransferRequest as _liaison_v1_RecordCustodyTransferRequest, RecordCustodyTransferRequest__Output as _liaison_v1_RecordCustodyTransferRequest__Output } from '../../liaison/v1/RecordCustodyTransferRequest';
import type { RegisterEvidenceRequest as _liaison_v1_RegisterEvidenceRequest, RegisterEvidenceRequest__Output as _liaison_v1_RegisterEvidenceRequest__Output } from '../../liaison/v1/RegisterEvidenceRequest';
import type { RejectRecognitionRequest as _liaison_v1_RejectRecognitionRequest, RejectRecognitionRequest__Output as _liaison_v1_RejectRecognitionRequest__Output } from '../../liaison/v1/RejectRecognitionRequest';
import type { RequestRecognitionRequest as _liaison_v1_RequestRecognitionRequest, RequestRecognitionRequest__Output as _liaison_v1_RequestRecognitionRequest__Output } from '../../liaison/v1/RequestRecognitionRequest';
import type { RevokeRecognitionRequest as _liaison_v1_RevokeRecognitionRequest, RevokeRecognitionRequest__Output as _liaison_v1_RevokeRecognitionRequest__Output } from '../../liaison/v1/RevokeRecognitionRequest';
import type { UploadEvidenceMessage as _liaison_v1_UploadEvidenceMessage, UploadEvidenceMessage__Output as _liaison_v1_UploadEvidenceMessage__Output } from '../../liaison/v1/UploadEvidenceMessage';
import type { VerifyIntegrityRequest as _liaison_v1_VerifyIntegrityRequest, VerifyIntegrityRequest__Output as _liaison_v1_VerifyIntegrityRequest__Output } from '../../liaison/v1/VerifyIntegrityRequest';

export interface EvidenceServiceClient extends grpc.Client {
  /**
   * Links an already registered report item (kind test_report, same lead or operation) to the
   * item it tested (evidence_id).
   */
  AttachTestReport(argument: _liaison_v1_AttachTestReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  AttachTestReport(argument: _liaison_v1_AttachTestReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  AttachTestReport(argument: _liaison_v1_AttachTestReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  AttachTestReport(argument: _liaison_v1_AttachTestReportRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Links an already registered report item (kind test_report, same lead or operation) to the
   * item it tested (evidence_id).
   */
  attachTestReport(argument: _liaison_v1_AttachTestReportRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  attachTestReport(argument: _liaison_v1_AttachTestReportRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  attachTestReport(argument: _liaison_v1_AttachTestReportRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  attachTestReport(argument: _liaison_v1_AttachTestReportRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Evidence counts per linked lead or operation id, counting only items visible to the caller.
   */
  CountEvidence(argument: _liaison_v1_CountEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  CountEvidence(argument: _liaison_v1_CountEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  CountEvidence(argument: _liaison_v1_CountEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  CountEvidence(argument: _liaison_v1_CountEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  /**
   * Evidence counts per linked lead or operation id, counting only items visible to the caller.
   */
  countEvidence(argument: _liaison_v1_CountEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  countEvidence(argument: _liaison_v1_CountEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  countEvidence(argument: _liaison_v1_CountEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  countEvidence(argument: _liaison_v1_CountEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCounts__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams the content: first message the header (after the stored content was re-hashed), then chunks.
   */
  DownloadEvidenceContent(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_EvidenceContentChunk__Output>;
  DownloadEvidenceContent(argument: _liaison_v1_GetEvidenceRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_EvidenceContentChunk__Output>;
  /**
   * Streams the content: first message the header (after the stored content was re-hashed), then chunks.
   */
  downloadEvidenceContent(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_EvidenceContentChunk__Output>;
  downloadEvidenceContent(argument: _liaison_v1_GetEvidenceRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_liaison_v1_EvidenceContentChunk__Output>;
  
  /**
   * The public keys certificates are signed with, as a JWKS document.
   */
  GetCertificateKeys(argument: _liaison_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  GetCertificateKeys(argument: _liaison_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  GetCertificateKeys(argument: _liaison_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  GetCertificateKeys(argument: _liaison_v1_Empty, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  /**
   * The public keys certificates are signed with, as a JWKS document.
   */
  getCertificateKeys(argument: _liaison_v1_Empty, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  getCertificateKeys(argument: _liaison_v1_Empty, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  getCertificateKeys(argument: _liaison_v1_Empty, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  getCertificateKeys(argument: _liaison_v1_Empty, callback: grpc.requestCallback<_liaison_v1_EvidenceCertificateKeys__Output>): grpc.ClientUnaryCall;
  
  /**
   * The evidence dossier of a concluded operation: NOT_FOUND before it concluded or when the
   * caller may not see the operation.
   */
  GetDossier(argument: _liaison_v1_GetDossierRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  GetDossier(argument: _liaison_v1_GetDossierRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  GetDossier(argument: _liaison_v1_GetDossierRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  GetDossier(argument: _liaison_v1_GetDossierRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  /**
   * The evidence dossier of a concluded operation: NOT_FOUND before it concluded or when the
   * caller may not see the operation.
   */
  getDossier(argument: _liaison_v1_GetDossierRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  getDossier(argument: _liaison_v1_GetDossierRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  getDossier(argument: _liaison_v1_GetDossierRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  getDossier(argument: _liaison_v1_GetDossierRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceDossier__Output>): grpc.ClientUnaryCall;
  
  /**
   * Queries, answered from the store (GetEvidence) or projections, filtered by what the caller may
   * see: an item the caller may not see is NOT_FOUND.
   */
  GetEvidence(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  GetEvidence(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  GetEvidence(argument: _liaison_v1_GetEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  GetEvidence(argument: _liaison_v1_GetEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  /**
   * Queries, answered from the store (GetEvidence) or projections, filtered by what the caller may
   * see: an item the caller may not see is NOT_FOUND.
   */
  getEvidence(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  getEvidence(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  getEvidence(argument: _liaison_v1_GetEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  getEvidence(argument: _liaison_v1_GetEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceDetail__Output>): grpc.ClientUnaryCall;
  
  /**
   * An item's custody and recognition timeline, oldest first.
   */
  GetEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  GetEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  GetEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  GetEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  /**
   * An item's custody and recognition timeline, oldest first.
   */
  getEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  getEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  getEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  getEvidenceTimeline(argument: _liaison_v1_GetEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceTimeline__Output>): grpc.ClientUnaryCall;
  
  /**
   * The signed recognition certificate of an item.
   */
  GetRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  GetRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  GetRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  GetRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  /**
   * The signed recognition certificate of an item.
   */
  getRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  getRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  getRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  getRecognitionCertificate(argument: _liaison_v1_GetRecognitionCertificateRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionCertificate__Output>): grpc.ClientUnaryCall;
  
  /**
   * Items of my unit (registered by it or in its custody), newest first.
   */
  ListEvidence(argument: _liaison_v1_ListEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  ListEvidence(argument: _liaison_v1_ListEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  ListEvidence(argument: _liaison_v1_ListEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  ListEvidence(argument: _liaison_v1_ListEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  /**
   * Items of my unit (registered by it or in its custody), newest first.
   */
  listEvidence(argument: _liaison_v1_ListEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  listEvidence(argument: _liaison_v1_ListEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  listEvidence(argument: _liaison_v1_ListEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  listEvidence(argument: _liaison_v1_ListEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidencePage__Output>): grpc.ClientUnaryCall;
  
  /**
   * Recognition requests awaiting an answer from my unit.
   */
  ListRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  ListRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  ListRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  ListRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  /**
   * Recognition requests awaiting an answer from my unit.
   */
  listRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  listRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  listRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  listRecognitionRequests(argument: _liaison_v1_ListRecognitionRequestsRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceRecognitionRequestPage__Output>): grpc.ClientUnaryCall;
  
  /**
   * The answers of a target unit. Refused (FAILED_PRECONDITION) when the unit has answered the
   * request already ("already_answered"), when the content failed verification and has not been
   * verified since ("integrity_mismatch"), when the item's hash chain is broken ("chain_broken"),
   * or for court use of an item marked no_court_use_without_consent before the originator's
   * consent ("court_use_consent_required").
   */
  Recognise(argument: _liaison_v1_RecogniseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  Recognise(argument: _liaison_v1_RecogniseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  Recognise(argument: _liaison_v1_RecogniseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  Recognise(argument: _liaison_v1_RecogniseRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The answers of a target unit. Refused (FAILED_PRECONDITION) when the unit has answered the
   * request already ("already_answered"), when the content failed verification and has not been
   * verified since ("integrity_mismatch"), when the item's hash chain is broken ("chain_broken"),
   * or for court use of an item marked no_court_use_without_consent before the originator's
   * consent ("court_use_consent_required").
   */
  recognise(argument: _liaison_v1_RecogniseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recognise(argument: _liaison_v1_RecogniseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recognise(argument: _liaison_v1_RecogniseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recognise(argument: _liaison_v1_RecogniseRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  RecogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recogniseWithConditions(argument: _liaison_v1_RecogniseWithConditionsRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * The originator (owner unit) consents to court use of an item marked no_court_use_without_consent.
   */
  RecordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * The originator (owner unit) consents to court use of an item marked no_court_use_without_consent.
   */
  recordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCourtUseConsent(argument: _liaison_v1_RecordCourtUseConsentRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  RecordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RecordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  recordCustodyTransfer(argument: _liaison_v1_RecordCustodyTransferRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers an item whose content (if any) is already stored under storage_ref, or a physical
   * sample without file. The caller's unit must take part in the linked lead or operation.
   */
  RegisterEvidence(argument: _liaison_v1_RegisterEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterEvidence(argument: _liaison_v1_RegisterEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterEvidence(argument: _liaison_v1_RegisterEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RegisterEvidence(argument: _liaison_v1_RegisterEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Registers an item whose content (if any) is already stored under storage_ref, or a physical
   * sample without file. The caller's unit must take part in the linked lead or operation.
   */
  registerEvidence(argument: _liaison_v1_RegisterEvidenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  registerEvidence(argument: _liaison_v1_RegisterEvidenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  registerEvidence(argument: _liaison_v1_RegisterEvidenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  registerEvidence(argument: _liaison_v1_RegisterEvidenceRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  RejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  rejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  rejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  rejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  rejectRecognition(argument: _liaison_v1_RejectRecognitionRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Only from units that take part in the linked lead or operation. The new request's id is
   * returned in EvidenceCommandResult.request_id.
   */
  RequestRecognition(argument: _liaison_v1_RequestRecognitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RequestRecognition(argument: _liaison_v1_RequestRecognitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RequestRecognition(argument: _liaison_v1_RequestRecognitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RequestRecognition(argument: _liaison_v1_RequestRecognitionRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Only from units that take part in the linked lead or operation. The new request's id is
   * returned in EvidenceCommandResult.request_id.
   */
  requestRecognition(argument: _liaison_v1_RequestRecognitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  requestRecognition(argument: _liaison_v1_RequestRecognitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  requestRecognition(argument: _liaison_v1_RequestRecognitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  requestRecognition(argument: _liaison_v1_RequestRecognitionRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * A target unit withdraws its earlier (conditional) recognition.
   */
  RevokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RevokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RevokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  RevokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * A target unit withdraws its earlier (conditional) recognition.
   */
  revokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  revokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  revokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  revokeRecognition(argument: _liaison_v1_RevokeRecognitionRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
  /**
   * Registers an item and stores its content in one call: the first message is the registration
   * (its sha256 = the sha256 the client declares, may be empty; media_type = what the client declares),
   * then the content in chunks. Refused with OUT_OF_RANGE (over the size limit, error code
   * "content_too_large"), INVALID_ARGUMENT with error code "unsupported_media_type" (type sniffed
   * from the bytes) or "digest_mismatch" (declared hash ≠ bytes); nothing is stored then (ADR 0019).
   * The last message is `end`, sent only once the client has all of the content: a stream that
   * stops without it (a cancelled call can look like a finished one) stores nothing (UNAVAILABLE).
   */
  UploadEvidence(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  UploadEvidence(metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  UploadEvidence(options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  UploadEvidence(callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  /**
   * Registers an item and stores its content in one call: the first message is the registration
   * (its sha256 = the sha256 the client declares, may be empty; media_type = what the client declares),
   * then the content in chunks. Refused with OUT_OF_RANGE (over the size limit, error code
   * "content_too_large"), INVALID_ARGUMENT with error code "unsupported_media_type" (type sniffed
   * from the bytes) or "digest_mismatch" (declared hash ≠ bytes); nothing is stored then (ADR 0019).
   * The last message is `end`, sent only once the client has all of the content: a stream that
   * stops without it (a cancelled call can look like a finished one) stores nothing (UNAVAILABLE).
   */
  uploadEvidence(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  uploadEvidence(metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  uploadEvidence(options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  uploadEvidence(callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientWritableStream<_liaison_v1_UploadEvidenceMessage>;
  
  /**
   * Compares a presented SHA-256 with the registered one: IntegrityVerified or
   * IntegrityMismatchDetected (result.integrity says which; a mismatch is recorded, not refused).
   */
  VerifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  VerifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  VerifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  VerifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  /**
   * Compares a presented SHA-256 with the registered one: IntegrityVerified or
   * IntegrityMismatchDetected (result.integrity says which; a mismatch is recorded, not refused).
   */
  verifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  verifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  verifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  verifyIntegrity(argument: _liaison_v1_VerifyIntegrityRequest, callback: grpc.requestCallback<_liaison_v1_EvidenceCommandResult__Output>): grpc.ClientUnaryCall;
  
}

export interface EvidenceServiceHandlers extends grpc.UntypedServiceImplementation {
  /**
   * Links an already registered report item (kind test_report, same lead or operation) to the
   * item it tested (evidence_id).
   */
  AttachTestReport: grpc.handleUnaryCall<_liaison_v1_AttachTestReportRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * Evidence counts per linked lead or operation id, counting only items visible to the caller.
   */
  CountEvidence: grpc.handleUnaryCall<_liaison_v1_CountEvidenceRequest__Output, _liaison_v1_EvidenceCounts>;
  
  /**
   * Streams the content: first message the header (after the stored content was re-hashed), then chunks.
   */
  DownloadEvidenceContent: grpc.handleServerStreamingCall<_liaison_v1_GetEvidenceRequest__Output, _liaison_v1_EvidenceContentChunk>;
  
  /**
   * The public keys certificates are signed with, as a JWKS document.
   */
  GetCertificateKeys: grpc.handleUnaryCall<_liaison_v1_Empty__Output, _liaison_v1_EvidenceCertificateKeys>;
  
  /**
   * The evidence dossier of a concluded operation: NOT_FOUND before it concluded or when the
   * caller may not see the operation.
   */
  GetDossier: grpc.handleUnaryCall<_liaison_v1_GetDossierRequest__Output, _liaison_v1_EvidenceDossier>;
  
  /**
   * Queries, answered from the store (GetEvidence) or projections, filtered by what the caller may
   * see: an item the caller may not see is NOT_FOUND.
   */
  GetEvidence: grpc.handleUnaryCall<_liaison_v1_GetEvidenceRequest__Output, _liaison_v1_EvidenceDetail>;
  
  /**
   * An item's custody and recognition timeline, oldest first.
   */
  GetEvidenceTimeline: grpc.handleUnaryCall<_liaison_v1_GetEvidenceRequest__Output, _liaison_v1_EvidenceTimeline>;
  
  /**
   * The signed recognition certificate of an item.
   */
  GetRecognitionCertificate: grpc.handleUnaryCall<_liaison_v1_GetRecognitionCertificateRequest__Output, _liaison_v1_EvidenceRecognitionCertificate>;
  
  /**
   * Items of my unit (registered by it or in its custody), newest first.
   */
  ListEvidence: grpc.handleUnaryCall<_liaison_v1_ListEvidenceRequest__Output, _liaison_v1_EvidencePage>;
  
  /**
   * Recognition requests awaiting an answer from my unit.
   */
  ListRecognitionRequests: grpc.handleUnaryCall<_liaison_v1_ListRecognitionRequestsRequest__Output, _liaison_v1_EvidenceRecognitionRequestPage>;
  
  /**
   * The answers of a target unit. Refused (FAILED_PRECONDITION) when the unit has answered the
   * request already ("already_answered"), when the content failed verification and has not been
   * verified since ("integrity_mismatch"), when the item's hash chain is broken ("chain_broken"),
   * or for court use of an item marked no_court_use_without_consent before the originator's
   * consent ("court_use_consent_required").
   */
  Recognise: grpc.handleUnaryCall<_liaison_v1_RecogniseRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  RecogniseWithConditions: grpc.handleUnaryCall<_liaison_v1_RecogniseWithConditionsRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * The originator (owner unit) consents to court use of an item marked no_court_use_without_consent.
   */
  RecordCourtUseConsent: grpc.handleUnaryCall<_liaison_v1_RecordCourtUseConsentRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  RecordCustodyTransfer: grpc.handleUnaryCall<_liaison_v1_RecordCustodyTransferRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * Registers an item whose content (if any) is already stored under storage_ref, or a physical
   * sample without file. The caller's unit must take part in the linked lead or operation.
   */
  RegisterEvidence: grpc.handleUnaryCall<_liaison_v1_RegisterEvidenceRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  RejectRecognition: grpc.handleUnaryCall<_liaison_v1_RejectRecognitionRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * Only from units that take part in the linked lead or operation. The new request's id is
   * returned in EvidenceCommandResult.request_id.
   */
  RequestRecognition: grpc.handleUnaryCall<_liaison_v1_RequestRecognitionRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * A target unit withdraws its earlier (conditional) recognition.
   */
  RevokeRecognition: grpc.handleUnaryCall<_liaison_v1_RevokeRecognitionRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * Registers an item and stores its content in one call: the first message is the registration
   * (its sha256 = the sha256 the client declares, may be empty; media_type = what the client declares),
   * then the content in chunks. Refused with OUT_OF_RANGE (over the size limit, error code
   * "content_too_large"), INVALID_ARGUMENT with error code "unsupported_media_type" (type sniffed
   * from the bytes) or "digest_mismatch" (declared hash ≠ bytes); nothing is stored then (ADR 0019).
   * The last message is `end`, sent only once the client has all of the content: a stream that
   * stops without it (a cancelled call can look like a finished one) stores nothing (UNAVAILABLE).
   */
  UploadEvidence: grpc.handleClientStreamingCall<_liaison_v1_UploadEvidenceMessage__Output, _liaison_v1_EvidenceCommandResult>;
  
  /**
   * Compares a presented SHA-256 with the registered one: IntegrityVerified or
   * IntegrityMismatchDetected (result.integrity says which; a mismatch is recorded, not refused).
   */
  VerifyIntegrity: grpc.handleUnaryCall<_liaison_v1_VerifyIntegrityRequest__Output, _liaison_v1_EvidenceCommandResult>;
  
}

export interface EvidenceServiceDefinition extends grpc.ServiceDefinition {
  AttachTestReport: MethodDefinition<_liaison_v1_AttachTestReportRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_AttachTestReportRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  CountEvidence: MethodDefinition<_liaison_v1_CountEvidenceRequest, _liaison_v1_EvidenceCounts, _liaison_v1_CountEvidenceRequest__Output, _liaison_v1_EvidenceCounts__Output>
  DownloadEvidenceContent: MethodDefinition<_liaison_v1_GetEvidenceRequest, _liaison_v1_EvidenceContentChunk, _liaison_v1_GetEvidenceRequest__Output, _liaison_v1_EvidenceContentChunk__Output>
  GetCertificateKeys: MethodDefinition<_liaison_v1_Empty, _liaison_v1_EvidenceCertificateKeys, _liaison_v1_Empty__Output, _liaison_v1_EvidenceCertificateKeys__Output>
  GetDossier: MethodDefinition<_liaison_v1_GetDossierRequest, _liaison_v1_EvidenceDossier, _liaison_v1_GetDossierRequest__Output, _liaison_v1_EvidenceDossier__Output>
  GetEvidence: MethodDefinition<_liaison_v1_GetEvidenceRequest, _liaison_v1_EvidenceDetail, _liaison_v1_GetEvidenceRequest__Output, _liaison_v1_EvidenceDetail__Output>
  GetEvidenceTimeline: MethodDefinition<_liaison_v1_GetEvidenceRequest, _liaison_v1_EvidenceTimeline, _liaison_v1_GetEvidenceRequest__Output, _liaison_v1_EvidenceTimeline__Output>
  GetRecognitionCertificate: MethodDefinition<_liaison_v1_GetRecognitionCertificateRequest, _liaison_v1_EvidenceRecognitionCertificate, _liaison_v1_GetRecognitionCertificateRequest__Output, _liaison_v1_EvidenceRecognitionCertificate__Output>
  ListEvidence: MethodDefinition<_liaison_v1_ListEvidenceRequest, _liaison_v1_EvidencePage, _liaison_v1_ListEvidenceRequest__Output, _liaison_v1_EvidencePage__Output>
  ListRecognitionRequests: MethodDefinition<_liaison_v1_ListRecognitionRequestsRequest, _liaison_v1_EvidenceRecognitionRequestPage, _liaison_v1_ListRecognitionRequestsRequest__Output, _liaison_v1_EvidenceRecognitionRequestPage__Output>
  Recognise: MethodDefinition<_liaison_v1_RecogniseRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RecogniseRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RecogniseWithConditions: MethodDefinition<_liaison_v1_RecogniseWithConditionsRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RecogniseWithConditionsRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RecordCourtUseConsent: MethodDefinition<_liaison_v1_RecordCourtUseConsentRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RecordCourtUseConsentRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RecordCustodyTransfer: MethodDefinition<_liaison_v1_RecordCustodyTransferRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RecordCustodyTransferRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RegisterEvidence: MethodDefinition<_liaison_v1_RegisterEvidenceRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RegisterEvidenceRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RejectRecognition: MethodDefinition<_liaison_v1_RejectRecognitionRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RejectRecognitionRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RequestRecognition: MethodDefinition<_liaison_v1_RequestRecognitionRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RequestRecognitionRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  RevokeRecognition: MethodDefinition<_liaison_v1_RevokeRecognitionRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_RevokeRecognitionRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
  UploadEvidence: MethodDefinition<_liaison_v1_UploadEvidenceMessage, _liaison_v1_EvidenceCommandResult, _liaison_v1_UploadEvidenceMessage__Output, _liaison_v1_EvidenceCommandResult__Output>
  VerifyIntegrity: MethodDefinition<_liaison_v1_VerifyIntegrityRequest, _liaison_v1_EvidenceCommandResult, _liaison_v1_VerifyIntegrityRequest__Output, _liaison_v1_EvidenceCommandResult__Output>
}
