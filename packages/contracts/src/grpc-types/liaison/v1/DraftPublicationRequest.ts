// Original file: protos/liaison/v1/credit.proto


export interface DraftPublicationRequest {
  'commandId'?: (string);
  /**
   * The credit file and its entry (administrative_penalty | criminal_case_opened) the case gave.
   */
  'fileId'?: (string);
  'entryId'?: (string);
  'cause'?: (string);
  'penalty'?: (string);
}

export interface DraftPublicationRequest__Output {
  'commandId': (string);
  /**
   * The credit file and its entry (administrative_penalty | criminal_case_opened) the case gave.
   */
  'fileId': (string);
  'entryId': (string);
  'cause': (string);
  'penalty': (string);
}
