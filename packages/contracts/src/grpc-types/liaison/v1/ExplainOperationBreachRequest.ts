// Original file: protos/liaison/v1/operations.proto


/**
 * ExplainBreach: kind is what was missed (invitation_response).
 */
export interface ExplainOperationBreachRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'kind'?: (string);
  'reason'?: (string);
}

/**
 * ExplainBreach: kind is what was missed (invitation_response).
 */
export interface ExplainOperationBreachRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'kind': (string);
  'reason': (string);
}
