// Original file: protos/liaison/v1/operations.proto


export interface ResolveLeadConflictRequest {
  'commandId'?: (string);
  'conflictId'?: (string);
  /**
   * proceed | act_jointly | delay (cancel is the operation's lead unit's alone)
   */
  'outcome'?: (string);
  'note'?: (string);
}

export interface ResolveLeadConflictRequest__Output {
  'commandId': (string);
  'conflictId': (string);
  /**
   * proceed | act_jointly | delay (cancel is the operation's lead unit's alone)
   */
  'outcome': (string);
  'note': (string);
}
