// Original file: protos/liaison/v1/evidence.proto


export interface RevokeRecognitionRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  'requestId'?: (string);
  'reason'?: (string);
}

export interface RevokeRecognitionRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  'requestId': (string);
  'reason': (string);
}
