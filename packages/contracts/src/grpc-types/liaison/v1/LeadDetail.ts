// Original file: protos/liaison/v1/leads.proto

import type { Subject as _liaison_v1_Subject, Subject__Output as _liaison_v1_Subject__Output } from '../../liaison/v1/Subject';
import type { Location as _liaison_v1_Location, Location__Output as _liaison_v1_Location__Output } from '../../liaison/v1/Location';
import type { Grading as _liaison_v1_Grading, Grading__Output as _liaison_v1_Grading__Output } from '../../liaison/v1/Grading';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';
import type { Attachment as _liaison_v1_Attachment, Attachment__Output as _liaison_v1_Attachment__Output } from '../../liaison/v1/Attachment';
import type { Recipient as _liaison_v1_Recipient, Recipient__Output as _liaison_v1_Recipient__Output } from '../../liaison/v1/Recipient';
import type { OnwardSharingRequest as _liaison_v1_OnwardSharingRequest, OnwardSharingRequest__Output as _liaison_v1_OnwardSharingRequest__Output } from '../../liaison/v1/OnwardSharingRequest';
import type { CoHandlingTask as _liaison_v1_CoHandlingTask, CoHandlingTask__Output as _liaison_v1_CoHandlingTask__Output } from '../../liaison/v1/CoHandlingTask';
import type { Feedback as _liaison_v1_Feedback, Feedback__Output as _liaison_v1_Feedback__Output } from '../../liaison/v1/Feedback';
import type { Transfer as _liaison_v1_Transfer, Transfer__Output as _liaison_v1_Transfer__Output } from '../../liaison/v1/Transfer';
import type { LeadLink as _liaison_v1_LeadLink, LeadLink__Output as _liaison_v1_LeadLink__Output } from '../../liaison/v1/LeadLink';
import type { OverdueBreach as _liaison_v1_OverdueBreach, OverdueBreach__Output as _liaison_v1_OverdueBreach__Output } from '../../liaison/v1/OverdueBreach';
import type { HistoryEntry as _liaison_v1_HistoryEntry, HistoryEntry__Output as _liaison_v1_HistoryEntry__Output } from '../../liaison/v1/HistoryEntry';
import type { OperationOutcome as _liaison_v1_OperationOutcome, OperationOutcome__Output as _liaison_v1_OperationOutcome__Output } from '../../liaison/v1/OperationOutcome';
import type { CourtUseConsentRequest as _liaison_v1_CourtUseConsentRequest, CourtUseConsentRequest__Output as _liaison_v1_CourtUseConsentRequest__Output } from '../../liaison/v1/CourtUseConsentRequest';

export interface LeadDetail {
  'leadId'?: (string);
  'version'?: (number);
  /**
   * posted | shared | in_progress | closed
   */
  'status'?: (string);
  'ownerUnitId'?: (string);
  'postedByOfficerId'?: (string);
  'title'?: (string);
  'category'?: (string);
  'subject'?: (_liaison_v1_Subject | null);
  'location'?: (_liaison_v1_Location | null);
  'summary'?: (string);
  'priority'?: (string);
  'grading'?: (_liaison_v1_Grading | null);
  'handling'?: (_liaison_v1_Handling | null);
  'attachments'?: (_liaison_v1_Attachment)[];
  'recipients'?: (_liaison_v1_Recipient)[];
  'onwardSharingRequests'?: (_liaison_v1_OnwardSharingRequest)[];
  'coHandlingTasks'?: (_liaison_v1_CoHandlingTask)[];
  'feedback'?: (_liaison_v1_Feedback)[];
  'transfer'?: (_liaison_v1_Transfer | null);
  'links'?: (_liaison_v1_LeadLink)[];
  'overdue'?: (_liaison_v1_OverdueBreach)[];
  'history'?: (_liaison_v1_HistoryEntry)[];
  'postedAt'?: (string);
  'updatedAt'?: (string);
  'closedOutcome'?: (string);
  /**
   * How the joint operations linked to this lead ended (from the operations service, via Kafka).
   */
  'operationOutcomes'?: (_liaison_v1_OperationOutcome)[];
  /**
   * Requests for the originator's consent to court use (ADR 0014).
   */
  'courtUseConsentRequests'?: (_liaison_v1_CourtUseConsentRequest)[];
}

export interface LeadDetail__Output {
  'leadId': (string);
  'version': (number);
  /**
   * posted | shared | in_progress | closed
   */
  'status': (string);
  'ownerUnitId': (string);
  'postedByOfficerId': (string);
  'title': (string);
  'category': (string);
  'subject': (_liaison_v1_Subject__Output | null);
  'location': (_liaison_v1_Location__Output | null);
  'summary': (string);
  'priority': (string);
  'grading': (_liaison_v1_Grading__Output | null);
  'handling': (_liaison_v1_Handling__Output | null);
  'attachments': (_liaison_v1_Attachment__Output)[];
  'recipients': (_liaison_v1_Recipient__Output)[];
  'onwardSharingRequests': (_liaison_v1_OnwardSharingRequest__Output)[];
  'coHandlingTasks': (_liaison_v1_CoHandlingTask__Output)[];
  'feedback': (_liaison_v1_Feedback__Output)[];
  'transfer': (_liaison_v1_Transfer__Output | null);
  'links': (_liaison_v1_LeadLink__Output)[];
  'overdue': (_liaison_v1_OverdueBreach__Output)[];
  'history': (_liaison_v1_HistoryEntry__Output)[];
  'postedAt': (string);
  'updatedAt': (string);
  'closedOutcome': (string);
  /**
   * How the joint operations linked to this lead ended (from the operations service, via Kafka).
   */
  'operationOutcomes': (_liaison_v1_OperationOutcome__Output)[];
  /**
   * Requests for the originator's consent to court use (ADR 0014).
   */
  'courtUseConsentRequests': (_liaison_v1_CourtUseConsentRequest__Output)[];
}
