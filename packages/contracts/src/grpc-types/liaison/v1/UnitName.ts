// Original file: protos/liaison/v1/registry.proto


export interface UnitName {
  'name'?: (string);
  'nameZh'?: (string);
  /**
   * When the unit took this name (its registration or a rename).
   */
  'since'?: (string);
}

export interface UnitName__Output {
  'name': (string);
  'nameZh': (string);
  /**
   * When the unit took this name (its registration or a rename).
   */
  'since': (string);
}
