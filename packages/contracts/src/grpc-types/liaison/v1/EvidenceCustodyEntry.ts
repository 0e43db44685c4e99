// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceCustodyEntry {
  'fromUnitId'?: (string);
  'fromOfficerId'?: (string);
  'toUnitId'?: (string);
  'toOfficerId'?: (string);
  'reason'?: (string);
  'at'?: (string);
  'recordedByOfficerId'?: (string);
}

export interface EvidenceCustodyEntry__Output {
  'fromUnitId': (string);
  'fromOfficerId': (string);
  'toUnitId': (string);
  'toOfficerId': (string);
  'reason': (string);
  'at': (string);
  'recordedByOfficerId': (string);
}
