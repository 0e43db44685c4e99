// Original file: protos/liaison/v1/intake.proto


export interface DeclineRewardRequest {
  'commandId'?: (string);
  'reportId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface DeclineRewardRequest__Output {
  'commandId': (string);
  'reportId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
