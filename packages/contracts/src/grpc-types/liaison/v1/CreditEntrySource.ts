// Original file: protos/liaison/v1/credit.proto


export interface CreditEntrySource {
  /**
   * leads | operations | evidence
   */
  'context'?: (string);
  'eventId'?: (string);
  'eventType'?: (string);
  'recordId'?: (string);
  'occurredAt'?: (string);
}

export interface CreditEntrySource__Output {
  /**
   * leads | operations | evidence
   */
  'context': (string);
  'eventId': (string);
  'eventType': (string);
  'recordId': (string);
  'occurredAt': (string);
}
