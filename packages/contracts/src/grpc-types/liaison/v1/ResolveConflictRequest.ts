// Original file: protos/liaison/v1/operations.proto


export interface ResolveConflictRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'conflictId'?: (string);
  /**
   * proceed | act_jointly (also invites the other unit) | delay | cancel (cancels this operation)
   */
  'outcome'?: (string);
  'note'?: (string);
}

export interface ResolveConflictRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'conflictId': (string);
  /**
   * proceed | act_jointly (also invites the other unit) | delay | cancel (cancels this operation)
   */
  'outcome': (string);
  'note': (string);
}
