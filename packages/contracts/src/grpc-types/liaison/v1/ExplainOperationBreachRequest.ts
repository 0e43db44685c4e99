// Original file: protos/liaison/v1/operations.proto


/**
 * ExplainBreach: kind is what was missed (invitation_response | task); task_id names a task's
 * breach when the unit has several overdue tasks.
 */
export interface ExplainOperationBreachRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'kind'?: (string);
  'reason'?: (string);
  'taskId'?: (string);
}

/**
 * ExplainBreach: kind is what was missed (invitation_response | task); task_id names a task's
 * breach when the unit has several overdue tasks.
 */
export interface ExplainOperationBreachRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'kind': (string);
  'reason': (string);
  'taskId': (string);
}
