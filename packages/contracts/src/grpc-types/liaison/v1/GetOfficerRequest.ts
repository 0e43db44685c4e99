// Original file: protos/liaison/v1/registry.proto


export interface GetOfficerRequest {
  'officerId'?: (string);
}

export interface GetOfficerRequest__Output {
  'officerId': (string);
}
