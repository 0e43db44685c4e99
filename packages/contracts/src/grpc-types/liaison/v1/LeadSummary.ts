// Original file: protos/liaison/v1/leads.proto

import type { Recipient as _liaison_v1_Recipient, Recipient__Output as _liaison_v1_Recipient__Output } from '../../liaison/v1/Recipient';

export interface LeadSummary {
  'leadId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'ownerUnitId'?: (string);
  'title'?: (string);
  'category'?: (string);
  'jurisdiction'?: (string);
  'priority'?: (string);
  'handlingCode'?: (string);
  'postedAt'?: (string);
  'updatedAt'?: (string);
  /**
   * In an inbox: the caller's unit as recipient.
   */
  'myStatus'?: (string);
  'acknowledgeDueAt'?: (string);
  'overdue'?: (boolean);
  /**
   * In an outbox: each recipient's status.
   */
  'recipients'?: (_liaison_v1_Recipient)[];
}

export interface LeadSummary__Output {
  'leadId': (string);
  'version': (number);
  'status': (string);
  'ownerUnitId': (string);
  'title': (string);
  'category': (string);
  'jurisdiction': (string);
  'priority': (string);
  'handlingCode': (string);
  'postedAt': (string);
  'updatedAt': (string);
  /**
   * In an inbox: the caller's unit as recipient.
   */
  'myStatus': (string);
  'acknowledgeDueAt': (string);
  'overdue': (boolean);
  /**
   * In an outbox: each recipient's status.
   */
  'recipients': (_liaison_v1_Recipient__Output)[];
}
