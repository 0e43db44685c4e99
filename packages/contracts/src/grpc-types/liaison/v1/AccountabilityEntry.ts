// Original file: protos/liaison/v1/common.proto

import type { BreachExplanation as _liaison_v1_BreachExplanation, BreachExplanation__Output as _liaison_v1_BreachExplanation__Output } from '../../liaison/v1/BreachExplanation';
import type { Long } from '@grpc/proto-loader';

/**
 * One breached time limit. Never the record's content; for an AMBER+STRICT or RED record (or one
 * the reader may not see) record_id is empty and owner_unit_id / contact_officer_id say whom to call.
 */
export interface AccountabilityEntry {
  'entryId'?: (string);
  /**
   * leads | operations
   */
  'context'?: (string);
  /**
   * lead | operation
   */
  'recordKind'?: (string);
  'recordId'?: (string);
  'pointerOnly'?: (boolean);
  'ownerUnitId'?: (string);
  'contactOfficerId'?: (string);
  /**
   * What was due: a lead deadline kind (acknowledge, hand_over, …) or an operation's (invitation_response, …)
   */
  'kind'?: (string);
  /**
   * The responsible unit.
   */
  'unitId'?: (string);
  'taskId'?: (string);
  'dueAt'?: (string);
  /**
   * The rule that produced due_at.
   */
  'rule'?: (string);
  'detectedAt'?: (string);
  /**
   * Empty while still unanswered.
   */
  'answeredAt'?: (string);
  /**
   * Seconds past due_at: until detected_at while unanswered, until answered_at once answered.
   */
  'lateBySeconds'?: (number | string | Long);
  'explanation'?: (_liaison_v1_BreachExplanation | null);
  /**
   * Whether the caller may explain it (an officer of the responsible unit).
   */
  'explainable'?: (boolean);
}

/**
 * One breached time limit. Never the record's content; for an AMBER+STRICT or RED record (or one
 * the reader may not see) record_id is empty and owner_unit_id / contact_officer_id say whom to call.
 */
export interface AccountabilityEntry__Output {
  'entryId': (string);
  /**
   * leads | operations
   */
  'context': (string);
  /**
   * lead | operation
   */
  'recordKind': (string);
  'recordId': (string);
  'pointerOnly': (boolean);
  'ownerUnitId': (string);
  'contactOfficerId': (string);
  /**
   * What was due: a lead deadline kind (acknowledge, hand_over, …) or an operation's (invitation_response, …)
   */
  'kind': (string);
  /**
   * The responsible unit.
   */
  'unitId': (string);
  'taskId': (string);
  'dueAt': (string);
  /**
   * The rule that produced due_at.
   */
  'rule': (string);
  'detectedAt': (string);
  /**
   * Empty while still unanswered.
   */
  'answeredAt': (string);
  /**
   * Seconds past due_at: until detected_at while unanswered, until answered_at once answered.
   */
  'lateBySeconds': (number);
  'explanation': (_liaison_v1_BreachExplanation__Output | null);
  /**
   * Whether the caller may explain it (an officer of the responsible unit).
   */
  'explainable': (boolean);
}
