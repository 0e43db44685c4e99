// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceRecognitionStatus as _liaison_v1_EvidenceRecognitionStatus, EvidenceRecognitionStatus__Output as _liaison_v1_EvidenceRecognitionStatus__Output } from '../../liaison/v1/EvidenceRecognitionStatus';

/**
 * One item of a dossier. An item the reader may not see in full (AMBER+STRICT or RED of
 * another unit) is a pointer: evidence_id, title and sha256 are empty, pointer_only is true and
 * owner_unit_id says whom to call.
 */
export interface EvidenceDossierItem {
  'evidenceId'?: (string);
  'title'?: (string);
  'kind'?: (string);
  'sha256'?: (string);
  'ownerUnitId'?: (string);
  'handlingCode'?: (string);
  'pointerOnly'?: (boolean);
  'recognitions'?: (_liaison_v1_EvidenceRecognitionStatus)[];
}

/**
 * One item of a dossier. An item the reader may not see in full (AMBER+STRICT or RED of
 * another unit) is a pointer: evidence_id, title and sha256 are empty, pointer_only is true and
 * owner_unit_id says whom to call.
 */
export interface EvidenceDossierItem__Output {
  'evidenceId': (string);
  'title': (string);
  'kind': (string);
  'sha256': (string);
  'ownerUnitId': (string);
  'handlingCode': (string);
  'pointerOnly': (boolean);
  'recognitions': (_liaison_v1_EvidenceRecognitionStatus__Output)[];
}
