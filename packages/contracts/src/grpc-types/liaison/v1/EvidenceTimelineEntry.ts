// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceTimelineEntry {
  'version'?: (number);
  /**
   * custody | recognition | integrity | registration | test_report | consent
   */
  'category'?: (string);
  /**
   * The event type, e.g. CustodyTransferred, Recognised.
   */
  'type'?: (string);
  'at'?: (string);
  'unitId'?: (string);
  'officerId'?: (string);
  'summary'?: (string);
}

export interface EvidenceTimelineEntry__Output {
  'version': (number);
  /**
   * custody | recognition | integrity | registration | test_report | consent
   */
  'category': (string);
  /**
   * The event type, e.g. CustodyTransferred, Recognised.
   */
  'type': (string);
  'at': (string);
  'unitId': (string);
  'officerId': (string);
  'summary': (string);
}
