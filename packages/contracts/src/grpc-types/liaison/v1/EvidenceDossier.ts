// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceDossierItem as _liaison_v1_EvidenceDossierItem, EvidenceDossierItem__Output as _liaison_v1_EvidenceDossierItem__Output } from '../../liaison/v1/EvidenceDossierItem';

export interface EvidenceDossier {
  'operationId'?: (string);
  'concludedAt'?: (string);
  'items'?: (_liaison_v1_EvidenceDossierItem)[];
}

export interface EvidenceDossier__Output {
  'operationId': (string);
  'concludedAt': (string);
  'items': (_liaison_v1_EvidenceDossierItem__Output)[];
}
