// Original file: protos/liaison/v1/operations.proto

import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from '../../liaison/v1/Coordinates';

export interface OperationPlace {
  /**
   * A jurisdiction id from the registry, e.g. "jinshui".
   */
  'jurisdiction'?: (string);
  'address'?: (string);
  /**
   * Absent when unknown; places without coordinates are not matched by distance.
   */
  'coordinates'?: (_liaison_v1_Coordinates | null);
}

export interface OperationPlace__Output {
  /**
   * A jurisdiction id from the registry, e.g. "jinshui".
   */
  'jurisdiction': (string);
  'address': (string);
  /**
   * Absent when unknown; places without coordinates are not matched by distance.
   */
  'coordinates': (_liaison_v1_Coordinates__Output | null);
}
