// Original file: protos/liaison/v1/evidence.proto


export interface RejectRecognitionRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  'requestId'?: (string);
  'reason'?: (string);
}

export interface RejectRecognitionRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  'requestId': (string);
  'reason': (string);
}
