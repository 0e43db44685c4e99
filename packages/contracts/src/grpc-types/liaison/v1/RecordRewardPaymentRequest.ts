// Original file: protos/liaison/v1/intake.proto


export interface RecordRewardPaymentRequest {
  'commandId'?: (string);
  'reportId'?: (string);
  'ifMatchVersion'?: (number);
  'amountYuan'?: (number);
  'reference'?: (string);
}

export interface RecordRewardPaymentRequest__Output {
  'commandId': (string);
  'reportId': (string);
  'ifMatchVersion': (number);
  'amountYuan': (number);
  'reference': (string);
}
