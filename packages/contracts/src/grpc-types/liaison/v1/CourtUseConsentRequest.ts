// Original file: protos/liaison/v1/leads.proto


export interface CourtUseConsentRequest {
  'requestId'?: (string);
  'requestedByUnitId'?: (string);
  /**
   * The unit that would use the lead in court (e.g. the police unit it is to be handed to).
   */
  'unitId'?: (string);
  'reason'?: (string);
  /**
   * pending | approved | refused
   */
  'status'?: (string);
  'answerReason'?: (string);
}

export interface CourtUseConsentRequest__Output {
  'requestId': (string);
  'requestedByUnitId': (string);
  /**
   * The unit that would use the lead in court (e.g. the police unit it is to be handed to).
   */
  'unitId': (string);
  'reason': (string);
  /**
   * pending | approved | refused
   */
  'status': (string);
  'answerReason': (string);
}
