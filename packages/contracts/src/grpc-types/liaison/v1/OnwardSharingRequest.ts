// Original file: protos/liaison/v1/leads.proto


export interface OnwardSharingRequest {
  'requestId'?: (string);
  'requestedByUnitId'?: (string);
  'unitIds'?: (string)[];
  'reason'?: (string);
  /**
   * pending | approved | refused
   */
  'status'?: (string);
  'answerReason'?: (string);
}

export interface OnwardSharingRequest__Output {
  'requestId': (string);
  'requestedByUnitId': (string);
  'unitIds': (string)[];
  'reason': (string);
  /**
   * pending | approved | refused
   */
  'status': (string);
  'answerReason': (string);
}
