// Original file: protos/liaison/v1/registry.proto


export interface RegisterOfficerRequest {
  'commandId'?: (string);
  'officerId'?: (string);
  'unitId'?: (string);
  'name'?: (string);
  /**
   * liaison_officer | coordinator | analyst | admin | supervisor | procurator
   */
  'roles'?: (string)[];
  /**
   * GREEN | AMBER, analysts only; empty: none (reads as GREEN).
   */
  'clearance'?: (string);
  'reason'?: (string);
}

export interface RegisterOfficerRequest__Output {
  'commandId': (string);
  'officerId': (string);
  'unitId': (string);
  'name': (string);
  /**
   * liaison_officer | coordinator | analyst | admin | supervisor | procurator
   */
  'roles': (string)[];
  /**
   * GREEN | AMBER, analysts only; empty: none (reads as GREEN).
   */
  'clearance': (string);
  'reason': (string);
}
