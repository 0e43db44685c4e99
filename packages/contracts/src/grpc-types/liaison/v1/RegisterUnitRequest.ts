// Original file: protos/liaison/v1/registry.proto


export interface RegisterUnitRequest {
  'commandId'?: (string);
  /**
   * <agency>-<jurisdiction…>, e.g. msb-jinshui.
   */
  'unitId'?: (string);
  'agency'?: (string);
  'jurisdiction'?: (string);
  'name'?: (string);
  'nameZh'?: (string);
  'police'?: (boolean);
  'leadingGroup'?: (boolean);
  'reason'?: (string);
}

export interface RegisterUnitRequest__Output {
  'commandId': (string);
  /**
   * <agency>-<jurisdiction…>, e.g. msb-jinshui.
   */
  'unitId': (string);
  'agency': (string);
  'jurisdiction': (string);
  'name': (string);
  'nameZh': (string);
  'police': (boolean);
  'leadingGroup': (boolean);
  'reason': (string);
}
