// Original file: protos/liaison/v1/credit.proto


export interface CreditSubjectQuery {
  'creditCode'?: (string);
  /**
   * Used when credit_code is empty: the responsible person's file.
   */
  'personName'?: (string);
}

export interface CreditSubjectQuery__Output {
  'creditCode': (string);
  /**
   * Used when credit_code is empty: the responsible person's file.
   */
  'personName': (string);
}
