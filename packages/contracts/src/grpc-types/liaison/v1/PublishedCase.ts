// Original file: protos/liaison/v1/credit.proto


export interface PublishedCase {
  'publicationId'?: (string);
  'enterpriseName'?: (string);
  'creditCode'?: (string);
  'responsiblePerson'?: (string);
  'cause'?: (string);
  'penalty'?: (string);
  'issuedByUnitId'?: (string);
  'publishedAt'?: (string);
}

export interface PublishedCase__Output {
  'publicationId': (string);
  'enterpriseName': (string);
  'creditCode': (string);
  'responsiblePerson': (string);
  'cause': (string);
  'penalty': (string);
  'issuedByUnitId': (string);
  'publishedAt': (string);
}
