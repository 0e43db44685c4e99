// Original file: protos/liaison/v1/intake.proto

import type { ReportPlace as _liaison_v1_ReportPlace, ReportPlace__Output as _liaison_v1_ReportPlace__Output } from '../../liaison/v1/ReportPlace';
import type { ReportContact as _liaison_v1_ReportContact, ReportContact__Output as _liaison_v1_ReportContact__Output } from '../../liaison/v1/ReportContact';

export interface IntakeReport {
  'reportId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'category'?: (string);
  'what'?: (string);
  'where'?: (_liaison_v1_ReportPlace | null);
  'routedToUnitId'?: (string);
  'screeningDueAt'?: (string);
  'submittedAt'?: (string);
  'hasContact'?: (boolean);
  /**
   * Only for the named screening officers (contact_disclosed); otherwise empty.
   */
  'contact'?: (_liaison_v1_ReportContact | null);
  'contactDisclosed'?: (boolean);
  'reason'?: (string);
  'mergedIntoReportId'?: (string);
  'leadId'?: (string);
  'leadOutcome'?: (string);
  'overdue'?: (boolean);
  /**
   * The files the reporter attached; their list and bytes only for the named screening officers.
   */
  'attachmentCount'?: (number);
  'attachmentsDisclosed'?: (boolean);
}

export interface IntakeReport__Output {
  'reportId': (string);
  'version': (number);
  'status': (string);
  'category': (string);
  'what': (string);
  'where': (_liaison_v1_ReportPlace__Output | null);
  'routedToUnitId': (string);
  'screeningDueAt': (string);
  'submittedAt': (string);
  'hasContact': (boolean);
  /**
   * Only for the named screening officers (contact_disclosed); otherwise empty.
   */
  'contact': (_liaison_v1_ReportContact__Output | null);
  'contactDisclosed': (boolean);
  'reason': (string);
  'mergedIntoReportId': (string);
  'leadId': (string);
  'leadOutcome': (string);
  'overdue': (boolean);
  /**
   * The files the reporter attached; their list and bytes only for the named screening officers.
   */
  'attachmentCount': (number);
  'attachmentsDisclosed': (boolean);
}
