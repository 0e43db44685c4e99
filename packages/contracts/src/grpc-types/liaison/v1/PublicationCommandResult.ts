// Original file: protos/liaison/v1/credit.proto


export interface PublicationCommandResult {
  'publicationId'?: (string);
  'version'?: (number);
  /**
   * drafted | published | withdrawn
   */
  'status'?: (string);
  'duplicate'?: (boolean);
}

export interface PublicationCommandResult__Output {
  'publicationId': (string);
  'version': (number);
  /**
   * drafted | published | withdrawn
   */
  'status': (string);
  'duplicate': (boolean);
}
