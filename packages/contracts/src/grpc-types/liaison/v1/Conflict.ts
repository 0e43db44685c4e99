// Original file: protos/liaison/v1/operations.proto

import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';

/**
 * A deconfliction alert. When the other record is AMBER+STRICT or RED it is shown only as a
 * pointer: other_id, other_title and other_window are empty, pointer_only is true, and the owner
 * unit and contact officer tell whom to call.
 */
export interface Conflict {
  'conflictId'?: (string);
  /**
   * operation | lead
   */
  'otherKind'?: (string);
  'otherId'?: (string);
  'otherOwnerUnitId'?: (string);
  'contactOfficerId'?: (string);
  'otherTitle'?: (string);
  'otherWindow'?: (_liaison_v1_TimeWindow | null);
  /**
   * subject_credit_code | subject_name | place
   */
  'reason'?: (string);
  'matchedOn'?: (string);
  'pointerOnly'?: (boolean);
  'detectedAt'?: (string);
  /**
   * open | resolved
   */
  'status'?: (string);
  /**
   * proceed | act_jointly | delay | cancel (when resolved)
   */
  'outcome'?: (string);
  'note'?: (string);
  'resolvedByUnitId'?: (string);
  'resolvedAt'?: (string);
  /**
   * ListConflicts only: the operation the alert is on.
   */
  'operationId'?: (string);
  'operationTitle'?: (string);
  /**
   * Set when the lead unit launched over this conflict (Launch with override_reason).
   */
  'overrideReason'?: (string);
  'overriddenAt'?: (string);
}

/**
 * A deconfliction alert. When the other record is AMBER+STRICT or RED it is shown only as a
 * pointer: other_id, other_title and other_window are empty, pointer_only is true, and the owner
 * unit and contact officer tell whom to call.
 */
export interface Conflict__Output {
  'conflictId': (string);
  /**
   * operation | lead
   */
  'otherKind': (string);
  'otherId': (string);
  'otherOwnerUnitId': (string);
  'contactOfficerId': (string);
  'otherTitle': (string);
  'otherWindow': (_liaison_v1_TimeWindow__Output | null);
  /**
   * subject_credit_code | subject_name | place
   */
  'reason': (string);
  'matchedOn': (string);
  'pointerOnly': (boolean);
  'detectedAt': (string);
  /**
   * open | resolved
   */
  'status': (string);
  /**
   * proceed | act_jointly | delay | cancel (when resolved)
   */
  'outcome': (string);
  'note': (string);
  'resolvedByUnitId': (string);
  'resolvedAt': (string);
  /**
   * ListConflicts only: the operation the alert is on.
   */
  'operationId': (string);
  'operationTitle': (string);
  /**
   * Set when the lead unit launched over this conflict (Launch with override_reason).
   */
  'overrideReason': (string);
  'overriddenAt': (string);
}
