// Original file: protos/liaison/v1/history.proto


export interface GetSandboxRecordRequest {
  'sandbox'?: (string);
  'recordId'?: (string);
}

export interface GetSandboxRecordRequest__Output {
  'sandbox': (string);
  'recordId': (string);
}
