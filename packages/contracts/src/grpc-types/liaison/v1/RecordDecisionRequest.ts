// Original file: protos/liaison/v1/meetings.proto

import type { MeetingActionItemInput as _liaison_v1_MeetingActionItemInput, MeetingActionItemInput__Output as _liaison_v1_MeetingActionItemInput__Output } from '../../liaison/v1/MeetingActionItemInput';

export interface RecordDecisionRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'text'?: (string);
  'actionItems'?: (_liaison_v1_MeetingActionItemInput)[];
}

export interface RecordDecisionRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'text': (string);
  'actionItems': (_liaison_v1_MeetingActionItemInput__Output)[];
}
