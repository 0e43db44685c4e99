// Original file: protos/liaison/v1/operations.proto


export interface InviteUnitsRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'unitIds'?: (string)[];
  'message'?: (string);
  /**
   * RED operations: at least one officer of each invited unit, who may then see it.
   */
  'namedOfficerIds'?: (string)[];
}

export interface InviteUnitsRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'unitIds': (string)[];
  'message': (string);
  /**
   * RED operations: at least one officer of each invited unit, who may then see it.
   */
  'namedOfficerIds': (string)[];
}
