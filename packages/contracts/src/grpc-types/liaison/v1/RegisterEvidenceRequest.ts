// Original file: protos/liaison/v1/evidence.proto

import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';
import type { Long } from '@grpc/proto-loader';

export interface RegisterEvidenceRequest {
  'commandId'?: (string);
  /**
   * document | photo | video | physical_sample | test_report | electronic_data | witness_statement
   */
  'kind'?: (string);
  'title'?: (string);
  'description'?: (string);
  /**
   * Hex SHA-256 of the content; empty only for a physical sample without file.
   */
  'sha256'?: (string);
  'size'?: (number | string | Long);
  'mediaType'?: (string);
  'fileName'?: (string);
  /**
   * Where the bytes are stored (GridFS id or file path); empty for a physical sample without file.
   */
  'storageRef'?: (string);
  /**
   * Empty: the caller's unit and officer.
   */
  'collectedByUnitId'?: (string);
  'collectedByOfficerId'?: (string);
  /**
   * RFC 3339
   */
  'collectedAt'?: (string);
  'collectedPlace'?: (string);
  'collectionMethod'?: (string);
  /**
   * Exactly one of them: lead-<uuid> or operation-<uuid>.
   */
  'leadId'?: (string);
  'operationId'?: (string);
  'handling'?: (_liaison_v1_Handling | null);
}

export interface RegisterEvidenceRequest__Output {
  'commandId': (string);
  /**
   * document | photo | video | physical_sample | test_report | electronic_data | witness_statement
   */
  'kind': (string);
  'title': (string);
  'description': (string);
  /**
   * Hex SHA-256 of the content; empty only for a physical sample without file.
   */
  'sha256': (string);
  'size': (number);
  'mediaType': (string);
  'fileName': (string);
  /**
   * Where the bytes are stored (GridFS id or file path); empty for a physical sample without file.
   */
  'storageRef': (string);
  /**
   * Empty: the caller's unit and officer.
   */
  'collectedByUnitId': (string);
  'collectedByOfficerId': (string);
  /**
   * RFC 3339
   */
  'collectedAt': (string);
  'collectedPlace': (string);
  'collectionMethod': (string);
  /**
   * Exactly one of them: lead-<uuid> or operation-<uuid>.
   */
  'leadId': (string);
  'operationId': (string);
  'handling': (_liaison_v1_Handling__Output | null);
}
