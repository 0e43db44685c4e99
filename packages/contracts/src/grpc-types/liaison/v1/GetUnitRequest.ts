// Original file: protos/liaison/v1/registry.proto


export interface GetUnitRequest {
  'unitId'?: (string);
}

export interface GetUnitRequest__Output {
  'unitId': (string);
}
