// Original file: protos/liaison/v1/intake.proto


export interface ApproveRewardRequest {
  'commandId'?: (string);
  'reportId'?: (string);
  'ifMatchVersion'?: (number);
  'amountYuan'?: (number);
  'note'?: (string);
}

export interface ApproveRewardRequest__Output {
  'commandId': (string);
  'reportId': (string);
  'ifMatchVersion': (number);
  'amountYuan': (number);
  'note': (string);
}
