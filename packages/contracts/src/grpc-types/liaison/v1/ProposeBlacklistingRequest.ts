// Original file: protos/liaison/v1/credit.proto


export interface ProposeBlacklistingRequest {
  'commandId'?: (string);
  /**
   * credit-<credit code> or credit-person-<key>, as GetCreditFile answers it.
   */
  'fileId'?: (string);
  'grounds'?: (string);
  'citedEntryIds'?: (string)[];
  'periodDays'?: (number);
}

export interface ProposeBlacklistingRequest__Output {
  'commandId': (string);
  /**
   * credit-<credit code> or credit-person-<key>, as GetCreditFile answers it.
   */
  'fileId': (string);
  'grounds': (string);
  'citedEntryIds': (string)[];
  'periodDays': (number);
}
