// Original file: protos/liaison/v1/evidence.proto


export interface RecogniseWithConditionsRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  'requestId'?: (string);
  'conditions'?: (string)[];
  'note'?: (string);
}

export interface RecogniseWithConditionsRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  'requestId': (string);
  'conditions': (string)[];
  'note': (string);
}
