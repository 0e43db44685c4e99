// Original file: protos/liaison/v1/history.proto

import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from '../../liaison/v1/Actor';
import type { Long } from '@grpc/proto-loader';

export interface ArchivedEvent {
  /**
   * The global order: 1, 2, 3 … without gaps, in the order events were archived.
   */
  'seq'?: (number | string | Long);
  'eventId'?: (string);
  'type'?: (string);
  'schemaVersion'?: (number);
  'streamId'?: (string);
  'version'?: (number);
  /**
   * When the fact occurred (a back-dated police decision) and when it was recorded.
   */
  'occurredAt'?: (string);
  'recordedAt'?: (string);
  'actor'?: (_liaison_v1_Actor | null);
  'correlationId'?: (string);
  'causationId'?: (string);
  /**
   * The event's data as JSON (each type's schema is in its context's contract).
   */
  'dataJson'?: (string);
  /**
   * Where it was archived from: the context, its topic, partition and offset.
   */
  'context'?: (string);
  'topic'?: (string);
  'partition'?: (number);
  'offset'?: (string);
  'archivedAt'?: (string);
}

export interface ArchivedEvent__Output {
  /**
   * The global order: 1, 2, 3 … without gaps, in the order events were archived.
   */
  'seq': (number);
  'eventId': (string);
  'type': (string);
  'schemaVersion': (number);
  'streamId': (string);
  'version': (number);
  /**
   * When the fact occurred (a back-dated police decision) and when it was recorded.
   */
  'occurredAt': (string);
  'recordedAt': (string);
  'actor': (_liaison_v1_Actor__Output | null);
  'correlationId': (string);
  'causationId': (string);
  /**
   * The event's data as JSON (each type's schema is in its context's contract).
   */
  'dataJson': (string);
  /**
   * Where it was archived from: the context, its topic, partition and offset.
   */
  'context': (string);
  'topic': (string);
  'partition': (number);
  'offset': (string);
  'archivedAt': (string);
}
