// Original file: protos/liaison/v1/leads.proto

import type { Coordinates as _liaison_v1_Coordinates, Coordinates__Output as _liaison_v1_Coordinates__Output } from '../../liaison/v1/Coordinates';

export interface Location {
  /**
   * A jurisdiction id from the registry, e.g. "jinshui".
   */
  'jurisdiction'?: (string);
  'address'?: (string);
  'coordinates'?: (_liaison_v1_Coordinates | null);
}

export interface Location__Output {
  /**
   * A jurisdiction id from the registry, e.g. "jinshui".
   */
  'jurisdiction': (string);
  'address': (string);
  'coordinates': (_liaison_v1_Coordinates__Output | null);
}
