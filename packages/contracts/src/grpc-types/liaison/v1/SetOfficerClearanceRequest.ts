// Original file: protos/liaison/v1/registry.proto


export interface SetOfficerClearanceRequest {
  'commandId'?: (string);
  'officerId'?: (string);
  /**
   * GREEN | AMBER
   */
  'clearance'?: (string);
  'reason'?: (string);
  'ifMatchVersion'?: (number);
}

export interface SetOfficerClearanceRequest__Output {
  'commandId': (string);
  'officerId': (string);
  /**
   * GREEN | AMBER
   */
  'clearance': (string);
  'reason': (string);
  'ifMatchVersion': (number);
}
