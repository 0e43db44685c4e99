// Original file: protos/liaison/v1/registry.proto

import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from '../../liaison/v1/Actor';

/**
 * One change of the registry: who (the admin, or system:registry for the seed), when, why, what.
 */
export interface RegistryChange {
  'eventId'?: (string);
  'streamId'?: (string);
  'version'?: (number);
  'type'?: (string);
  'recordedAt'?: (string);
  'actor'?: (_liaison_v1_Actor | null);
  'reason'?: (string);
  /**
   * The event's data without the reason, as JSON.
   */
  'detailsJson'?: (string);
}

/**
 * One change of the registry: who (the admin, or system:registry for the seed), when, why, what.
 */
export interface RegistryChange__Output {
  'eventId': (string);
  'streamId': (string);
  'version': (number);
  'type': (string);
  'recordedAt': (string);
  'actor': (_liaison_v1_Actor__Output | null);
  'reason': (string);
  /**
   * The event's data without the reason, as JSON.
   */
  'detailsJson': (string);
}
