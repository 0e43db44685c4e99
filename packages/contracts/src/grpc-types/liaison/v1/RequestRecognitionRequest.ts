// Original file: protos/liaison/v1/evidence.proto


export interface RequestRecognitionRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  'targetUnitIds'?: (string)[];
  /**
   * administrative_penalty | criminal_transfer | court
   */
  'purpose'?: (string);
  'note'?: (string);
}

export interface RequestRecognitionRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  'targetUnitIds': (string)[];
  /**
   * administrative_penalty | criminal_transfer | court
   */
  'purpose': (string);
  'note': (string);
}
