// Original file: protos/liaison/v1/registry.proto


export interface RegistryCommandResult {
  /**
   * unit-<unit_id> or officer-<officer_id>
   */
  'streamId'?: (string);
  'version'?: (number);
  /**
   * units: registered; officers: active | deactivated
   */
  'status'?: (string);
  'duplicate'?: (boolean);
  'unitId'?: (string);
  'officerId'?: (string);
}

export interface RegistryCommandResult__Output {
  /**
   * unit-<unit_id> or officer-<officer_id>
   */
  'streamId': (string);
  'version': (number);
  /**
   * units: registered; officers: active | deactivated
   */
  'status': (string);
  'duplicate': (boolean);
  'unitId': (string);
  'officerId': (string);
}
