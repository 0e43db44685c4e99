// Original file: protos/liaison/v1/leads.proto


/**
 * A deconfliction alert on a lead: another unit's operation targets its subject.
 */
export interface LeadOperationConflict {
  'conflictId'?: (string);
  'leadId'?: (string);
  'leadTitle'?: (string);
  /**
   * Empty (and pointer_only true) when the caller may not see the operation.
   */
  'operationId'?: (string);
  'operationTitle'?: (string);
  'operationHandlingCode'?: (string);
  'operationStartsAt'?: (string);
  'operationEndsAt'?: (string);
  /**
   * Whom to call: always given.
   */
  'operationOwnerUnitId'?: (string);
  'contactOfficerId'?: (string);
  'pointerOnly'?: (boolean);
  /**
   * subject_credit_code | subject_name (empty when pointer_only)
   */
  'reason'?: (string);
  'matchedOn'?: (string);
  'detectedAt'?: (string);
  /**
   * open | resolved
   */
  'status'?: (string);
  'outcome'?: (string);
  'resolvedByUnitId'?: (string);
  'resolvedAt'?: (string);
}

/**
 * A deconfliction alert on a lead: another unit's operation targets its subject.
 */
export interface LeadOperationConflict__Output {
  'conflictId': (string);
  'leadId': (string);
  'leadTitle': (string);
  /**
   * Empty (and pointer_only true) when the caller may not see the operation.
   */
  'operationId': (string);
  'operationTitle': (string);
  'operationHandlingCode': (string);
  'operationStartsAt': (string);
  'operationEndsAt': (string);
  /**
   * Whom to call: always given.
   */
  'operationOwnerUnitId': (string);
  'contactOfficerId': (string);
  'pointerOnly': (boolean);
  /**
   * subject_credit_code | subject_name (empty when pointer_only)
   */
  'reason': (string);
  'matchedOn': (string);
  'detectedAt': (string);
  /**
   * open | resolved
   */
  'status': (string);
  'outcome': (string);
  'resolvedByUnitId': (string);
  'resolvedAt': (string);
}
