// Original file: protos/liaison/v1/operations.proto

import type { Target as _liaison_v1_Target, Target__Output as _liaison_v1_Target__Output } from '../../liaison/v1/Target';
import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';
import type { Invitation as _liaison_v1_Invitation, Invitation__Output as _liaison_v1_Invitation__Output } from '../../liaison/v1/Invitation';
import type { OperationTask as _liaison_v1_OperationTask, OperationTask__Output as _liaison_v1_OperationTask__Output } from '../../liaison/v1/OperationTask';
import type { ProgressReport as _liaison_v1_ProgressReport, ProgressReport__Output as _liaison_v1_ProgressReport__Output } from '../../liaison/v1/ProgressReport';
import type { OperationTotals as _liaison_v1_OperationTotals, OperationTotals__Output as _liaison_v1_OperationTotals__Output } from '../../liaison/v1/OperationTotals';
import type { Conflict as _liaison_v1_Conflict, Conflict__Output as _liaison_v1_Conflict__Output } from '../../liaison/v1/Conflict';
import type { OperationHistoryEntry as _liaison_v1_OperationHistoryEntry, OperationHistoryEntry__Output as _liaison_v1_OperationHistoryEntry__Output } from '../../liaison/v1/OperationHistoryEntry';

export interface OperationDetail {
  'operationId'?: (string);
  'version'?: (number);
  /**
   * draft | proposed | launched | concluded | cancelled
   */
  'status'?: (string);
  'leadUnitId'?: (string);
  'proposedByOfficerId'?: (string);
  'title'?: (string);
  'objective'?: (string);
  'targets'?: (_liaison_v1_Target)[];
  'area'?: (string);
  'window'?: (_liaison_v1_TimeWindow | null);
  'linkedLeadIds'?: (string)[];
  'handling'?: (_liaison_v1_Handling | null);
  'urgency'?: (string);
  /**
   * Units that joined (the lead unit is not listed).
   */
  'participantUnitIds'?: (string)[];
  'invitations'?: (_liaison_v1_Invitation)[];
  'tasks'?: (_liaison_v1_OperationTask)[];
  'progressReports'?: (_liaison_v1_ProgressReport)[];
  'totals'?: (_liaison_v1_OperationTotals | null);
  'conflicts'?: (_liaison_v1_Conflict)[];
  'history'?: (_liaison_v1_OperationHistoryEntry)[];
  'proposedAt'?: (string);
  'launchedAt'?: (string);
  'concludedAt'?: (string);
  'cancelledAt'?: (string);
  'conclusionSummary'?: (string);
  'conclusionResults'?: (string);
  'cancelReason'?: (string);
  'updatedAt'?: (string);
}

export interface OperationDetail__Output {
  'operationId': (string);
  'version': (number);
  /**
   * draft | proposed | launched | concluded | cancelled
   */
  'status': (string);
  'leadUnitId': (string);
  'proposedByOfficerId': (string);
  'title': (string);
  'objective': (string);
  'targets': (_liaison_v1_Target__Output)[];
  'area': (string);
  'window': (_liaison_v1_TimeWindow__Output | null);
  'linkedLeadIds': (string)[];
  'handling': (_liaison_v1_Handling__Output | null);
  'urgency': (string);
  /**
   * Units that joined (the lead unit is not listed).
   */
  'participantUnitIds': (string)[];
  'invitations': (_liaison_v1_Invitation__Output)[];
  'tasks': (_liaison_v1_OperationTask__Output)[];
  'progressReports': (_liaison_v1_ProgressReport__Output)[];
  'totals': (_liaison_v1_OperationTotals__Output | null);
  'conflicts': (_liaison_v1_Conflict__Output)[];
  'history': (_liaison_v1_OperationHistoryEntry__Output)[];
  'proposedAt': (string);
  'launchedAt': (string);
  'concludedAt': (string);
  'cancelledAt': (string);
  'conclusionSummary': (string);
  'conclusionResults': (string);
  'cancelReason': (string);
  'updatedAt': (string);
}
