// Original file: protos/liaison/v1/leads.proto


export interface FlagSuspectedCrimeRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface FlagSuspectedCrimeRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
