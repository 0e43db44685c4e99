// Original file: protos/liaison/v1/common.proto


/**
 * WGS 84 degrees.
 */
export interface Coordinates {
  'latitude'?: (number | string);
  'longitude'?: (number | string);
}

/**
 * WGS 84 degrees.
 */
export interface Coordinates__Output {
  'latitude': (number);
  'longitude': (number);
}
