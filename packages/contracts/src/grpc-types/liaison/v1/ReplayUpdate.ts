// Original file: protos/liaison/v1/history.proto

import type { Long } from '@grpc/proto-loader';

export interface ReplayUpdate {
  /**
   * The events replayed so far, and how many the period holds (those the caller may see).
   */
  'replayed'?: (number | string | Long);
  'total'?: (number | string | Long);
  /**
   * The archive time the replay has reached (recorded_at of the last event replayed).
   */
  'simulatedAt'?: (string);
  /**
   * The last event replayed.
   */
  'eventType'?: (string);
  'recordId'?: (string);
  /**
   * Set on the last message: the records the sandbox holds.
   */
  'done'?: (boolean);
  'records'?: (number);
  'elapsedMs'?: (number | string | Long);
}

export interface ReplayUpdate__Output {
  /**
   * The events replayed so far, and how many the period holds (those the caller may see).
   */
  'replayed': (number);
  'total': (number);
  /**
   * The archive time the replay has reached (recorded_at of the last event replayed).
   */
  'simulatedAt': (string);
  /**
   * The last event replayed.
   */
  'eventType': (string);
  'recordId': (string);
  /**
   * Set on the last message: the records the sandbox holds.
   */
  'done': (boolean);
  'records': (number);
  'elapsedMs': (number);
}
