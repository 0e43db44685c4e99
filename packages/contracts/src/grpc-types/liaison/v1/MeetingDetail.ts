// Original file: protos/liaison/v1/meetings.proto

import type { MeetingWindow as _liaison_v1_MeetingWindow, MeetingWindow__Output as _liaison_v1_MeetingWindow__Output } from '../../liaison/v1/MeetingWindow';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';
import type { MeetingAgendaItem as _liaison_v1_MeetingAgendaItem, MeetingAgendaItem__Output as _liaison_v1_MeetingAgendaItem__Output } from '../../liaison/v1/MeetingAgendaItem';
import type { MeetingAttendance as _liaison_v1_MeetingAttendance, MeetingAttendance__Output as _liaison_v1_MeetingAttendance__Output } from '../../liaison/v1/MeetingAttendance';
import type { MeetingDecision as _liaison_v1_MeetingDecision, MeetingDecision__Output as _liaison_v1_MeetingDecision__Output } from '../../liaison/v1/MeetingDecision';
import type { MeetingAgendaProposal as _liaison_v1_MeetingAgendaProposal, MeetingAgendaProposal__Output as _liaison_v1_MeetingAgendaProposal__Output } from '../../liaison/v1/MeetingAgendaProposal';

export interface MeetingDetail {
  'meetingId'?: (string);
  'version'?: (number);
  'kind'?: (string);
  'status'?: (string);
  'title'?: (string);
  'convenerUnitId'?: (string);
  'scheduledByOfficerId'?: (string);
  'window'?: (_liaison_v1_MeetingWindow | null);
  'place'?: (string);
  'onlineLink'?: (string);
  'invitedUnitIds'?: (string)[];
  'handling'?: (_liaison_v1_Handling | null);
  'recurrenceRule'?: (string);
  'seriesId'?: (string);
  'previousMeetingId'?: (string);
  /**
   * Closed regular meetings: the occurrence the closing scheduled.
   */
  'nextMeetingId'?: (string);
  /**
   * Only the items whose references the caller may see.
   */
  'agenda'?: (_liaison_v1_MeetingAgendaItem)[];
  'attendance'?: (_liaison_v1_MeetingAttendance)[];
  'minutes'?: (string);
  'decisions'?: (_liaison_v1_MeetingDecision)[];
  'cancelReason'?: (string);
  'closedAt'?: (string);
  'updatedAt'?: (string);
  'participantUnitIds'?: (string)[];
  /**
   * Open agenda proposals of the service (overdue or stuck records of the meeting's units), only
   * those whose source record the caller may see.
   */
  'proposals'?: (_liaison_v1_MeetingAgendaProposal)[];
}

export interface MeetingDetail__Output {
  'meetingId': (string);
  'version': (number);
  'kind': (string);
  'status': (string);
  'title': (string);
  'convenerUnitId': (string);
  'scheduledByOfficerId': (string);
  'window': (_liaison_v1_MeetingWindow__Output | null);
  'place': (string);
  'onlineLink': (string);
  'invitedUnitIds': (string)[];
  'handling': (_liaison_v1_Handling__Output | null);
  'recurrenceRule': (string);
  'seriesId': (string);
  'previousMeetingId': (string);
  /**
   * Closed regular meetings: the occurrence the closing scheduled.
   */
  'nextMeetingId': (string);
  /**
   * Only the items whose references the caller may see.
   */
  'agenda': (_liaison_v1_MeetingAgendaItem__Output)[];
  'attendance': (_liaison_v1_MeetingAttendance__Output)[];
  'minutes': (string);
  'decisions': (_liaison_v1_MeetingDecision__Output)[];
  'cancelReason': (string);
  'closedAt': (string);
  'updatedAt': (string);
  'participantUnitIds': (string)[];
  /**
   * Open agenda proposals of the service (overdue or stuck records of the meeting's units), only
   * those whose source record the caller may see.
   */
  'proposals': (_liaison_v1_MeetingAgendaProposal__Output)[];
}
