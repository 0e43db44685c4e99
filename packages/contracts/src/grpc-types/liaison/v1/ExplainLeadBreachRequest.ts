// Original file: protos/liaison/v1/leads.proto


/**
 * ExplainBreach: kind is the deadline kind missed (acknowledge | transfer_decision | …); task_id
 * names a co-handling task's breach when the unit has several.
 */
export interface ExplainLeadBreachRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'kind'?: (string);
  'taskId'?: (string);
  'reason'?: (string);
}

/**
 * ExplainBreach: kind is the deadline kind missed (acknowledge | transfer_decision | …); task_id
 * names a co-handling task's breach when the unit has several.
 */
export interface ExplainLeadBreachRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'kind': (string);
  'taskId': (string);
  'reason': (string);
}
