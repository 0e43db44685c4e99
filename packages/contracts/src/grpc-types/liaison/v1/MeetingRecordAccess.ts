// Original file: protos/liaison/v1/meetings.proto


/**
 * The access of a record an agenda item refers to (recordAccessSchema in @liaison/contracts).
 */
export interface MeetingRecordAccess {
  'ownerUnitId'?: (string);
  'createdByOfficerId'?: (string);
  'participantUnitIds'?: (string)[];
  'code'?: (string);
  'namedOfficerIds'?: (string)[];
}

/**
 * The access of a record an agenda item refers to (recordAccessSchema in @liaison/contracts).
 */
export interface MeetingRecordAccess__Output {
  'ownerUnitId': (string);
  'createdByOfficerId': (string);
  'participantUnitIds': (string)[];
  'code': (string);
  'namedOfficerIds': (string)[];
}
