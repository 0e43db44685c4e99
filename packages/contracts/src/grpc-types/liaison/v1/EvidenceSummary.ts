// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceSummary {
  'evidenceId'?: (string);
  'version'?: (number);
  'kind'?: (string);
  'title'?: (string);
  'ownerUnitId'?: (string);
  'handlingCode'?: (string);
  'leadId'?: (string);
  'operationId'?: (string);
  'custodianUnitId'?: (string);
  /**
   * unverified | verified | mismatch
   */
  'integrityStatus'?: (string);
  /**
   * Decisions still pending across the item's recognition requests.
   */
  'pendingDecisions'?: (number);
  'registeredAt'?: (string);
  'updatedAt'?: (string);
  'sha256'?: (string);
}

export interface EvidenceSummary__Output {
  'evidenceId': (string);
  'version': (number);
  'kind': (string);
  'title': (string);
  'ownerUnitId': (string);
  'handlingCode': (string);
  'leadId': (string);
  'operationId': (string);
  'custodianUnitId': (string);
  /**
   * unverified | verified | mismatch
   */
  'integrityStatus': (string);
  /**
   * Decisions still pending across the item's recognition requests.
   */
  'pendingDecisions': (number);
  'registeredAt': (string);
  'updatedAt': (string);
  'sha256': (string);
}
