// Original file: protos/liaison/v1/evidence.proto

import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';
import type { EvidenceCustodyEntry as _liaison_v1_EvidenceCustodyEntry, EvidenceCustodyEntry__Output as _liaison_v1_EvidenceCustodyEntry__Output } from '../../liaison/v1/EvidenceCustodyEntry';
import type { EvidenceRecognitionRequest as _liaison_v1_EvidenceRecognitionRequest, EvidenceRecognitionRequest__Output as _liaison_v1_EvidenceRecognitionRequest__Output } from '../../liaison/v1/EvidenceRecognitionRequest';
import type { EvidenceIntegrity as _liaison_v1_EvidenceIntegrity, EvidenceIntegrity__Output as _liaison_v1_EvidenceIntegrity__Output } from '../../liaison/v1/EvidenceIntegrity';
import type { EvidenceCourtUseConsent as _liaison_v1_EvidenceCourtUseConsent, EvidenceCourtUseConsent__Output as _liaison_v1_EvidenceCourtUseConsent__Output } from '../../liaison/v1/EvidenceCourtUseConsent';
import type { EvidenceHistoryEntry as _liaison_v1_EvidenceHistoryEntry, EvidenceHistoryEntry__Output as _liaison_v1_EvidenceHistoryEntry__Output } from '../../liaison/v1/EvidenceHistoryEntry';
import type { Long } from '@grpc/proto-loader';

export interface EvidenceDetail {
  'evidenceId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'kind'?: (string);
  'title'?: (string);
  'description'?: (string);
  'sha256'?: (string);
  'size'?: (number | string | Long);
  'mediaType'?: (string);
  'fileName'?: (string);
  'storageRef'?: (string);
  /**
   * The registering unit (the originator).
   */
  'ownerUnitId'?: (string);
  'registeredByOfficerId'?: (string);
  'registeredAt'?: (string);
  'collectedByUnitId'?: (string);
  'collectedByOfficerId'?: (string);
  'collectedAt'?: (string);
  'collectedPlace'?: (string);
  'collectionMethod'?: (string);
  'leadId'?: (string);
  'operationId'?: (string);
  'handling'?: (_liaison_v1_Handling | null);
  'custodianUnitId'?: (string);
  'custodianOfficerId'?: (string);
  'custody'?: (_liaison_v1_EvidenceCustodyEntry)[];
  'recognitionRequests'?: (_liaison_v1_EvidenceRecognitionRequest)[];
  /**
   * Reports attached to this item.
   */
  'testReportIds'?: (string)[];
  /**
   * For a report: the items it was attached to.
   */
  'testedEvidenceIds'?: (string)[];
  'integrity'?: (_liaison_v1_EvidenceIntegrity | null);
  'courtUseConsent'?: (_liaison_v1_EvidenceCourtUseConsent | null);
  'history'?: (_liaison_v1_EvidenceHistoryEntry)[];
  'updatedAt'?: (string);
}

export interface EvidenceDetail__Output {
  'evidenceId': (string);
  'version': (number);
  'status': (string);
  'kind': (string);
  'title': (string);
  'description': (string);
  'sha256': (string);
  'size': (number);
  'mediaType': (string);
  'fileName': (string);
  'storageRef': (string);
  /**
   * The registering unit (the originator).
   */
  'ownerUnitId': (string);
  'registeredByOfficerId': (string);
  'registeredAt': (string);
  'collectedByUnitId': (string);
  'collectedByOfficerId': (string);
  'collectedAt': (string);
  'collectedPlace': (string);
  'collectionMethod': (string);
  'leadId': (string);
  'operationId': (string);
  'handling': (_liaison_v1_Handling__Output | null);
  'custodianUnitId': (string);
  'custodianOfficerId': (string);
  'custody': (_liaison_v1_EvidenceCustodyEntry__Output)[];
  'recognitionRequests': (_liaison_v1_EvidenceRecognitionRequest__Output)[];
  /**
   * Reports attached to this item.
   */
  'testReportIds': (string)[];
  /**
   * For a report: the items it was attached to.
   */
  'testedEvidenceIds': (string)[];
  'integrity': (_liaison_v1_EvidenceIntegrity__Output | null);
  'courtUseConsent': (_liaison_v1_EvidenceCourtUseConsent__Output | null);
  'history': (_liaison_v1_EvidenceHistoryEntry__Output)[];
  'updatedAt': (string);
}
