// Original file: protos/liaison/v1/operations.proto


export interface OperationSubject {
  'enterpriseName'?: (string);
  /**
   * 统一社会信用代码: 18 upper-case letters or digits.
   */
  'creditCode'?: (string);
  'personName'?: (string);
}

export interface OperationSubject__Output {
  'enterpriseName': (string);
  /**
   * 统一社会信用代码: 18 upper-case letters or digits.
   */
  'creditCode': (string);
  'personName': (string);
}
