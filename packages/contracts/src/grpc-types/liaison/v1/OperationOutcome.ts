// Original file: protos/liaison/v1/leads.proto


/**
 * The outcome of a joint operation linked to a lead.
 */
export interface OperationOutcome {
  'operationId'?: (string);
  /**
   * The operation's lead unit.
   */
  'leadUnitId'?: (string);
  /**
   * concluded | cancelled
   */
  'outcome'?: (string);
  /**
   * The conclusion summary, or the cancellation reason.
   */
  'summary'?: (string);
  'results'?: (string);
  'at'?: (string);
}

/**
 * The outcome of a joint operation linked to a lead.
 */
export interface OperationOutcome__Output {
  'operationId': (string);
  /**
   * The operation's lead unit.
   */
  'leadUnitId': (string);
  /**
   * concluded | cancelled
   */
  'outcome': (string);
  /**
   * The conclusion summary, or the cancellation reason.
   */
  'summary': (string);
  'results': (string);
  'at': (string);
}
