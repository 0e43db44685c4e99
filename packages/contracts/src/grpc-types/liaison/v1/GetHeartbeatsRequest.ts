// Original file: protos/liaison/v1/platform_smoke.proto


export interface GetHeartbeatsRequest {
  'source'?: (string);
}

export interface GetHeartbeatsRequest__Output {
  'source': (string);
}
