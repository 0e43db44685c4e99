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
  /**
   * RED items: at least one officer of each target unit, who may then see it.
   */
  'namedOfficerIds'?: (string)[];
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
  /**
   * RED items: at least one officer of each target unit, who may then see it.
   */
  'namedOfficerIds': (string)[];
}
